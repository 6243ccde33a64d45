import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditNamesDto } from '../../core/audit/schemas';
import { resources } from '../i18n/resources';
import { type AuditRow, actorText, changeLines, changesText, entityName, lineText } from './audit-text';

const haag = '11111111-1111-4111-8111-111111111111';
const utrecht = '22222222-2222-4222-8222-222222222222';
const hidden = '33333333-3333-4333-8333-333333333333';
const tom = '44444444-4444-4444-8444-444444444444';
const jan = '55555555-5555-4555-8555-555555555555';

const names: AuditNamesDto = {
  [haag]: { name: 'Den Haag', detail: 'Den Haag', deleted: true },
  [utrecht]: { name: 'Utrecht', detail: 'Utrecht', deleted: false },
  [tom]: { name: 'Tom Telecom', detail: 'tm@voorbeeld.example', deleted: false },
  [jan]: { name: 'Jan Jansen', detail: null, deleted: false },
};

const event = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: '2026-05-04T09:00:00.000Z',
  requestId: 'r1',
  correlationId: null,
  actor: { id: tom, email: 'tm@voorbeeld.example', role: 'enterprise_admin' },
  tokenId: null,
  partnerId: null,
  enterpriseId: null,
  siteId: null,
  entityType: 'user',
  entityId: jan,
  action: 'update',
  changes: {},
  names,
  ...over,
});

let nl: TFunction;
let en: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng, interpolation: { escapeValue: false } });
    return instance.t;
  };
  nl = await make('nl');
  en = await make('en');
});

const lines = (t: TFunction, e: AuditRow, language = 'nl', all = false) =>
  changeLines(t, language, e, all).map(lineText);

