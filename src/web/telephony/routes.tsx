import type { ModuleRoutes } from '../shell/portal-module';
import { attendantRoutes } from './attendants/routes';
import { callSettingsRoutes } from './call-settings/routes';
import { deviceRoutes } from './devices/routes';
import { featureRoutes } from './features/routes';
import { huntGroupRoutes } from './hunt-groups/routes';
import { incomingRouteRoutes } from './incoming-routes/routes';
import { numberPlanRoutes } from './numbers/routes';
import { provisioningRoutes } from './provisioning/routes';
import { queueRoutes } from './queues/routes';
import { callRestrictionRoutes } from './restrictions/routes';
import { scheduleRoutes } from './schedules/routes';

/** Telephony's pages, gathered from its parts (each adds its `routes.tsx` here). */
const PARTS: readonly ModuleRoutes[] = [
  numberPlanRoutes,
  deviceRoutes,
  callRestrictionRoutes,
  provisioningRoutes,
  featureRoutes,
  queueRoutes,
  huntGroupRoutes,
  callSettingsRoutes,
  attendantRoutes,
  scheduleRoutes,
  incomingRouteRoutes,
];

export const telephonyRoutes: ModuleRoutes = {
  routes: PARTS.flatMap((p) => p.routes ?? []),
  enterpriseRoutes: PARTS.flatMap((p) => p.enterpriseRoutes ?? []),
};
