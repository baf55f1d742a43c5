/** The reader's language's version of a text the data gives in English and maybe Korean. */
import type { LocalizedText } from './types';

/** The Korean text when the page is in Korean and the record has one; otherwise the English. */
export function localText(text: LocalizedText, language: string): string {
  return (language === 'ko' && text.ko) || text.en;
}
