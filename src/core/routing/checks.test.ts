import { describe, expect, it } from 'vitest';
import { LANGUAGES, placeholdersOf } from '../messages/texts';
import { CHECK_TEXTS, checkConfig, checkMessage, checkMoments } from './checks';
import { compile } from './compile';
import {
  AMS,
  baseSnapshot,
  type Draft,
  forwarding,
  ID,
  NUM,
  setFeatures,
  VOICEMAIL_ON,
} from './test-fixtures';

const NOW = new Date('2026-12-02T09:00:00+01:00');
/** The fixture with Anna's voicemail on (its menu's invalid key goes there), so that it has no error. */
const clean = (): Draft => setFeatures(baseSnapshot(), ID.anna, { voicemail: VOICEMAIL_ON });
const checksOf = (edit: (s: Draft) => void = () => {}) => {
  const s = clean();
  edit(s);
  return checkConfig(compile(s), checkMoments(NOW, AMS));
};
const codes = (edit?: (s: Draft) => void) => checksOf(edit).map((c) => [c.severity, c.code]);

describe('checkMoments', () => {
  it('plans at a coming working day in and out of office hours, a Saturday and the next public holiday', () => {
    expect(checkMoments(NOW, AMS).map((m) => [m.key, m.at.toISOString(), m.label.nl])).toEqual([
      ['weekday', '2026-12-08T09:00:00.000Z', 'werkdag 10:00'],
      ['evening', '2026-12-08T20:00:00.000Z', 'werkdag 21:00'],
      ['weekend', '2026-12-05T11:00:00.000Z', 'zaterdag 12:00'],
      ['holiday', '2026-12-25T09:00:00.000Z', 'Kerstmis 10:00'],
    ]);
  });
  it('takes the holiday of next year when none is left in this one, across DST', () => {
    const moments = checkMoments(new Date('2026-12-27T12:00:00+01:00'), AMS);
    expect(moments.find((m) => m.key === 'holiday')?.at.toISOString()).toBe('2027-01-01T09:00:00.000Z');
    // A Tuesday in summer time: 10:00 CEST is 08:00 UTC.
    expect(checkMoments(new Date('2026-07-01T12:00:00+02:00'), AMS)[0]?.at.toISOString()).toBe(
      '2026-07-07T08:00:00.000Z',
    );
  });
});

describe('checkConfig', () => {
  it('finds no error in the fixture enterprise once Anna has voicemail', () => {
    expect(checksOf().filter((c) => c.severity === 'error')).toEqual([]);
  });

  it('finds the menu whose invalid key goes to a voicemail box that is off, in and out of office hours', () => {
    const found = checkConfig(compile(baseSnapshot()), checkMoments(NOW, AMS)).filter(
      (c) => c.code === 'dead_end',
    );
    expect(found.map((c) => c.params.cause)).toEqual(['no_voicemail', 'no_voicemail']);
    expect(found[0]?.objects.map((o) => o.name)).toEqual(['Receptie', 'Hoofdnummer']);
    expect(checkMessage(found[0] ?? { code: 'dead_end', params: {} }, 'nl')).toBe(
      '+31207940000 (Hoofdnummer) (werkdag 10:00): loopt dood — geen voicemailbox ingeschakeld',
    );
  });

  it.each<[string, (s: Draft) => void, [string, string]]>([
    [
      'a hunt group without members',
      (s) => {
        s.huntGroupMembers = [];
      },
      ['warning', 'hunt_group_no_members'],
    ],
    [
      'a queue without agents',
      (s) => {
        s.queueAgents = [];
      },
      ['warning', 'queue_no_agents'],
    ],
    [
      'a schedule without opening hours',
      (s) => {
        const first = s.schedules[0];
        if (first) s.schedules = [{ ...first, weekly: [] }];
      },
      ['warning', 'schedule_no_opening_hours'],
    ],
    [
      'a number in use assigned to an object that is gone',
      (s) => {
        s.numbers.push({
          number: '+31207940008',
          state: 'assigned',
          assigneeType: 'queue',
          assigneeId: 'q-gone',
          assigneeRole: 'main',
        });
      },
      ['error', 'number_routes_nowhere'],
    ],
    [
      'a forwarding A → B → A',
      (s) => {
        setFeatures(s, ID.anna, { forwarding: forwarding({ always: '202' }) });
        setFeatures(s, ID.bob, { forwarding: forwarding({ always: '201' }) });
      },
      ['error', 'loop'],
    ],
    [
      'a forwarding to a premium number the user may not call',
      (s) => {
        setFeatures(s, ID.carla, { forwarding: forwarding({ noAnswer: NUM.premium }) });
      },
      ['error', 'forwarding_barred'],
    ],
    [
      'a forwarding to an extension nobody has',
      (s) => {
        setFeatures(s, ID.dirk, { forwarding: forwarding({ busy: '299' }) });
      },
      ['error', 'dead_end'],
    ],
  ])('finds %s', (_name, edit, expected) => {
    expect(codes(edit)).toContainEqual(expected);
  });

  it('names the object to fix first and says it in both languages', () => {
    const loops = checksOf((s) => {
      setFeatures(s, ID.anna, { forwarding: forwarding({ always: '202' }) });
      setFeatures(s, ID.bob, { forwarding: forwarding({ always: '201' }) });
    }).filter((c) => c.code === 'loop');
    const loop = loops.find((c) => c.objects[0]?.type === 'user');
    expect(loop?.objects[0]?.name).toMatch(/Anna de Vries|Bob Jansen/);
    expect(checkMessage(loop ?? { code: 'loop', params: {} }, 'nl')).toMatch(/de oproep gaat rond/);
    expect(checkMessage(loop ?? { code: 'loop', params: {} }, 'en')).toMatch(/the call goes round/);
  });

  it('reports a problem once, not once per moment and number that meets it', () => {
    const found = checksOf((s) =>
      setFeatures(s, ID.dirk, { forwarding: forwarding({ always: '299' }) }),
    ).filter((c) => c.code === 'dead_end');
    expect(found).toHaveLength(1);
  });

  it('lists errors before warnings', () => {
    const found = checksOf((s) => {
      s.queueAgents = [];
      setFeatures(s, ID.dirk, { forwarding: forwarding({ always: '299' }) });
    });
    const firstWarning = found.findIndex((c) => c.severity === 'warning');
    expect(found.slice(firstWarning).every((c) => c.severity === 'warning')).toBe(true);
    expect(found[0]?.severity).toBe('error');
  });
});

it.each(Object.entries(CHECK_TEXTS))(
  'check %s has Dutch and English text with the same placeholders',
  (code, texts) => {
    for (const language of LANGUAGES) expect(texts[language].trim(), `${code} ${language}`).not.toBe('');
    expect(placeholdersOf(texts.nl), code).toStrictEqual(placeholdersOf(texts.en));
    expect(texts.nl, code).not.toBe(texts.en);
  },
);
