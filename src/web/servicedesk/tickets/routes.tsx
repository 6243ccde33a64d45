import type { ModuleRoutes } from '../../shell/portal-module';
import { RequirePermission } from '../../shell/require-permission';
import { ReportIncidentPage } from './report-incident-page';
import { TicketPage } from './ticket-page';
import { TicketsPage } from './tickets-page';

export const ticketRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'tickets',
      element: (
        <RequirePermission permission="tickets.read">
          <TicketsPage />
        </RequirePermission>
      ),
    },
    {
      path: 'tickets/:ticketId',
      element: (
        <RequirePermission permission="tickets.read">
          <TicketPage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    {
      path: 'report-incident',
      element: (
        <RequirePermission permission="tickets.write">
          <ReportIncidentPage />
        </RequirePermission>
      ),
    },
  ],
};
