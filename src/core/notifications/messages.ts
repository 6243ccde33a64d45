import { defineTexts } from '../messages/texts';

/** Issues of the notifications context (the outbox). */
export const NOTIFICATIONS_ISSUES = defineTexts({
  outbox_not_failed: {
    nl: 'Alleen een mislukt bericht kan opnieuw worden verstuurd; dit bericht wacht nog of is al verstuurd.',
    en: 'Only a failed message can be sent again; this one is still waiting or already sent.',
  },
});
