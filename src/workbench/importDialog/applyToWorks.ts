/**
 * Stores an import's new violations in their facilities' works through each one's store: the open facility's
 * first (one batch: one step of undo), then each other facility's under its lock (editClosedWork), as bundle
 * imports do. A facility that could not take them (open in another tab, storage failing) is named in the error.
 */
import i18next from 'i18next';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import { editClosedWork } from '../../store/editClosedWork';
import type { WorkCore } from '../../store/workCore';
import { addedViolationsByFacility, importChange, type FacilityImport } from './importChanges';

export interface AppliedToWorks {
  violations: number;
  facilities: number;
}

/** Applies the facility's change and waits until it is stored; null once it is, else what stopped it. */
async function storeIn(core: WorkCore, imported: FacilityImport, result: ImportResult, done: AppliedToWorks): Promise<string | null> {
  const change = importChange(core.store.getState().work, imported, result);
  if (!change) return null;
  if (!core.apply(change)) return core.store.getState().editError ?? '';
  await core.settled();
  const problem = core.store.getState().storageError?.message ?? null;
  if (problem === null && change.type === 'batch') {
    done.violations += change.changes.filter((step) => step.type === 'insert' && step.collection === 'violations').length;
    done.facilities += 1;
  }
  return problem;
}

export async function applyToWorks(core: WorkCore, result: ImportResult, preview: ImportPreview): Promise<AppliedToWorks> {
  const imports = addedViolationsByFacility(result, preview).sort((a, b) => Number(b.facilityId === core.facilityId) - Number(a.facilityId === core.facilityId));
  const refusals: string[] = [];
  const done: AppliedToWorks = { violations: 0, facilities: 0 };
  for (const imported of imports) {
    const { facilityId } = imported;
    let detail: string | null;
    if (facilityId === core.facilityId) detail = await storeIn(core, imported, result, done);
    else {
      const outcome = await editClosedWork(facilityId, core.storage, core.locks, (other) => storeIn(other, imported, result, done));
      if (outcome.refused === 'elsewhere') {
        refusals.push(i18next.t('workcore.import.elsewhere', { facilityId }));
        continue;
      }
      detail = outcome.refused ? (outcome.detail ?? outcome.refused) : null;
    }
    if (detail !== null) refusals.push(i18next.t('workcore.import.failed', { facilityId, detail }));
  }
  if (refusals.length > 0) throw new Error(refusals.join(' '));
  return done;
}
