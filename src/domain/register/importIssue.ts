/** What the register import reports: row-level issues it works around, and input it cannot read at all. */

/** A problem with one row or record that the import reported and worked around (skipped it, or kept it unlocated). */
export interface ImportIssue {
  /** The input's label, e.g. "nkpd-register-2026-10-01.tsv". */
  file: string;
  /** 1-based line (TSV) or "feature #index" (GeoJSON). */
  where: string;
  message: string;
  /** True when the row or record was left out; false when it was kept (e.g. without a location). */
  skipped: boolean;
}

/** Input the import cannot use at all (no header, not a FeatureCollection…); its message is one line for people. */
export class MalformedInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedInputError';
  }
}
