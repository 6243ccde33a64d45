import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { IncomingRoutesPage } from './incoming-routes-page';
import { RouteEditorPage } from './route-editor';

export const incomingRouteRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'incoming-routes',
      element: (
        <RequirePermission permission="incoming-routes.read">
          <IncomingRoutesPage />
        </RequirePermission>
      ),
    },
    {
      path: 'incoming-routes/:routeId',
      element: (
        <RequirePermission permission="incoming-routes.read">
          <RouteEditorPage />
        </RequirePermission>
      ),
    },
  ],
};
