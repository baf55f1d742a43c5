/**
 * Issue 13 in a real browser: a doubtful point says why on its card in English and Korean, a linked place is not
 * called a penal facility, the count text names each figure's source, the About page lists every source, search
 * finds Onsong by Hangul, Revised Romanization and McCune–Reischauer, and a role filter comes back from a link.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { facilityList, listCountText, openSection, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';

interface Text {
  en: string;
  ko?: string;
}
interface FacilityProperties {
  id: string;
  name: Text;
  role?: string;
  linkedKind?: string;
  locationDoubt?: { reason: Text };
}
interface SourceRecord {
  id: string;
  title: string;
  publisher?: string;
}

const facilitiesFile = JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as {
  features: { properties: FacilityProperties; geometry: unknown }[];
  register: { entities: number; sourceId: string; figures: { count: number; sourceId: string }[] };
};
const sources = (JSON.parse(readFileSync('data/geojson/sources.json', 'utf8')) as { sources: SourceRecord[] }).sources;
const properties = facilitiesFile.features.map((feature) => feature.properties);
const doubtful = properties.filter((facility) => facility.locationDoubt);
const linked = facilitiesFile.features.filter((feature) => feature.properties.role === 'linked');
const penal = properties.length - linked.length;
const sourceTitle = (id: string) => sources.find((source) => source.id === id)?.title ?? id;

async function openCard(page: Page, url: string): Promise<ReturnType<Page['getByRole']>> {
  await page.goto(url);
  const card = page.getByRole('article');
  await card.getByRole('heading', { level: 2 }).waitFor({ timeout: 60_000 });
  return card;
}

/** The ids of the facilities the list shows, sorted. */
async function listedIds(page: Page): Promise<(string | null)[]> {
  const ids = await facilityList(page).locator('[data-facility-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-facility-id')));
  return ids.sort();
}

