/**
 * Inside a facility, evidence at the field's scale (issue #12 items 4 and 5): Onsong's facility-level violations —
 * NKDB's incidents matched to the detention centre and the account of Kim — shown as counts by category and decade
 * and a list with NKDB's case numbers, never as pins; then a SYNTHETIC Onsong with 10,000 violations opening, its
 * stacks drawn as count markers, and a room chosen showing its count (timed to the viewer's own mark).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOM_SHOWN_MARK } from '../../src/viewer3d/viewerHooks';
import { OPEN_ROOM_PIN_LIMIT } from '../../src/domain/plan3d/countMarkers';
import { useAppSession } from './support/appSession';
import { openPage, screenshot } from './support/browser';
import { scaleViolations } from './support/viewerScale';
import { ONSONG, rooms, serveViolations, waitForScene } from './support/viewerSteps';

interface ViolationFeature {
  properties: { id: string; facilityId: string; category: string; placement: string; date: { from?: string; precision?: string }; sources: { sourceId: string; locator?: string }[] };
}
const CATEGORY_LABELS: Record<string, string> = {
  arbitrary_detention: 'Arbitrary detention',
  torture: 'Torture',
  starvation: 'Starvation',
  inhumane_conditions: 'Inhumane conditions',
  other: 'Other',
};

/** What the bundled data holds at Onsong, counted here from the file itself. */
const atOnsong = (JSON.parse(readFileSync('data/geojson/violations.geojson', 'utf8')) as { features: ViolationFeature[] }).features
  .map((feature) => feature.properties)
  .filter((violation) => violation.facilityId === ONSONG);
const nkdbCases = atOnsong.flatMap((violation) => violation.sources.filter((reference) => reference.sourceId === 'nkdb-visualatlas').map((reference) => reference.locator));
const tally = (keys: string[]) => [...keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string, number>())];

