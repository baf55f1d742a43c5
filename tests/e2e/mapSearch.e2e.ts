/**
 * Search first and a map with context: the search box tops the sidebar, the map fits what a search leaves, every
 * count follows the search text, the list's order is the reader's and in the URL; zoom and compass buttons, a scale
 * bar, a hint to choose imagery close up, and a hover tooltip that never covers the selected facility.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACILITY_TYPES, LINKED_PLACE_KINDS } from '../../src/domain/enums';
import { useAppSession } from './support/appSession';
import { bundledFacilities, facilityList, listCountText, mapElement, openSection, waitForMapIdle, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';

const located = bundledFacilities.filter((feature) => feature.geometry !== null);
const cameraParam = (page: Page) => (new URL(page.url()).searchParams.get('map') ?? '').split('/').map(Number);

/** Where a point is on the map's screen, from the map's camera in the URL (Web Mercator, 512-pixel tiles). */
async function onScreen(page: Page, [lon, lat]: [number, number]): Promise<{ x: number; y: number }> {
  const [zoom = 0, centreLat = 0, centreLon = 0] = cameraParam(page);
  const box = await mapElement(page).boundingBox();
  if (!box) throw new Error('no map on screen');
  const world = 512 * 2 ** zoom;
  const x = (longitude: number) => ((longitude + 180) / 360) * world;
  const y = (latitude: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / Math.PI) / 2) * world;
  return { x: box.x + box.width / 2 + x(lon) - x(centreLon), y: box.y + box.height / 2 + y(lat) - y(centreLat) };
}

