/**
 * The viewer's accessible equivalent beyond rooms: the plan's other parts and what they rest on (from the list,
 * by keyboard, and picked in 3D), violations placed on the site but in no room (listed, counted with the filter),
 * and a hand-made model file whose rooms lie elsewhere than the plan's.
 */
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { localFrame, toLocal, toLonLat } from '../../src/domain/plan3d/localFrame';
import { barOffsets } from '../../src/viewer3d/geometry/wallGeometry';
import { asGlb, handMadeModel } from '../fixtures/handMadeModel';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';
import { distinctColours, pixelShare } from './support/pixels';
import {
  confidenceShown,
  ONSONG,
  onsongFeatures,
  otherParts,
  partOnScreen,
  readCamera,
  rooms,
  serveViolations,
  syntheticViolations,
  waitForScene,
  type PlanFeatureProperties,
} from './support/viewerSteps';

/** The register's point for Onsong, the origin of the viewer's local metres. */
const FRAME = localFrame([129.987019, 42.95964]);
const KIND_ORDER = ['site', 'building', 'opening', 'fixture'];
const KIND_LABELS: Record<string, string> = { site: 'Compound boundary', building: 'Building', bars: 'Bars', door: 'Door', toilet_hole: 'Toilet hole' };

function kindLabel(part: PlanFeatureProperties): string {
  const kind = KIND_LABELS[part.openingType ?? part.fixtureType ?? part.kind] ?? part.kind;
  const room = rooms.find((candidate) => candidate.id === part.roomId);
  return room ? `${kind}, ${room.name.en}` : kind;
}

const partsList = (tab: TestPage) => tab.page.getByRole('list', { name: 'Other parts of the plan' });
const partItem = (tab: TestPage, id: string) => partsList(tab).locator(`details[data-part-id="${id}"]`);

