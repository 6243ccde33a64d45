import { type Bilingual, mergeMessages } from '../i18n/define';
import { attachmentMessages } from './attachments/i18n';
import { changeMessages } from './changes/i18n';
import { checklistMessages } from './checklists/i18n';
import { configurationMessages } from './configuration/i18n';
import { profileChangeMessages } from './profile-changes/i18n';
import { repairMessages } from './repairs/i18n';
import { slaMessages } from './sla/i18n';
import { ticketMessages } from './tickets/i18n';
import { worksMessages } from './works/i18n';

/** The texts of the service desk, gathered from its parts (each keeps an `i18n.ts` in its folder). */
const PARTS: readonly Bilingual<object>[] = [
  ticketMessages,
  changeMessages,
  worksMessages,
  checklistMessages,
  profileChangeMessages,
  attachmentMessages,
  repairMessages,
  configurationMessages,
  slaMessages,
];

export const servicedeskMessages = {
  nl: mergeMessages(PARTS.map((p) => p.nl)),
  en: mergeMessages(PARTS.map((p) => p.en)),
};
