import type { ModuleRoutes } from '../shell/portal-module';
import { deviceRoutes } from './devices/routes';
import { numberPlanRoutes } from './numbers/routes';

/** Telephony's pages, gathered from its parts (each adds its `routes.tsx` here). */
const PARTS: readonly ModuleRoutes[] = [numberPlanRoutes, deviceRoutes];

export const telephonyRoutes: ModuleRoutes = {
  routes: PARTS.flatMap((p) => p.routes ?? []),
  enterpriseRoutes: PARTS.flatMap((p) => p.enterpriseRoutes ?? []),
};
