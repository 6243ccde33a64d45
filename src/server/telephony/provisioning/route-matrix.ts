import { fresh } from '../../testing/fresh';
import { G, type MatrixRows, OTHER_TENANT } from '../../testing/route-matrix';

/** Who runs the provisioning form: the enterprise's own admins, its partner and the provider (enterprise-wide). */
const FORM_WRITERS = G('provider_admin', 'partner_admin', 'enterprise_admin');
const FORM_READERS = G(
  'provider_admin',
  'provider_agent',
  'partner_admin',
  'enterprise_admin',
  'enterprise_admin_untrained',
);

/** The provisioning form's routes in the role × route matrix. */
export const PROVISIONING_ROUTES: MatrixRows = {
  'POST /api/enterprises/:enterpriseId/imports': {
    attempt: async (w, t) => {
      const site = await fresh.site(t.database.db, w.enterprises.A.id);
      const email = `import-${site.id}@example.test`;
      return {
        url: `/api/enterprises/${w.enterprises.A.id}/imports?sheet=users`,
        body: `name,email,site,profile,extension,number,mobile\nImported,${email},${site.name},Vast,,,\n`,
        contentType: 'text/csv',
      };
    },
    expect: { ...FORM_WRITERS(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/export': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/export?sheet=users&format=csv` }),
    expect: { ...FORM_READERS(200), ...OTHER_TENANT(404), others: 403 },
  },
  'GET /api/enterprises/:enterpriseId/import-template': {
    attempt: (w) => ({ url: `/api/enterprises/${w.enterprises.A.id}/import-template?format=xlsx` }),
    expect: { ...FORM_READERS(200), ...OTHER_TENANT(404), others: 403 },
  },
};
