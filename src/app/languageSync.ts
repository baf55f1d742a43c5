/**
 * Keeps the language in effect (i18next) and the language links carry (the session's `language`, `?lang=`) in
 * step: a link that names a language opens in it and so does back/forward to one; a page read in Korean, or a
 * language the reader switched to, is named in every link made from then on.
 */
import i18next from 'i18next';
import { isLanguage } from '../i18n/languages';
import { useSessionStore } from '../store/sessionStore';

/** The language to name in links when the URL names none: any but the default. */
function unnamed(): void {
  const inEffect = i18next.language;
  if (useSessionStore.getState().language === null && isLanguage(inEffect) && inEffect !== 'en') useSessionStore.getState().setLanguage(inEffect);
}

export function startLanguageSync(): () => void {
  const store = useSessionStore;
  unnamed();
  const onChanged = (language: string) => {
    if (isLanguage(language) && store.getState().language !== language) store.getState().setLanguage(language);
  };
  i18next.on('languageChanged', onChanged);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    if (state.language && state.language !== i18next.language) void i18next.changeLanguage(state.language);
    // Not from inside this listener: the other listeners are still reading this change.
    if (state.language === null) queueMicrotask(unnamed);
  });
  return () => {
    i18next.off('languageChanged', onChanged);
    unsubscribe();
  };
}
