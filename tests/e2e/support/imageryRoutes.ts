/**
 * Sends the requests meant for the real imagery providers to local tile servers instead, so imagery tests run
 * with no network: the app's own URLs are exercised, the tiles come from 127.0.0.1.
 */
import type { Locator, Page } from 'playwright-core';
import type { TileServer } from './tileServer';

export const PROVIDER_HOSTS = {
  esri: 'https://server.arcgisonline.com/**',
  wayback: 'https://wayback.maptiles.arcgis.com/**',
  eox: 'https://tiles.maps.eox.at/**',
} as const;

export async function routeProviderTo(page: Page, provider: keyof typeof PROVIDER_HOSTS, server: TileServer): Promise<void> {
  await page.route(PROVIDER_HOSTS[provider], async (route) => {
    const { pathname } = new URL(route.request().url());
    // A tile still on its way when its test ends meets a stopped server or a closed page: it fails as a tile
    // fails on the network (the app shows that), not as an unhandled rejection in whatever test runs next.
    try {
      await route.fulfill({ response: await route.fetch({ url: `${server.url}${pathname}` }) });
    } catch {
      await route.abort('connectionreset').catch(() => undefined);
    }
  });
}

/** The button that agrees to load imagery from `host` (imagery waits for it, even when a link chose the layer). */
export function consentButton(page: Page, host: string): Locator {
  return page.getByRole('button', { name: `Your browser will contact ${host}` });
}

/** Agrees to load imagery from `host`, as a user does once per tab. */
export async function allowImagery(page: Page, host: string): Promise<void> {
  await consentButton(page, host).click();
  await consentButton(page, host).waitFor({ state: 'detached' });
}

/** Agrees to `host` unless this tab already has (consent lasts for the tab's session, across reloads). */
export async function ensureImageryAllowed(page: Page, host: string): Promise<void> {
  const stop = page.getByRole('button', { name: `Stop contacting ${host}` });
  await consentButton(page, host).or(stop).first().waitFor();
  if (await consentButton(page, host).isVisible()) await allowImagery(page, host);
}

/** Esri's list of Wayback releases, which the app fetches (through @vannizhang/wayback-core) when asked to. */
export const WAYBACK_RELEASES_URL = 'https://s3-us-west-2.amazonaws.com/config.maptiles.arcgis.com/waybackconfig.json';

/**
 * A SYNTHETIC release list in the shape of Esri's waybackconfig.json (keyed by release number, the date in the
 * title). Release numbers and dates are invented and far in the future, so they cannot pass for real releases.
 */
export function syntheticWaybackReleases(releases: Readonly<Record<number, string>>): string {
  const tileUrl = 'https://wayback.maptiles.arcgis.com/arcgis/rest/services/World_Imagery/WMTS/1.0.0/default028mm/MapServer/tile';
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(releases).map(([release, date]) => [
        release,
        {
          itemID: `SYNTHETIC-item-${release}`,
          itemTitle: `SYNTHETIC World Imagery (Wayback ${date})`,
          itemURL: `${tileUrl}/${release}/{level}/{row}/{col}`,
          metadataLayerUrl: `https://metadata.maptiles.arcgis.com/SYNTHETIC/${release}/MapServer`,
          metadataLayerItemID: `SYNTHETIC-metadata-${release}`,
          layerIdentifier: `SYNTHETIC_${release}`,
        },
      ]),
    ),
  );
}

/** Answers the request for Esri's release list with `body`, as that server would (a cross-origin JSON reply). */
export async function serveWaybackReleases(page: Page, body: string): Promise<void> {
  await page.route(WAYBACK_RELEASES_URL, (route) =>
    route.fulfill({ body, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }),
  );
}

/** Makes the release list unreachable, as on a machine with no network. */
export async function cutWaybackReleases(page: Page): Promise<void> {
  await page.route(WAYBACK_RELEASES_URL, (route) => route.abort('internetdisconnected'));
}
