/** Serves a SYNTHETIC dataset to the app in place of the bundled facility, source and violation files. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * The bundled violations file holding only the violations of the given facilities (by default none): a SYNTHETIC
 * dataset keeps the bundled violations its facilities can resolve, and no others (the bundled file holds thousands,
 * of facilities a SYNTHETIC dataset lacks).
 */
export function bundledViolationsOf(facilityIds: readonly string[] = []): string {
  const bundled = JSON.parse(readFileSync('data/geojson/violations.geojson', 'utf8')) as { features: { properties: { facilityId: string } }[] };
  return JSON.stringify({ ...bundled, features: bundled.features.filter((feature) => facilityIds.includes(feature.properties.facilityId)) });
}

export async function serveSyntheticDataset(page: Page, facilitiesFile: string, sourcesFile: string, violationsFile = bundledViolationsOf()): Promise<void> {
  await page.route('**/assets/facilities*.geojson', (route) => route.fulfill({ body: facilitiesFile, contentType: 'application/geo+json' }));
  await page.route('**/assets/sources*.json', (route) => route.fulfill({ body: sourcesFile, contentType: 'application/json' }));
  await page.route('**/assets/violations*.geojson', (route) => route.fulfill({ body: violationsFile, contentType: 'application/geo+json' }));
}
