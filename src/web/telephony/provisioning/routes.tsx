import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { ProvisioningPage } from './provisioning-page';

export const provisioningRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'provisioning',
      element: (
        <RequirePermission permission="provisioning.read">
          <ProvisioningPage />
        </RequirePermission>
      ),
    },
  ],
};
