import type { ModuleRoutes } from '../shell/portal-module';
import { RequirePermission } from '../shell/require-permission';
import { AuditPage } from './audit-page';

/** The audit log: over everything (provider staff) and per customer. */
export const auditRoutes: ModuleRoutes = {
  routes: [
    {
      path: 'audit',
      element: (
        <RequirePermission permission="audit.read" provider>
          <AuditPage />
        </RequirePermission>
      ),
    },
  ],
  enterpriseRoutes: [
    {
      path: 'audit',
      element: (
        <RequirePermission permission="audit.read">
          <AuditPage />
        </RequirePermission>
      ),
    },
  ],
};
