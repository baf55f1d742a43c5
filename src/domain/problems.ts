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

/** The code of a problem that is a bug in the app, not in the data: a check threw on this file or record. */
export const INTERNAL_ERROR = 'internal.error';

/** Reports `error`, thrown by a check, as a problem of `file` (and record), so the other files' results are kept. */
export function internalError(file: string, featureId: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    level: 'error',
    code: INTERNAL_ERROR,
    file,
    featureId,
    message: `Facility Atlas failed while checking this ${featureId === FILE_LEVEL ? 'file' : 'record'} (internal error: ${reason}); its records were not loaded.`,
    hint: 'This is a fault in the app, not necessarily in the data: please report it with this file.',
  };
}
