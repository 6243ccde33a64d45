import { describe, expect, it } from 'vitest';
import { auditEventSchema } from './schemas';

const event = {
  id: 42,
  at: '2026-05-04T09:00:00.000Z',
  requestId: 'req-1',
  correlationId: 'client-7',
  tokenId: null,
  actor: { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', email: 'tm@bedrijf.nl', role: 'enterprise_admin' },
  partnerId: null,
  enterpriseId: '9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d',
  siteId: null,
  entityType: 'site',
  entityId: '9b2d4c1a-7e5f-4a3b-8c6d-1e2f3a4b5c6d',
  action: 'update',
  changes: {
    voiceChannels: { from: 8, to: 12 },
    name: { to: 'Nieuw' },
    codec: { from: 'g711' },
    settings: { from: { a: [1, null] }, to: null },
  },
};

describe('auditEventSchema', () => {
  it('parses an event with before/after per field (one side absent for a create or delete)', () => {
    expect(auditEventSchema.parse(event)).toStrictEqual(event);
  });

  it('parses a system event without an actor', () => {
    expect(auditEventSchema.parse({ ...event, actor: null, requestId: null, entityId: null })).toStrictEqual({
      ...event,
      actor: null,
      requestId: null,
      entityId: null,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a fractional id', { id: 1.5 }, 'id'],
    ['a time that is not ISO', { at: '04-05-2026 09:00' }, 'at'],
    ['an actor id that is not a UUID', { actor: { id: 'a1', email: null, role: null } }, 'actor.id'],
    ['a change that is not JSON', { changes: { at: { to: new Date(0) } } }, 'changes.at.to'],
    ['an enterprise that is not a UUID', { enterpriseId: 'e1' }, 'enterpriseId'],
  ])('refuses %s', (_label, change, path) => {
    const result = auditEventSchema.safeParse({ ...event, ...change });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toStrictEqual([
      path,
    ]);
  });
});
