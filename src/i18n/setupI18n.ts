/**
 * i18next with the two bundled languages. A page opens in the link's `?lang=`, else the language chosen on this
 * device before (localStorage), else the browser's (navigator.languages), else English.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, ko } from './dictionaries';
import { isLanguage, LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';

/** The language the user chose before, if they ever did (interview mode starts in Korean otherwise). */
export function chosenLanguage(): Language | null {
  const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

/** The language the page's address names (`?lang=`), if any. */
export function languageFromUrl(): Language | null {
  const named = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  return isLanguage(named) ? named : null;
}

/** The reader's choice: kept on this device and applied at once. */
export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

export function setupI18n(): typeof i18next {
  const language = pickLanguage({
    url: languageFromUrl(),
    stored: chosenLanguage(),
    browser: globalThis.navigator?.languages ?? [],
  });
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ko: { translation: ko } },
    lng: language,
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
