/** A button exporting sessions: it asks for a passphrase (or the explicit choice of plain text) first. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { useExportProtection } from '../protect/useExportProtection';
import { downloadSessions } from './downloadSessions';

interface Props {
  sessions: readonly InterviewSession[];
  label: string;
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
}

export function ExportSessionsButton({ sessions, label, ariaLabel, className, disabled }: Props) {
  const { t } = useTranslation();
  const { protectExport, dialog } = useExportProtection();
  const [failure, setFailure] = useState<string | null>(null);
  const start = () => {
    setFailure(null);
    protectExport((protection) => downloadSessions(sessions, protection)).catch((error: unknown) =>
      setFailure(t('protect.exportFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
  };
  return (
    <>
      <button type="button" className={className} aria-label={ariaLabel} disabled={disabled} onClick={start}>
        {label}
      </button>
      {failure && <span role="alert">{failure}</span>}
      {dialog}
    </>
  );
}
