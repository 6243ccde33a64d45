import { describe, expect, it } from 'vitest';
import { worldSuite } from '../../testing/world-suite';

const s = worldSuite();

describe('partners', () => {
  it('count their customers, one and in the list', async () => {
    const admin = await s.as('provider_admin');
    expect((await admin.get(`/api/partners/${s.w.partners.p1.id}`)).json().enterpriseCount).toBe(1);
    const listed = (await admin.get('/api/partners')).json().items;
    expect(listed.find((p: { id: string }) => p.id === s.w.partners.p2.id).enterpriseCount).toBe(1);
  });

  it('are not removed while enterprises or accounts still belong to them', async () => {
    const res = await (await s.as('provider_admin')).delete(`/api/partners/${s.w.partners.p1.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues[0]).toMatchObject({
      code: 'partner_in_use',
      params: { enterprises: 1, accounts: 1 },
    });
  });
});
