import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { RepairsPage } from './repairs-page';

export const repairRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'repairs',
      element: (
        <RequirePermission permission="repairs.read">
          <RepairsPage />
        </RequirePermission>
      ),
    },
  ],
};
