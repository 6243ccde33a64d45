import type { ModuleRoutes } from '../shell/portal-module';
import { changeRoutes } from './changes/routes';
import { configurationRoutes } from './configuration/routes';
import { repairRoutes } from './repairs/routes';
import { slaRoutes } from './sla/routes';
import { ticketRoutes } from './tickets/routes';
import { worksRoutes } from './works/routes';

/** The service desk's pages, gathered from its parts (each adds its `routes.tsx` here). */
const PARTS: readonly ModuleRoutes[] = [
  ticketRoutes,
  changeRoutes,
  worksRoutes,
  repairRoutes,
  configurationRoutes,
  slaRoutes,
];

export const servicedeskRoutes: ModuleRoutes = {
  routes: PARTS.flatMap((p) => p.routes ?? []),
  enterpriseRoutes: PARTS.flatMap((p) => p.enterpriseRoutes ?? []),
};
