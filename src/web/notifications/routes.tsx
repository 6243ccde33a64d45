import type { ModuleRoutes } from '../shell/portal-module';
import { outboxRoutes } from './outbox/routes';

/** The notifications' pages, gathered from its parts. */
const PARTS: readonly ModuleRoutes[] = [outboxRoutes];

export const notificationsRoutes: ModuleRoutes = {
  routes: PARTS.flatMap((p) => p.routes ?? []),
  enterpriseRoutes: PARTS.flatMap((p) => p.enterpriseRoutes ?? []),
};
