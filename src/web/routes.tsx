import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { SessionGate } from './access/session-gate';
import { MODULES } from './contexts';
import { EnterpriseLayout } from './directory/enterprises/enterprise-layout';
import { PortalShell } from './shell/app-shell';
import { HomePage } from './shell/home-page';
import { NotFoundPage } from './shell/not-found-page';
import { RequirePermission } from './shell/require-permission';

/**
 * The portal's frame: the session gate and shell around the start page, the pages of every
 * context (src/web/contexts.ts) and, under /enterprises/:enterpriseId, the chosen customer's.
 */
const routes: RouteObject[] = [
  {
    element: (
      <SessionGate>
        <PortalShell />
      </SessionGate>
    ),
    children: [
      { index: true, element: <HomePage /> },
      ...MODULES.flatMap((m) => m.routes ?? []),
      {
        path: 'enterprises/:enterpriseId',
        element: (
          <RequirePermission permission="enterprises.read">
            <EnterpriseLayout />
          </RequirePermission>
        ),
        children: [
          ...MODULES.flatMap((m) => m.enterpriseRoutes ?? []),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
