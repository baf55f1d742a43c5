/**
 * The workbench's import dialog (a native modal <dialog>: focus stays inside, Escape closes it and stops a running
 * import): choose a file, check the mapping and the first rows, import with progress, read the preview, apply.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyChoices } from '../../domain/formats/import/applyImport';
import type { ImportPreview } from '../../domain/formats/import/importPreview';
import type { ImportResult } from '../../domain/formats/import/runImport';
import type { Dataset } from '../../domain/types';
import { applyCounts } from '../../domain/formats/view/previewGroups';
import { useProtectedImport } from '../../protect/useProtectedImport';
import { ChooseStep } from './ChooseStep';
import { canImport, MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressStep } from './ProgressStep';
import { trapTab } from './trapTab';
import { useImportFlow } from './useImportFlow';
import './importDialog.css';

interface Props {
  existing: Dataset;
  onClose: () => void;
  /** Stores the import (violations into works, facilities into this device's register); resolves with what it did, in words. */
  apply: (result: ImportResult, preview: ImportPreview, choices: ApplyChoices) => Promise<string>;
}

export function ImportDialog({ existing, onClose, apply }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const { flow, choose, setKind, setPublic, setEncoding, setMapping, setReplaced, run, cancel, back, apply: applyImport, reset } = useImportFlow(existing, apply);
  const { phase, inspection, result, preview } = flow;
  // An encrypted export (.age) asks for its passphrase and is read decrypted, as the bundle import does.
  const { openProtected, dialog: passphraseDialog } = useProtectedImport();
  const chooseFile = (file: File) => {
    void openProtected(file).then((opened) => opened && choose(opened));
  };
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const close = () => {
    if (phase === 'applying') return;
    reset();
    onClose();
  };
  const busy = phase === 'inspecting' || phase === 'importing';
  const facilities = result?.kind === 'facilities';
  const counts = preview ? applyCounts(preview, flow.replaced) : { added: 0, changed: 0, replaced: 0 };
  const storable = result !== null && (facilities ? counts.added + counts.changed + counts.replaced > 0 : counts.added > 0);

  return (
    <>
      <dialog
        ref={dialog}
        className="import-dialog"
        aria-labelledby="import-dialog-heading"
        onKeyDown={trapTab}
        onCancel={(event) => {
          event.preventDefault();
          close();
        }}
      >
        <div className="import-dialog-head">
          <h2 id="import-dialog-heading">{t('formatsui.import.heading')}</h2>
          <button type="button" onClick={close} disabled={phase === 'applying'}>
            {t('formatsui.import.close')}
          </button>
        </div>
        <div className="import-dialog-body">
          {flow.notice?.kind === 'cancelled' && <p role="status">{t('formatsui.import.cancelled')}</p>}
          {flow.notice?.kind === 'failed' && <p role="alert">{t('formatsui.import.failed', { message: flow.notice.message })}</p>}
          {(phase === 'choose' || phase === 'inspecting' || phase === 'mapping') && (
            <ChooseStep kind={flow.kind} publicImport={flow.publicImport} onKind={setKind} onPublic={setPublic} onFile={chooseFile} encoding={flow.encoding} onEncoding={setEncoding} compact={flow.file !== null} />
          )}
          {phase === 'inspecting' && <ProgressStep progress={null} onCancel={cancel} />}
          {phase === 'mapping' && inspection && (
            <MappingStep kind={flow.kind} inspection={inspection} mapping={flow.mapping} contract={flow.contract} existing={existing} publicImport={flow.publicImport} onMapping={setMapping} />
          )}
          {phase === 'importing' && <ProgressStep progress={flow.progress} onCancel={cancel} />}
          {(phase === 'preview' || phase === 'applying') && result && preview && (
            <PreviewStep result={result} preview={preview} {...(facilities ? { replacing: { replaced: flow.replaced, onReplaced: setReplaced, disabled: phase === 'applying' } } : {})} />
          )}
          {phase === 'applied' && <p role="status">{flow.applied}</p>}
        </div>
        <div className="import-dialog-actions">
          {phase === 'mapping' && inspection && (
            <button type="button" className="import-primary" onClick={run} disabled={busy || !canImport(flow.kind, inspection, flow.mapping, flow.contract)}>
              {t('formatsui.import.run')}
            </button>
          )}
          {(phase === 'preview' || phase === 'applying') && (
            <>
              {storable && (
                <button type="button" className="import-primary" onClick={() => void applyImport()} disabled={phase === 'applying'}>
                  {facilities ? t('formats3.import.applyFacilities', counts) : t('formatsui.import.apply', { count: counts.added })}
                </button>
              )}
              {facilities && <p className="hint">{t('formats3.import.facilitiesLocal')}</p>}
              <button type="button" onClick={back} disabled={phase === 'applying'}>
                {t('formatsui.import.back')}
              </button>
            </>
          )}
          {phase === 'applied' && (
            <button type="button" onClick={close}>
              {t('formatsui.import.done')}
            </button>
          )}
        </div>
      </dialog>
      {passphraseDialog}
    </>
  );
}
