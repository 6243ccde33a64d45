import { describe, expect, it } from 'vitest';
import { TRAINING_GATED_ROLES } from '../access/policy';
import { fieldMessages } from '../messages/zod-issues';
import {
  completionDateError,
  GATE_TRAINING,
  TRAININGS,
  trainingRecordInputSchema,
  trainingRecordSchema,
  trainingSchema,
} from './trainings';

const fields = fieldMessages;

const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TRAINING_MESSAGE = 'must be one of telecom_manager, receptionist, call_center, end_user';

describe('the trainings of guide §2.2', () => {
  it('are the four standard trainings', () => {
    // Telecom Manager, One Receptionist, One Call Center and One Net Eindgebruikerstraining.
    expect(TRAININGS).toStrictEqual(['telecom_manager', 'receptionist', 'call_center', 'end_user']);
  });

  it('lift the gate with the Telecom Manager training, for the gated roles', () => {
    expect(GATE_TRAINING).toBe('telecom_manager');
    expect(TRAINING_GATED_ROLES).toStrictEqual(['enterprise_admin', 'partner_admin']);
  });

  it.each(TRAININGS)('accepts %s', (training) => {
    expect(trainingSchema.parse(training)).toBe(training);
  });

  it.each<unknown>(['Telecom Manager', 'TELECOM_MANAGER', 'callcenter', 'eindgebruiker', '', null])(
    'refuses %j',
    (value) => {
      expect(fields(trainingSchema, value)).toStrictEqual({ _: TRAINING_MESSAGE });
    },
  );
});

describe('trainingRecordInputSchema', () => {
  it.each<[Record<string, unknown>, Record<string, unknown>]>([
    [
      { accountId: ID, training: 'telecom_manager', completedOn: '2026-05-04' },
      { accountId: ID, training: 'telecom_manager', completedOn: '2026-05-04' },
    ],
    [
      { accountId: ID, training: 'call_center', completedOn: '2024-02-29', notes: '  dagdeel 1 en 2  ' },
      { accountId: ID, training: 'call_center', completedOn: '2024-02-29', notes: 'dagdeel 1 en 2' },
    ],
    [
      { accountId: ID, training: 'receptionist', completedOn: '2026-01-31', notes: null },
      { accountId: ID, training: 'receptionist', completedOn: '2026-01-31', notes: null },
    ],
    [
      { accountId: ID, training: 'end_user', completedOn: '2026-12-31', notes: 'n'.repeat(2000) },
      { accountId: ID, training: 'end_user', completedOn: '2026-12-31', notes: 'n'.repeat(2000) },
    ],
  ])('accepts %j', (input, output) => {
    expect(trainingRecordInputSchema.parse(input)).toStrictEqual(output);
  });

  const base = { accountId: ID, training: 'telecom_manager', completedOn: '2026-05-04' };
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    [
      'a date with a time',
      { completedOn: '2026-05-04T10:00:00Z' },
      { completedOn: 'must be a date (YYYY-MM-DD)' },
    ],
    ['a Dutch-style date', { completedOn: '04-05-2026' }, { completedOn: 'must be a date (YYYY-MM-DD)' }],
    [
      '29 February of a common year',
      { completedOn: '2025-02-29' },
      { completedOn: 'must be a date (YYYY-MM-DD)' },
    ],
    ['31 April', { completedOn: '2026-04-31' }, { completedOn: 'must be a date (YYYY-MM-DD)' }],
    ['month 13', { completedOn: '2026-13-01' }, { completedOn: 'must be a date (YYYY-MM-DD)' }],
    ['an unknown training', { training: 'sales' }, { training: TRAINING_MESSAGE }],
    ['an account that is no UUID', { accountId: 'a1' }, { accountId: 'must be a UUID' }],
    ['long notes', { notes: 'n'.repeat(2001) }, { notes: 'must be at most 2000 characters' }],
    ['an unknown field', { recordedBy: ID }, { recordedBy: 'is not a known field' }],
  ])('refuses %s', (_label, change, expected) => {
    expect(fields(trainingRecordInputSchema, { ...base, ...change })).toStrictEqual(expected);
  });
});

describe('completionDateError', () => {
  it.each<[string, string, string | null]>([
    ['2026-05-04', '2026-05-04', null],
    ['2026-05-03', '2026-05-04', null],
    ['2020-01-01', '2026-05-04', null],
    ['2026-05-05', '2026-05-04', 'future_date'],
    ['2027-01-01', '2026-12-31', 'future_date'],
    ['2026-12-31', '2027-01-01', null],
    ['2026-10-01', '2026-09-30', 'future_date'],
  ])('completed on %s, today %s: %j', (completedOn, today, expected) => {
    expect(completionDateError(completedOn, today)).toBe(expected);
  });
});

describe('trainingRecordSchema', () => {
  it('parses a record as it leaves the server', () => {
    const dto = {
      id: ID,
      accountId: ID,
      accountName: 'Telecom Manager',
      accountEmail: 'tm@bedrijf.nl',
      enterpriseId: null,
      training: 'telecom_manager',
      completedOn: '2026-05-04',
      notes: null,
      recordedBy: null,
      createdAt: '2026-05-04T09:00:00.000Z',
    };
    expect(trainingRecordSchema.parse(dto)).toStrictEqual(dto);
    expect(trainingRecordSchema.safeParse({ ...dto, training: 'sales' }).success).toBe(false);
  });
});
