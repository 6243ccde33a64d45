import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { referrersOf } from './schedule-removal';

const reason = (code: string, params: Record<string, string | number>) => ({
  path: '',
  code,
  params,
  message: '…',
});

describe('referrersOf', () => {
  it.each<[string, unknown, string[] | null]>([
    [
      'an in_use refusal naming two',
      new ApiError(409, 'conflict', 'in use', [
        reason('in_use', { count: 2, referrers: 'Hoofdmenu, Nachtmenu' }),
      ]),
      ['Hoofdmenu', 'Nachtmenu'],
    ],
    [
      'an in_use refusal naming one',
      new ApiError(409, 'conflict', 'in use', [reason('in_use', { count: 1, referrers: 'Hoofdmenu' })]),
      ['Hoofdmenu'],
    ],
    ['another conflict', new ApiError(409, 'conflict', 'x', [reason('still_referred', {})]), null],
    ['a forbidden removal', new ApiError(403, 'forbidden', 'no'), null],
    ['a network error', new TypeError('failed to fetch'), null],
  ])('%s', (_, error, expected) => {
    expect(referrersOf(error)).toEqual(expected);
  });
});
