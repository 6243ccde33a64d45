import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { AnnouncedWorksPage } from './announced-works-page';
import { UnjustifiedReportPage } from './unjustified-report-page';

export const worksRoutes: ModuleRoutes = {
  enterpriseRoutes: [
    {
      path: 'announced-works',
      element: (
        <RequirePermission permission="announced-works.read">
          <AnnouncedWorksPage />
        </RequirePermission>
      ),
    },
    {
      path: 'reports/unjustified-incidents',
      element: (
        <RequirePermission permission="incident-reports.read">
          <UnjustifiedReportPage />
        </RequirePermission>
      ),
    },
  ],
};
