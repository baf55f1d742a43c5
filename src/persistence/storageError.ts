/**
 * A storage failure said in words a person can act on. The browser's DOMException names are mapped to a few
 * kinds so the workbench can say what happened and what to do, instead of failing silently.
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'corrupt' | 'newer' | 'unknown';

const ADVICE: Record<StorageErrorKind, string> = {
  quota: "The browser's storage for this site is full. Export your work now, then free space or allow more storage.",
  unavailable: 'This browser does not let the site store data (private browsing or storage turned off). Export your work before closing the tab.',
  blocked: 'Another tab of Facility Atlas holds the database open with an older version. Close the other tabs, then reload.',
  corrupt: 'Saved data could not be read.',
  newer: 'This data was saved by a newer version of Facility Atlas; update the app to open it.',
  unknown: 'Saving failed for a reason the browser did not explain. Export your work, then reload.',
};

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    detail?: string,
  ) {
    super(detail ? `${ADVICE[kind]} ${detail}` : ADVICE[kind]);
    this.name = 'StorageError';
  }
}

const KINDS_BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'quota',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotFoundError: 'unavailable',
  VersionError: 'blocked',
  DataCloneError: 'corrupt',
  DataError: 'corrupt',
};

/** Any thrown value as a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(KINDS_BY_NAME[name] ?? 'unknown', message ? `(${message})` : undefined);
}
