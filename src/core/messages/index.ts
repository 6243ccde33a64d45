import { ACCESS_ISSUES } from '../access/messages';
import { DIRECTORY_ISSUES } from '../directory/messages';
import { KNOWLEDGE_ISSUES } from '../knowledge/messages';
import { NOTIFICATIONS_ISSUES } from '../notifications/messages';
import { SERVICEDESK_ISSUES } from '../servicedesk/messages';
import { TELEPHONY_ISSUES } from '../telephony/messages';
import { COMMON_ISSUES, ERROR_CODE_TEXTS } from './common';
import { formatMessage, type Language, type Params, type Texts } from './texts';

export { ERROR_CODE_TEXTS } from './common';
export * from './texts';

/** Every issue code of the API, with its texts: the common ones and each context's own. */
export const ISSUE_TEXTS = {
  ...COMMON_ISSUES,
  ...ACCESS_ISSUES,
  ...DIRECTORY_ISSUES,
  ...KNOWLEDGE_ISSUES,
  ...TELEPHONY_ISSUES,
  ...SERVICEDESK_ISSUES,
  ...NOTIFICATIONS_ISSUES,
} satisfies Record<string, Texts>;

export type IssueCode = keyof typeof ISSUE_TEXTS;
export type ErrorCode = keyof typeof ERROR_CODE_TEXTS;

export const isIssueCode = (value: unknown): value is IssueCode =>
  typeof value === 'string' && Object.hasOwn(ISSUE_TEXTS, value);

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(ERROR_CODE_TEXTS, value);

export const issueText = (code: IssueCode, params: Params = {}, language: Language = 'en'): string =>
  formatMessage(ISSUE_TEXTS[code][language], params);

export const errorCodeText = (code: ErrorCode, params: Params = {}, language: Language = 'en'): string =>
  formatMessage(ERROR_CODE_TEXTS[code][language], params);
