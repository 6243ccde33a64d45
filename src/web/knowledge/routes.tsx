import type { ModuleRoutes } from '../shell/portal-module';
import { RequirePermission } from '../shell/require-permission';
import { TrainingRecordsPage } from './training-records-page';

/** Training records: over all customers (provider staff) and per customer. */
export const knowledgeRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'training-records',
      element: (
        <RequirePermission permission="trainings.read" provider>
          <TrainingRecordsPage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    {
      path: 'training-records',
      element: (
        <RequirePermission permission="trainings.read">
          <TrainingRecordsPage />
        </RequirePermission>
      ),
    },
  ],
};
