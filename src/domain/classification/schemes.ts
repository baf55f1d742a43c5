/**
 * Classification schemes a violation may be coded under, each with its vocabulary: the codes allowed per facet.
 * A scheme's codes are kept as its publisher writes them; labels and our readings of them live beside the
 * vocabulary (a scheme's own module), not in the records. Add a scheme by listing it in KNOWN_SCHEMES.
 */
export interface ClassificationScheme {
  id: string;
  /** Facet → the codes allowed in it. */
  facets: Readonly<Record<string, readonly string[]>>;
}

export const KNOWN_SCHEMES: readonly ClassificationScheme[] = [];
