import i18next, { type TFunction } from 'i18next';
import {
  ERROR_CODE_TEXTS,
  formatMessage,
  ISSUE_TEXTS,
  isErrorCode,
  isIssueCode,
  type Language,
} from '../../core/messages';
import { type ApiIssue, isApiError } from '../api/api-error';

/** The portal's language as the catalogue knows it (Dutch unless English is chosen). */
const languageOf = (_t: TFunction): Language => (i18next.language === 'en' ? 'en' : 'nl');

/** An issue in the portal's language, by its code; an unknown code shows the API's own text. */
export function issueText(t: TFunction, issue: Pick<ApiIssue, 'code' | 'params' | 'message'>): string {
  if (!isIssueCode(issue.code)) return issue.message;
  return formatMessage(ISSUE_TEXTS[issue.code][languageOf(t)], issue.params);
}

/** Several issues of one field, as one line. */
export function issuesText(t: TFunction, issues: readonly ApiIssue[] | undefined): string | undefined {
  if (issues === undefined || issues.length === 0) return undefined;
  return issues.map((issue) => issueText(t, issue)).join('; ');
}

/** The sentence to show for a failed request: its reason, else the text of its code. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const reason = error.reason;
    if (reason) return issueText(t, reason);
    if (isErrorCode(error.code)) return formatMessage(ERROR_CODE_TEXTS[error.code][languageOf(t)]);
    return error.message;
  }
  if (error instanceof TypeError) return t('errors.codes.network');
  return formatMessage(ERROR_CODE_TEXTS.internal[languageOf(t)]);
}
