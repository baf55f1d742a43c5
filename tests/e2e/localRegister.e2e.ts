/**
 * Facilities imported on this device, in real Chromium (issue 16): an Uwazi CSV and a Google Earth KML of SYNTHETIC
 * facilities are imported in the workbench and applied; after a reload the map lists them, marked as imported and
 * not published; a restricted export of the filtered facilities as CSV and as KML (saved as plain text by explicit
 * choice) holds the same ids, names in English and Korean, types and coordinates (1e-6), and a public export none
 * of them; Undo then takes the last import back. An encrypted file (.age) chosen in the import dialog asks for its
 * passphrase and is read.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encryptWithPassphrase } from '../../src/domain/protect/ageFile';
import { useAppSession } from './support/appSession';
import { facilityList, mapElement, openSection, waitForMapIdle } from './support/atlasPage';
import { openPage, screenshot } from './support/browser';
import { colourShare } from './support/pixels';
import { ONSONG, UWAZI_CSV } from './support/formatsFiles';

const SMALL_SCREEN = { width: 1024, height: 768 };
/** The imported badge's blue (rasterBadges.ts). */
const IMPORTED_BLUE = [31, 95, 191] as const;
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import a file' });

/** Two SYNTHETIC places as Google Earth saves them, with their Korean names in the placemarks' data. */
const REGISTER_KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>SYNTHETIC register</name>
<Placemark><name>SYNTHETIC KML register camp</name><ExtendedData><Data name="id"><value>SYNTHETIC-reg-kml-1</value></Data><Data name="name_ko"><value>합성 등록 관리소</value></Data><Data name="type"><value>political_prison_camp</value></Data></ExtendedData><Point><coordinates>129.254321,41.765432,0</coordinates></Point></Placemark>
<Placemark><name>SYNTHETIC KML register office</name><ExtendedData><Data name="id"><value>SYNTHETIC-reg-kml-2</value></Data><Data name="name_ko"><value>합성 등록 사무소</value></Data><Data name="type"><value>office</value></Data></ExtendedData><Point><coordinates>129.5,41.5,0</coordinates></Point></Placemark>
</Document></kml>
`;

interface Row {
  id: string;
  en: string;
  ko: string;
  type: string;
  latitude: number;
  longitude: number;
}

const EXPECTED: Row[] = [
  { id: 'SYNTHETIC-reg-kml-1', en: 'SYNTHETIC KML register camp', ko: '합성 등록 관리소', type: 'political_prison_camp', latitude: 41.765432, longitude: 129.254321 },
  { id: 'SYNTHETIC-reg-kml-2', en: 'SYNTHETIC KML register office', ko: '합성 등록 사무소', type: 'office', latitude: 41.5, longitude: 129.5 },
  { id: 'SYNTHETIC-uwazi-1', en: 'SYNTHETIC Uwazi office', ko: '합성 사무소', type: 'office', latitude: 41.8, longitude: 129.3 },
  { id: 'SYNTHETIC-uwazi-2', en: 'SYNTHETIC Uwazi camp', ko: '합성 관리소', type: 'political_prison_camp', latitude: 41.6, longitude: 129.9 },
];

function csvRows(text: string): Row[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return parsed.data
    .filter((row) => row.record === 'facility')
    .map((row) => ({ id: row.id ?? '', en: row.name_en ?? '', ko: row.name_ko ?? '', type: row.type ?? '', latitude: Number(row.latitude), longitude: Number(row.longitude) }));
}

function kmlRows(text: string): Row[] {
  const placemarks = [...new DOMParser().parseFromString(text, 'text/xml').getElementsByTagName('Placemark')];
  return placemarks.flatMap((placemark) => {
    const data = new Map([...placemark.getElementsByTagName('Data')].map((item) => [item.getAttribute('name'), item.getElementsByTagName('value')[0]?.textContent ?? '']));
    if (data.get('record') !== 'facility') return [];
    const [longitude, latitude] = (placemark.getElementsByTagName('coordinates')[0]?.textContent ?? '').trim().split(',').map(Number);
    // Google Earth labels a placemark by its <name>: the English name is written there.
    const label = [...placemark.childNodes].find((node) => node.nodeName === 'name')?.textContent ?? '';
    return [{ id: data.get('id') ?? '', en: label, ko: data.get('name_ko') ?? '', type: data.get('type') ?? '', latitude: latitude ?? NaN, longitude: longitude ?? NaN }];
  });
}

/** The rows sorted by id, coordinates compared to 1e-6. */
function expectSame(rows: Row[]) {
  const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(sorted.map(({ id, en, ko, type }) => ({ id, en, ko, type }))).toEqual(EXPECTED.map(({ id, en, ko, type }) => ({ id, en, ko, type })));
  sorted.forEach((row, index) => {
    expect(Math.abs(row.latitude - (EXPECTED[index]?.latitude ?? NaN))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(row.longitude - (EXPECTED[index]?.longitude ?? NaN))).toBeLessThanOrEqual(1e-6);
  });
}

async function importFacilities(page: Page, name: string, text: string, mimeType: string) {
  await page.getByRole('button', { name: 'Import file…' }).click();
  await dialog(page).getByRole('radio', { name: 'Facilities' }).check();
  await dialog(page).getByLabel('File to import').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
  await dialog(page).getByText(`${name}: read as`).waitFor();
  await dialog(page).getByRole('button', { name: 'Read the whole file' }).click();
  await dialog(page).getByRole('heading', { name: '2 new' }).waitFor();
  await dialog(page).getByRole('button', { name: 'Apply on this device: 2 new, 0 filled in, 0 replaced' }).click();
  await dialog(page).getByText('On this device: 2 facilities added, 0 changed, 0 kept as held.', { exact: false }).waitFor();
  await dialog(page).getByRole('button', { name: 'Done' }).click();
}

describe('facilities imported on this device (SYNTHETIC files)', () => {
  const app = useAppSession();

  it('applies an Uwazi CSV and a KML, keeps them across a reload, and exports them back unchanged as CSV and KML', async () => {
    const { page } = await openPage(app.browser, SMALL_SCREEN);
    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await importFacilities(page, 'SYNTHETIC-nkpd.csv', UWAZI_CSV, 'text/csv');
    await importFacilities(page, 'SYNTHETIC-register.kml', REGISTER_KML, 'application/vnd.google-earth.kml+xml');
    await page.getByRole('button', { name: 'Undo facilities import (SYNTHETIC-register.kml)' }).waitFor();

    await page.goto(`${app.server.url}/?q=SYNTHETIC`);
    const list = facilityList(page);
    await list.getByText('SYNTHETIC Uwazi camp').waitFor();
    expect(await list.getByText('Imported on this device · not published').count()).toBe(4);
    await list.getByRole('button', { name: /SYNTHETIC KML register camp/ }).click();
    await page.getByText('Imported on this device — not published.', { exact: false }).waitFor();
    // The map badges them (a white arrow on blue), and the legend says what the badge means.
    await waitForMapIdle(page);
    const imagedBadges = colourShare(await mapElement(page).screenshot(), IMPORTED_BLUE, 6);
    console.log(`share of the map in the imported badge's blue: ${imagedBadges}`);
    expect(imagedBadges).toBeGreaterThan(0);
    await openSection(page, 'Filters');
    await expect.poll(() => page.locator('[data-legend="imported"]').textContent()).toContain('Imported on this device · not published');
    await screenshot(page, 'register-imported-on-map');

    await openSection(page, 'Export');
    const section = page.locator('details.sidebar-section', { has: page.getByRole('heading', { name: 'Export', exact: true }) });
    const today = new Date().toISOString().slice(0, 10);
    const download = async (format: string, restricted: boolean) => {
      await section.getByRole('radio', { name: format, exact: true }).check();
      await section.getByRole('checkbox', { name: /Restricted export/ }).setChecked(restricted);
      const button = section.getByRole('button', { name: restricted ? `Download ${format} (RESTRICTED)` : `Download ${format}` });
      const waiting = page.waitForEvent('download');
      await button.click();
      if (restricted) {
        const protect = page.getByRole('dialog', { name: 'Protect this export' });
        await protect.getByRole('checkbox', { name: 'Save without encryption' }).check();
        await protect.getByRole('button', { name: 'Save unencrypted' }).click();
      }
      const file = await waiting;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path()) ?? '', 'utf8') };
    };
    const csv = await download('CSV', true);
    expect(csv.name).toBe(`facility-atlas-all-${today}-RESTRICTED.csv`);
    const [first] = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(first?.attribution).toContain('Filters: search: "SYNTHETIC".');
    expectSame(csvRows(csv.text));
    const kml = await download('KML', true);
    expect(kml.name).toBe(`facility-atlas-all-${today}-RESTRICTED.kml`);
    expectSame(kmlRows(kml.text));
    await screenshot(page, 'register-restricted-export');
    const published = await download('CSV', false);
    expect(csvRows(published.text)).toEqual([]);
    expect(published.text).not.toContain('SYNTHETIC-');

    // Undo takes the last import (the KML) back in one step, after the reload.
    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await page.getByRole('button', { name: 'Undo facilities import (SYNTHETIC-register.kml)' }).click();
    await page.getByRole('button', { name: /Undo facilities import/ }).waitFor({ state: 'detached' });
    await page.goto(`${app.server.url}/?q=SYNTHETIC`);
    await list.getByText('SYNTHETIC Uwazi camp').waitFor();
    expect(await list.getByText('Imported on this device · not published').count()).toBe(2);
    expect(await list.getByText(/SYNTHETIC KML register/).count()).toBe(0);
    await page.close();
  });

  it('asks the passphrase of an encrypted file chosen in the import dialog, then reads it', async () => {
    const { page } = await openPage(app.browser, SMALL_SCREEN);
    await page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await page.getByRole('complementary', { name: 'Workbench panels' }).waitFor();
    await page.getByRole('button', { name: 'Import file…' }).click();
    await dialog(page).getByRole('radio', { name: 'Facilities' }).check();
    // A small work factor keeps scrypt quick in the test; the app reads the factor from the file.
    const encrypted = await encryptWithPassphrase(new TextEncoder().encode(UWAZI_CSV), 'SYNTHETIC passphrase', 10);
    await dialog(page).getByLabel('File to import').setInputFiles({ name: 'SYNTHETIC-nkpd.csv.age', mimeType: 'application/octet-stream', buffer: Buffer.from(encrypted) });
    const ask = page.getByRole('dialog', { name: 'Encrypted file' });
    await ask.getByLabel('Passphrase').fill('SYNTHETIC wrong words');
    await ask.getByRole('button', { name: 'Decrypt and continue' }).click();
    await ask.getByRole('alert').waitFor();
    await ask.getByLabel('Passphrase').fill('SYNTHETIC passphrase');
    await ask.getByRole('button', { name: 'Decrypt and continue' }).click();
    await dialog(page).getByText('SYNTHETIC-nkpd.csv: read as Uwazi CSV.').waitFor();
    await page.close();
  });
});
