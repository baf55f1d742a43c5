/**
 * Bundles made to hurt (issue #18, items 4 and 10): zip bombs, entries the manifest does not list, duplicated and
 * special names, manifest paths that are Object.prototype's members, and a room holding Infinity. Each is refused
 * with a reason, fast and without inflating what need not be, or read without letting the bad record in.
 */
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appStyleImage, appStyleWork, APP_FACILITY_A } from '../../../tests/fixtures/appStyleWorks';
import { deflatedEntry, zeroBomb, zipOf, type RawZipEntry } from '../../../tests/fixtures/zipBytes';
import { exportBundle } from './exportBundle';
import { mergeWork } from './mergeWork';
import { readBundle } from './readBundle';
import { sha256Hex } from './sha256';
import { BUNDLE_LIMITS } from './unzipBundle';

/** The most a plain zip can declare (0xFFFFFFFF itself means ZIP64). */
const DECLARED_4_GIB = 0xfffffffe;
const work = appStyleWork(APP_FACILITY_A, 0, 'A');

/** A bundle as the app exports it, its entries listed in order. */
async function exportedEntries(facilityId = APP_FACILITY_A): Promise<[string, Uint8Array][]> {
  const own = {
    ...work,
    facilityId,
    violations: work.violations.map((violation) => ({ ...violation, facilityId })),
    diagrams: work.diagrams.map((diagram) => ({ ...diagram, facilityId })),
  };
  const images = new Map(own.diagrams.map((diagram) => [diagram.imageKey, appStyleImage('A')]));
  const { zip } = await exportBundle([own], { appVersion: '0.1.0-SYNTHETIC', exportedAt: '2026-11-22T10:00:00.000Z', public: false, images });
  return Object.entries(unzipSync(zip));
}

/** The exported bundle with `extra` entries after its own. */
async function bundleWith(extra: RawZipEntry[]): Promise<Uint8Array> {
  return zipOf([...(await exportedEntries()).map(([name, bytes]) => deflatedEntry(name, bytes)), ...extra]);
}

/** Reads `bytes`, timing it. */
async function timedRead(bytes: Uint8Array, limits = BUNDLE_LIMITS) {
  const started = performance.now();
  const read = await readBundle(bytes, 'SYNTHETIC-hostile.zip', limits);
  return { read, milliseconds: performance.now() - started };
}

const codes = (read: Awaited<ReturnType<typeof readBundle>>) => read.problems.map((problem) => `${problem.level} ${problem.code} ${problem.featureId}`);

describe('a zip bomb: 4 MB of deflate data that expands about 650 MB', () => {
  const bomb = zeroBomb(4 * 1024 * 1024);

  it('is refused from the directory, without inflating, when it declares 4 GiB', async () => {
    const { read, milliseconds } = await timedRead(zipOf([{ name: 'manifest.json', data: bomb, method: 8, declaredSize: DECLARED_4_GIB }]));
    expect(codes(read)).toEqual(['error bundle.entry.size -']);
    expect(read.problems[0]?.message).toContain('4,294,967,294 bytes, more than the 67,108,864 allowed');
    expect(milliseconds).toBeLessThan(1000);
  });

  it('is stopped as soon as it yields more than it declares (1 KiB), never inflated further', async () => {
    const { read, milliseconds } = await timedRead(zipOf([{ name: 'manifest.json', data: bomb, method: 8, declaredSize: 1024 }]));
    expect(codes(read)).toEqual(['error bundle.entry.size -']);
    expect(read.problems[0]?.message).toContain('expands to more than it declares');
    expect(milliseconds).toBeLessThan(1000);
  });

  it('is never inflated when the manifest does not list it, and the bundle around it still reads', async () => {
    const { read, milliseconds } = await timedRead(await bundleWith([{ name: 'plans/SYNTHETIC-bomb.geojson', data: bomb, method: 8, declaredSize: DECLARED_4_GIB }]));
    expect(codes(read)).toEqual(['warning bundle.file.unlisted -']);
    expect(read.works.map((item) => item.facilityId)).toEqual([APP_FACILITY_A]);
    expect(milliseconds).toBeLessThan(2000);
  });

  it('is refused when the listed files together declare more than a bundle may hold', async () => {
    const { read } = await timedRead(await bundleWith([]), { ...BUNDLE_LIMITS, maxTotalBytes: 100 });
    expect(codes(read)).toEqual(['error bundle.tooLarge -']);
  });
});

