import { accessMessages } from './access/i18n';
import { accessNavigation } from './access/navigation';
import type { Viewer } from './access/permissions';
import { accessRoutes } from './access/routes';
import { auditMessages } from './audit/i18n';
import { auditNavigation } from './audit/navigation';
import { auditRoutes } from './audit/routes';
import { directoryMessages } from './directory/i18n';
import { directoryNavigation } from './directory/navigation';
import { directoryRoutes } from './directory/routes';
import { knowledgeMessages } from './knowledge/i18n';
import { knowledgeNavigation } from './knowledge/navigation';
import { knowledgeRoutes } from './knowledge/routes';
import { notificationsMessages } from './notifications/i18n';
import { notificationsNavigation } from './notifications/navigation';
import { notificationsRoutes } from './notifications/routes';
import { servicedeskMessages } from './servicedesk/i18n';
import { servicedeskNavigation } from './servicedesk/navigation';
import { servicedeskRoutes } from './servicedesk/routes';
import { collectNavigation, homeNavigation, type NavItem } from './shell/navigation';
import type { PortalModule } from './shell/portal-module';
import { telephonyMessages } from './telephony/i18n';
import { telephonyNavigation } from './telephony/navigation';
import { telephonyRoutes } from './telephony/routes';

/**
 * The bounded contexts of the portal, each with its pages, navigation and texts. A new context
 * (telephony, servicedesk, operations) writes its `routes.tsx`, `navigation.ts` and `i18n.ts` in
 * its own folder and adds one entry here.
 */
export const MODULES: readonly PortalModule[] = [
  { name: 'access', ...accessRoutes, navigation: accessNavigation, messages: accessMessages },
  { name: 'directory', ...directoryRoutes, navigation: directoryNavigation, messages: directoryMessages },
  { name: 'telephony', ...telephonyRoutes, navigation: telephonyNavigation, messages: telephonyMessages },
  {
    name: 'servicedesk',
    ...servicedeskRoutes,
    navigation: servicedeskNavigation,
    messages: servicedeskMessages,
  },
  {
    name: 'notifications',
    ...notificationsRoutes,
    navigation: notificationsNavigation,
    messages: notificationsMessages,
  },
  { name: 'knowledge', ...knowledgeRoutes, navigation: knowledgeNavigation, messages: knowledgeMessages },
  { name: 'audit', ...auditRoutes, navigation: auditNavigation, messages: auditMessages },
];

/** The side navigation for this viewer, with the chosen customer's entries when there is one. */
export const navigationFor = (me: Viewer, enterpriseId: string | null): NavItem[] =>
  collectNavigation(
    [homeNavigation, ...MODULES.flatMap((m) => (m.navigation ? [m.navigation] : []))],
    me,
    enterpriseId,
  );
