/**
 * A 3D viewer people cannot get lost in: a room hidden behind others is brought into view when chosen (its centre on
 * screen, and what a click there lands in is that room), the home view shows the whole facility, orbiting never
 * goes under the ground, and walking starts in the chosen room, steps on a tap and looks around on a drag.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localFrame, toLonLat } from '../../src/domain/plan3d/localFrame';
import { useAppSession } from './support/appSession';
import { bundledFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import { distance, ONSONG, onsongFeatures, readCamera, rooms, waitForScene } from './support/viewerSteps';

/** The plan's metres: a tangent plane at the facility's point, as the viewer lays it out. */
const ONSONG_FRAME = localFrame(bundledFacilities.find((feature) => feature.properties.id === ONSONG)?.geometry?.coordinates ?? [0, 0]);

/** Where a room's centre is on screen, and whether a click there would land in it. */
async function roomSeen(page: Page, roomId: string): Promise<{ inView: boolean; clickLandsInIt: boolean }> {
  return page.evaluate((id) => {
    const hooks = window.atlasViewer;
    const at = hooks?.roomScreenPosition(id);
    if (!hooks || !at) throw new Error(`no screen position for ${id}`);
    return { inView: at.inView, clickLandsInIt: at.inView && hooks.roomAt(at.x, at.y) === id };
  }, roomId);
}

const settled = (page: Page) => page.locator('[data-viewer][data-camera-moving="false"]').waitFor();

describe('finding one’s way in the 3D viewer', () => {
  const app = useAppSession();
  let tab: TestPage;
  let hidden: (typeof rooms)[number] | undefined;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab.page);
    await settled(tab.page);
  });

  it('brings a room hidden behind others into view when it is chosen from the list', async () => {
    for (const room of rooms) {
      if (!(await roomSeen(tab.page, room.id)).clickLandsInIt) {
        hidden = room;
        break;
      }
    }
    if (!hidden) throw new Error('every room is in plain view from the first view: no hidden room to test with');
    await screenshot(tab.page, 'camera-before-hidden-room');
    await tab.page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: new RegExp(`^${hidden.name.en}\\b`) }).click();
    // The flight starts the frame after the room's name is shown (useAfterPaint): a hidden room needs one, so wait
    // for it to begin before waiting for it to end.
    await tab.page.locator('[data-viewer][data-camera-moving="true"]').waitFor();
    await settled(tab.page);
    expect(await roomSeen(tab.page, hidden.id)).toEqual({ inView: true, clickLandsInIt: true });
    await screenshot(tab.page, 'camera-hidden-room-framed');
  });

  it('frames a room a deep link names', async () => {
    if (!hidden) throw new Error('no hidden room found');
    const linked = await openPage(app.browser);
    await linked.page.goto(`${app.server.url}/facility/${ONSONG}?room=${encodeURIComponent(hidden.id)}`);
    await waitForScene(linked.page);
    await settled(linked.page);
    expect(await roomSeen(linked.page, hidden.id)).toEqual({ inView: true, clickLandsInIt: true });
    await linked.context.close();
  });

  it('goes back to the whole facility with the home button', async () => {
    await tab.page.getByRole('button', { name: 'Whole facility' }).click();
    await settled(tab.page);
    const seen = await Promise.all(rooms.map((room) => roomSeen(tab.page, room.id)));
    expect(seen.every((room) => room.inView)).toBe(true);
    await screenshot(tab.page, 'camera-home');
  });

  it('never takes the camera under the ground, however far it is dragged', async () => {
    const box = await tab.page.locator('[data-viewer]').boundingBox();
    if (!box) throw new Error('no canvas');
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Dragging up tilts the camera down towards the horizon; far more than a half turn.
    await tab.page.mouse.move(middle.x, middle.y + 200);
    await tab.page.mouse.down();
    await tab.page.mouse.move(middle.x, middle.y - 400, { steps: 20 });
    await tab.page.mouse.up();
    const camera = await readCamera(tab.page);
    expect(camera.position[2]).toBeGreaterThan(0);
    // Still looking down, at least 5° below the horizon.
    expect(camera.direction[2]).toBeLessThan(-Math.sin((5 * Math.PI) / 180));
    await screenshot(tab.page, 'camera-lowest');
  });

  it('starts a walk in the chosen room, takes one step a click, and looks around on a drag', async () => {
    if (!hidden) throw new Error('no hidden room found');
    await tab.page.getByRole('radio', { name: 'Walk', exact: true }).check();
    const start = await readCamera(tab.page);
    // At eye height, standing inside the chosen room's outline.
    expect(start.position[2]).toBeCloseTo(1.6, 3);
    const outline = onsongFeatures.find((feature) => feature.properties.id === hidden?.id)?.geometry as Polygon;
    expect(booleanPointInPolygon(toLonLat(ONSONG_FRAME, [start.position[0], start.position[1]]), outline)).toBe(true);

    const forward = tab.page.getByRole('button', { name: 'Forward', exact: true });
    await forward.click();
    await expect.poll(async () => distance((await readCamera(tab.page)).position, start.position)).toBeCloseTo(0.5, 3);

    const box = await tab.page.locator('[data-viewer]').boundingBox();
    if (!box) throw new Error('no canvas');
    const before = (await readCamera(tab.page)).direction;
    await tab.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
    await tab.page.mouse.down();
    await tab.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4, { steps: 10 });
    await tab.page.mouse.up();
    await expect.poll(async () => distance((await readCamera(tab.page)).direction, before)).toBeGreaterThan(0.5);
  });

  it('sent nothing off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors.filter((error) => !/THREE\.Clock/.test(error))).toEqual([]);
  });
});