describe('a change in words', () => {
  it('names the sites of a move, a removed one as removed, in Dutch and English', () => {
    const moved = event({ changes: { siteId: { from: haag, to: utrecht } } });
    expect(lines(nl, moved)).toEqual(['Locatie: Den Haag (verwijderd) → Utrecht']);
    expect(lines(en, moved, 'en')).toEqual(['Site: Den Haag (removed) → Utrecht']);
  });

  it('says "not visible" for an id the reader may not see, with the id kept as a hint', () => {
    const moved = event({ changes: { siteId: { from: hidden, to: utrecht } } });
    const [line] = changeLines(nl, 'nl', moved);
    expect(line?.from).toEqual({ text: 'niet zichtbaar', muted: true, title: hidden });
    expect(lines(en, moved, 'en')).toEqual(['Site: not visible → Utrecht']);
  });

  it('translates the words of enumerations with the portal’s own texts', () => {
    const site = event({
      entityType: 'site',
      changes: { lineType: { from: 'dsl', to: 'fibre' }, codec: { from: 'g711', to: 'g729' } },
    });
    expect(lines(nl, site)).toEqual(['Verbinding: DSL → Glasvezel', 'Codec: G.711 → G.729']);
    const account = event({
      entityType: 'account',
      changes: {
        role: { from: 'site_admin', to: 'enterprise_admin' },
        status: { from: 'active', to: 'disabled' },
        siteIds: { from: [haag, utrecht], to: [] },
      },
    });
    expect(lines(nl, account)).toEqual([
      'Rol: Locatiebeheerder → Telecom Manager',
      'Status: Actief → Uitgeschakeld',
      'Locaties: Den Haag (verwijderd), Utrecht → geen',
    ]);
    expect(lines(en, account, 'en')[0]).toBe('Role: Site admin → Telecom Manager');
    const user = event({
      changes: { profile: { from: 'vast', to: 'combi' }, email: { from: null, to: 'j@x.nl' } },
    });
    expect(lines(nl, user)).toEqual(['Profiel: Vast → Combi', 'E-mailadres: geen → j@x.nl']);
  });

  it('shows what a create gave and leaves out the ids and times the event repeats', () => {
    const created = event({
      action: 'create',
      actor: null,
      changes: {
        id: { to: jan },
        name: { to: 'Jan Jansen' },
        siteId: { to: utrecht },
        createdAt: { to: '2026-05-04T09:00:00.000Z' },
      },
    });
    expect(lines(nl, created)).toEqual(['Naam: Jan Jansen', 'Locatie: Utrecht']);
    expect(lines(nl, created, 'nl', true)).toHaveLength(4);
    expect(changesText(nl, 'nl', created)).toBe('Naam: Jan Jansen; Locatie: Utrecht');
  });

  it('reads the details of sign-ins and other events', () => {
    const failed = event({
      entityType: 'account',
      entityId: null,
      action: 'login_failed',
      actor: null,
      changes: { reason: { to: 'password' }, ip: { to: '192.0.2.1' } },
    });
    expect(lines(nl, failed)).toEqual(['Reden: Verkeerd wachtwoord', 'IP-adres: 192.0.2.1']);
    expect(actorText(nl, failed)).toBe('Niet ingelogd');
    expect(entityName(nl, failed).text).toBe('Onbekend e-mailadres');
    const token = event({
      entityType: 'api_token',
      entityId: hidden,
      action: 'create',
      changes: { name: { to: 'automation' }, access: { to: 'read' }, expiresAt: { to: null } },
    });
    expect(lines(nl, token)).toEqual(['Naam: automation', 'Rechten: Alleen lezen', 'Verloopt: geen']);
    expect(entityName(nl, token).text).toBe('automation');
    const change = event({
      entityType: 'account',
      action: 'password_change',
      changes: { tokensRevoked: { to: 2 }, tokensKept: { to: 0 } },
    });
    expect(lines(en, change, 'en')).toEqual(['API tokens revoked: 2', 'API tokens kept: 0']);
  });

  it('names the entity, the actor and a training record', () => {
    expect(entityName(nl, event({})).text).toBe('Jan Jansen');
    expect(actorText(nl, event({}))).toBe('Tom Telecom <tm@voorbeeld.example>');
    expect(actorText(nl, event({ actor: null, action: 'create' }))).toBe('Systeem');
    const record = event({
      entityType: 'training_record',
      entityId: hidden,
      action: 'create',
      changes: {
        accountId: { to: tom },
        training: { to: 'telecom_manager' },
        completedOn: { to: '2026-01-02' },
        recordedBy: { to: hidden },
      },
    });
    expect(entityName(nl, record).text).toBe('Telecom Manager – Tom Telecom');
    expect(lines(nl, record)).toEqual([
      'Account: Tom Telecom',
      'Training: Telecom Manager',
      'Gevolgd op: 2 jan 2026',
      'Geregistreerd door: niet zichtbaar',
    ]);
    const policy = event({ entityType: 'security_policy', entityId: 'site_admin', changes: {} });
    expect(entityName(nl, policy).text).toBe('Locatiebeheerder');
  });

  it('names a number by itself, its state and assignee in words, and a user’s numbers by the user', () => {
    const number = event({
      entityType: 'number',
      entityId: hidden,
      changes: {
        number: { to: '+31207940012' },
        state: { from: 'free', to: 'assigned' },
        assigneeId: { to: jan },
        assigneeRole: { to: 'fixed' },
      },
    });
    expect(entityName(nl, number).text).toBe('020 794 0012');
    expect(lines(nl, number)).toEqual([
      'Nummer: 020 794 0012',
      'Status: Vrij → In gebruik',
      'In gebruik door: Jan Jansen',
      'Als: Vast nummer',
    ]);
    expect(lines(en, number, 'en')).toContain('State: Free → Assigned');
    const ofUser = event({
      entityType: 'user_numbers',
      entityId: jan,
      changes: { extension: { to: '201' }, fixed: { from: null, to: { number: '+31207940012' } } },
    });
    expect(entityName(nl, ofUser).text).toBe('Jan Jansen');
    expect(lines(nl, ofUser)).toEqual(['Toestelnummer: 201', 'Vast nummer: geen → 020 794 0012']);
  });
});
