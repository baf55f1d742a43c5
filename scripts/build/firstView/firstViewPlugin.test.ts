/**
 * The static first view in the build: drawn from what the public gate passed — the project's data with every
 * located facility counted once at each zoom, in both languages — and never from a dataset the gate refuses, so a
 * SYNTHETIC restricted facility cannot reach index.html.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatePublicData } from '../../../src/domain/publish/publicGate';
import { collection, facility, point, source, sourcesFile, validDatasetFiles, replaceFile } from '../../../tests/fixtures/datasetFactory';
import { checkDataFolder } from '../publicDataGuard';
import { firstViewData, firstViewHtml } from './firstViewPlugin';

const ROOT = resolve(__dirname, '../../..');
const BASEMAP = join(ROOT, 'data/basemap/korea-region.geojson');
const HTML = '<html><head><script type="module" src="/assets/main.js"></script></head><body><div id="root"></div></body></html>';
const dictionary = { 'province.North Hamgyong': 'North Hamgyong' };

describe('the static first view', () => {
  it("counts every located facility of the project's data once at each zoom", () => {
    const checked = checkDataFolder(join(ROOT, 'data/geojson'));
    if (typeof checked === 'string') throw new Error(checked);
    const { data, images } = firstViewData(checked, BASEMAP, { en: dictionary, ko: dictionary });
    const located = checked.loaded.dataset.facilities.filter((record) => record.location !== null).length;
    for (const drawn of Object.values(data.zooms)) {
      expect(drawn.clusters.reduce((sum, cluster) => sum + cluster.count, 0) + drawn.markers.length).toBe(located);
    }
    expect(data.labels.en).toHaveLength(checked.loaded.dataset.provinces.length);
    expect(images.geography).toMatch(/^data:image\/svg\+xml,/);
    expect(images.strips.every((strip) => strip.startsWith('data:image/png;base64,'))).toBe(true);
  });

  it('paints a SYNTHETIC public facility into index.html', () => {
    const checked = gatePublicData({ files: validDatasetFiles(), folders: [], problems: [] });
    const html = firstViewHtml(HTML, checked, '/assets/firstView.js', BASEMAP);
    expect(html.indexOf('/assets/firstView.js')).toBeLessThan(html.indexOf('/assets/main.js'));
    const data = JSON.parse(/id="first-view-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as { zooms: Record<string, { markers: unknown[] }> };
    expect(data.zooms['6']?.markers).toHaveLength(1);
  });

  it('names what the live map fetches only when it draws (the basemap), for the page to fetch once loaded', () => {
    const checked = gatePublicData({ files: validDatasetFiles(), folders: [], problems: [] });
    const read = (html: string) => JSON.parse(/id="first-view-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as { later?: string[] };
    expect(read(firstViewHtml(HTML, checked, '/assets/firstView.js', BASEMAP, [], ['/assets/korea-region-SYNTHETIC.geojson'])).later).toEqual(['/assets/korea-region-SYNTHETIC.geojson']);
    expect(read(firstViewHtml(HTML, checked, '/assets/firstView.js', BASEMAP)).later).toBeUndefined();
  });

  it('refuses a dataset holding a SYNTHETIC restricted facility, so nothing of it is painted', () => {
    const secret = { id: 'SYNTHETIC-SECRET-source', kind: 'testimony', title: 'SYNTHETIC-SECRET witness', visibility: 'restricted' };
    const restricted = facility({ id: 'SYNTHETIC-SECRET-facility', name: { en: 'SYNTHETIC-SECRET place' }, sources: [{ sourceId: secret.id }] }, point([129.5, 42.5]));
    let files = replaceFile(validDatasetFiles(), 'sources.json', sourcesFile([source(), secret]));
    files = replaceFile(files, 'facilities.geojson', collection([facility(), restricted]));
    const checked = gatePublicData({ files, folders: [], problems: [] });
    expect(checked.passed).toBe(false);
    expect(() => firstViewHtml(HTML, checked, '/assets/firstView.js', BASEMAP)).toThrow(/public gate has not passed/);
    expect(() => firstViewHtml(HTML, null, '/assets/firstView.js', BASEMAP)).toThrow(/public gate has not passed/);
  });
});
