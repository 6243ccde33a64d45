import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { changeLanguage } from '../i18n';
import { isLanguage, LANGUAGES } from '../i18n/language';

/**
 * Nederlands / English; the choice is kept in localStorage and set on <html lang>. Signed in
 * (`signedIn`), it is also the account's language for the e-mails it gets.
 */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void changeLanguage(value);
        // The portal's language does not wait for it; a failure leaves the e-mails' language as it was.
        if (signedIn) api.put('/api/me/language', { language: value }).catch(() => undefined);
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
