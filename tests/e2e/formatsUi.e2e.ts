/**
 * The formats UI in real Chromium at 1024×768 (issue 16): in the workbench, a KML and an Uwazi CSV made here are
 * read with their format detected and their rows shown; a CSV of violations with swapped coordinates is fixed with
 * the swap choice, applied as one edit (restricted, said so) and undone. On the map, the filtered facilities are
 * exported as CSV and KML and the downloads read: the right facilities, and nothing restricted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facilityList, openSection } from './support/atlasPage';
import { startAppServer, type AppServer } from './support/appServer';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';
import { EXPORT_DATASET, KML_FILE, LATIN_CSV, ONSONG, SWAPPED_CSV, UWAZI_CSV, writeLargeCsv } from './support/formatsFiles';
import { serveSyntheticDataset } from './support/syntheticData';

const SMALL_SCREEN = { width: 1024, height: 768 };
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a file' });
const rowsTable = (page: Page) => dialog(page).getByRole('table', { name: /would be imported/ });

async function chooseFile(page: Page, name: string, text: string, mimeType: string) {
  await dialog(page).getByLabel('File to import').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  await dialog(page).getByText(`${name}: read as`).waitFor();
}

/** The table's body rows as the user reads them, cell by cell. */
async function tableRows(page: Page): Promise<string[][]> {
  return rowsTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

describe('importing and exporting in the field’s formats (SYNTHETIC files)', () => {
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;

  const folder = mkdtempSync(join(tmpdir(), 'atlas-formats-'));
  const largeCsv = join(folder, 'SYNTHETIC-large.csv');

  beforeAll(async () => {
    writeLargeCsv(largeCsv);
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a dropped KML and a chosen Uwazi CSV in the workbench, fixes swapped coordinates, applies as one edit and undoes it', async () => {
    tab = await openPage(browser, SMALL_SCREEN);
    const { page } = tab;
    await page.goto(`${server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await page.getByRole('button', { name: 'Import file…' }).click();
    await dialog(page).waitFor();
    expect(await dialog(page).getByText('Imported records are restricted (confidential)').count()).toBe(1);

    await dialog(page).getByRole('radio', { name: 'Facilities' }).check();
    // Dropped on the dialog, as from a file manager.
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'SYNTHETIC-places.kml', { type: 'application/vnd.google-earth.kml+xml' }));
      return transfer;
    }, KML_FILE);
    await dialog(page).locator('.import-drop').dispatchEvent('drop', { dataTransfer: dropped });
    await dialog(page).getByText('SYNTHETIC-places.kml: read as').waitFor();
    expect(await dialog(page).getByText('SYNTHETIC-places.kml: read as KML.').count()).toBe(1);
    const kmlRows = await tableRows(page);
    expect(kmlRows.map((row) => row.slice(1, 3))).toEqual([
      ['SYNTHETIC-kml-1', 'SYNTHETIC KML camp one'],
      ['SYNTHETIC-kml-2', 'SYNTHETIC KML office two'],
    ]);
    expect(kmlRows[0]?.at(-2)).toBe('41.75, 129.25');
    await screenshot(page, 'formats-import-kml');

    await chooseFile(page, 'SYNTHETIC-nkpd.csv', UWAZI_CSV, 'text/csv');
    expect(await dialog(page).getByText('SYNTHETIC-nkpd.csv: read as Uwazi CSV.').count()).toBe(1);
    const uwaziRows = await tableRows(page);
    expect(uwaziRows.map((row) => [row[1], row[2], row[3], row[5]])).toEqual([
      ['SYNTHETIC-uwazi-1', 'SYNTHETIC Uwazi office', '합성 사무소', '41.8, 129.3'],
      ['SYNTHETIC-uwazi-2', 'SYNTHETIC Uwazi camp', '합성 관리소', '41.6, 129.9'],
    ]);

    await dialog(page).getByRole('radio', { name: 'Violations' }).check();
    await chooseFile(page, 'SYNTHETIC-swapped.csv', SWAPPED_CSV, 'text/csv');
    const before = await tableRows(page);
    expect(before.map((row) => row[0])).toEqual(['row 2', 'row 3']);
    expect(before[0]?.at(-1)).toMatch(/swapped/i);
    await screenshot(page, 'formats-import-swapped');
    await dialog(page).getByRole('button', { name: 'Swap latitude and longitude' }).click();
    const after = await tableRows(page);
    expect(after.map((row) => [row[1], row.at(-2), row.at(-1)])).toEqual([
      ['SYNTHETIC-swapped-1', '42.9596, 129.987', 'Yes'],
      ['SYNTHETIC-swapped-2', '42.9597, 129.9871', 'Yes'],
    ]);

    await dialog(page).getByRole('button', { name: 'Read the whole file' }).click();
    await dialog(page).getByRole('heading', { name: '2 new' }).waitFor();
    expect(await dialog(page).getByText('Restricted: the file and every record it brings are confidential.').count()).toBe(1);
    await screenshot(page, 'formats-import-preview');
    await dialog(page).getByRole('button', { name: 'Add 2 violations to the work' }).click();
    await dialog(page).getByText('Added 2 violations.').waitFor();
    await dialog(page).getByRole('button', { name: 'Done' }).click();
    expect(await dialog(page).count()).toBe(0);

    const sources = page.locator('.workbench-panel');
    await sources.getByText(/SYNTHETIC-swapped\.csv \(CSV file, imported/).waitFor();
    await page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'formats-import-applied');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await sources.getByText(/SYNTHETIC-swapped\.csv \(CSV file, imported/).waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps Tab inside the import dialog, passes axe-core, and closes with Escape', async () => {
    tab = await openPage(browser, SMALL_SCREEN);
    const { page } = tab;
    await page.goto(`${server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await page.getByRole('button', { name: 'Import file…' }).click();
    await dialog(page).waitFor();
    await chooseFile(page, 'SYNTHETIC-swapped.csv', SWAPPED_CSV, 'text/csv');
    const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
    // More presses than the dialog has controls: Tab goes round inside it, both ways.
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    for (let press = 0; press < 5; press += 1) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog()).toBe(true);
    }
    const results = await new AxeBuilder({ page }).include('dialog.import-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Import file…');
    await page.close();
  });

  it('reads a large file in the worker with a moving progress bar, and Cancel stops it with nothing changed', async () => {
    tab = await openPage(browser, SMALL_SCREEN);
    const { page } = tab;
    await page.goto(`${server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await page.getByRole('button', { name: 'Import file…' }).click();
    await dialog(page).getByRole('radio', { name: 'Facilities' }).check();
    await dialog(page).getByLabel('File to import').setInputFiles(largeCsv);
    await dialog(page).getByText('SYNTHETIC-large.csv: read as CSV.').waitFor();
    await dialog(page).getByRole('button', { name: 'Read the whole file' }).click();
    const status = dialog(page).locator('.import-progress [role="status"]');
    await status.filter({ hasText: /% done/ }).waitFor();
    const first = await status.textContent();
    await page.waitForFunction((shown) => document.querySelector('.import-progress [role="status"]')?.textContent !== shown, first);
    expect(await dialog(page).getByRole('progressbar').count()).toBe(1);
    await screenshot(page, 'formats-import-progress');
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).getByText('Import cancelled: nothing was changed.').waitFor();
    expect(await dialog(page).getByRole('button', { name: 'Read the whole file' }).isEnabled()).toBe(true);
    await page.close();
  });

  it('names the encoding a file looks like, and reads it once the person chooses that encoding', async () => {
    tab = await openPage(browser, SMALL_SCREEN);
    const { page } = tab;
    await page.goto(`${server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await page.getByRole('button', { name: 'Import file…' }).click();
    await dialog(page).getByRole('radio', { name: 'Facilities' }).check();
    await dialog(page).getByLabel('File to import').setInputFiles({ name: 'SYNTHETIC-latin.csv', mimeType: 'text/csv', buffer: Buffer.from(LATIN_CSV, 'latin1') });
    await dialog(page).getByRole('list', { name: 'Problems with the file' }).getByText(/UTF-8/).waitFor();
    await screenshot(page, 'formats-import-encoding');
    await dialog(page).getByLabel('Text encoding').selectOption('windows-1252');
    await rowsTable(page).getByText('SYNTHETIC Café').waitFor();
    expect((await tableRows(page)).map((row) => row[2])).toEqual(['SYNTHETIC Café']);
    expect(await dialog(page).getByRole('list', { name: 'Problems with the file' }).count()).toBe(0);
    await page.close();
  });

  it('exports the filtered facilities as CSV and KML from the map, public records only', async () => {
    tab = await openPage(browser, SMALL_SCREEN);
    const { page } = tab;
    await serveSyntheticDataset(page, EXPORT_DATASET.facilities, EXPORT_DATASET.sources, EXPORT_DATASET.violations);
    await page.goto(`${server.url}/?type=political_prison_camp`);
    await facilityList(page).waitFor();
    await openSection(page, 'Export');
    const section = page.locator('details.sidebar-section', { has: page.getByRole('heading', { name: 'Export', exact: true }) });
    const download = async (format: string) => {
      await section.getByRole('radio', { name: format, exact: true }).check();
      const [file] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: `Download ${format}` }).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
    };
    const today = new Date().toISOString().slice(0, 10);

    const csv = await download('CSV');
    expect(csv.name).toBe(`facility-atlas-all-${today}.csv`);
    const ids = (text: string) => [...new Set(text.match(/SYNTHETIC-[A-Za-z-]+/g) ?? [])].sort();
    expect(ids(csv.text)).toEqual(['SYNTHETIC-camp-north', 'SYNTHETIC-camp-south', 'SYNTHETIC-public-report', 'SYNTHETIC-violation-public']);
    await section.getByText(`Saved facility-atlas-all-${today}.csv (facilities: 2, violations: 1).`).waitFor();
    await screenshot(page, 'formats-export');

    const kml = await download('KML');
    expect(kml.name).toBe(`facility-atlas-all-${today}.kml`);
    expect(ids(kml.text)).toEqual(['SYNTHETIC-camp-north', 'SYNTHETIC-camp-south', 'SYNTHETIC-public-report', 'SYNTHETIC-violation-public']);
    for (const text of [csv.text, kml.text]) expect(text).not.toMatch(/SECRET|restricted-testimony|SYNTHETIC-office/);
    await page.close();
  });
});
