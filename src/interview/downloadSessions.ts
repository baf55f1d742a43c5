/**
 * Saves sessions as a restricted JSON export (with SHA-256s) through the browser's download: nothing is sent.
 * Encrypted with the user's passphrase (`.json.age`) unless they explicitly chose plain text.
 */
import { exportFileName, exportSessions } from '../domain/interview/sessionExport';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { protectFile, saveFile, type Protection } from '../protect/protectClient';

export async function downloadSessions(sessions: readonly InterviewSession[], protection: Protection): Promise<void> {
  const exportedAt = new Date().toISOString();
  const { json } = await exportSessions(sessions, { appVersion: __APP_VERSION__, exportedAt });
  const file = await protectFile({ name: exportFileName(sessions, exportedAt), bytes: new TextEncoder().encode(json) }, protection);
  saveFile(file, 'application/json');
}
