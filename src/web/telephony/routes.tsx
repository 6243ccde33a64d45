import type { ModuleRoutes } from '../shell/portal-module';
import { featureRoutes } from './features/routes';
import { numberPlanRoutes } from './numbers/routes';

/** Telephony's pages, gathered from its parts (each adds its `routes.tsx` here). */
const PARTS: readonly ModuleRoutes[] = [numberPlanRoutes, featureRoutes];

export const telephonyRoutes: ModuleRoutes = {
  routes: PARTS.flatMap((p) => p.routes ?? []),
  enterpriseRoutes: PARTS.flatMap((p) => p.enterpriseRoutes ?? []),
};
