import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { AttendantEditorPage } from './attendant-editor';
import { AttendantsPage } from './attendants-page';

export const attendantRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'auto-attendants',
      element: (
        <RequirePermission permission="auto-attendants.read">
          <AttendantsPage />
        </RequirePermission>
      ),
    },
    {
      path: 'auto-attendants/:attendantId',
      element: (
        <RequirePermission permission="auto-attendants.read">
          <AttendantEditorPage />
        </RequirePermission>
      ),
    },
  ],
};
