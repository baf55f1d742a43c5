/**
 * The public export in real Chromium (issue #18, item 2): a bundle whose sources say "RESTRICTED" or are interviews
 * marked public is imported and its sources listed with the Restricted badge; a JPEG made here with EXIF (GPS,
 * artist, description) is added as a diagram and stored re-encoded, without any of it; published, the diagram
 * goes out under its id after a warning, and the export holds none of the restricted words, ids or metadata.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../src/domain/bundle/exportBundle';
import type { PlanFeature, Source } from '../../src/domain/types';
import { emptyWork } from '../../src/domain/workbench/changes';
import { SYNTHETIC_EXIF, withExif } from '../fixtures/exifJpeg';
import { rowPlan } from '../fixtures/syntheticPlan';
import { startAppServer, type AppServer } from './support/appServer';
import { launchBrowser, openPage, screenshot, type TestPage } from './support/browser';

const ONSONG = 'nkpd-pe7q4z9cv8';
const AT = '2026-11-22T10:00:00.000Z';
const ORIGINAL_NAME = 'SYNTHETIC Kim Witness drawing, Yanji.jpg';
const UPPER: Source = { id: 'SYNTHETIC-upper', kind: 'testimony', title: 'SYNTHETIC-TITLE shouted restricted', visibility: 'RESTRICTED' as Source['visibility'] };
const INTERVIEW: Source = { id: 'interview-SYNTHETIC-INT-7', kind: 'testimony', title: 'SYNTHETIC-TITLE interview marked public', visibility: 'public' };
const REPORT: Source = { id: 'SYNTHETIC-report', kind: 'report', title: 'SYNTHETIC published report', visibility: 'public' };
const SECRETS = [UPPER.id, UPPER.title, INTERVIEW.id, INTERVIEW.title, 'SYNTHETIC-QUOTE', ORIGINAL_NAME, 'Kim Witness', SYNTHETIC_EXIF.artist, SYNTHETIC_EXIF.description, 'Exif'];

/** A bundle of Onsong's work as another device exported it: a room resting on the two leaky sources and a report. */
async function leakyBundle(): Promise<Uint8Array> {
  const features = rowPlan({ rooms: 2 }).features.map((feature): PlanFeature =>
    feature.id === 'SYNTHETIC-cell-0' ? { ...feature, sources: [{ sourceId: REPORT.id }, { sourceId: UPPER.id, quote: 'SYNTHETIC-QUOTE one' }, { sourceId: INTERVIEW.id, quote: 'SYNTHETIC-QUOTE two' }] } : feature,
  );
  const work = { ...emptyWork(ONSONG, AT), features, sources: [REPORT, UPPER, INTERVIEW] };
  return (await exportBundle([work], { appVersion: '0.1.0-SYNTHETIC', exportedAt: AT, public: false, images: new Map() })).zip;
}

/** A JPEG drawn by the browser itself, then given a phone's EXIF here. */
async function photoWithExif(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#eeeadc';
    context.fillRect(0, 0, 160, 120);
    context.fillStyle = '#3c281e';
    context.fillRect(20, 20, 50, 80);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(withExif(new Uint8Array(Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'))));
}

/** Every image this browser's IndexedDB holds, as bytes. */
async function storedImages(page: Page): Promise<Buffer[]> {
  const images = await page.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const opening = indexedDB.open('facility-atlas');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('images').objectStore('images').getAll();
          request.onsuccess = () => resolve((request.result as { bytes: Uint8Array }[]).map((image) => [...image.bytes]));
          request.onerror = () => reject(request.error);
        };
      }),
  );
  return images.map((bytes) => Buffer.from(bytes));
}

