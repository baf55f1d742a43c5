/**
 * Whether the static first view may be shown, and in which language: only on the map page's own address with
 * nothing that asks for another view (a facility, a filter, a camera, imagery, another page), since it shows
 * the default view only. Pure: the page's script passes its address, stored choice and browser languages.
 */
import { pickLanguage, type Language } from '../../i18n/languages';

/** The one query parameter that does not change what the map shows first. */
const HARMLESS = new Set(['lang']);

export function firstViewLanguage(page: { pathname: string; search: string; stored: string | null; browser: readonly string[] }): Language | null {
  if (page.pathname !== '/' && page.pathname !== '/index.html') return null;
  const params = new URLSearchParams(page.search);
  for (const key of params.keys()) if (!HARMLESS.has(key)) return null;
  return pickLanguage({ url: params.get('lang'), stored: page.stored, browser: page.browser });
}
