import type { MatrixRows } from '../testing/route-matrix';
import { ATTENDANT_ROUTES } from './attendants/route-matrix';
import { CALL_RESTRICTION_ROUTES } from './call-restrictions/route-matrix';
import { CALL_SETTINGS_ROUTES } from './call-settings/route-matrix';
import { DEVICE_ROUTES } from './devices/route-matrix';
import { GROUP_ROUTES } from './hunt-groups/route-matrix';
import { ROUTE_ROUTES } from './incoming-routes/route-matrix';
import { NUMBER_PLAN_ROUTES } from './numbers/route-matrix';
import { PROVISIONING_ROUTES } from './provisioning/route-matrix';
import { QUEUE_ROUTES } from './queues/route-matrix';
import { ROUTING_ROUTES } from './routing/route-matrix';
import { SCHEDULE_ROUTES } from './schedules/route-matrix';
import { FEATURE_ROUTES } from './user-features/route-matrix';

/**
 * The telephony routes in the role × route matrix (see testing/route-matrix.ts), gathered from
 * its parts: each keeps a `route-matrix.ts` in its folder and adds it here.
 */
const PARTS: readonly MatrixRows[] = [
  NUMBER_PLAN_ROUTES,
  DEVICE_ROUTES,
  CALL_RESTRICTION_ROUTES,
  PROVISIONING_ROUTES,
  FEATURE_ROUTES,
  QUEUE_ROUTES,
  GROUP_ROUTES,
  CALL_SETTINGS_ROUTES,
  ATTENDANT_ROUTES,
  SCHEDULE_ROUTES,
  ROUTE_ROUTES,
  ROUTING_ROUTES,
];

export const TELEPHONY_ROUTES: MatrixRows = Object.assign({}, ...PARTS);