describe('search and map context', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser, { width: 1440, height: 900 });
    await tab.page.goto(app.server.url);
    await waitForRenderedFacilities(tab.page, located.length);
  });

  it('puts the search box at the top of the sidebar, and the map fits the results', async () => {
    const search = tab.page.getByLabel('Search facilities');
    const box = await search.boundingBox();
    expect(box && box.y).toBeLessThan(200);
    const before = cameraParam(tab.page)[0] ?? 0;
    await search.fill('Hoeryong');
    const results = bundledFacilities.filter((feature) => feature.properties.name.en.includes('Hoeryong'));
    await expect.poll(() => listCountText(tab.page)).toBe(`${results.length} facilities`);
    await expect.poll(() => cameraParam(tab.page)[0] ?? 0, { timeout: 15_000 }).toBeGreaterThan(before + 2);
    await waitForMapIdle(tab.page);
    await waitForRenderedFacilities(tab.page, results.filter((feature) => feature.geometry !== null).length);
    await screenshot(tab.page, 'search-fits-results');
  });

  it('counts the filter values among what the search text leaves', async () => {
    await openSection(tab.page, 'Filters');
    const results = bundledFacilities.filter((feature) => feature.properties.name.en.includes('Hoeryong'));
    const shown = await tab.page.locator('.filters fieldset').first().locator('.facet-option').evaluateAll((options) =>
      options.map((option) => [option.querySelector('.facet-label')?.textContent, option.querySelector('.facet-count')?.textContent]),
    );
    expect(shown.length).toBeGreaterThan(1);
    for (const [label, count] of shown) {
      const type = FACILITY_TYPES.find((value) => typeLabel(value) === label);
      expect(type, `a type named ${String(label)}`).toBeDefined();
      expect(count).toBe(String(results.filter((feature) => feature.properties.type === type).length));
    }
    // Hoeryong's facilities are of few types: most counts are 0 now, and none is the whole dataset's.
    expect(shown.some(([, count]) => count === '0')).toBe(true);
    await screenshot(tab.page, 'search-counts-follow');
    await tab.page.getByLabel('Search facilities').fill('');
  });

  it('sorts the list by name, type or province, the order kept in the URL', async () => {
    await tab.page.getByLabel('Order').selectOption('type');
    await expect.poll(() => new URL(tab.page.url()).searchParams.get('sort')).toBe('type');
    const types = async () => facilityList(tab.page).locator('.facility-type').allTextContents();
    // The list names a linked place by what it is; they follow the penal types.
    const order = [...FACILITY_TYPES.map(typeLabel), ...LINKED_PLACE_KINDS.map((kind) => HONEST[`honest.linkedKind.${kind}`] ?? kind)];
    // The list's first page (300) is drawn over a few frames: read it once it is whole.
    const firstPage = Math.min(300, bundledFacilities.length);
    await expect.poll(async () => (await types()).length).toBe(firstPage);
    const listed = await types();
    expect(listed.map((label) => order.indexOf(label))).toEqual([...listed.map((label) => order.indexOf(label))].sort((a, b) => a - b));
    await tab.page.reload();
    await facilityList(tab.page).waitFor();
    expect(await tab.page.getByLabel('Order').inputValue()).toBe('type');
    await expect.poll(types).toEqual(listed);
    await tab.page.getByLabel('Order').selectOption('name');
    expect(new URL(tab.page.url()).searchParams.get('sort')).toBeNull();
  });

  it('has zoom and compass buttons and a scale bar', async () => {
    await waitForMapIdle(tab.page);
    const zoom = cameraParam(tab.page)[0] ?? 0;
    await tab.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => cameraParam(tab.page)[0]).toBeCloseTo(zoom + 1, 1);
    expect(await tab.page.getByRole('button', { name: /Turn north up/ }).count()).toBe(1);
    expect(await mapElement(tab.page).locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\s?k?m$/);
  });

  it('hints at imagery at facility zoom with the offline map, and opens the choice', async () => {
    const onsong = bundledFacilities.find((feature) => feature.properties.id === 'nkpd-pe7q4z9cv8');
    const [lon, lat] = onsong?.geometry?.coordinates ?? [];
    await tab.page.goto(`${app.server.url}/?map=14/${lat}/${lon}`);
    const hint = tab.page.getByRole('note').filter({ hasText: 'Satellite imagery shows the site itself' });
    await hint.waitFor();
    await screenshot(tab.page, 'map-imagery-hint');
    await hint.getByRole('button', { name: 'Choose imagery' }).click();
    await expect.poll(() => tab.page.evaluate(() => document.activeElement === document.querySelector('.imagery-panel select'))).toBe(true);
    await tab.page.goto(`${app.server.url}/?map=6/40.5/127.5`);
    await waitForMapIdle(tab.page);
    expect(await tab.page.locator('.imagery-hint').count()).toBe(0);
  });

  it('places the hover tooltip so it never covers the selected facility', async () => {
    // Two located facilities close together, one about due north of the other: select the northern one, hover the other.
    const points = located.map((feature) => ({ id: feature.properties.id, at: feature.geometry?.coordinates as [number, number] }));
    let pair: [(typeof points)[number], (typeof points)[number]] | undefined;
    for (const north of points) {
      const south = points.find((other) => {
        const down = north.at[1] - other.at[1];
        const aside = Math.abs(north.at[0] - other.at[0]) * Math.cos((north.at[1] * Math.PI) / 180);
        return other !== north && down > 0.002 && down < 0.03 && aside < down / 2;
      });
      if (south) {
        pair = [north, south];
        break;
      }
    }
    if (!pair) throw new Error('no two facilities near enough in the bundled data');
    const [north, south] = pair;
    // Zoomed so the two markers stand about 36 pixels apart, the selected one above: where a tooltip placed above
    // the hovered marker would cover it.
    const middle = [(north.at[1] + south.at[1]) / 2, (north.at[0] + south.at[0]) / 2];
    const open = async (zoom: number) => {
      await tab.page.goto(`${app.server.url}/?facility=${north.id}&map=${zoom.toFixed(2)}/${middle[0]}/${middle[1]}`);
      await tab.page.getByRole('article').waitFor();
      await waitForMapIdle(tab.page);
    };
    const gap = async () => {
      const [a, b] = [await onScreen(tab.page, north.at), await onScreen(tab.page, south.at)];
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    await open(14);
    await open(14 + Math.log2(36 / (await gap())));
    expect(await gap()).toBeCloseTo(36, 0);
    const selected = await onScreen(tab.page, north.at);
    const hovered = await onScreen(tab.page, south.at);
    await tab.page.mouse.move(hovered.x, hovered.y);
    const tooltip = tab.page.locator('.maplibregl-popup.facility-hover');
    await tooltip.waitFor();
    const box = await tooltip.boundingBox();
    if (!box) throw new Error('no tooltip');
    const covers = selected.x >= box.x && selected.x <= box.x + box.width && selected.y >= box.y && selected.y <= box.y + box.height;
    expect(covers).toBe(false);
    await screenshot(tab.page, 'map-tooltip-beside-selected');
    // Over the selected marker itself: no tooltip (its card names it).
    await tab.page.mouse.move(selected.x, selected.y);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('fits the map to what a filter press leaves, not to what the map showed before', async () => {
    // The press's results reach the map a task or two after the press: the fit must wait for them.
    await tab.page.goto(app.server.url);
    await waitForRenderedFacilities(tab.page, located.length);
    await openSection(tab.page, 'Filters');
    await tab.page.getByRole('checkbox', { name: /Waiting room/ }).check();
    const rooms = located.filter((feature) => feature.properties.type === 'waiting_room');
    await waitForRenderedFacilities(tab.page, rooms.length);
    await waitForMapIdle(tab.page);
    // The fit moved the camera, which the address now carries (onScreen reads it from there).
    await expect.poll(() => cameraParam(tab.page).length).toBe(3);
    const box = await mapElement(tab.page).boundingBox();
    if (!box) throw new Error('no map on screen');
    const points = await Promise.all(rooms.map((feature) => onScreen(tab.page, feature.geometry?.coordinates as [number, number])));
    for (const { x, y } of points) {
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
    // Fitted, they span most of the map one way or the other (the whole country's view leaves them a corner).
    const span = (values: number[]) => Math.max(...values) - Math.min(...values);
    expect(Math.max(span(points.map(({ x }) => x)) / box.width, span(points.map(({ y }) => y)) / box.height)).toBeGreaterThan(0.5);
    await tab.page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForRenderedFacilities(tab.page, located.length);
  });

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });
});

const ENGLISH = JSON.parse(readFileSync('src/i18n/locales/en/core.json', 'utf8')) as Record<string, string>;
const HONEST = JSON.parse(readFileSync('src/i18n/locales/en/honestui.json', 'utf8')) as Record<string, string>;

function typeLabel(type: string): string {
  return ENGLISH[`type.${type}`] ?? type;
}
