/** i18next with the two bundled languages; the chosen language is kept in localStorage. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, ko } from './dictionaries';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'facility-atlas.language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'ko' ? 'ko' : 'en';
}

/** The language the user chose before, if they ever did (interview mode starts in Korean otherwise). */
export function chosenLanguage(): Language | null {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'ko' || stored === 'en' ? stored : null;
}

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: storedLanguage(),
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
