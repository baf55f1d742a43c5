/** A problem found in a data file: what the validator prints and the UI lists. */
export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  /** Stable machine name of the check, e.g. "json.truncated", "facility.province.mismatch". */
  code: string;
  /** File path as given to the loader (dataset-relative, e.g. "plans/x.geojson"). */
  file: string;
  /** The feature's id, or "#<index>" when it has none, or "-" for the file as a whole. */
  featureId: string;
  /** A sentence a person understands. */
  message: string;
  /** What to do about it, where that helps. */
  hint?: string;
}

export const FILE_LEVEL = '-';

/** The id a problem names: the record's own id when it is a usable string, else its position. */
export function featureLabel(id: unknown, index: number): string {
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.level === 'error');
}