describe('entry names', () => {
  it('refuses, with the reason, an entry named __proto__ that the manifest does not list (it was dropped silently)', async () => {
    const { read } = await timedRead(await bundleWith([deflatedEntry('__proto__', strToU8('{"polluted": true}'))]));
    expect(codes(read)).toEqual(['error bundle.entry.name __proto__']);
    expect(read.problems[0]?.message).toContain('member every JavaScript object has');
    expect(read.works).toEqual([]);
  });

  it.each(['constructor', 'toString', '../outside.json', '/etc/passwd', 'plans/../../x.geojson', 'diagrams\\x.png'])('refuses an entry named %j', async (name) => {
    const { read } = await timedRead(await bundleWith([deflatedEntry(name, strToU8('{}'))]));
    expect(codes(read)).toEqual([`error bundle.entry.name ${name}`]);
  });

  it('refuses two entries of one name (the last one used to win, unseen)', async () => {
    const entries = await exportedEntries();
    const [path, bytes] = entries.find(([name]) => name.startsWith('plans/')) ?? ['', new Uint8Array()];
    const { read } = await timedRead(zipOf([...entries.map(([name, content]) => deflatedEntry(name, content)), deflatedEntry(path, strToU8(new TextDecoder().decode(bytes).replace('SYNTHETIC cell A', 'SYNTHETIC forged cell')))]));
    expect(codes(read)).toEqual([`error bundle.entry.duplicate ${path}`]);
    expect(read.works).toEqual([]);
  });

  it.each(['toString', 'constructor'])('refuses a manifest listing a file named %j', async (name) => {
    const entries = await exportedEntries();
    const manifest = JSON.parse(new TextDecoder().decode(entries.find(([path]) => path === 'manifest.json')?.[1])) as { files: { path: string }[] };
    manifest.files.push({ ...manifest.files[0], path: name } as { path: string });
    const rewritten = entries.map(([path, bytes]) => deflatedEntry(path, path === 'manifest.json' ? strToU8(JSON.stringify(manifest)) : bytes));
    const { read } = await timedRead(zipOf(rewritten));
    expect(codes(read)).toEqual(['error bundle.manifest.invalid -']);
    expect(read.problems[0]?.message).toContain('"files"');
  });
});

describe('records', () => {
  it('reads and merges a facility whose id is "constructor"', async () => {
    const { read } = await timedRead(zipOf((await exportedEntries('constructor')).map(([name, bytes]) => deflatedEntry(name, bytes))));
    expect(read.problems).toEqual([]);
    expect(read.works.map((item) => item.facilityId)).toEqual(['constructor']);
    const merge = mergeWork(null, read.works[0] as (typeof read.works)[number]);
    expect(merge.added.length).toBe(work.features.length + work.violations.length + work.sources.length + work.diagrams.length);
  });

  it('leaves out a room holding Infinity, which the loader reports as not loaded (it used to be merged all the same)', async () => {
    const entries = await exportedEntries();
    const plan = entries.find(([path]) => path.startsWith('plans/'));
    if (!plan) throw new Error('no plan in the bundle');
    const room = work.features.find((feature) => feature.kind === 'room');
    const collection = JSON.parse(new TextDecoder().decode(plan[1])) as { features: { properties: { id: string }; geometry: { coordinates: number[][][] } }[] };
    const ring = collection.features.find((feature) => feature.properties.id === room?.id)?.geometry.coordinates[0];
    if (!ring?.[0]) throw new Error('no room ring');
    ring[0][0] = 123456.789;
    const infinite = strToU8(JSON.stringify(collection).replace('123456.789', '1e999'));
    const manifest = JSON.parse(new TextDecoder().decode(entries.find(([path]) => path === 'manifest.json')?.[1])) as { files: { path: string; sha256: string; bytes: number }[] };
    const file = manifest.files.find((entry) => entry.path === plan[0]);
    if (!file) throw new Error('the plan is not in the manifest');
    Object.assign(file, { sha256: await sha256Hex(infinite), bytes: infinite.length });
    const rewritten = entries.map(([path, bytes]) => deflatedEntry(path, path === plan[0] ? infinite : path === 'manifest.json' ? strToU8(JSON.stringify(manifest)) : bytes));
    const { read } = await timedRead(zipOf(rewritten));
    expect(read.problems.filter((problem) => problem.code === 'number.nonFinite').map((problem) => problem.featureId)).toEqual([room?.id]);
    expect(read.works[0]?.features.map((feature) => feature.id)).toEqual(work.features.filter((feature) => feature.id !== room?.id).map((feature) => feature.id));
  });
});
