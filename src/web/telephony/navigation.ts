import type { NavSection } from '../shell/navigation';
import { attendantNavigation } from './attendants/navigation';
import { callSettingsNavigation } from './call-settings/navigation';
import { deviceNavigation } from './devices/navigation';
import { featureNavigation } from './features/navigation';
import { huntGroupNavigation } from './hunt-groups/navigation';
import { incomingRouteNavigation } from './incoming-routes/navigation';
import { numberPlanNavigation } from './numbers/navigation';
import { provisioningNavigation } from './provisioning/navigation';
import { queueNavigation } from './queues/navigation';
import { callRestrictionNavigation } from './restrictions/navigation';
import { scheduleNavigation } from './schedules/navigation';

/** Telephony's entries in the side navigation, gathered from its parts. */
const PARTS: readonly NavSection[] = [
  numberPlanNavigation,
  deviceNavigation,
  callRestrictionNavigation,
  provisioningNavigation,
  featureNavigation,
  queueNavigation,
  huntGroupNavigation,
  callSettingsNavigation,
  attendantNavigation,
  scheduleNavigation,
  incomingRouteNavigation,
];

export const telephonyNavigation: NavSection = (me, enterpriseId) =>
  PARTS.flatMap((part) => part(me, enterpriseId));
