/**
 * Marking a room corroborated — the investigator's decision, never automatic — as one undoable change: the
 * confirming interviews become restricted testimony sources of the work (one per pseudonymous interview id)
 * and the room cites them.
 */
import type { Source } from '../types';
import type { Change } from './changes';
import type { FacilityWork } from './workTypes';

/** Interview sources are named by this prefix and the pseudonymous interview id. */
export const INTERVIEW_SOURCE_PREFIX = 'interview-';

export function interviewSourceId(interviewId: string): string {
  return `${INTERVIEW_SOURCE_PREFIX}${interviewId}`;
}

/** The change that marks `roomId` corroborated by `interviewIds`; null when the room is not in the work. */
export function corroborateRoom(work: FacilityWork, roomId: string, interviewIds: readonly string[]): Change | null {
  const room = work.features.find((feature) => feature.id === roomId && feature.kind === 'room');
  if (!room) return null;
  const have = new Set(work.sources.map((source) => source.id));
  const newSources: Source[] = interviewIds
    .filter((id) => !have.has(interviewSourceId(id)))
    .map((id) => ({ id: interviewSourceId(id), kind: 'testimony', title: `Interview ${id}`, visibility: 'restricted' }));
  const cited = new Set(room.sources.map((ref) => ref.sourceId));
  const refs = interviewIds.filter((id) => !cited.has(interviewSourceId(id))).map((id) => ({ sourceId: interviewSourceId(id), locator: 'interview mode: "Yes, this is right"' }));
  return {
    type: 'batch',
    label: 'Mark corroborated',
    changes: [
      ...newSources.map((record): Change => ({ type: 'insert', collection: 'sources', record })),
      { type: 'replace', collection: 'features', record: { ...room, confidence: 'corroborated', sources: [...room.sources, ...refs] } },
    ],
  };
}

/** The published plan's records copied into an empty work, so the investigator can build on them. */
export function startFromPlan(work: FacilityWork, features: FacilityWork['features'], violations: FacilityWork['violations'], sources: readonly Source[]): Change | null {
  const taken = new Set(work.features.map((feature) => feature.id));
  const fresh = features.filter((feature) => !taken.has(feature.id));
  if (fresh.length === 0) return null;
  const cited = new Set([...fresh, ...violations].flatMap((record) => record.sources.map((ref) => ref.sourceId)));
  const haveSources = new Set(work.sources.map((source) => source.id));
  const haveViolations = new Set(work.violations.map((violation) => violation.id));
  return {
    type: 'batch',
    label: 'Start from the published plan',
    changes: [
      ...sources.filter((source) => cited.has(source.id) && !haveSources.has(source.id)).map((record): Change => ({ type: 'insert', collection: 'sources', record })),
      ...fresh.map((record): Change => ({ type: 'insert', collection: 'features', record })),
      ...violations.filter((violation) => !haveViolations.has(violation.id)).map((record): Change => ({ type: 'insert', collection: 'violations', record })),
    ],
  };
}
