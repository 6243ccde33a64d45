import { access } from './resources/access';
import { common } from './resources/common';
import { directory } from './resources/directory';
import { knowledgeAudit } from './resources/knowledge-audit';
import { messages } from './resources/messages';

const parts = [common, messages, access, directory, knowledgeAudit];

/** All texts, Dutch and English, as i18next's single `translation` namespace. */
export const resources = {
  nl: { translation: Object.assign({}, ...parts.map((p) => p.nl)) as Record<string, unknown> },
  en: { translation: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, unknown> },
};
