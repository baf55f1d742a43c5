/**
 * One search key for the spellings of a Korean name: Hangul (온성), Revised Romanization (Onseong) and
 * McCune–Reischauer (Onsŏng, usually written Onsong) all fold to the same letters. Hangul is romanised by es-hangul;
 * then diacritics, aspiration marks, hyphens and spaces go, RR's vowels eo/eu become MR's o/u, and the consonant pairs
 * RR writes voiced and MR unvoiced (g/k, d/t, b/p, j/ch) become one. English text folds the same way on both
 * sides of a comparison, so it still finds itself.
 */
import { romanize } from 'es-hangul';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;
const HANGUL_RUN = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;
/**
 * es-hangul romanises a string in about a millisecond; a search over 10,000 Korean names cannot pay that per name.
 * Each syllable (or loose letter) is romanised once and kept: names share few distinct syllables. Syllable by syllable
 * loses the sound changes between syllables (독립 reads "dok rip", not "dongnip"), the same way on both sides of a
 * comparison; English names carry the usual spellings anyway.
 */
const syllableCache = new Map<string, string>();

function romanisedSyllable(syllable: string): string {
  let latin = syllableCache.get(syllable);
  if (latin === undefined) {
    try {
      latin = romanize(syllable);
    } catch {
      latin = syllable;
    }
    syllableCache.set(syllable, latin);
  }
  return latin;
}
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
/** Everything but letters and digits (Latin, Hangul, CJK): MR's aspiration apostrophes, hyphens, spaces, punctuation. */
const NOT_LETTER_OR_DIGIT = /[^a-z0-9\u00c0-\u024f\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]/g;
/** RR's vowels and voiced consonants → MR's: one pass, longest first. */
const RR_TO_MR = /eo|eu|shi|[jgdb]/g;
const MR_OF: Readonly<Record<string, string>> = { eo: 'o', eu: 'u', shi: 'si', j: 'ch', g: 'k', d: 't', b: 'p' };

/** The text with its Hangul romanised syllable by syllable (Revised Romanization); other text is kept as it is. */
export function romanised(text: string): string {
  return HANGUL.test(text) ? text.replace(HANGUL_RUN, romanisedSyllable) : text;
}

/** The folded key of a text; compare keys with includes(). Plain ASCII (most names) skips Unicode normalisation. */
export function spellingKey(text: string): string {
  let latin = romanised(text);
  if (!ASCII.test(latin)) latin = latin.normalize('NFKD').replace(COMBINING_MARKS, '');
  return latin
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '')
    .replace(RR_TO_MR, (match) => MR_OF[match] ?? match);
}
