/**
 * Opens a file for import: an age-encrypted file (detected by its header, whatever its name) asks for its
 * passphrase and is decrypted in a worker before anything reads it. A wrong passphrase or a damaged file is said
 * so in the dialog and nothing is imported; cancelling imports nothing.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_EXTENSION, isAgeFile } from '../domain/protect/ageFile';
import { ModalDialog } from './ModalDialog';
import { decryptFile } from './protectClient';
import './protect.css';

interface Pending {
  file: File;
  bytes: Uint8Array;
  settle: (opened: File | null) => void;
}

export function useProtectedImport(): {
  /** The file to import, decrypted when it was encrypted; null when the user cancelled. */
  openProtected: (file: File) => Promise<File | null>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const openProtected = async (file: File): Promise<File | null> => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!isAgeFile(bytes)) return file;
    return new Promise<File | null>((resolve) => {
      setProblem(null);
      setPending({
        file,
        bytes,
        settle: (opened) => {
          setPending(null);
          setBusy(false);
          resolve(opened);
        },
      });
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) return;
    const passphrase = String(new FormData(event.currentTarget).get('passphrase') ?? '');
    setBusy(true);
    setProblem(null);
    decryptFile(pending.bytes, passphrase).then(
      (result) => {
        if (result.ok) {
          const name = pending.file.name.endsWith(AGE_EXTENSION) ? pending.file.name.slice(0, -AGE_EXTENSION.length) : pending.file.name;
          return pending.settle(new File([result.bytes as BlobPart], name));
        }
        setBusy(false);
        setProblem(t(`protect.${result.reason}`));
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(t('protect.decryptFailed', { message: error instanceof Error ? error.message : String(error) }));
      },
    );
  };

  const dialog = (
    <ModalDialog open={pending !== null} busy={busy} label={t('protect.importHeading')} onCancel={() => pending?.settle(null)}>
      <form onSubmit={submit} className="protect-form">
        <h2>{t('protect.importHeading')}</h2>
        <p>{t('protect.importWhy', { file: pending?.file.name })}</p>
        <label>
          {t('protect.passphrase')}
          <input name="passphrase" type="password" autoComplete="current-password" disabled={busy} />
        </label>
        {problem && <p role="alert">{problem}</p>}
        {busy && <p role="status">{t('protect.decrypting')}</p>}
        <div className="protect-actions">
          <button type="submit" disabled={busy}>
            {t('protect.open')}
          </button>
          <button type="button" disabled={busy} onClick={() => pending?.settle(null)}>
            {t('protect.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
  return { openProtected, dialog };
}
