import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { CallSettingsPage } from './call-settings-page';

export const callSettingsRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'call-settings',
      element: (
        <RequirePermission permission="telephony-settings.read">
          <CallSettingsPage />
        </RequirePermission>
      ),
    },
  ],
};
