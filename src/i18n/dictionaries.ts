/**
 * The UI's text in each language: every JSON file under locales/<language>/ merged into one flat dictionary.
 * Each part of the app keeps its keys in a file of its own, so parts can grow their text without touching
 * each other's; a key defined in two files is an error the tests report.
 */
type Dictionary = Record<string, string>;

const englishParts = import.meta.glob<Dictionary>('./locales/en/*.json', { eager: true, import: 'default' });
const koreanParts = import.meta.glob<Dictionary>('./locales/ko/*.json', { eager: true, import: 'default' });

function merge(parts: Record<string, Dictionary>): Dictionary {
  return Object.assign({}, ...Object.keys(parts).sort().map((path) => parts[path])) as Dictionary;
}

export const en: Dictionary = merge(englishParts);
export const ko: Dictionary = merge(koreanParts);
/** The files of each language, for the test that no key is defined twice. */
export const dictionaryParts = { en: englishParts, ko: koreanParts };
