/**
 * Sends the requests meant for the real imagery providers to local tile servers instead, so imagery tests run
 * with no network: the app's own URLs are exercised, the tiles come from 127.0.0.1.
 */
import type { Page } from 'playwright-core';
import type { TileServer } from './tileServer';

export const PROVIDER_HOSTS = {
  esri: 'https://server.arcgisonline.com/**',
  wayback: 'https://wayback.maptiles.arcgis.com/**',
  eox: 'https://tiles.maps.eox.at/**',
} as const;

export async function routeProviderTo(page: Page, provider: keyof typeof PROVIDER_HOSTS, server: TileServer): Promise<void> {
  await page.route(PROVIDER_HOSTS[provider], async (route) => {
    const { pathname } = new URL(route.request().url());
    const response = await route.fetch({ url: `${server.url}${pathname}` });
    await route.fulfill({ response });
  });
}
