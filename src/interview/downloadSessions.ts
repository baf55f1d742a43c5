/** Saves sessions as a restricted JSON export (with SHA-256s) through the browser's download: nothing is sent. */
import { exportFileName, exportSessions } from '../domain/interview/sessionExport';
import type { InterviewSession } from '../domain/interview/sessionTypes';

export async function downloadSessions(sessions: readonly InterviewSession[]): Promise<void> {
  const exportedAt = new Date().toISOString();
  const { json } = await exportSessions(sessions, { appVersion: __APP_VERSION__, exportedAt });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = exportFileName(sessions, exportedAt);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
