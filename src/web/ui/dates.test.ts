import { describe, expect, it } from 'vitest';
import { parseDay } from './dates';

describe('parseDay', () => {
  it.each([
    ['27-11-2026', '2026-11-27'],
    ['7-3-2026', '2026-03-07'],
    ['27/11/2026', '2026-11-27'],
    ['27.11.2026', '2026-11-27'],
    [' 27112026 ', '2026-11-27'],
    ['2026-11-27', '2026-11-27'],
    ['29-02-2024', '2024-02-29'],
  ])('reads %s day first (or ISO) as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each(['', '27-11', '27-11-26', '11/27/2026', '31-04-2026', '29-02-2026', 'gisteren'])(
    'refuses %j',
    (text) => {
      expect(parseDay(text)).toBeNull();
    },
  );
});
