/** Why a change cannot be stored: a record it inserts or replaces does not fit its type, or belongs to another facility. */
import type { Change } from '../domain/workbench/changes';
import { recordShapeProblems } from '../domain/workbench/recordShape';

export function changeRefusal(change: Change, facilityId: string): string | null {
  if (change.type === 'batch') {
    for (const step of change.changes) {
      const refusal = changeRefusal(step, facilityId);
      if (refusal) return refusal;
    }
    return null;
  }
  if (change.type === 'delete') return null;
  const problems = recordShapeProblems(change.collection, change.record);
  const owner = (change.record as { facilityId?: unknown }).facilityId;
  if ((change.collection === 'violations' || change.collection === 'diagrams') && owner !== undefined && owner !== facilityId) {
    problems.push(`facilityId is "${String(owner)}", not "${facilityId}"`);
  }
  return problems.length > 0 ? `${change.collection} "${String((change.record as { id?: unknown }).id)}": ${problems.join('; ')}` : null;
}
