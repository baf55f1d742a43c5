/** What a test does with the app, in a user's terms: open it, wait for the map, read what it shows. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

interface FacilityFeature {
  geometry: { coordinates: [number, number] } | null;
  properties: { id: string; type: string; name: { en: string; ko?: string }; province: string };
}

/** The bundled facilities file, read as the app reads it: the truth a test compares the screen with. */
export const bundledFacilities = (
  JSON.parse(readFileSync('data/geojson/facilities.geojson', 'utf8')) as { features: FacilityFeature[] }
).features;

export function mapElement(page: Page): Locator {
  return page.getByTestId('map');
}

/** Waits until the map has gone idle drawing exactly `expected` facilities (clusters counted by size). */
export async function waitForRenderedFacilities(page: Page, expected: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (count) => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.renderedFacilities === String(count),
    expected,
    { timeout },
  );
}

export async function renderedFacilities(page: Page): Promise<number> {
  return Number(await mapElement(page).getAttribute('data-rendered-facilities'));
}

export function facilityList(page: Page, name = 'Facilities'): Locator {
  return page.getByRole('list', { name });
}

export async function listCountText(page: Page): Promise<string | null> {
  return page.locator('.list-count').textContent();
}

/** Opens a closed section of the sidebar (Filters, Counts…) by its heading, as a reader clicks it. */
export async function openSection(page: Page, title: string): Promise<void> {
  const section = page.locator('details.sidebar-section', { has: page.getByRole('heading', { name: title, exact: true }) });
  if ((await section.getAttribute('open')) === null) await section.locator(':scope > summary').click();
}

/** Waits until the map has stopped moving and drawing. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.idle === 'true');
}
