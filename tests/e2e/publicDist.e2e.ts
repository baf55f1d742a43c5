/**
 * What `npm run build` shipped in dist/: the contract files of data/geojson that passed the public gate, byte for
 * byte and nothing else of that folder, and not one marker string of the restricted material the gate's table of
 * cases tries (tests/fixtures/gateCases.ts) — nor, in a data file, anything marked restricted or interview.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateCases } from '../fixtures/gateCases';

const DIST = 'dist';
const DATA = 'data/geojson';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const CONTRACT = ['facilities.geojson', 'sources.json', 'violations.geojson', 'provinces.geojson', ...readdirSync(join(DATA, 'plans')).map((name) => `plans/${name}`)];

describe('the built app (dist/)', () => {
  const built = filesUnder(DIST).map((path) => ({ path, bytes: readFileSync(path) }));

  it("ships each contract file of data/geojson once, byte for byte, and no other file of that folder", () => {
    for (const path of CONTRACT) {
      const source = readFileSync(join(DATA, path));
      expect(built.filter((file) => file.bytes.equals(source)).map((file) => file.path), path).toHaveLength(1);
    }
    const stem = (path: string) => path.split('/').pop()?.replace(/\.(geo)?json$/, '') ?? path;
    const shippedData = built.filter((file) => CONTRACT.some((path) => new RegExp(`/${stem(path)}-[\\w-]{8}\\.(geo)?json$`).test(file.path)));
    expect(shippedData).toHaveLength(CONTRACT.length);
  });

  it('holds no marker of the restricted material the gate refuses, in any file', async () => {
    const markers = (await gateCases()).flatMap((gateCase) => gateCase.markers);
    expect(markers.length).toBeGreaterThan(20);
    for (const { path, bytes } of built) {
      const text = bytes.toString('latin1');
      expect(markers.filter((marker) => text.includes(marker)), path).toEqual([]);
    }
  });

  it('ships data files with nothing marked restricted and no interview source', () => {
    for (const { path, bytes } of built.filter((file) => /\.(geo)?json$/.test(file.path))) {
      const text = bytes.toString('utf8');
      expect(text, path).not.toMatch(/"visibility"\s*:\s*"(?!public")/);
      expect(text, path).not.toMatch(/"restricted"\s*:/);
      expect(text, path).not.toMatch(/"interview-/i);
    }
  });
});
