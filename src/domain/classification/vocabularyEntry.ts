/** One code of a scheme's vocabulary with its labels, saying whose words each label is. */
import type { ViolationCategory } from '../enums';

/** Who wrote an English label: the publisher itself, or us reading the publisher's romanised Korean code. */
export type LabelAuthor = 'nkdb' | 'our-reading';

export interface VocabularyEntry {
  /** The code exactly as the publisher writes it. */
  code: string;
  /** English label: the publisher's own where its data has one (labelBy "nkdb"), otherwise our reading. */
  en: string;
  labelBy: LabelAuthor;
  /** Korean label for the interface; always our reading (the captured data holds no Korean). */
  ko: string;
  /** The Hangul the romanised code spells, given only where we are sure of every letter (spacing is ours). */
  hangul?: string;
  /** The publisher's top-level code this one appears under in every captured record, when there is one. */
  heading?: string;
  /** Our category, given only where the code means the same thing; otherwise the code maps to nothing. */
  category?: ViolationCategory;
}

interface EntryOptions {
  heading?: string;
  category?: ViolationCategory;
  /** Leave the Hangul out: the romanisation does not let us be sure of it. */
  unsure?: boolean;
}

function withOptions(entry: VocabularyEntry, options: EntryOptions): VocabularyEntry {
  const { heading, category, unsure } = options;
  return {
    ...entry,
    ...(unsure ? {} : { hangul: entry.ko }),
    ...(heading === undefined ? {} : { heading }),
    ...(category === undefined ? {} : { category }),
  };
}

/** A code the publisher labels in English itself. */
export function publisherLabelled(code: string, en: string, ko: string, options: EntryOptions = {}): VocabularyEntry {
  return withOptions({ code, en, labelBy: 'nkdb', ko }, options);
}

/** A code the publisher's data leaves unlabelled: the English is our reading of its romanised Korean. */
export function ourReading(code: string, en: string, ko: string, options: EntryOptions = {}): VocabularyEntry {
  return withOptions({ code, en, labelBy: 'our-reading', ko }, options);
}
