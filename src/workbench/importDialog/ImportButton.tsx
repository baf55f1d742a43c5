/**
 * The toolbar's Import button and its dialog. The import is previewed against the dataset shown (published and
 * imported on this device) and the open work together, so a file imported twice shows its records as unchanged;
 * applying stores the new violations in their facilities' works, or the facilities in this device's register
 * (restricted unless the file was said to be public), each undone in one step — the register's by the button
 * beside Import, which stays until the next import, across reloads.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ApplyChoices } from '../../domain/formats/import/applyImport';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import type { Dataset } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { useDatasetStore } from '../../store/datasetStore';
import { localRegister } from '../../store/localRegisterStore';
import { useWorkCore } from '../../store/workStore';
import { applyToWorks } from './applyToWorks';
import { registerProblem } from './registerProblem';
import { ImportDialog } from './ImportDialog';

/** The dataset with the open work's violations and sources, which the import is compared with. */
function withWork(dataset: Dataset, work: FacilityWork | null): Dataset {
  if (!work) return dataset;
  const held = <T extends { id: string }>(records: readonly T[], added: readonly T[]) => {
    const ids = new Set(records.map((record) => record.id));
    return [...records, ...added.filter((record) => !ids.has(record.id))];
  };
  return { ...dataset, violations: held(dataset.violations, work.violations), sources: held(dataset.sources, work.sources) };
}

export function ImportButton() {
  const { t } = useTranslation();
  const core = useWorkCore();
  const dataset = useDatasetStore((state) => state.dataset);
  const undoFile = useStore(localRegister.store, (state) => state.undoFile);
  const [undoProblem, setUndoProblem] = useState<string | null>(null);
  // What the import is compared with, taken when the dialog opens (edits made meanwhile do not restart it).
  const [existing, setExisting] = useState<Dataset | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setExisting(null);
    // Focus goes back where the dialog was opened from.
    requestAnimationFrame(() => button.current?.focus());
  };
  const apply = async (result: ImportResult, preview: ImportPreview, choices: ApplyChoices) => {
    if (result.kind === 'facilities') {
      const bundled = useDatasetStore.getState().bundled;
      if (!bundled) throw new Error(t('formats3.import.notLoaded'));
      const done = await localRegister.apply(bundled, result, preview, choices).catch((error: unknown) => {
        throw new Error(registerProblem(t, error));
      });
      return t('formats3.import.applied', { added: done.added.length, changed: done.changed.length + done.replaced.length, kept: done.kept.length });
    }
    const done = await applyToWorks(core, result, preview);
    return t('formatsui.import.applied', { count: done.violations, facilities: done.facilities });
  };
  const undo = () => {
    setUndoProblem(null);
    localRegister.undo().catch((error: unknown) => setUndoProblem(t('formats3.undo.failed', { message: registerProblem(t, error) })));
  };
  return (
    <>
      <button ref={button} type="button" onClick={() => dataset && setExisting(withWork(dataset, core.store.getState().work))} disabled={!dataset} aria-haspopup="dialog">
        {t('formatsui.import.button')}
      </button>
      {undoFile && !existing && (
        <button type="button" onClick={undo}>
          {t('formats3.undo.button', { file: undoFile })}
        </button>
      )}
      {undoProblem && <p role="alert">{undoProblem}</p>}
      {existing && <ImportDialog existing={existing} apply={apply} onClose={close} />}
    </>
  );
}
