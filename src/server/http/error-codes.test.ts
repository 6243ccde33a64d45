import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode, isIssueCode } from '../../core/messages';
import { buildWorld, PASSWORD, type World } from '../testing/fixtures';
import { type Agent, startTestApp, type TestApp } from '../testing/harness';

/**
 * Errors by code (DESIGN §3): every refusal carries a stable code, and each thing wrong an issue
 * `{ path, code, params, message }` whose code has Dutch and English text, so that the portal
 * translates by code and never by matching English messages.
 */
let t: TestApp;
let w: World;
let tm: Agent;
let siteAdmin: Agent;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  tm = await t.login(w.accounts.enterprise_admin.email, PASSWORD);
  siteAdmin = await t.login(w.accounts.site_admin.email, PASSWORD);
});
afterAll(async () => t.close());

type Body = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    issues: { path: string; code: string; params: Record<string, unknown>; message: string }[];
  };
};

function expectKnownCodes(body: Body): void {
  expect(isErrorCode(body.error.code), body.error.code).toBe(true);
  for (const issue of body.error.issues) expect(isIssueCode(issue.code), issue.code).toBe(true);
}

const site = {
  name: 'Den Haag',
  street: 'Spui 70',
  city: 'Den Haag',
  postcode: '2511 BT',
  lineType: 'fibre',
  voiceChannels: 12,
  codec: 'g711',
};

describe('error codes and issues', () => {
  it('gives the reason of a refused removal as a root issue with its numbers', async () => {
    const res = await tm.delete(`/api/sites/${w.sites.ams.id}`);
    expect(res.statusCode).toBe(409);
    const body = res.json() as Body;
    expectKnownCodes(body);
    expect(body.error.code).toBe('conflict');
    const [reason] = body.error.issues;
    expect(reason?.path).toBe('');
    expect(reason?.code).toBe('site_in_use');
    expect(reason?.params).toMatchObject({ users: expect.any(Number), siteAdmins: 1 });
    expect((reason?.params.users as number) > 0).toBe(true);
    expect(body.error.message).toBe(reason?.message);
  });

  it('gives every field issue of a refused body its code, parameters and path', async () => {
    const res = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, {
      ...site,
      name: 'x'.repeat(201),
      voiceChannels: 0,
      codec: undefined,
      colour: 'blue',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as Body;
    expectKnownCodes(body);
    const byPath = Object.fromEntries(body.error.issues.map((i) => [i.path, [i.code, i.params]]));
    expect(byPath).toMatchObject({
      name: ['too_long', { max: 200 }],
      voiceChannels: ['too_small', { min: 1 }],
      codec: ['required', {}],
      colour: ['unknown_field', {}],
    });
    // The field messages of older clients stay.
    expect(body.error.fields?.name).toBe('must be at most 200 characters');
  });

  it('names the field and the issue of a unique violation', async () => {
    const res = await tm.post(`/api/enterprises/${w.enterprises.A.id}/sites`, { ...site, name: 'amsterdam' });
    expect(res.statusCode).toBe(409);
    const body = res.json() as Body;
    expectKnownCodes(body);
    expect(body.error.issues.map((i) => [i.path, i.code])).toStrictEqual([['name', 'site_name_taken']]);
  });

  it('tells a site admin the same of another enterprise’s site as of a sister site', async () => {
    const url = `/api/enterprises/${w.enterprises.A.id}/users`;
    const sister = await siteAdmin.post(url, { name: 'P', profile: 'vast', siteId: w.sites.utr.id });
    const foreign = await siteAdmin.post(url, { name: 'P', profile: 'vast', siteId: w.sites.b1.id });
    const nowhere = await siteAdmin.post(url, {
      name: 'P',
      profile: 'vast',
      siteId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    });
    expect(sister.statusCode).toBe(422);
    expect(foreign.body).toBe(sister.body);
    expect(nowhere.body).toBe(sister.body);
    expect((sister.json() as Body).error.issues.map((i) => [i.path, i.code])).toStrictEqual([
      ['siteId', 'site_not_yours'],
    ]);
  });

  it('answers a policy refusal with its code and no issues', async () => {
    const res = await siteAdmin.post(`/api/enterprises/${w.enterprises.A.id}/sites`, site);
    expect(res.statusCode).toBe(403);
    const body = res.json() as Body;
    expectKnownCodes(body);
    expect([body.error.code, body.error.issues]).toStrictEqual(['forbidden', []]);
  });

  it('answers an unknown API path in the same shape', async () => {
    const res = await tm.get('/api/no-such-thing');
    expect(res.statusCode).toBe(404);
    const body = res.json() as Body;
    expectKnownCodes(body);
    expect(body.error).toStrictEqual({ code: 'not_found', message: 'Not found.', issues: [] });
  });
});
