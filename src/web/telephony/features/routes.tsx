import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { MyPhonePage } from './my-phone-page';
import { ProfilesPage } from './profiles-page';
import { UserDetailPage } from './user-detail-page';

export const featureRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'profiles',
      element: (
        <RequirePermission permission="profiles.read" provider>
          <ProfilesPage />
        </RequirePermission>
      ),
    },
    { path: 'my-phone', element: <MyPhonePage /> },
  ],
  enterpriseRoutes: [
    {
      path: 'users/:userId',
      element: (
        <RequirePermission permission="user-telephony.read">
          <UserDetailPage />
        </RequirePermission>
      ),
    },
  ],
};
