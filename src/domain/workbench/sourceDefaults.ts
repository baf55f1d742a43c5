import type { SourceKind, Visibility } from '../enums';

/** Testimony and diagrams can identify a witness: they start restricted; published material starts public. */
export function defaultVisibility(kind: SourceKind): Visibility {
  return kind === 'testimony' || kind === 'diagram' ? 'restricted' : 'public';
}