describe('facility-level evidence inside a facility', () => {
  const app = useAppSession();

  it('Onsong: NKDB’s incidents counted by category and decade, listed with their case numbers, no pin on the roof', async () => {
    expect(nkdbCases.length).toBeGreaterThan(0);
    expect(atOnsong.every((violation) => violation.placement === 'facility_only')).toBe(true);
    const tab = await openPage(app.browser);
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab.page);
    const section = tab.page.getByRole('region', { name: /documented at this facility/ });
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(`${atOnsong.length} violations documented at this facility (room unknown)`);

    const rowsOf = async (name: string) =>
      section.getByRole('table', { name }).locator('tr').evaluateAll((rows) => rows.map((row): [string, number] => [row.querySelector('th')?.textContent ?? '', Number(row.querySelector('td')?.textContent)]));
    const byCategory = tally(atOnsong.map((violation) => CATEGORY_LABELS[violation.category] ?? violation.category));
    expect(new Map(await rowsOf('By category'))).toEqual(new Map(byCategory));
    const decade = (violation: ViolationFeature['properties']) => (violation.date.from ? `${violation.date.from.slice(0, 3)}0s` : 'Date unknown');
    expect(new Map(await rowsOf('By decade'))).toEqual(new Map(tally(atOnsong.map(decade))));

    const listed = await section.locator('.violation-record .case-number').allTextContents();
    expect(listed.map((text) => text.replace(/^ · case /, '')).sort()).toEqual([...nkdbCases].sort());
    // Facility-level records are not pins: none has a position in the scene, and nothing stands for them there.
    for (const violation of atOnsong) expect(await tab.page.evaluate((id) => window.atlasViewer?.pinScreenPosition(id) ?? null, violation.id)).toBeNull();
    expect(await tab.page.evaluate(() => window.atlasViewer?.countMarkers() ?? null)).toEqual([]);
    await section.getByRole('heading', { level: 3 }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(tab.page, 'viewer-evidence-onsong');
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
    await tab.context.close();
  });

  it('a SYNTHETIC Onsong with 10,000 violations opens with a count marker a room; a chosen room shows its count at once, then its records, and its many pins when asked', { timeout: 240_000 }, async () => {
    const data = scaleViolations(10_000);
    const tab = await openPage(app.browser);
    await serveViolations(tab.page, data.text);
    // Shader programs linked: every one the viewer needs is built as it opens, none when a room is chosen (a
    // link costs ~100 ms of software WebGL).
    await tab.page.addInitScript(() => {
      const counter = window as unknown as { programsLinked: number };
      counter.programsLinked = 0;
      for (const context of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const link = context.linkProgram as (this: WebGLRenderingContext, program: WebGLProgram) => void;
        context.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
          counter.programsLinked += 1;
          link.call(this, program);
        };
      }
    });
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await tab.page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 180_000 });

    // Every room holding more than the markers' threshold is one marker with its number, pins in it or not.
    const markers = await tab.page.evaluate(() => window.atlasViewer?.countMarkers() ?? []);
    expect(new Map(markers.map((marker) => [marker.roomId, marker.count]))).toEqual(data.perRoom);
    // The facility-level records: counted, and one page of 50 in the page, not thousands.
    const section = tab.page.getByRole('region', { name: /documented at this facility/ });
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe(`${data.facilityOnly} violations documented at this facility (room unknown)`);
    expect(await section.locator('.violation-record').count()).toBe(50);
    await section.getByRole('button', { name: 'Next 50' }).click();
    await expect.poll(() => section.locator('.records-range').first().textContent()).toBe(`51–100 of ${data.facilityOnly.toLocaleString('en')}`);
    await screenshot(tab.page, 'viewer-evidence-10000');

    // Choose the room with the most, from the list as a reader does, and time it to the viewer's mark.
    const [roomId, count] = [...data.perRoom].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const name = rooms.find((room) => room.id === roomId)?.name.en ?? '';
    const button = tab.page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: new RegExp(`^${name}\\b`) });
    expect(await button.locator('.room-violations').textContent()).toBe(`${count} violations`);
    await tab.page.evaluate(() => performance.clearMarks());
    const linkedBefore = (await tab.page.evaluate('window.programsLinked')) as number;
    expect(linkedBefore).toBeGreaterThan(0);
    await button.evaluate((element) => {
      element.addEventListener('click', () => performance.mark('test:room-clicked'), { capture: true, once: true });
    });
    await button.click();
    const shown = await tab.page.waitForFunction(
      ([mark, id]) => {
        const entry = performance.getEntriesByName(mark).find((item) => (item as PerformanceMark).detail === id);
        const clicked = performance.getEntriesByName('test:room-clicked')[0];
        return entry && clicked ? entry.startTime - clicked.startTime : null;
      },
      [ROOM_SHOWN_MARK, roomId] as const,
    );
    const ms = (await shown.jsonValue()) as number;
    console.log(`10,000 SYNTHETIC violations: ${name} (${count} violations) shown ${ms.toFixed(0)} ms after the click`);
    // The benchmark holds the 100 ms target; here, on shared cores, an order of magnitude below the 2 s freeze.
    expect(ms).toBeLessThan(600);
    const details = tab.page.locator('.room-details');
    expect(await details.getByRole('heading', { level: 4 }).first().textContent()).toBe(`${count} violations documented in this room`);
    expect(await details.locator('.violation-record').count()).toBe(50);
    // The room opened keeps its marker while it holds more pins than can be drawn at once (967 cost a CPU-drawn
    // frame ~100 ms), its pins one click away; then it shows them one by one, and the others stay markers.
    expect(count).toBeGreaterThan(OPEN_ROOM_PIN_LIMIT);
    expect(await tab.page.evaluate((id) => (window.atlasViewer?.countMarkers() ?? []).some((marker) => marker.roomId === id), roomId)).toBe(true);
    await screenshot(tab.page, 'viewer-evidence-10000-pins-held');
    await details.getByRole('button', { name: `Show these ${count} accounts as pins in 3D` }).click();
    await expect.poll(() => tab.page.evaluate((id) => (window.atlasViewer?.countMarkers() ?? []).some((marker) => marker.roomId === id), roomId)).toBe(false);
    expect(await tab.page.evaluate(() => window.atlasViewer?.countMarkers().length)).toBe(data.perRoom.size - 1);
    expect(await details.getByRole('button', { name: /as pins in 3D/ }).count()).toBe(0);

    // A marker is chosen as its room is (read where it stands once the camera has flown to the room).
    await tab.page.locator('[data-viewer][data-camera-moving="false"]').waitFor();
    expect(await tab.page.evaluate('window.programsLinked')).toBe(linkedBefore);
    const standing = await tab.page.evaluate(() => window.atlasViewer?.countMarkers() ?? []);
    const box = await tab.page.locator('[data-viewer] canvas').boundingBox();
    const inCanvas = (marker: { x: number; y: number }) => !!box && marker.x > box.x + 20 && marker.x < box.x + box.width - 20 && marker.y > box.y + 20 && marker.y < box.y + box.height - 20;
    const apart = (marker: { x: number; y: number }) => standing.every((neighbour) => neighbour === marker || Math.hypot(neighbour.x - marker.x, neighbour.y - marker.y) > 60);
    const other = standing.find((marker) => marker.roomId !== roomId && inCanvas(marker) && apart(marker));
    if (!other?.roomId) throw new Error('no second marker in view');
    await tab.page.mouse.click(other.x, other.y);
    const otherName = rooms.find((room) => room.id === other.roomId)?.name.en ?? '';
    await expect.poll(() => tab.page.locator('#room-heading').textContent()).toBe(otherName);
    await screenshot(tab.page, 'viewer-evidence-10000-room');
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
    await tab.context.close();
  });
});
