/**
 * Restricted exports as a user saves and opens them: the passphrase dialog (the same in every language, found by
 * its fields), the download, and the file decrypted in Node by the age library the way the `age` tool would.
 */
import { readFileSync } from 'node:fs';
import { Decrypter } from 'age-encryption';
import type { Locator, Page } from 'playwright-core';

export const TEST_PASSPHRASE = 'SYNTHETIC passphrase for tests';

/** scrypt at age's work factor takes about a second alone, many on a loaded machine: waits are longer than usual. */
const ENCRYPTION = { timeout: 180_000 };

/** For a test that encrypts or decrypts two or three times, on top of its own steps. */
export const ENCRYPTION_TEST_TIMEOUT = 360_000;

export const dialog = (page: Page): Locator => page.getByRole('dialog');

/** Clicks `click`, answers the export dialog with `passphrase` (twice), saves the download under `path`; returns its name. */
export async function saveEncrypted(page: Page, click: () => Promise<void>, path: string, passphrase = TEST_PASSPHRASE): Promise<string> {
  const started = page.waitForEvent('download', ENCRYPTION);
  await click();
  const fields = dialog(page).locator('input[type="password"]');
  await fields.nth(0).fill(passphrase);
  await fields.nth(1).fill(passphrase);
  await dialog(page).locator('button[type="submit"]').click();
  const file = await started;
  await file.saveAs(path);
  await dialog(page).waitFor({ state: 'hidden' });
  return file.suggestedFilename();
}

/** The same, choosing plain text explicitly (the checkbox, then the warned button). */
export async function savePlain(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const started = page.waitForEvent('download', ENCRYPTION);
  await click();
  await dialog(page).getByRole('checkbox').check();
  await dialog(page).getByRole('alert').waitFor();
  await dialog(page).locator('button[type="submit"]').click();
  const file = await started;
  await file.saveAs(path);
  return file.suggestedFilename();
}

/**
 * Types the passphrase into the import dialog, submits it, and waits for the decryption to end: "opened" when the
 * dialog closed (the file was opened), otherwise what the dialog says went wrong.
 */
export async function enterPassphrase(page: Page, passphrase = TEST_PASSPHRASE): Promise<string> {
  await dialog(page).locator('input[type="password"]').fill(passphrase);
  await dialog(page).locator('button[type="submit"]').click();
  await page.waitForFunction(() => !document.querySelector('dialog[open] [role="status"]'), null, ENCRYPTION);
  return (await dialog(page).isVisible()) ? ((await dialog(page).getByRole('alert').textContent()) ?? '') : 'opened';
}

/** The plaintext of an encrypted export file, decrypted as the `age` tool would. */
export async function decryptFile(path: string, passphrase = TEST_PASSPHRASE): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addPassphrase(passphrase);
  return decrypter.decrypt(readFileSync(path));
}