describe('the public export: nothing restricted, no diagram metadata', () => {
  let server: AppServer;
  let browser: Browser;
  let tab: TestPage;
  const folder = mkdtempSync(join(tmpdir(), 'atlas-public-export-'));

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    tab = await openPage(browser);
    await tab.page.goto(`${server.url}/workbench/${ONSONG}`);
    await tab.page.getByRole('region', { name: 'Tracing map' }).waitFor({ timeout: 120_000 });
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await browser?.close();
    await server?.close();
  });

  it('lists imported sources whose visibility is "RESTRICTED", or that are interviews marked public, as Restricted', async () => {
    const { page } = tab;
    const path = join(folder, 'leaky.zip');
    writeFileSync(path, await leakyBundle());
    await page.getByLabel('Import a bundle (.zip or .zip.age)').setInputFiles(path);
    const preview = page.getByRole('region', { name: 'What the import would change' });
    await preview.getByRole('button', { name: 'Merge into my work', exact: true }).click();
    await page.getByText('Merged. Undo reverses the import for this facility.').waitFor();
    const sources = page.getByRole('list', { name: 'Sources of this work' });
    const item = (title: string) => sources.getByRole('listitem').filter({ hasText: title });
    await item(UPPER.title).waitFor();
    expect(await item(UPPER.title).locator('.restricted-badge').textContent()).toBe('Restricted');
    expect(await item(INTERVIEW.title).locator('.restricted-badge').textContent()).toBe('Restricted');
    expect(await item(REPORT.title).locator('.restricted-badge').count()).toBe(0);
    await sources.scrollIntoViewIfNeeded();
    await screenshot(page, 'public-export-restricted-badges');
  });

  it('stores a diagram photo re-encoded, without its EXIF GPS position, artist or description', async () => {
    const { page } = tab;
    const photo = await photoWithExif(page);
    expect(photo.includes(SYNTHETIC_EXIF.artist)).toBe(true);
    await page.getByLabel('Add a diagram (PNG or JPEG photo)').setInputFiles({ name: ORIGINAL_NAME, mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('article', { name: `Diagram ${ORIGINAL_NAME}` }).waitFor();
    await page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });
    const [stored, ...others] = await storedImages(page);
    expect(others).toEqual([]);
    expect(stored?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (const secret of [SYNTHETIC_EXIF.artist, SYNTHETIC_EXIF.description, 'Exif']) expect(stored?.includes(secret), secret).toBe(false);
  });

  it('warns before publishing the diagram, then exports it under its id with none of the restricted words or metadata', async () => {
    const { page } = tab;
    // The diagram's source starts restricted; the investigator decides it may be published.
    const diagramSource = page.getByRole('list', { name: 'Sources of this work' }).getByRole('button', { name: /^Diagram diagram-/ });
    const diagramId = (await diagramSource.textContent())?.replace('Diagram ', '') ?? '';
    await diagramSource.click();
    await page.locator('.record-editor').getByLabel('Visibility').selectOption({ label: 'Public' });
    await page.locator('[data-save="saved"]').waitFor({ timeout: 15_000 });

    await page.getByLabel('Public export: leave out restricted sources, testimony, violations and diagrams').check();
    await page.getByRole('button', { name: 'Export this facility', exact: true }).click();
    const warning = page.getByRole('alertdialog');
    await warning.waitFor();
    expect(await warning.textContent()).toContain(`publishes a diagram (${diagramId})`);
    await screenshot(page, 'public-export-diagram-warning');
    const download = page.waitForEvent('download');
    await warning.getByRole('button', { name: 'Publish with the diagram', exact: true }).click();
    const path = join(folder, 'public.zip');
    await (await download).saveAs(path);

    const files = unzipSync(readFileSync(path));
    const diagrams = JSON.parse(strFromU8(files['diagrams.json'] ?? new Uint8Array())) as { diagrams: { id: string; name: string; file: string }[] };
    expect(diagrams.diagrams).toEqual([expect.objectContaining({ id: diagramId, name: diagramId, file: `diagrams/${ONSONG}/${diagramId}.jpg` })]);
    const everything = Object.values(files).map((bytes) => strFromU8(bytes, true)).join('\n');
    for (const secret of SECRETS) expect(everything, secret).not.toContain(secret);
    expect(Object.keys(files).some((name) => name.includes('RESTRICTED'))).toBe(false);
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });
});
