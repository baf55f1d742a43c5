import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { facilityList, listCountText, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import {
  BAD_URL,
  BROKEN_ID,
  BROKEN_TYPE,
  ONSONG_ID,
  problemFacilitiesFile,
  problemSourcesFile,
  VALID_FACILITIES,
} from './support/problemDataset';
import { bundledViolationsOf, serveSyntheticDataset } from './support/syntheticData';

/** The rows of a table as the user reads them: the row header and its cells. */
async function tableRows(tab: TestPage, caption: string): Promise<string[][]> {
  const rows = tab.page.getByRole('table', { name: caption }).locator('tbody tr');
  return rows.evaluateAll((elements) => elements.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')));
}

describe('problems found while loading, on the main page (SYNTHETIC data)', () => {
  const app = useAppSession();
  let tab: TestPage;
  const problems = () => tab.page.getByRole('list', { name: 'Problems found while loading' });

  beforeAll(async () => {
    tab = await openPage(app.browser);
    await serveSyntheticDataset(tab.page, problemFacilitiesFile(), problemSourcesFile(), bundledViolationsOf([ONSONG_ID]));
    await tab.page.goto(app.server.url);
    await facilityList(tab.page).waitFor();
  });

  it('lists the broken facility\'s problem with its file, feature id and message, opened because it is an error', async () => {
    expect(await tab.page.locator('details.problems > summary').textContent()).toBe('Problems found while loading: 1 error, 1 warning');
    await problems().waitFor();
    const broken = problems().getByRole('listitem').filter({ hasText: BROKEN_ID });
    expect(await broken.count()).toBe(1);
    const [level, file, featureId] = await broken.locator('strong, code').allTextContents();
    expect([level, file, featureId]).toEqual(['error', 'facilities.geojson', BROKEN_ID]);
    expect(await broken.textContent()).toContain(`Field "type" is the text "${BROKEN_TYPE}", which is not one of: waiting_room`);
    await problems().scrollIntoViewIfNeeded();
    await screenshot(tab.page, 'map-problems');
  });

  it('lists and draws every other facility, leaving out only the broken one', async () => {
    const located = VALID_FACILITIES.filter((feature) => feature.geometry).length;
    await waitForRenderedFacilities(tab.page, located);
    expect(await listCountText(tab.page)).toBe(`${VALID_FACILITIES.length} facilities`);
    const names = await facilityList(tab.page).locator('.facility-name').allTextContents();
    expect(names.toSorted()).toEqual(VALID_FACILITIES.map((feature) => feature.properties.name.en).toSorted());
    expect(names.some((name) => name.includes(BROKEN_ID))).toBe(false);
  });

  it('counts the facilities that loaded by type and by province, located and not', async () => {
    await tab.page.getByText('Counts by type and province').click();
    expect(await tableRows(tab, 'By type')).toEqual([
      ['Waiting room', '1'],
      ['Holding centre', '1'],
      ['Detention centre', '3'],
      ['Office', '1'],
    ]);
    expect(await tableRows(tab, 'By province')).toEqual([
      ['Chagang', '1', '1'],
      ['North Hamgyong', '2', '0'],
      ['Rason', '0', '1'],
      ['Ryanggang', '1', '0'],
    ]);
    // The tables fit the sidebar: nothing needs scrolling sideways.
    expect(await tab.page.locator('.sidebar .sheet-body').evaluate((sidebar) => sidebar.scrollWidth - sidebar.clientWidth)).toBeLessThanOrEqual(0);
    await tab.page.getByRole('table', { name: 'By province' }).scrollIntoViewIfNeeded();
    await screenshot(tab.page, 'map-problems-counts');
  });

  it('warns about a source address that is not http(s), and shows it on the card as text, never as a link', async () => {
    const warning = problems().getByRole('listitem').filter({ hasText: BAD_URL });
    expect(await warning.locator('strong, code').allTextContents()).toEqual(['warning', 'sources.json', 'SYNTHETIC-source-script-address']);
    await facilityList(tab.page).getByRole('button', { name: /SYNTHETIC-ryanggang facility/ }).click();
    const sources = tab.page.getByRole('article').getByRole('region', { name: 'Sources' });
    await sources.getByText('SYNTHETIC article with a script address').waitFor();
    expect(await sources.getByRole('link').count()).toBe(0);
    expect(await tab.page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await sources.textContent()).toContain(BAD_URL);
  });

  it('raised no page error and sent nothing off this machine', () => {
    expect(tab.pageErrors).toEqual([]);
    expect(tab.offsiteRequests).toEqual([]);
  });
});
