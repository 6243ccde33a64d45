import { defineTexts } from '../messages/texts';
import { CALL_RESTRICTION_ISSUES } from './call-restriction-messages';
import { DEVICE_ISSUES } from './device-messages';
import { FEATURE_ISSUES } from './feature-messages';
import { NUMBER_ISSUES } from './number-messages';
import { PROVISIONING_ISSUES } from './provisioning/messages';
import { SCHEDULE_ISSUES } from './schedule-messages';

/**
 * Issues of telephony (C2). Each part of the context may keep its own texts in a file beside
 * this one and spread them in here.
 */
export const TELEPHONY_ISSUES = defineTexts({
  ...NUMBER_ISSUES,
  ...DEVICE_ISSUES,
  ...CALL_RESTRICTION_ISSUES,
  ...PROVISIONING_ISSUES,
  ...FEATURE_ISSUES,
  ...SCHEDULE_ISSUES,
  in_use: {
    nl: 'Dit wordt nog gebruikt door {count} onderdeel/onderdelen: {referrers}. Pas die eerst aan.',
    en: 'This is still used by {count} item(s): {referrers}. Change those first.',
  },
  phone_number: {
    nl: 'moet een telefoonnummer zijn, zoals 020 794 0000 of +31 20 794 0000',
    en: 'must be a phone number, such as 020 794 0000 or +31 20 794 0000',
  },
});
