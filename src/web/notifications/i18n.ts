import { type Bilingual, mergeMessages } from '../i18n/define';
import { outboxMessages } from './outbox/i18n';

/** The texts of the notifications context, gathered from its parts. */
const PARTS: readonly Bilingual<object>[] = [outboxMessages];

export const notificationsMessages = {
  nl: mergeMessages(PARTS.map((p) => p.nl)),
  en: mergeMessages(PARTS.map((p) => p.en)),
};
