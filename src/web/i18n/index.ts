import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language';
import { resources } from './resources';

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLanguage(readStoredLanguage());
  await i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  setDocumentLanguage(lng);
  i18next.on('languageChanged', setDocumentLanguage);
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  await i18next.changeLanguage(language);
}
