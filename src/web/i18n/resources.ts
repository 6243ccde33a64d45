import { MODULES } from '../contexts';
import { mergeMessages } from './define';
import { common } from './resources/common';
import { messages } from './resources/messages';

/** The shell's and shared texts, the API's messages, and the texts of every context. */
const parts = [common, messages, ...MODULES.map((m) => m.messages)];

/** All texts, Dutch and English, as i18next's single `translation` namespace. */
export const resources = {
  nl: { translation: mergeMessages(parts.map((p) => p.nl)) },
  en: { translation: mergeMessages(parts.map((p) => p.en)) },
};
