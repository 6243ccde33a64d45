import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { SecurityPoliciesPage } from './access/security-policies/security-policies-page';
import { ProfilePage } from './access/self/profile-page';
import { SessionGate } from './access/session-gate';
import { AuditPage } from './audit/audit-page';
import { AccountsPage } from './directory/accounts/accounts-page';
import { EnterpriseLayout } from './directory/enterprises/enterprise-layout';
import { EnterpriseOverviewPage } from './directory/enterprises/enterprise-overview-page';
import { EnterprisesPage } from './directory/enterprises/enterprises-page';
import { PartnersPage } from './directory/partners/partners-page';
import { SitesPage } from './directory/sites/sites-page';
import { UsersPage } from './directory/users/users-page';
import { TrainingRecordsPage } from './knowledge/training-records-page';
import { PortalShell } from './shell/app-shell';
import { HomePage } from './shell/home-page';
import { NotFoundPage } from './shell/not-found-page';
import { RequirePermission } from './shell/require-permission';

const routes: RouteObject[] = [
  {
    element: (
      <SessionGate>
        <PortalShell />
      </SessionGate>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'profile', element: <ProfilePage /> },
      {
        path: 'partners',
        element: (
          <RequirePermission permission="partners.read">
            <PartnersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'enterprises',
        element: (
          <RequirePermission permission="enterprises.read" chooser>
            <EnterprisesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'enterprises/:enterpriseId',
        element: (
          <RequirePermission permission="enterprises.read">
            <EnterpriseLayout />
          </RequirePermission>
        ),
        children: [
          { index: true, element: <EnterpriseOverviewPage /> },
          {
            path: 'sites',
            element: (
              <RequirePermission permission="sites.read">
                <SitesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'users',
            element: (
              <RequirePermission permission="users.read">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'accounts',
            element: (
              <RequirePermission permission="accounts.read">
                <AccountsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'training-records',
            element: (
              <RequirePermission permission="trainings.read">
                <TrainingRecordsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'accounts',
        element: (
          <RequirePermission permission="accounts.read" provider>
            <AccountsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'training-records',
        element: (
          <RequirePermission permission="trainings.read" provider>
            <TrainingRecordsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit.read" provider>
            <AuditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'security-policies',
        element: (
          <RequirePermission permission="security-policies.read">
            <SecurityPoliciesPage />
          </RequirePermission>
        ),
      },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
