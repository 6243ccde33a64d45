import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { SlaPoliciesPage } from './policies-page';
import { QueuePage } from './queue-page';

export const slaRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'desk-queues',
      element: (
        <RequirePermission permission="desk-queues.read">
          <QueuePage />
        </RequirePermission>
      ),
    },
    {
      path: 'sla-policies',
      element: (
        <RequirePermission permission="sla-policies.read">
          <SlaPoliciesPage />
        </RequirePermission>
      ),
    },
  ],
};
