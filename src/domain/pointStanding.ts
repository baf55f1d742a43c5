/**
 * What a facility's point stands for, in one value the card and the map draw from: a point that contradicts its own
 * record (locationDoubt) is doubtful whatever its precision, and says why; otherwise the precision says what it is.
 */
import type { Precision } from './enums';
import type { Facility, LocalizedText } from './types';

export type PointStanding =
  /** The point contradicts the record: drawn apart, with the reason on the card. */
  | { kind: 'doubtful'; reason: LocalizedText; precision: Precision }
  /** A source gives a point for the facility itself. */
  | { kind: 'site' }
  /** Sources disagree, or the point is otherwise unresolved. */
  | { kind: 'approximate' }
  /** No source locates it: counted on its province. */
  | { kind: 'unlocated' };

export function pointStanding(facility: Facility): PointStanding {
  if (facility.location === null) return { kind: 'unlocated' };
  if (facility.locationDoubt) return { kind: 'doubtful', reason: facility.locationDoubt.reason, precision: facility.precision };
  return { kind: facility.precision === 'approximate' ? 'approximate' : 'site' };
}