describe('honest data on screen (issue 13)', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
    tab = await openPage(app.browser);
  });

  it('has the three doubtful points of the issue, and no other', () => {
    expect(doubtful.map((facility) => facility.id).sort()).toEqual(['nkpd-e03clgitvpt', 'nkpd-s4hxcgrw6c', 'nkpd-ufk31lmq2r8']);
  });

  it.each(doubtful.map((facility) => [facility.id, facility] as const))('says on the card of %s why its point is doubtful, in English and Korean', async (id, facility) => {
    const reason = facility.locationDoubt?.reason;
    expect(reason?.ko).toBeTruthy();
    let card = await openCard(tab.page, `${app.server.url}/?facility=${id}&lang=en`);
    await expect.poll(() => card.locator('.card-point-doubt').textContent()).toContain(reason?.en);
    expect(await card.locator('.card-point-doubt').textContent()).toContain('Doubtful point');
    // Register fields are shown as fields, never as a quote.
    expect(await card.getByRole('definition').filter({ hasText: 'Register fields' }).count()).toBe(0);
    expect(await card.locator('.source-fields-title').first().textContent()).toBe('Register fields');
    expect(await card.getByLabel('Quote').count()).toBe(0);
    if (id === 'nkpd-ufk31lmq2r8') await screenshot(tab.page, 'honest-doubtful-card-en');

    card = await openCard(tab.page, `${app.server.url}/?facility=${id}&lang=ko`);
    await expect.poll(() => card.locator('.card-point-doubt').textContent()).toContain(reason?.ko);
    expect(await card.locator('.card-point-doubt').textContent()).toContain('의심스러운 좌표');
    expect(await card.locator('.source-fields-title').first().textContent()).toBe('등록부 항목');
    if (id === 'nkpd-ufk31lmq2r8') {
      // The agency in Korean, and that no source gives a Korean name.
      expect(await card.textContent()).toContain('국가보위성');
      expect(await card.locator('.card-korean-name').textContent()).toBe('어느 출처에도 한국어 이름이 없음');
      await screenshot(tab.page, 'honest-doubtful-card-ko');
    }
  });

  it('shows a Korean name with the source that gives it', async () => {
    const card = await openCard(tab.page, `${app.server.url}/?facility=nkpd-pfbkfpqvule&lang=en`);
    const korean = card.locator('.card-korean-name');
    await expect.poll(() => korean.textContent()).toContain('요덕 제15호 관리소');
    expect(await korean.textContent()).toContain(`as given by ${sourceTitle('en-wikipedia-org-yodok-concentration-camp-ccc4113e')}`);
  });

  it('labels a linked place as what the register says it is, never as a penal facility', async () => {
    const card = await openCard(tab.page, `${app.server.url}/?facility=nkpd-deh0lebdkom&lang=en`);
    const facts = card.locator('.facility-facts');
    await expect.poll(() => facts.locator('[data-linked-kind]').textContent()).toContain('Hospital');
    expect(await facts.textContent()).toContain('Not a place of detention');
    expect(await facts.textContent()).not.toMatch(/penal/i);
    expect(await facts.textContent()).not.toContain('Type');
    await screenshot(tab.page, 'honest-linked-card');
  });

  it('counts penal facilities apart from linked places, beside the register’s and Korea Future’s figures with their sources', async () => {
    await tab.page.goto(`${app.server.url}/?lang=en`);
    await openSection(tab.page, 'About this data');
    const text = tab.page.locator('.count-text');
    await expect.poll(() => text.getByRole('heading', { level: 2 }).textContent()).toBe(`${penal} penal facilities in this atlas`);
    const content = (await text.textContent()) ?? '';
    expect(content).toContain(`${linked.length} linked places that are not places of detention`);
    expect(content).toContain(`${properties.length} records in all`);
    expect(content).toContain(`holds ${facilitiesFile.register.entities} entities`);
    expect(content).toContain(`source: ${sourceTitle(facilitiesFile.register.sourceId)}`);
    expect(facilitiesFile.register.figures.map((figure) => figure.count)).toContain(206);
    for (const figure of facilitiesFile.register.figures) {
      const item = text.locator('[data-figure="published"]', { hasText: `${figure.count} penal facilities` });
      expect(await item.textContent()).toContain(`source: ${sourceTitle(figure.sourceId)}`);
    }
    await screenshot(tab.page, 'honest-count-text');
  });

  it('lists every source of sources.json on the About page, opened from the header and from a link', async () => {
    await tab.page.getByRole('banner').getByRole('link', { name: 'About the data' }).click();
    await tab.page.getByRole('heading', { name: 'About the data', level: 2 }).waitFor();
    expect(new URL(tab.page.url()).pathname).toBe('/about');
    for (const source of sources) {
      const entry = tab.page.locator(`[data-source-id="${source.id}"]`);
      expect(await entry.locator('h4').textContent()).toBe(source.title);
      expect(await entry.textContent()).toContain(source.publisher ?? 'Publisher not known');
    }
    expect(await tab.page.locator('.about-source').count()).toBe(sources.length);
    // What NKDB's import left out, by reason; and the doubtful points.
    expect(await tab.page.locator('[data-import="nkdb-visualatlas"] tr[data-reason="private_house"]').textContent()).toContain('house');
    expect(await tab.page.locator('.about-doubtful-points li').count()).toBe(doubtful.length);
    await screenshot(tab.page, 'honest-about-en');

    await tab.page.goto(`${app.server.url}/about?lang=ko`);
    await tab.page.getByRole('heading', { name: '데이터 소개', level: 2 }).waitFor({ timeout: 60_000 });
    expect(await tab.page.locator('.about-source').count()).toBe(sources.length);
    await tab.page.getByRole('button', { name: '지도로 돌아가기' }).click();
    await tab.page.getByRole('heading', { name: '시설 목록' }).waitFor();
    expect(new URL(tab.page.url()).pathname).toBe('/');
  });

  it('finds the Onsong facilities by "온성", "Onseong" and "Onsong" alike', async () => {
    await tab.page.goto(`${app.server.url}/?lang=en`);
    const onsong = properties.filter((facility) => /onsong/i.test(facility.name.en)).map((facility) => facility.id);
    expect(onsong.length).toBeGreaterThan(3);
    const search = tab.page.getByLabel('Search facilities');
    for (const spelling of ['온성', 'Onseong', 'Onsong']) {
      await search.fill(spelling);
      await expect.poll(() => listCountText(tab.page), { timeout: 20_000 }).toBe(`${onsong.length} facilities`);
      // The list follows the count a moment later (it renders from a deferred value).
      await expect.poll(() => listedIds(tab.page), { timeout: 20_000 }).toEqual([...onsong].sort());
    }
  });

  it('restores a role filter from a link, and keeps it in the link when changed', async () => {
    await tab.page.goto(`${app.server.url}/?role=linked&lang=en`);
    await expect.poll(() => listCountText(tab.page), { timeout: 60_000 }).toBe(`${linked.length} facilities`);
    await waitForRenderedFacilities(tab.page, linked.filter((feature) => feature.geometry !== null).length);
    await openSection(tab.page, 'Filters');
    const linkedBox = tab.page.getByRole('checkbox', { name: /Linked places/ });
    expect(await linkedBox.isChecked()).toBe(true);
    await expect.poll(() => listedIds(tab.page)).toEqual(linked.map((feature) => feature.properties.id).sort());
    await screenshot(tab.page, 'honest-filter-linked');
    await tab.page.getByRole('checkbox', { name: /Penal facilities/ }).check();
    await expect.poll(() => new URL(tab.page.url()).searchParams.getAll('role').sort()).toEqual(['linked', 'penal']);
    await expect.poll(() => listCountText(tab.page)).toBe(`${properties.length} facilities`);
  });

  it('shows a doubtful point’s card and the About page on a phone', async () => {
    const phone = await openPage(app.browser, { width: 390, height: 844 });
    try {
      const card = await openCard(phone.page, `${app.server.url}/?facility=nkpd-s4hxcgrw6c&lang=en`);
      await expect.poll(() => card.locator('.card-point-doubt').isVisible()).toBe(true);
      await screenshot(phone.page, 'honest-phone-doubtful-card');
      await phone.page.goto(`${app.server.url}/about?lang=ko`);
      await phone.page.getByRole('heading', { name: '데이터 소개', level: 2 }).waitFor({ timeout: 60_000 });
      await screenshot(phone.page, 'honest-phone-about-ko');
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.page.close();
    }
  });

  it('sent no request off this machine and raised no page error', () => {
    expect(tab.offsiteRequests).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });
});
