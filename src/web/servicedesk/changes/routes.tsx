import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { ContactPage } from '../contact/contact-page';
import { RequestChangePage } from './request-change-page';

export const changeRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'contact',
      element: (
        <RequirePermission permission="desks.read">
          <ContactPage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    {
      path: 'request-change',
      element: (
        <RequirePermission permission="tickets.write">
          <RequestChangePage />
        </RequirePermission>
      ),
    },
  ],
};
