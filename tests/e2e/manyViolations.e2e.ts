/**
 * 70,000 SYNTHETIC violations through the real loader worker in Chromium (issues #12 item 5 and #18 item 6): a
 * dedicated worker overflowed past ~63,000 spread arguments, and the whole dataset failed to load. Generated here,
 * served in place of the bundled violations file; spread over the bundled facilities, 100 of them at Onsong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIOLATION_CATEGORIES } from '../../src/domain/enums';
import { useAppSession } from './support/appSession';
import { openPage, screenshot } from './support/browser';
import { ONSONG, serveViolations, waitForScene } from './support/viewerSteps';

const TOTAL = 70_000;
const AT_ONSONG = 100;

function manyViolations(): string {
  const facilityIds = (JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as { features: { properties: { id: string } }[] }).features
    .map((feature) => feature.properties.id)
    .filter((id) => id !== ONSONG);
  const features = Array.from({ length: TOTAL }, (_, index) => ({
    type: 'Feature',
    geometry: null,
    properties: {
      id: `SYNTHETIC-violation-${index}`,
      facilityId: index < AT_ONSONG ? ONSONG : facilityIds[index % facilityIds.length],
      category: VIOLATION_CATEGORIES[index % VIOLATION_CATEGORIES.length],
      date: { from: '2019' },
      summary: { en: `SYNTHETIC account ${index}` },
      placement: 'facility_only',
      visibility: 'public',
      sources: [{ sourceId: 'nkpd-register' }],
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', schemaVersion: 1, features });
}

describe('a dataset of 70,000 violations', () => {
  const app = useAppSession();

  // Generous: 21 MB of JSON through the worker on two shared cores.
  it('loads whole through the worker: a facility shows its 100', { timeout: 300_000 }, async () => {
    const tab = await openPage(app.browser);
    await serveViolations(tab.page, manyViolations());
    const started = Date.now();
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    const heading = tab.page.getByRole('heading', { name: `${AT_ONSONG} violations documented at this facility (room unknown)` });
    await Promise.race([
      heading.waitFor({ timeout: 240_000 }),
      tab.page.getByRole('alert').waitFor({ timeout: 240_000 }).then(async () => {
        throw new Error(`the page says: ${await tab.page.getByRole('alert').first().textContent()}`);
      }),
    ]);
    console.log(`${TOTAL.toLocaleString('en')} SYNTHETIC violations: facility page with its violations after ${Date.now() - started} ms`);
    await waitForScene(tab.page);
    expect(await tab.page.getByText('The data could not be loaded').count()).toBe(0);
    await screenshot(tab.page, 'many-violations');
    expect(tab.offsiteRequests).toEqual([]);
    await tab.context.close();
  });
});
