import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { HuntGroupEditorPage } from './hunt-group-editor-page';
import { HuntGroupsPage } from './hunt-groups-page';
import { PickupGroupsPage } from './pickup-groups-page';

export const huntGroupRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'hunt-groups',
      element: (
        <RequirePermission permission="hunt-groups.read">
          <HuntGroupsPage />
        </RequirePermission>
      ),
    },
    {
      path: 'hunt-groups/:huntGroupId',
      element: (
        <RequirePermission permission="hunt-groups.read">
          <HuntGroupEditorPage />
        </RequirePermission>
      ),
    },
    {
      path: 'pickup-groups',
      element: (
        <RequirePermission permission="pickup-groups.read">
          <PickupGroupsPage />
        </RequirePermission>
      ),
    },
  ],
};
