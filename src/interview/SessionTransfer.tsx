/** Sessions to and from the case file: a restricted JSON export with SHA-256s, and an import that adds only what is new. */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportSessions, importSessions } from '../domain/interview/sessionExport';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import type { InterviewStorage } from '../persistence/interviewStorage';

export function SessionTransfer({ sessions, storage, onImported }: { sessions: InterviewSession[]; storage: InterviewStorage; onImported: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const download = async () => {
    const exportedAt = new Date().toISOString();
    const { json } = await exportSessions(sessions, { appVersion: __APP_VERSION__, exportedAt });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    link.download = `facility-atlas-interviews-RESTRICTED-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const result = await importSessions(await file.text(), sessions);
    for (const session of result.added) await storage.saveSession(session);
    setMessage([t('interview.imported', { added: result.added.length, duplicates: result.duplicates.length, conflicts: result.conflicts.length }), ...result.problems].join(' '));
    onImported();
  };
  return (
    <div className="session-transfer">
      <button type="button" disabled={sessions.length === 0} onClick={() => void download()}>
        {t('interview.export')}
      </button>
      <label>
        {t('interview.import')}
        <input type="file" accept="application/json,.json" onChange={(event) => void upload(event)} />
      </label>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
