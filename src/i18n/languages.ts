/**
 * The languages of the UI and which one a page opens in. Pure: the caller reads the URL, the stored choice and
 * the browser's languages, so the order of precedence is tested without a browser.
 */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Where the reader's choice of language is kept on this device (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'facility-atlas.language';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The first of the browser's preferred languages the UI has ("ko-KR" is Korean), or null. */
export function browserLanguage(preferred: readonly string[]): Language | null {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return null;
}

/**
 * The language a page opens in: the link's `?lang=` first (a shared link reads as it was sent), then the choice
 * the reader made on this device, then the browser's languages, then English.
 */
export function pickLanguage(sources: { url: string | null; stored: string | null; browser: readonly string[] }): Language {
  if (isLanguage(sources.url)) return sources.url;
  if (isLanguage(sources.stored)) return sources.stored;
  return browserLanguage(sources.browser) ?? 'en';
}
