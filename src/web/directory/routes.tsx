import type { ModuleRoutes } from '../shell/portal-module';
import { RequirePermission } from '../shell/require-permission';
import { AccountsPage } from './accounts/accounts-page';
import { EnterpriseOverviewPage } from './enterprises/enterprise-overview-page';
import { EnterprisesPage } from './enterprises/enterprises-page';
import { PartnersPage } from './partners/partners-page';
import { SitesPage } from './sites/sites-page';
import { UsersPage } from './users/users-page';

/** Partners, customers and, per customer, its overview, sites, users and accounts. */
export const directoryRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'partners',
      element: (
        <RequirePermission permission="partners.read">
          <PartnersPage />
        </RequirePermission>
      ),
    },
    {
      path: 'enterprises',
      element: (
        <RequirePermission permission="enterprises.read" chooser>
          <EnterprisesPage />
        </RequirePermission>
      ),
    },
    {
      path: 'accounts',
      element: (
        <RequirePermission permission="accounts.read" provider>
          <AccountsPage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    { index: true, element: <EnterpriseOverviewPage /> },
    {
      path: 'sites',
      element: (
        <RequirePermission permission="sites.read">
          <SitesPage />
        </RequirePermission>
      ),
    },
    {
      path: 'users',
      element: (
        <RequirePermission permission="users.read">
          <UsersPage />
        </RequirePermission>
      ),
    },
    {
      path: 'accounts',
      element: (
        <RequirePermission permission="accounts.read">
          <AccountsPage />
        </RequirePermission>
      ),
    },
  ],
};
