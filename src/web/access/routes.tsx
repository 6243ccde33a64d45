import type { ModuleRoutes } from '../shell/portal-module';
import { RequirePermission } from '../shell/require-permission';
import { SecurityPoliciesPage } from './security-policies/security-policies-page';
import { ProfilePage } from './self/profile-page';

/** The account's own profile and the provider's security policies. */
export const accessRoutes: ModuleRoutes = {
  routes: [
    { path: 'profile', element: <ProfilePage /> },
    {
      path: 'security-policies',
      element: (
        <RequirePermission permission="security-policies.read">
          <SecurityPoliciesPage />
        </RequirePermission>
      ),
    },
  ],
};
