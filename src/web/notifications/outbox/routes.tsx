import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { OutboxPage } from './outbox-page';

export const outboxRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'outbox',
      element: (
        <RequirePermission permission="outbox.read">
          <OutboxPage />
        </RequirePermission>
      ),
    },
  ],
};
