/**
 * Restricted exports are encrypted with a passphrase by default: before such an export, a dialog asks for the
 * passphrase (twice), or for the explicit choice of plain text with a warning; it stays open, saying so, while
 * the file is encrypted and saved.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../domain/protect/ageFile';
import { ModalDialog } from './ModalDialog';
import type { Protection } from './protectClient';
import './protect.css';

interface Pending {
  run: (protection: Protection) => Promise<unknown>;
  settle: (result: { value: unknown } | { error: unknown } | null) => void;
}

export function useExportProtection(): {
  /** Asks, then runs the export with the choice; null when the user cancelled (nothing saved). */
  protectExport: <T>(run: (protection: Protection) => Promise<T>) => Promise<T | null>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [plaintext, setPlaintext] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const protectExport = <T,>(run: (protection: Protection) => Promise<T>) =>
    new Promise<T | null>((resolve, reject) => {
      setPlaintext(false);
      setProblem(null);
      setPending({
        run,
        settle: (result) => {
          setPending(null);
          setBusy(false);
          if (result === null) resolve(null);
          else if ('error' in result) reject(result.error);
          else resolve(result.value as T);
        },
      });
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pending) return;
    const form = new FormData(event.currentTarget);
    const passphrase = String(form.get('passphrase') ?? '');
    const wrong = plaintext ? null : passphraseProblem(passphrase, String(form.get('repeat') ?? ''));
    if (wrong) return setProblem(t(`protect.${wrong}`, { min: MIN_PASSPHRASE_LENGTH }));
    setBusy(true);
    pending.run(plaintext ? { kind: 'plaintext' } : { kind: 'passphrase', passphrase }).then(
      (value) => pending.settle({ value }),
      (error: unknown) => pending.settle({ error }),
    );
  };

  const dialog = (
    <ModalDialog open={pending !== null} busy={busy} label={t('protect.exportHeading')} onCancel={() => pending?.settle(null)}>
      <form onSubmit={submit} className="protect-form">
        <h2>{t('protect.exportHeading')}</h2>
        <p>{t('protect.exportWhy')}</p>
        <label>
          {t('protect.passphrase')}
          <input name="passphrase" type="password" autoComplete="new-password" disabled={plaintext || busy} aria-describedby="protect-hint" />
        </label>
        <label>
          {t('protect.repeat')}
          <input name="repeat" type="password" autoComplete="new-password" disabled={plaintext || busy} />
        </label>
        <p id="protect-hint" className="hint">
          {t('protect.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        </p>
        <label className="inline">
          <input type="checkbox" checked={plaintext} disabled={busy} onChange={(event) => setPlaintext(event.target.checked)} /> {t('protect.plaintext')}
        </label>
        {plaintext && (
          <p role="alert" className="protect-warning">
            {t('protect.plaintextWarning')}
          </p>
        )}
        {problem && !plaintext && <p role="alert">{problem}</p>}
        {busy && <p role="status">{plaintext ? t('protect.saving') : t('protect.encrypting')}</p>}
        <div className="protect-actions">
          <button type="submit" disabled={busy}>
            {plaintext ? t('protect.saveUnencrypted') : t('protect.encryptAndSave')}
          </button>
          <button type="button" disabled={busy} onClick={() => pending?.settle(null)}>
            {t('protect.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
  return { protectExport, dialog };
}
