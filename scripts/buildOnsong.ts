/**
 * npm run build:onsong — writes the illustrative Onsong reconstruction from scripts/data/onsong/:
 * data/geojson/plans/nkpd-pe7q4z9cv8.geojson, its violations in data/geojson/violations.geojson (other facilities'
 * violations kept) and its sources in data/geojson/sources.json (other sources kept). Running it twice changes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onsongPlan } from './data/onsong/onsongLayout';
import { ONSONG_FACILITY_ID, ONSONG_SOURCES } from './data/onsong/onsongSources';
import { onsongViolationFeatures } from './data/onsong/onsongViolations';
import { mergeOnsong } from './data/onsong/mergeOnsong';

const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../data/geojson');

const readJson = (path: string): unknown => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
const writeJson = (path: string, value: unknown) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
};

const merged = mergeOnsong(
  { sources: readJson(resolve(DATA, 'sources.json')), violations: readJson(resolve(DATA, 'violations.geojson')) },
  { sources: ONSONG_SOURCES, violations: onsongViolationFeatures() },
);
writeJson(resolve(DATA, `plans/${ONSONG_FACILITY_ID}.geojson`), onsongPlan());
writeJson(resolve(DATA, 'violations.geojson'), merged.violations);
writeJson(resolve(DATA, 'sources.json'), merged.sources);
