import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { bundledFacilities, facilityList, listCountText, mapElement, openSection, waitForMapIdle, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import { distinctColours } from './support/pixels';

const located = bundledFacilities.filter((feature) => feature.geometry !== null);

describe('the map of the register', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
    await tab.page.goto(app.server.url);
  });

  it('draws every located facility of the data, offline, on a basemap that is not blank', async () => {
    await waitForRenderedFacilities(tab.page, located.length);
    const image = await mapElement(tab.page).screenshot();
    expect(distinctColours(image)).toBeGreaterThanOrEqual(4);
    await screenshot(tab.page, 'map-register');
  });

  it('credits the province boundaries (UN OCHA, COD-AB, CC BY-IGO) and the basemap in the attribution', async () => {
    const attribution = mapElement(tab.page).locator('.maplibregl-ctrl-attrib-inner');
    await expect.poll(() => attribution.textContent()).toContain('UN OCHA, COD-AB (CC BY-IGO)');
    expect(await attribution.textContent()).toContain('Natural Earth');
  });

  it('follows a type filter on the map, in the list and in the counts', async () => {
    await openSection(tab.page, 'Filters');
    await tab.page.getByRole('checkbox', { name: /Political prison camp/ }).check();
    const camps = bundledFacilities.filter((feature) => feature.properties.type === 'political_prison_camp');
    await waitForRenderedFacilities(tab.page, camps.filter((feature) => feature.geometry !== null).length);
    expect(await listCountText(tab.page)).toBe(`${camps.length} ${camps.length === 1 ? 'facility' : 'facilities'}`);
    expect(await facilityList(tab.page).getByRole('listitem').count()).toBe(camps.length);
    await screenshot(tab.page, 'map-filter-camps');
    await tab.page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForRenderedFacilities(tab.page, located.length);
  });

  it('opens a facility card with its sources from the list, and from a click on the map', async () => {
    const onsong = bundledFacilities.find((feature) => feature.properties.name.en === 'Onsong County MPS Detention Centre');
    expect(onsong).toBeDefined();
    await tab.page.getByLabel('Search facilities').fill('Onsong County MPS Detention');
    await facilityList(tab.page).getByRole('button', { name: /Onsong County MPS Detention Centre/ }).click();
    const card = tab.page.getByRole('article');
    await expect.poll(() => card.getByRole('heading', { level: 2 }).textContent()).toBe('Onsong County MPS Detention Centre');
    const sourceLinks = card.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await sourceLinks.count()).toBeGreaterThan(0);
    expect(await card.getByRole('link', { name: /NKPD entity/ }).getAttribute('href')).toMatch(/^https:\/\/nkpd\.io\/en\/entity\//);
    await screenshot(tab.page, 'map-card-onsong');

    // The map flew to the facility, so it is drawn at the map's centre: close the card and click it there.
    await card.getByRole('button', { name: 'Close the facility card' }).click();
    await waitForMapIdle(tab.page);
    const box = await mapElement(tab.page).boundingBox();
    if (!box) throw new Error('map has no box');
    await tab.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tab.page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
      'Onsong County MPS Detention Centre',
    );
  });

  it('makes the list keyboard-navigable', async () => {
    await tab.page.getByLabel('Search facilities').fill('Hyesan');
    // The list follows the text a moment later: wait for it to hold the Hyesan facilities, not the last search's.
    const hyesan = bundledFacilities.filter((feature) => feature.properties.name.en.includes('Hyesan'));
    await expect.poll(() => listCountText(tab.page)).toBe(`${hyesan.length} facilities`);
    const buttons = facilityList(tab.page).getByRole('button');
    await buttons.first().focus();
    await tab.page.keyboard.press('ArrowDown');
    const secondName = await buttons.nth(1).locator('.facility-name').textContent();
    await tab.page.keyboard.press('Enter');
    await expect.poll(() => tab.page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(secondName);
  });

  it('switches the interface, list and map labels to Korean', async () => {
    await tab.page.getByRole('button', { name: '한국어' }).click();
    await tab.page.getByRole('heading', { name: '시설 목록' }).waitFor();
    // The language is kept: a fresh visit opens in Korean, on the whole country.
    await tab.page.goto(app.server.url);
    await tab.page.getByRole('heading', { name: '시설 목록' }).waitFor();
    await waitForRenderedFacilities(tab.page, located.length);
    await openSection(tab.page, '필터');
    expect(await tab.page.getByRole('checkbox', { name: /정치범수용소/ }).count()).toBe(1);
    await screenshot(tab.page, 'map-korean');
    await tab.page.getByRole('button', { name: 'English' }).click();
  });

  it('sent no request off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });
});
