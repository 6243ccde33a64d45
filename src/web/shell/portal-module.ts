import type { RouteObject } from 'react-router';
import type { NavSection } from './navigation';

/**
 * What one bounded context (access, directory, audit, knowledge; later telephony, servicedesk,
 * operations) brings to the portal: its pages, its navigation entries and its texts. Each context
 * keeps them in its own folder (`routes.tsx`, `navigation.ts`, `i18n.ts`); `src/web/contexts.ts`
 * lists the contexts.
 */
export type PortalModule = {
  /** The context's name, as in src/core and src/server. */
  name: string;
  /** Pages at the top of the portal (/partners, /profile, the provider's lists over all customers). */
  routes?: RouteObject[];
  /** Pages of the chosen customer, under /enterprises/:enterpriseId. */
  enterpriseRoutes?: RouteObject[];
  navigation?: NavSection;
  /** Dutch and English texts (`defineMessages`), merged into the one translation namespace. */
  messages: { nl: object; en: object };
};

export type ModuleRoutes = Pick<PortalModule, 'routes' | 'enterpriseRoutes'>;
