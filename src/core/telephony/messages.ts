import { defineTexts } from '../messages/texts';
import { ATTENDANT_ISSUES } from './attendant-messages';
import { CALL_RESTRICTION_ISSUES } from './call-restriction-messages';
import { CALL_SETTINGS_ISSUES } from './call-settings-messages';
import { DEVICE_ISSUES } from './device-messages';
import { FEATURE_ISSUES } from './feature-messages';
import { GROUP_ISSUES } from './group-messages';
import { NUMBER_ISSUES } from './number-messages';
import { PROVISIONING_ISSUES } from './provisioning/messages';
import { QUEUE_ISSUES } from './queue-messages';
import { ROUTE_ISSUES } from './route-messages';
import { SCHEDULE_ISSUES } from './schedule-messages';
import { SIMULATE_ISSUES } from './simulate-messages';

/**
 * Issues of telephony (C2). Each part of the context may keep its own texts in a file beside
 * this one and spread them in here.
 */
/** The parts' texts, each with codes of its own: a code in two parts would silently take one's text. */
export const TELEPHONY_ISSUE_PARTS = {
  NUMBER_ISSUES,
  DEVICE_ISSUES,
  CALL_RESTRICTION_ISSUES,
  PROVISIONING_ISSUES,
  FEATURE_ISSUES,
  QUEUE_ISSUES,
  GROUP_ISSUES,
  CALL_SETTINGS_ISSUES,
  ATTENDANT_ISSUES,
  SCHEDULE_ISSUES,
  ROUTE_ISSUES,
  SIMULATE_ISSUES,
};

export const TELEPHONY_ISSUES = defineTexts({
  ...NUMBER_ISSUES,
  ...DEVICE_ISSUES,
  ...CALL_RESTRICTION_ISSUES,
  ...PROVISIONING_ISSUES,
  ...FEATURE_ISSUES,
  ...QUEUE_ISSUES,
  ...GROUP_ISSUES,
  ...CALL_SETTINGS_ISSUES,
  ...ATTENDANT_ISSUES,
  ...SCHEDULE_ISSUES,
  ...ROUTE_ISSUES,
  ...SIMULATE_ISSUES,
  in_use: {
    nl: 'Dit wordt nog gebruikt door {count} onderdeel/onderdelen: {referrers}. Pas die eerst aan.',
    en: 'This is still used by {count} item(s): {referrers}. Change those first.',
  },
  phone_number: {
    nl: 'moet een telefoonnummer zijn, zoals 020 794 0000 of +31 20 794 0000',
    en: 'must be a phone number, such as 020 794 0000 or +31 20 794 0000',
  },
});
