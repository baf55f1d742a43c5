/**
 * The toolbar's Import button and its dialog. The import is previewed against the published dataset and the open
 * work together, so a file imported twice shows its records as unchanged; applying stores the new violations in
 * their facilities' works (restricted unless the file was said to be public), undone in one step.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import type { Dataset } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { useDatasetStore } from '../../store/datasetStore';
import { useWorkCore } from '../../store/workStore';
import { applyToWorks } from './applyToWorks';
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
  // What the import is compared with, taken when the dialog opens (edits made meanwhile do not restart it).
  const [existing, setExisting] = useState<Dataset | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setExisting(null);
    // Focus goes back where the dialog was opened from.
    requestAnimationFrame(() => button.current?.focus());
  };
  const apply = async (result: ImportResult, preview: ImportPreview) => {
    const done = await applyToWorks(core, result, preview);
    return t('formatsui.import.applied', { count: done.violations, facilities: done.facilities });
  };
  return (
    <>
      <button ref={button} type="button" onClick={() => dataset && setExisting(withWork(dataset, core.store.getState().work))} disabled={!dataset} aria-haspopup="dialog">
        {t('formatsui.import.button')}
      </button>
      {existing && <ImportDialog existing={existing} apply={apply} onClose={close} />}
    </>
  );
}
