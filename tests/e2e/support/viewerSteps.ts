/**
 * What the viewer's browser tests share: the bundled Onsong plan (the truth a test compares the screen with), SYNTHETIC
 * violations served in place of the bundled ones, and waits on what the viewer says (scene ready, the camera).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { effectiveConfidence } from '../../../src/domain/plan3d/effectiveConfidence';
import type { SourceRef } from '../../../src/domain/types';
import enHonest from '../../../src/i18n/locales/en/honestui.json';
import type {} from '../../../src/viewer3d/viewerHooks';

export const ONSONG = 'nkpd-pe7q4z9cv8';

export interface PlanFeatureProperties {
  id: string;
  kind: 'site' | 'building' | 'room' | 'opening' | 'fixture';
  use?: string;
  openingType?: string;
  fixtureType?: string;
  roomId?: string;
  name: { en: string; ko?: string };
  confidence: 'corroborated' | 'single_source' | 'illustrative';
  basis?: string;
  sources: { sourceId: string; quote?: string }[];
}
export interface PlanFeature {
  geometry: { type: string; coordinates: unknown };
  properties: PlanFeatureProperties;
}

export const onsongPlanText = readFileSync(`data/geojson/plans/${ONSONG}.geojson`, 'utf8');
export const onsongFeatures = (JSON.parse(onsongPlanText) as { features: PlanFeature[] }).features;
const features = onsongFeatures.map((feature) => feature.properties);
export const rooms = features.filter((feature) => feature.kind === 'room');
export const cells = rooms.filter((room) => room.use === 'cell');
/** The site, buildings, openings and fixtures. */
export const otherParts = features.filter((feature) => feature.kind !== 'room');

export const CONFIDENCE_LABELS = { corroborated: 'Corroborated', single_source: 'Single source', illustrative: 'Illustrative' } as const;

/** The confidence the viewer shows a plan element with: a doubtful link to this place said so (issue 13). */
export function confidenceShown(element: { confidence: keyof typeof CONFIDENCE_LABELS; sources: readonly SourceRef[] }): string {
  return effectiveConfidence(element).linkDoubtful ? enHonest[`honest.confidence.${element.confidence}_link_doubtful`] : CONFIDENCE_LABELS[element.confidence];
}

/** A FeatureCollection of SYNTHETIC violations at Onsong, each property set completed with what every record needs. */
export function syntheticViolations(records: { id: string; category: string; roomId?: string; location?: [number, number]; date?: string }[]): string {
  const features = records.map(({ id, category, roomId, location, date = '2019' }) => ({
    type: 'Feature',
    geometry: location ? { type: 'Point', coordinates: location } : null,
    properties: {
      id,
      facilityId: ONSONG,
      ...(roomId ? { roomId } : {}),
      category,
      date: { from: date },
      summary: { en: `SYNTHETIC ${category} (${id})` },
      placement: location ? 'testimony' : 'illustrative',
      visibility: 'public',
      sources: [{ sourceId: 'nkpd-register', quote: 'SYNTHETIC test record' }],
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', schemaVersion: 1, features });
}

/** Serves `body` in place of the bundled violations file. */
export async function serveViolations(page: Page, body: string): Promise<void> {
  await page.route('**/assets/violations*.geojson', (route) => route.fulfill({ body, contentType: 'application/geo+json' }));
}

export async function waitForScene(page: Page): Promise<void> {
  await page.locator('[data-viewer][data-scene-ready="true"]').waitFor({ timeout: 60_000 });
}

export type CameraState = { position: [number, number, number]; direction: [number, number, number] };

/** Where the viewer's camera is and looks, in plan metres (x east, y north, z up). */
export async function readCamera(page: Page): Promise<CameraState> {
  const camera = await page.evaluate(() => window.atlasViewer?.camera() ?? null);
  if (!camera) throw new Error('the viewer gave no camera');
  return camera;
}

export const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((value, index) => value - (b[index] ?? 0)));

/**
 * Lets the page run `frames` animation frames. A camera still walking keeps asking for frames and moves in them,
 * so a camera that has not moved after this has stopped.
 */
export async function letFramesPass(page: Page, frames = 30): Promise<void> {
  await page.evaluate(
    (count) => new Promise<void>((resolve) => {
      let left = count;
      const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }),
    frames,
  );
}

/** Screen position of a fixture or opening, through the viewer's test hook. */
export async function partOnScreen(page: Page, partId: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((id) => window.atlasViewer?.partScreenPosition(id) ?? null, partId);
  if (!position) throw new Error(`the viewer gave no screen position for ${partId}`);
  return position;
}
