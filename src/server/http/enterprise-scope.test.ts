import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { worldSuite } from '../testing/world-suite';

const s = worldSuite();

/** Every route under an enterprise of the path, with the path's parameters filled in. */
function enterpriseRoutes() {
  return s.t.app.apiRoutes.filter(
    (r) => 'permission' in r.policy && r.policy.enterpriseParam !== undefined && r.method !== 'OPTIONS',
  );
}

describe('an enterprise that does not exist', () => {
  it('is a 404 for the provider on every route under an enterprise, never a 409 or a 2xx', async () => {
    const admin = await s.as('provider_admin');
    const routes = enterpriseRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const unknown = randomUUID();
    for (const r of routes) {
      const url = r.url.replace(/:(\w+)/g, (_, name: string) =>
        name === (r.policy as { enterpriseParam: string }).enterpriseParam ? unknown : randomUUID(),
      );
      const res = await admin.request(
        r.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
        url,
        r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
      );
      // A body that does not validate is a 400 first (validation runs before the scope check).
      expect([`${r.method} ${r.url}`, res.statusCode]).toEqual([
        `${r.method} ${r.url}`,
        r.method === 'GET' || r.method === 'DELETE' ? 404 : expect.toBeOneOf([400, 404, 415]),
      ]);
    }
  });

  it('is a 404 for valid changes too, and nothing is stored', async () => {
    const admin = await s.as('provider_admin');
    const unknown = randomUUID();
    const settings = await admin.put(`/api/enterprises/${unknown}/telephony-settings`, {
      extensionLength: 4,
    });
    const block = await admin.post(`/api/enterprises/${unknown}/number-blocks`, {
      first: '020 555 0000',
      size: 10,
    });
    expect([settings.statusCode, block.statusCode]).toEqual([404, 404]);
    const stored = await s.t.database.query(
      'select (select count(*) from enterprise_telephony where enterprise_id = $1)::int as settings',
      [unknown],
    );
    expect(stored).toEqual([{ settings: 0 }]);
  });
});
