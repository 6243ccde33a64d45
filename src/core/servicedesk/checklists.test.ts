import { describe, expect, it } from 'vitest';
import { checklistDefinition, checklistInputSchema, checklistRows, LINE_CHECKLIST_V1 } from './checklists';

const SITE = '00000000-0000-4000-8000-000000000001';
const yes = { answer: true };
const no = { answer: false };
const answers = (extra: Record<string, unknown> = {}) => ({
  routerIsOurs: yes,
  power: yes,
  lanCabling: yes,
  lineCabling: { answer: false, note: 'Kabel naar ISRA los' },
  ledsBefore: [
    { name: 'PWR', state: 'on' },
    { name: 'DSL', state: 'blinking' },
  ],
  coldRestart: yes,
  ledsAfter: [{ name: 'DSL', state: 'off' }],
  worksOnSite: no,
  worksInStreet: yes,
  telephonyWorks: no,
  ...extra,
});
const parse = (a: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  checklistInputSchema.safeParse({
    checklist: 'line-outage',
    version: 1,
    siteId: SITE,
    answers: a,
    ...extra,
  });
const problems = (a: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const r = parse(a, extra);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the line checklist’s answers', () => {
  it('covers the ten steps of appendix 3, in order', () => {
    expect(LINE_CHECKLIST_V1.steps.map((s) => s.id)).toEqual([
      'routerIsOurs',
      'power',
      'lanCabling',
      'lineCabling',
      'ledsBefore',
      'coldRestart',
      'ledsAfter',
      'worksOnSite',
      'worksInStreet',
      'telephonyWorks',
    ]);
    expect(checklistDefinition('line-outage', 1)).toBe(LINE_CHECKLIST_V1);
    expect(checklistDefinition('line-outage', 99)).toBeNull();
  });

  it('accepts complete answers', () => {
    expect(problems(answers())).toEqual([]);
  });

  it.each([
    ['no LEDs before the restart', { ledsBefore: [] }, [['answers.ledsBefore', 'required']]],
    ['restarted, no LEDs after', { ledsAfter: [] }, [['answers.ledsAfter', 'required']]],
    ['restarted, LEDs after left out', { ledsAfter: undefined }, [['answers.ledsAfter', 'required']]],
    ['not restarted, no LEDs after', { coldRestart: no, ledsAfter: undefined }, []],
    [
      'an LED named twice (case aside)',
      {
        ledsBefore: [
          { name: 'DSL', state: 'on' },
          { name: 'dsl ', state: 'off' },
        ],
      },
      [['answers.ledsBefore.1.name', 'led_named_twice']],
    ],
  ] as const)('%s', (_what, extra, expected) => {
    expect(problems(answers(extra as Record<string, unknown>))).toEqual(expected);
  });

  it.each([
    ['a step left out', { power: undefined }, 'answers.power'],
    ['an answer that is no boolean', { power: { answer: 'ja' } }, 'answers.power.answer'],
    [
      'an LED state that does not exist',
      { ledsBefore: [{ name: 'PWR', state: 'red' }] },
      'answers.ledsBefore.0.state',
    ],
    ['an LED without a name', { ledsBefore: [{ name: ' ', state: 'on' }] }, 'answers.ledsBefore.0.name'],
    ['a step the checklist does not have', { coffee: yes }, 'answers'],
  ] as const)('refuses %s', (_what, extra, path) => {
    expect(problems(answers(extra as Record<string, unknown>)).map(([p]) => p)).toContain(path);
  });

  it('refuses another checklist or version', () => {
    expect(parse(answers(), { version: 2 }).success).toBe(false);
    expect(parse(answers(), { checklist: 'fire-drill' }).success).toBe(false);
  });

  it('reads answers as table rows in the language asked', () => {
    const rows = checklistRows(LINE_CHECKLIST_V1, answers(), 'en');
    expect(rows).toHaveLength(10);
    expect(rows[3]).toMatchObject({ stepId: 'lineCabling', answer: 'No', note: 'Kabel naar ISRA los' });
    expect(rows[4]?.answer).toBe('PWR: on, DSL: blinking');
    expect(checklistRows(LINE_CHECKLIST_V1, answers({ ledsAfter: undefined }), 'nl')[6]?.answer).toBe('—');
  });
});
