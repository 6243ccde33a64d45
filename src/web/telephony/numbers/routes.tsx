import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { NumberPlanPage } from './number-plan-page';

export const numberPlanRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'numbers',
      element: (
        <RequirePermission permission="numbers.read">
          <NumberPlanPage />
        </RequirePermission>
      ),
    },
  ],
};
