/** Serves a SYNTHETIC dataset to the app in place of the bundled facility and source files. */
import type { Page } from 'playwright-core';

export async function serveSyntheticDataset(page: Page, facilitiesFile: string, sourcesFile: string): Promise<void> {
  await page.route('**/assets/facilities*.geojson', (route) => route.fulfill({ body: facilitiesFile, contentType: 'application/geo+json' }));
  await page.route('**/assets/sources*.json', (route) => route.fulfill({ body: sourcesFile, contentType: 'application/json' }));
}
