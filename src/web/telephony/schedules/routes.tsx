import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { ScheduleEditorPage } from './schedule-editor-page';
import { SchedulesPage } from './schedules-page';

export const scheduleRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'schedules',
      element: (
        <RequirePermission permission="schedules.read">
          <SchedulesPage />
        </RequirePermission>
      ),
    },
    {
      path: 'schedules/new',
      element: (
        <RequirePermission permission="schedules.write">
          <ScheduleEditorPage />
        </RequirePermission>
      ),
    },
    {
      path: 'schedules/:scheduleId',
      element: (
        <RequirePermission permission="schedules.read">
          <ScheduleEditorPage />
        </RequirePermission>
      ),
    },
  ],
};
