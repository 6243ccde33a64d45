import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { CallRestrictionsPage } from './call-restrictions-page';
import { UserCallRestrictionsPage } from './user-call-restrictions-page';

export const callRestrictionRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'call-restrictions',
      element: (
        <RequirePermission permission="telephony-settings.read">
          <CallRestrictionsPage />
        </RequirePermission>
      ),
    },
    {
      path: 'users/:userId/call-restrictions',
      element: (
        <RequirePermission permission="user-telephony.read">
          <UserCallRestrictionsPage />
        </RequirePermission>
      ),
    },
  ],
};