describe('inside Onsong: the other parts of the plan, and violations in no room', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab.page);
  });

  it('lists every part that is not a room with its name, kind and confidence, as in the plan', async () => {
    const list = partsList(tab);
    const listed = await list.locator('summary').evaluateAll((summaries) => summaries.map((summary) => [...summary.children].map((child) => child.textContent)));
    const expected = [...otherParts]
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
      .map((part) => [part.name.en, kindLabel(part), confidenceShown(part)]);
    expect(listed).toEqual(expected);
  });

  it('is reached by Tab after the rooms, and opens from the keyboard to say what a part rests on', async () => {
    const roomButtons = tab.page.getByRole('list', { name: 'Rooms' }).getByRole('button');
    await roomButtons.nth(rooms.length - 1).focus();
    await tab.page.keyboard.press('Tab');
    expect(await tab.page.evaluate(() => document.activeElement?.closest('details')?.dataset.partId)).toBe('site');

    const bars = otherParts.find((part) => part.id === 'cell-03-bars');
    if (!bars) throw new Error('the Onsong plan has no cell-03-bars');
    // The highlight outline is yellow; nothing around the bars is before they are selected.
    const at = await tab.page.evaluate(() => window.atlasViewer?.partScreenPosition('cell-03-bars') ?? null);
    if (!at) throw new Error('the viewer does not place cell-03-bars on screen');
    const yellowAround = async () =>
      pixelShare(await tab.page.screenshot({ clip: { x: at.x - 60, y: at.y - 60, width: 120, height: 120 } }), (r, g, b) => r > 200 && g > 150 && b < 140);
    const plain = await yellowAround();
    expect(plain).toBeLessThan(0.001);
    await partItem(tab, bars.id).locator('summary').focus();
    await tab.page.keyboard.press('Enter');
    await expect.poll(() => partItem(tab, bars.id).getAttribute('open')).toBe('');
    const text = (await partItem(tab, bars.id).textContent()) ?? '';
    expect(text).toContain(bars.basis);
    expect(text).toContain('may describe a different Onsong facility');
    expect(text).toContain('Lee Young-joo');
    expect(await partItem(tab, bars.id).locator('blockquote').textContent()).toBe(bars.sources[0]?.quote);
    // The selected barred front is outlined in 3D (a one-pixel outline: a few dozen pixels of the square).
    await expect.poll(yellowAround).toBeGreaterThan(plain + 0.002);
    await screenshot(tab.page, 'viewer-part-from-list');

    await tab.page.keyboard.press('Enter');
    await expect.poll(() => partItem(tab, bars.id).getAttribute('open')).toBeNull();
  });

  it('picks a toilet hole in 3D (top-down) and opens what it rests on in the list', async () => {
    await tab.page.getByRole('radio', { name: 'Plan', exact: true }).check();
    await expect.poll(async () => (await readCamera(tab.page)).direction[2]).toBeLessThan(-0.999);
    const hole = otherParts.find((part) => part.id === 'cell-05-toilet-hole');
    if (!hole) throw new Error('the Onsong plan has no cell-05-toilet-hole');
    const at = await partOnScreen(tab.page, hole.id);
    await tab.page.mouse.click(at.x, at.y);
    await expect.poll(() => partItem(tab, hole.id).getAttribute('open')).toBe('');
    expect(await partItem(tab, hole.id).textContent()).toContain(hole.basis);
    expect(await partsList(tab).locator('details[open]').count()).toBe(1);
    await screenshot(tab.page, 'viewer-part-picked');
  });

  it('picks a barred front in 3D while walking the corridor, and a click between its bars still selects the cell', async () => {
    await tab.page.getByRole('radio', { name: 'Walk', exact: true }).check();
    const bars = onsongFeatures.find((feature) => feature.properties.id === 'cell-06-bars');
    if (!bars) throw new Error('the Onsong plan has no cell-06-bars');
    const [west, east] = (bars.geometry.coordinates as Position[]).map((position) => toLocal(FRAME, position)).sort((a, b) => a[0] - b[0]);
    if (!west || !east) throw new Error('cell-06-bars is not a line');
    // Walk east along the corridor (one 0.5 m step a key press) until level with the cell, then turn left to face it.
    const steps = Math.round(((west[0] + east[0]) / 2 - (await readCamera(tab.page)).position[0]) / 0.5);
    await tab.page.getByRole('button', { name: steps >= 0 ? 'Forward' : 'Back', exact: true }).focus();
    for (let step = 0; step < Math.abs(steps); step++) await tab.page.keyboard.press('Enter');
    await tab.page.getByRole('button', { name: 'Turn left', exact: true }).focus();
    for (let turn = 0; turn < 6; turn++) await tab.page.keyboard.press('Space');
    await expect.poll(async () => (await readCamera(tab.page)).direction[1]).toBeGreaterThan(0.999);

    const at = await partOnScreen(tab.page, 'cell-06-bars');
    await tab.page.mouse.click(at.x, at.y);
    await expect.poll(() => partItem(tab, 'cell-06-bars').getAttribute('open')).toBe('');
    await screenshot(tab.page, 'viewer-walk-bars-picked');

    // Aim at the cell's floor through the gap between two bars nearest ahead: the click reaches the cell.
    const [x, y] = (await readCamera(tab.page)).position;
    const length = east[0] - west[0];
    const rods = barOffsets(length).map((offset) => west[0] + offset);
    const nearest = rods.reduce((best, rod) => (Math.abs(rod - x) < Math.abs(best - x) ? rod : best));
    const gapX = nearest + length / rods.length / 2;
    const toBars = west[1] - y;
    const toFloor = toBars + 2.5; // into the 3 m deep cell, near enough its back to be in view
    const floor = await tab.page.evaluate((point) => window.atlasViewer?.screenPosition(point) ?? null, [x + ((gapX - x) * toFloor) / toBars, y + toFloor, 0] as [number, number, number]);
    if (!floor) throw new Error('the viewer gave no screen position');
    await tab.page.mouse.click(floor.x, floor.y);
    await expect.poll(() => tab.page.locator('#room-heading').textContent()).toBe('Cell 6');
  });

  it('lists a violation placed on the site but in no room, and counts what the filter shows', async () => {
    const onSite = await openPage(app.browser);
    await serveViolations(
      onSite.page,
      syntheticViolations([
        { id: 'SYNTHETIC-facility-only', category: 'torture' },
        { id: 'SYNTHETIC-in-the-yard', category: 'forced_labour', location: toLonLat(FRAME, [0, -9]) },
        { id: 'SYNTHETIC-in-cell-1', category: 'starvation', roomId: 'cell-01' },
      ]),
    );
    await onSite.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(onSite.page);
    const section = onSite.page.getByRole('region', { name: /documented at this facility/ });
    expect(await section.getByRole('heading', { level: 3 }).textContent()).toBe('2 violations documented at this facility (room unknown)');
    const yard = section.getByRole('region', { name: '1 placed on the site, not in a room' });
    expect(await yard.locator('.violation-record').textContent()).toContain('SYNTHETIC forced_labour (SYNTHETIC-in-the-yard)');

    // Its pin stands on the site and opens the same record.
    const pin = await onSite.page.evaluate(() => window.atlasViewer?.pinScreenPosition('SYNTHETIC-in-the-yard') ?? null);
    if (!pin) throw new Error('no pin for the violation in the yard');
    await onSite.page.mouse.click(pin.x, pin.y);
    await expect.poll(() => onSite.page.locator('.picked-violation').textContent()).toContain('SYNTHETIC-in-the-yard');
    await screenshot(onSite.page, 'viewer-site-violation');

    await onSite.page.getByRole('checkbox', { name: 'Torture' }).check();
    await expect.poll(() => section.getByRole('heading', { level: 3 }).textContent()).toBe('1 violation documented at this facility (room unknown)');
    expect(await yard.count()).toBe(0);
    await onSite.page.getByRole('checkbox', { name: 'Torture' }).uncheck();
    await onSite.page.getByLabel('From year').fill('2020');
    await expect.poll(() => section.getByRole('heading', { level: 3 }).textContent()).toBe('0 violations documented at this facility (room unknown)');
    expect(onSite.offsiteRequests).toEqual([]);
    expect(onSite.pageErrors).toEqual([]);
    await onSite.context.close();
  });

  it("draws a hand-made model whose rooms lie elsewhere than the plan's, with pins in its rooms", async () => {
    const model = handMadeModel(
      [
        { id: 'cell-01', centre: [0, 0], size: [3, 3, 2.5] },
        { id: 'corridor', centre: [4, -3], size: [8, 2, 3] },
        { id: 'interrogation-1', centre: [-5, -3], size: [4, 4, 2.8] },
      ],
      // Cell 1 lies at the plan's west end; here it is drawn near the middle, larger.
      { offset: [3, 1, 0], scale: 1.3 },
      'corridor',
    );
    const glb = Buffer.from(await asGlb(model));
    const handMade = await openPage(app.browser);
    await handMade.page.route('**/*.glb', (route) => route.fulfill({ body: glb, contentType: 'model/gltf-binary' }));
    await serveViolations(handMade.page, syntheticViolations([{ id: 'SYNTHETIC-in-cell-1', category: 'torture', roomId: 'cell-01' }]));
    await handMade.page.goto(`${app.server.url}/facility/${ONSONG}?model=file`);
    await handMade.page.locator('[data-viewer][data-drawn="file"]').waitFor({ timeout: 60_000 });
    await waitForScene(handMade.page);
    expect(await handMade.page.getByRole('alert').count()).toBe(0);
    expect(await handMade.page.getByText("names none of the plan's rooms").count()).toBe(0);
    const pin = await handMade.page.evaluate(() => window.atlasViewer?.pinScreenPosition('SYNTHETIC-in-cell-1') ?? null);
    if (!pin) throw new Error('no pin on the hand-made model');
    // Cell 1's label stands over the model's Cell 1, where its pin is, not where the plan has the cell.
    const label = await handMade.page.locator('[data-viewer] .room-label', { hasText: /^Cell 1$/ }).boundingBox();
    if (!label) throw new Error('no label for Cell 1');
    expect(Math.abs(label.x + label.width / 2 - pin.x)).toBeLessThan(40);
    await handMade.page.mouse.click(pin.x, pin.y);
    await expect.poll(() => handMade.page.locator('.picked-violation').textContent()).toContain('SYNTHETIC-in-cell-1');
    expect(distinctColours(await handMade.page.locator('[data-viewer]').screenshot())).toBeGreaterThanOrEqual(4);
    await screenshot(handMade.page, 'viewer-hand-made-model');
    expect(handMade.offsiteRequests).toEqual([]);
    expect(handMade.pageErrors).toEqual([]);
    await handMade.context.close();
  });

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
  });
});
