/**
 * Export the open facility's work (or every work in progress) as a bundle with a SHA-256 manifest, optionally
 * public (restricted records stripped); import a bundle: its integrity is checked, what would change is shown,
 * conflicts are the user's to resolve, and nothing is overwritten silently.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveConflict } from '../../domain/bundle/mergeWork';
import type { Source } from '../../domain/types';
import type { Change } from '../../domain/workbench/changes';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { PLAINTEXT } from '../../protect/protectClient';
import { useExportProtection } from '../../protect/useExportProtection';
import { useProtectedImport } from '../../protect/useProtectedImport';
import { useWorkCore } from '../../store/workStore';
import { DiagramPublishWarning } from './DiagramPublishWarning';
import { exportWorks, publishedDiagramIds } from './exportWorks';
import { applyImport, planImport, type PlannedMerge, type ReadBundle, type TakenChanges } from './importBundle';
import { ImportPreview } from './ImportPreview';

export function BundlePanel({ work, storage, knownSources }: { work: FacilityWork; storage: WorkStorage; knownSources: readonly Source[] }) {
  const { t } = useTranslation();
  const core = useWorkCore();
  const [publicOnly, setPublicOnly] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [planned, setPlanned] = useState<{ bundle: ReadBundle; merges: PlannedMerge[] } | null>(null);
  const [taken, setTaken] = useState<TakenChanges>(new Map());
  // A public export that would publish diagrams waits here for the user to confirm it.
  const [diagramsToPublish, setDiagramsToPublish] = useState<{ all: boolean; ids: string[] } | null>(null);
  const { protectExport, dialog: exportDialog } = useExportProtection();
  const { openProtected, dialog: importDialog } = useProtectedImport();

  const run = async (action: () => Promise<string>) => {
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(t('workbench.bundle.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const exportThese = (all: boolean, diagramsConfirmed = false) =>
    run(async () => {
      const loaded = all ? await Promise.all((await storage.listWorks()).map(async ({ facilityId }) => (facilityId === work.facilityId ? work : (await storage.loadWork(facilityId))?.work))) : [work];
      const works = loaded.filter((item): item is FacilityWork => item !== undefined);
      const diagramIds = publicOnly && !diagramsConfirmed ? publishedDiagramIds(works, knownSources) : [];
      setDiagramsToPublish(diagramIds.length > 0 ? { all, ids: diagramIds } : null);
      if (diagramIds.length > 0) return t('gate.diagramWarningStatus');
      // A public bundle is meant to be published: plain. Any other holds restricted material: a passphrase first.
      const result = publicOnly
        ? await exportWorks(works, storage, true, knownSources, PLAINTEXT)
        : await protectExport((protection) => exportWorks(works, storage, false, knownSources, protection));
      if (!result) return t('protect.exportCancelled');
      return [t('workbench.bundle.exported', { name: result.name, files: result.files }), ...result.warnings].join(' ');
    });
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!chosen) return;
    void run(async () => {
      // An encrypted bundle is decrypted first; cancelled or not opened, nothing is read.
      const file = await openProtected(chosen);
      if (!file) return t('protect.importCancelled');
      setPlanned(await planImport(file, core));
      setTaken(new Map());
      return t('workbench.bundle.read', { name: file.name });
    });
  };
  const take = (facilityId: string, change: Change | null) => change && setTaken((current) => new Map(current).set(facilityId, [...(current.get(facilityId) ?? []), change]));

  return (
    <section aria-labelledby="wb-bundle">
      <h3 id="wb-bundle">{t('workbench.bundle.heading')}</h3>
      <label>
        <input type="checkbox" checked={publicOnly} onChange={(event) => setPublicOnly(event.target.checked)} /> {t('workbench.bundle.public')}
      </label>
      <div className="bundle-actions">
        <button type="button" onClick={() => void exportThese(false)}>
          {t('workbench.bundle.exportOne')}
        </button>
        <button type="button" onClick={() => void exportThese(true)}>
          {t('workbench.bundle.exportAll')}
        </button>
        <label className="file-button">
          {t('workbench.bundle.import')}
          <input type="file" accept=".zip,application/zip,.age" onChange={onFile} />
        </label>
      </div>
      {diagramsToPublish && (
        <DiagramPublishWarning diagramIds={diagramsToPublish.ids} onPublish={() => void exportThese(diagramsToPublish.all, true)} onCancel={() => setDiagramsToPublish(null)} />
      )}
      {exportDialog}
      {importDialog}
      {message && <p role="status">{message}</p>}
      {planned && (
        <ImportPreview
          bundle={planned.bundle}
          merges={planned.merges}
          taken={taken}
          onTake={(facilityId, conflict) => take(facilityId, resolveConflict(conflict, 'take_incoming'))}
          onCancel={() => setPlanned(null)}
          onMerge={() =>
            void run(async () => {
              await applyImport(planned.bundle, planned.merges, taken, core);
              setPlanned(null);
              return t('workbench.bundle.merged');
            })
          }
        />
      )}
    </section>
  );
}
