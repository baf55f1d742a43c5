/**
 * Text normalisation shared by the register and the supplement: one form for display (quirks of the source
 * removed, wording kept) and a looser key for deciding whether two names mean the same facility.
 */

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** Straight apostrophes, single spaces, no surrounding blanks: "Korean People’s Army" → "Korean People's Army". */
export function displayText(text: string): string {
  return text.replace(CURLY_APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
}

/**
 * A comparison key: case, diacritics, apostrophes and punctuation dropped, so "Ch'oma-bong" and "Choma bong",
 * or "Camp No.15" and "Camp No. 15", compare equal. Never shown to anyone.
 */
export function nameKey(text: string): string {
  return displayText(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
