import { type Bilingual, mergeMessages } from '../i18n/define';
import { attendantMessages } from './attendants/i18n';
import { callSettingsMessages } from './call-settings/i18n';
import { deviceMessages } from './devices/i18n';
import { featureMessages } from './features/i18n';
import { huntGroupMessages } from './hunt-groups/i18n';
import { incomingRouteMessages } from './incoming-routes/i18n';
import { numberPlanMessages } from './numbers/i18n';
import { provisioningMessages } from './provisioning/i18n';
import { queueMessages } from './queues/i18n';
import { callRestrictionMessages } from './restrictions/i18n';
import { scheduleMessages } from './schedules/i18n';

/**
 * The texts of telephony, gathered from its parts (number plan, users' telephony, call
 * restrictions, devices, the provisioning form): each part keeps an `i18n.ts` in its folder and
 * adds it here. A text defined twice is an error.
 */
const PARTS: readonly Bilingual<object>[] = [
  numberPlanMessages,
  deviceMessages,
  callRestrictionMessages,
  provisioningMessages,
  featureMessages,
  queueMessages,
  huntGroupMessages,
  callSettingsMessages,
  attendantMessages,
  scheduleMessages,
  incomingRouteMessages,
];

export const telephonyMessages = {
  nl: mergeMessages(PARTS.map((p) => p.nl)),
  en: mergeMessages(PARTS.map((p) => p.en)),
};
