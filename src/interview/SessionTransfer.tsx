/**
 * Sessions to and from the case file: a restricted JSON export with SHA-256s (encrypted with a passphrase unless
 * the user chose plain text), and an import that adds only what is new (asking the passphrase of an encrypted file).
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importSessions, type ImportProblem } from '../domain/interview/sessionExport';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { useProtectedImport } from '../protect/useProtectedImport';
import { ExportSessionsButton } from './ExportSessionsButton';

export function SessionTransfer({ sessions, storage, onImported }: { sessions: InterviewSession[]; storage: InterviewStorage; onImported: () => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<string | null>(null);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const { openProtected, dialog } = useProtectedImport();
  const problemText = (problem: ImportProblem) => {
    const at = { id: problem.sessionId, position: problem.position, detail: problem.detail };
    switch (problem.code) {
      case 'notJson':
        return t('interview.importNotJson');
      case 'notExport':
        return t('interview.importNotExport');
      case 'noManifest':
        return t('interview.importNoManifest');
      case 'badShape':
        return t('interview.importBadShape', at);
      case 'hashMismatch':
        return t('interview.importHashMismatch', at);
      case 'notInFile':
        return t('interview.importNotInFile', at);
    }
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    // An encrypted export is decrypted first; cancelled or not opened, nothing is imported.
    const file = chosen && (await openProtected(chosen));
    if (!file) return;
    try {
      const result = await importSessions(await file.text(), await storage.listSessions());
      for (const session of result.added) await storage.saveSession(session);
      setSummary(`${t('interview.importedFrom', { file: file.name })} ${t('interview.imported', { added: result.added.length, duplicates: result.duplicates.length, conflicts: result.conflicts.length })}`);
      setProblems(result.problems);
    } catch (error) {
      setSummary(t('interview.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
      setProblems([]);
    }
    onImported();
  };
  return (
    <div className="session-transfer">
      <ExportSessionsButton sessions={sessions} disabled={sessions.length === 0} label={t('interview.export')} />
      <label>
        {t('interview.import')}
        <input type="file" accept="application/json,.json,.age" onChange={(event) => void upload(event)} />
      </label>
      {dialog}
      {summary && <p role="status">{summary}</p>}
      {problems.length > 0 && (
        <ul role="alert" className="import-problems">
          {problems.map((problem, index) => (
            <li key={index}>{problemText(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
