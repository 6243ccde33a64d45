import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { BusinessCalendarPage } from './business-calendar-page';
import { CatalogueConfigPage } from './catalogue-page';
import { DesksConfigPage } from './desks-page';
import { TariffsPage } from './tariffs-page';

/** The provider's pages (lists over the installation, not one customer's). */
export const configurationRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'service-desk/change-catalogue',
      element: (
        <RequirePermission permission="catalogue.read" provider>
          <CatalogueConfigPage />
        </RequirePermission>
      ),
    },
    {
      path: 'service-desk/tariffs',
      element: (
        <RequirePermission permission="catalogue.read" provider>
          <TariffsPage />
        </RequirePermission>
      ),
    },
    {
      path: 'service-desk/contact-matrix',
      element: (
        <RequirePermission permission="desks.read" provider>
          <DesksConfigPage />
        </RequirePermission>
      ),
    },
    {
      path: 'service-desk/business-calendar',
      element: (
        <RequirePermission permission="business-calendar.read" provider>
          <BusinessCalendarPage />
        </RequirePermission>
      ),
    },
  ],
};
