import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n/setupI18n';

/** One button naming the other language in its own words ("한국어" on an English page, "English" on a Korean one). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = LANGUAGES.find((language) => language !== i18n.language) ?? 'en';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => setLanguage(other)}>
      {t(`language.${other}`)}
    </button>
  );
}
