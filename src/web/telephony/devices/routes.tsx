import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { DeviceCataloguePage } from './device-catalogue-page';
import { DevicesPage } from './devices-page';

export const deviceRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'device-catalogue',
      element: (
        <RequirePermission permission="device-catalogue.read">
          <DeviceCataloguePage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    {
      path: 'devices',
      element: (
        <RequirePermission permission="devices.read">
          <DevicesPage />
        </RequirePermission>
      ),
    },
  ],
};
