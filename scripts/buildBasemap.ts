/**
 * Writes the offline basemap (data/basemap/korea-region.geojson) from Natural Earth's 1:10m countries as packaged
 * by world-atlas: country polygons, land borders and coastlines clipped to the Korean peninsula's region, rounded
 * to 4 decimals (~10 m). Re-running it gives the same file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { area, bbox, bboxClip, length } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Polygon, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const OUTPUT = 'data/basemap/korea-region.geojson';
const REGION: [number, number, number, number] = [118, 32, 136, 47];

const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-10m.json');
const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
const topology = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countriesObject = topology.objects.countries;

function round(geometry: Geometry): Geometry {
  const roundPosition = (position: number[]) => position.map((value) => Math.round(value * 1e4) / 1e4);
  const walk = (coordinates: unknown): unknown =>
    typeof (coordinates as number[])[0] === 'number' ? roundPosition(coordinates as number[]) : (coordinates as unknown[]).map(walk);
  return { ...geometry, coordinates: walk((geometry as Polygon).coordinates) } as Geometry;
}

function clipped<G extends Polygon | MultiPolygon | LineString | MultiLineString>(
  item: Feature<G>,
  properties: Record<string, string>,
): Feature | null {
  const [west, south, east, north] = bbox(item);
  if (west > REGION[2] || east < REGION[0] || south > REGION[3] || north < REGION[1]) return null;
  const result = bboxClip(item, REGION);
  // Clipping leaves degenerate rings on the region's edge for shapes that only graze it; those are not drawn.
  const size = result.geometry.type.endsWith('Polygon') ? area(result) : length(result);
  if (!(size > 0)) return null;
  return { type: 'Feature', properties, geometry: round(result.geometry) };
}

const countries = (feature(topology, countriesObject) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features
  .map((country) => clipped(country, { layer: 'country', name: country.properties.name, iso: String(country.id ?? '') }))
  .filter((item): item is Feature => item !== null);

const borders = clipped({ type: 'Feature', properties: {}, geometry: mesh(topology, countriesObject, (a, b) => a !== b) }, { layer: 'border' });
const coast = clipped({ type: 'Feature', properties: {}, geometry: mesh(topology, countriesObject, (a, b) => a === b) }, { layer: 'coast' });

const collection = {
  type: 'FeatureCollection',
  name: 'Offline basemap: countries, land borders and coastlines around the Korean peninsula',
  attribution: 'Made with Natural Earth (public domain)',
  license: 'Public domain (Natural Earth); packaged by world-atlas (ISC)',
  sources: [
    {
      title: `Natural Earth 1:10m Admin 0 countries, via the npm package world-atlas ${atlasVersion} (countries-10m.json)`,
      url: 'https://www.naturalearthdata.com/',
    },
  ],
  bbox: REGION,
  features: [...countries, borders, coast].filter((item): item is Feature => item !== null),
};

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, `${JSON.stringify(collection)}\n`);
console.log(`${OUTPUT}: ${countries.length} countries, borders and coast, ${(JSON.stringify(collection).length / 1024).toFixed(0)} KiB`);
