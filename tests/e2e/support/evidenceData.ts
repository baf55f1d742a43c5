/** The bundled violations, read as the app reads them: the counts an evidence test expects on screen. */
import { readFileSync } from 'node:fs';
import { bundledFacilities } from './atlasPage';

interface ViolationFeature {
  properties: { id: string; facilityId: string; category: string; date: { from?: string } };
}

export const bundledViolations = (JSON.parse(readFileSync('data/geojson/violations.geojson', 'utf8')) as { features: ViolationFeature[] }).features.map(
  (feature) => feature.properties,
);

/** The decade a violation starts in (null: unknown date), as the app counts it. */
export function decadeOf(violation: { date: { from?: string } }): number | null {
  const year = /^(\d{4})/.exec(violation.date.from ?? '')?.[1];
  return year === undefined ? null : Math.floor(Number(year) / 10) * 10;
}

/** How many violations pass, and at how many facilities (all of them, and those with a point on the map). */
export function evidenceFigures(passes: (violation: (typeof bundledViolations)[number]) => boolean) {
  const passing = bundledViolations.filter(passes);
  const facilityIds = new Set(passing.map((violation) => violation.facilityId));
  const located = bundledFacilities.filter((facility) => facilityIds.has(facility.properties.id) && facility.geometry !== null).length;
  return { violations: passing.length, facilities: facilityIds.size, located };
}

/** The facility with the most violations, and how many. */
export function mostViolations(): { id: string; count: number } {
  const counts = new Map<string, number>();
  for (const violation of bundledViolations) counts.set(violation.facilityId, (counts.get(violation.facilityId) ?? 0) + 1);
  const [id, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return { id, count };
}
