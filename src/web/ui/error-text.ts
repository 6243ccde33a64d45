import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';
import { translateError, translateFieldMessage } from '../i18n/api-messages';

/** A field message of the API or a shared schema, in the portal's language when it is a known one. */
export function fieldText(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  // The password policy joins several rules with "; ".
  return message
    .split('; ')
    .map((part) => {
      const known = translateFieldMessage(part);
      return known ? t(known.key, known.values ?? {}) : part;
    })
    .join('; ');
}

/** The sentence to show for a failed request. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const known = translateError(error.code, error.message);
    return known ? t(known.key, known.values ?? {}) : error.message;
  }
  if (error instanceof TypeError) return t('errors.codes.network');
  return t('errors.codes.internal');
}
