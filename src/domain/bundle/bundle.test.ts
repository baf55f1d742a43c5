import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { loadDataset } from '../loadDataset';
import type { PlanFeature, Source, SourceRef, Violation } from '../types';
import type { Diagram, FacilityWork } from '../workbench/workTypes';
import { exportBundle } from './exportBundle';
import { mergeWork } from './mergeWork';
import { readBundle } from './readBundle';

const EXPORTED_AT = '2026-11-22T10:00:00.000Z';
const FACILITY_A = 'SYNTHETIC-facility-a';
const FACILITY_B = 'SYNTHETIC-facility-b';
/** The smallest files a PNG and a JPEG reader can walk (signature, IEND; SOI, APP0, EOI): a public export checks them. */
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9]);
const REPORT: SourceRef[] = [{ sourceId: 'SYNTHETIC-report', locator: 'page 3' }];
const TESTIMONY: SourceRef = { sourceId: 'SYNTHETIC-testimony', quote: 'SYNTHETIC restricted words' };

/** [lon, lat] `east` and `north` metres from a point near lon 129.987, lat 42.9596. */
function at(east: number, north: number): [number, number] {
  return [129.987 + east / (111_320 * Math.cos((42.9596 * Math.PI) / 180)), 42.9596 + north / 111_320];
}

function rectangle(west: number, south: number, east: number, north: number) {
  const ring = [at(west, south), at(east, south), at(east, north), at(west, north), at(west, south)];
  return { type: 'Polygon' as const, coordinates: [ring] };
}

function source(id: string, kind: Source['kind'], visibility: Source['visibility']): Source {
  return { id, kind, title: `${id} title${visibility === 'restricted' ? ' SYNTHETIC restricted' : ''}`, visibility };
}

/** A 4 m × 3 m cell from `west` metres east. */
function room(id: string, buildingId: string, west: number, sources: SourceRef[]): PlanFeature {
  return { id, kind: 'room', name: { en: id, ko: '합성 방' }, confidence: 'single_source', sources, geometry: rectangle(west, 0, west + 4, 3), buildingId, level: 0, use: 'cell' };
}

function violation(id: string, facilityId: string, overrides: Partial<Violation> = {}): Violation {
  return { id, facilityId, roomId: 'SYNTHETIC-a-cell-0', category: 'torture', date: { from: '2019' }, summary: { en: `${id} account` }, placement: 'testimony', visibility: 'public', sources: REPORT, location: at(1, 1), ...overrides };
}

function diagram(id: string, sourceId: string, mediaType: Diagram['mediaType'], placement: Diagram['placement']): Diagram {
  return { id, facilityId: FACILITY_A, sourceId, name: `${id} sketch`, imageKey: `local:${id}`, mediaType, width: 400, height: 300, placement, opacity: 0.5 };
}

/** Facility A: a building with two cells (one resting only on testimony), a door, a fixture, two violations and two diagrams. */
function workA(): FacilityWork {
  return {
    facilityId: FACILITY_A,
    features: [
      { id: 'SYNTHETIC-a', kind: 'building', name: { en: 'SYNTHETIC block' }, confidence: 'corroborated', sources: REPORT, geometry: rectangle(0, 0, 8, 3), levels: 1, heightM: 3 },
      room('SYNTHETIC-a-cell-0', 'SYNTHETIC-a', 0, [...REPORT, TESTIMONY]),
      room('SYNTHETIC-a-cell-1', 'SYNTHETIC-a', 4, [TESTIMONY]),
      { id: 'SYNTHETIC-a-door', kind: 'opening', name: { en: 'door' }, confidence: 'illustrative', sources: [], basis: 'SYNTHETIC guess', geometry: { type: 'LineString', coordinates: [at(4, 1), at(4, 2)] }, openingType: 'door', roomId: 'SYNTHETIC-a-cell-0' },
      { id: 'SYNTHETIC-a-toilet', kind: 'fixture', name: { en: 'toilet' }, confidence: 'single_source', sources: REPORT, geometry: { type: 'Point', coordinates: at(0.5, 0.5) }, fixtureType: 'toilet_hole', roomId: 'SYNTHETIC-a-cell-0' },
    ],
    violations: [
      violation('SYNTHETIC-public-violation', FACILITY_A),
      violation('SYNTHETIC-restricted-violation', FACILITY_A, { visibility: 'restricted', summary: { en: 'SYNTHETIC restricted account' }, sources: [TESTIMONY], location: null }),
    ],
    sources: [
      source('SYNTHETIC-report', 'report', 'public'),
      source('SYNTHETIC-testimony', 'testimony', 'restricted'),
      source('SYNTHETIC-sketch-source', 'diagram', 'restricted'),
      source('SYNTHETIC-public-sketch-source', 'diagram', 'public'),
    ],
    diagrams: [
      diagram('SYNTHETIC-restricted-diagram', 'SYNTHETIC-sketch-source', 'image/png', { kind: 'corners', corners: [at(0, 3), at(8, 3), at(8, 0), at(0, 0)] }),
      // One control point is too few for a fit: the image is shown at the corners it sat at when fitting began.
      diagram('SYNTHETIC-public-diagram', 'SYNTHETIC-public-sketch-source', 'image/jpeg', { kind: 'affine', controlPoints: [{ id: 'SYNTHETIC-point', image: [10, 20], map: at(1, 1) }], corners: [at(0, 3), at(8, 3), at(8, 0), at(0, 0)] }),
    ],
    updatedAt: '2026-11-20T09:00:00.000Z',
  };
}

/** Facility B, 200 m east: a building and one cell on the report A cites too. */
function workB(): FacilityWork {
  const building: PlanFeature = { id: 'SYNTHETIC-b', kind: 'building', name: { en: 'SYNTHETIC hut' }, confidence: 'single_source', sources: REPORT, geometry: rectangle(200, 0, 204, 3) };
  return { facilityId: FACILITY_B, features: [building, room('SYNTHETIC-b-cell-0', 'SYNTHETIC-b', 200, REPORT)], violations: [], sources: [source('SYNTHETIC-report', 'report', 'public')], diagrams: [], updatedAt: EXPORTED_AT };
}

const works = () => deepFreeze([workA(), workB()]);
const images = new Map([['local:SYNTHETIC-restricted-diagram', PNG], ['local:SYNTHETIC-public-diagram', JPEG]]);
const exportAll = (overrides: { public?: boolean; images?: Map<string, Uint8Array> } = {}) =>
  exportBundle(works(), { appVersion: '0.1.0-SYNTHETIC', exportedAt: EXPORTED_AT, public: false, images, ...overrides });

/** A non-public bundle's file names say RESTRICTED; a public bundle's are the dataset's own. */
const RESTRICTED_IMAGE = `diagrams/${FACILITY_A}/SYNTHETIC-restricted-diagram.RESTRICTED.png`;
const PUBLIC_IMAGE = `diagrams/${FACILITY_A}/SYNTHETIC-public-diagram.RESTRICTED.jpg`;
const PLAN_A = 'plans/SYNTHETIC-facility-a.RESTRICTED.geojson';
const VIOLATIONS = 'violations.RESTRICTED.geojson';
const DIAGRAMS = 'diagrams.RESTRICTED.json';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The key an imported image gets: its facility and its SHA-256, worked out here independently. */
const keyOf = (facilityId: string, bytes: Uint8Array) => `bundle:${facilityId}:${sha256(bytes)}`;

/** The works as a bundle gives them back: imported images under fresh keys, edited at the export time. */
function asImported(work: FacilityWork): FacilityWork {
  const bytes = (item: Diagram) => (item.mediaType === 'image/png' ? PNG : JPEG);
  return { ...work, diagrams: work.diagrams.map((item) => ({ ...item, imageKey: keyOf(item.facilityId, bytes(item)) })), updatedAt: EXPORTED_AT };
}

/** The exported bundle with its files changed; `rehashed` is entered in the manifest anew, as a forger would. */
async function rezip(change: (files: Record<string, Uint8Array>) => void, rehashed?: string): Promise<Uint8Array> {
  const { zip, manifest } = await exportAll();
  const files = unzipSync(zip);
  change(files);
  const bytes = files[rehashed ?? ''] ?? new Uint8Array();
  const entries = manifest.files.map((entry) => (entry.path === rehashed ? { ...entry, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length } : entry));
  return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, files: entries })) });
}

describe('exportBundle', () => {
  it('writes the contract files, the diagrams and a manifest with an independent SHA-256 of every file', async () => {
    const { zip, manifest, warnings } = await exportAll();
    const files = unzipSync(zip);
    const paths = [PLAN_A, 'plans/SYNTHETIC-facility-b.RESTRICTED.geojson', VIOLATIONS, 'sources.RESTRICTED.json', DIAGRAMS, RESTRICTED_IMAGE, PUBLIC_IMAGE];
    expect(manifest.files.map((entry) => entry.path)).toEqual(paths);
    expect(Object.keys(files).sort()).toEqual([...paths, 'manifest.json'].sort());
    for (const entry of manifest.files) {
      const bytes = files[entry.path] ?? new Uint8Array();
      expect(entry).toEqual({ path: entry.path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
    }
    expect(JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()))).toEqual(manifest);
    expect(manifest).toMatchObject({ format: 'facility-atlas-bundle', formatVersion: 1, appVersion: '0.1.0-SYNTHETIC', exportedAt: EXPORTED_AT, public: false, facilities: [FACILITY_A, FACILITY_B] });
    expect(manifest.restricted).toEqual({ sources: ['SYNTHETIC-testimony', 'SYNTHETIC-sketch-source'], violations: ['SYNTHETIC-restricted-violation'], diagrams: ['SYNTHETIC-restricted-diagram'] });
    expect(manifest).not.toHaveProperty('stripped');
    expect(warnings).toEqual([]);
  });

  it('writes a plan the loader reads as it is, and sources.json holds each source once', async () => {
    const files = unzipSync((await exportAll()).zip);
    const text = (path: string, as: string) => ({ path: as, text: strFromU8(files[path] ?? new Uint8Array()) });
    const { dataset, problems } = loadDataset([text(PLAN_A, 'plans/SYNTHETIC-facility-a.geojson'), text('sources.RESTRICTED.json', 'sources.json')]);
    expect(problems).toEqual([]);
    expect(dataset.plans[0]?.features).toEqual(workA().features);
    expect(dataset.sources.map((item) => item.id)).toEqual(workA().sources.map((item) => item.id));
  });

  it('marks every JSON file of a non-public bundle restricted in its content, and none of a public one', async () => {
    const restricted = unzipSync((await exportAll()).zip);
    const json = Object.entries(restricted).filter(([path]) => path.endsWith('json') && path !== 'manifest.json');
    expect(json).toHaveLength(5);
    for (const [, bytes] of json) expect(Object.entries(JSON.parse(strFromU8(bytes)) as object)[0]).toEqual(['restricted', true]);
    const published = unzipSync((await exportAll({ public: true })).zip);
    expect(Object.keys(published).sort()).toEqual(['diagrams.json', 'manifest.json', `plans/${FACILITY_A}.geojson`, `plans/${FACILITY_B}.geojson`, 'sources.json', 'violations.geojson', `diagrams/${FACILITY_A}/SYNTHETIC-public-diagram.jpg`].sort());
    for (const path of ['sources.json', 'violations.geojson', 'diagrams.json']) expect(JSON.parse(strFromU8(published[path] ?? new Uint8Array()))).not.toHaveProperty('restricted');
  });

  it('leaves out, with a warning, a diagram whose image is not stored', async () => {
    const { manifest, warnings } = await exportAll({ images: new Map([['local:SYNTHETIC-public-diagram', JPEG]]) });
    expect(warnings).toEqual(['Diagram "SYNTHETIC-restricted-diagram" was left out: its image is not stored on this device.']);
    expect(manifest.restricted.diagrams).toEqual([]);
    expect(manifest.files.map((entry) => entry.path)).not.toContain(RESTRICTED_IMAGE);
  });

  it('strips restricted sources, violations, diagrams and references from a public export, and says so', async () => {
    const { zip, manifest, warnings } = await exportAll({ public: true });
    expect(manifest).toMatchObject({ public: true, restricted: { sources: [], violations: [], diagrams: [] }, stripped: { sources: 2, violations: 1, diagrams: 1, sourceRefs: 2, withheldRecords: 2 } });
    expect(warnings).toEqual(['2 record(s) cite restricted sources; the public export cites "withheld-sources" in their place ("Sources withheld to protect witnesses (held by the investigating team)").']);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toContain(`diagrams/${FACILITY_A}/SYNTHETIC-public-diagram.jpg`);
    const text = Object.values(files).map((bytes) => strFromU8(bytes, true)).join('\n');
    for (const secret of ['SYNTHETIC-testimony', 'SYNTHETIC-sketch-source', 'SYNTHETIC-restricted-violation', 'SYNTHETIC-restricted-diagram', 'SYNTHETIC restricted']) {
      expect(text).not.toContain(secret);
    }
    const { manifest: read } = await readBundle(zip, 'SYNTHETIC-public.zip');
    expect(read).toEqual(manifest);
  });
});

describe('readBundle', () => {
  it('gives back the exported works and images losslessly, without a problem', async () => {
    const read = await readBundle((await exportAll()).zip, 'SYNTHETIC.zip');
    expect(read.problems).toEqual([]);
    expect(read.works).toEqual(works().map(asImported));
    expect([...read.images]).toEqual([
      [keyOf(FACILITY_A, PNG), { bytes: PNG, mediaType: 'image/png' }],
      [keyOf(FACILITY_A, JPEG), { bytes: JPEG, mediaType: 'image/jpeg' }],
    ]);
  });

  it('reads a bundle written before diagram images were filed by facility (diagrams/<id>.<ext>)', async () => {
    const { zip, manifest } = await exportAll();
    // Written before non-public bundles marked their files' names, too.
    const older = (path: string) => path.replace(`diagrams/${FACILITY_A}/`, 'diagrams/').replace('.RESTRICTED', '');
    const files = Object.entries(unzipSync(zip)).filter(([path]) => path !== 'manifest.json');
    const moved = Object.fromEntries(
      files.map(([path, bytes]) => [older(path), path === DIAGRAMS ? strToU8(strFromU8(bytes).replaceAll(`diagrams/${FACILITY_A}/`, 'diagrams/').replaceAll('.RESTRICTED', '')) : bytes]),
    );
    expect(Object.keys(moved)).toContain('diagrams/SYNTHETIC-public-diagram.jpg');
    const entries = Object.entries(moved).map(([path, bytes]) => ({ path, sha256: sha256(bytes), bytes: bytes.length }));
    const read = await readBundle(zipSync({ ...moved, 'manifest.json': strToU8(JSON.stringify({ ...manifest, files: entries })) }), 'SYNTHETIC-older.zip');
    expect(read.problems).toEqual([]);
    expect(read.works).toEqual(works().map(asImported));
  });

  it('keeps unfinished records the loader rejects (work in progress survives an import), listing their problems', async () => {
    const unfinished: PlanFeature = { ...room('room-9', 'SYNTHETIC-a', 0, []), name: { en: '' }, confidence: 'illustrative', basis: '' };
    const work = { ...workA(), features: [...workA().features, unfinished] };
    const read = await readBundle((await exportBundle([work], { appVersion: '0.1.0-SYNTHETIC', exportedAt: EXPORTED_AT, public: false, images })).zip, 'SYNTHETIC.zip');
    expect(read.works[0]?.features.find((feature) => feature.id === 'room-9')).toEqual(unfinished);
    expect(read.problems.some((problem) => problem.featureId === 'room-9' && problem.level === 'error')).toBe(true);
  });

  it('merges back into the works it came from without a change or a conflict', async () => {
    const read = await readBundle((await exportAll()).zip, 'SYNTHETIC.zip');
    for (const [index, work] of works().entries()) {
      expect(mergeWork(work, read.works[index] as FacilityWork)).toMatchObject({ change: null, added: [], conflicts: [] });
    }
  });

  it('reports a plan changed after export, leaves its records out and loads the other files', async () => {
    const plan = PLAN_A;
    const zip = await rezip((files) => {
      const bytes = new Uint8Array(files[plan] ?? []);
      bytes[40] = (bytes[40] ?? 0) ^ 1;
      files[plan] = bytes;
    });
    const read = await readBundle(zip, 'SYNTHETIC.zip');
    expect(read.problems).toEqual([
      { level: 'error', code: 'bundle.file.tampered', file: plan, featureId: '-', message: "This file's SHA-256 does not match the manifest: it was changed after export.", hint: expect.any(String) },
    ]);
    const [a, b] = read.works;
    expect(a?.features).toEqual([]);
    expect(a?.violations).toEqual(workA().violations);
    expect(b).toEqual(asImported(workB()));
  });

  it('reports a missing file and an unlisted one, and loads neither', async () => {
    const zip = await rezip((files) => {
      delete files[VIOLATIONS];
      files['plans/SYNTHETIC-facility-c.geojson'] = files['plans/SYNTHETIC-facility-b.RESTRICTED.geojson'] ?? new Uint8Array();
    });
    const read = await readBundle(zip, 'SYNTHETIC.zip');
    expect(read.problems.map(({ level, code, file }) => ({ level, code, file }))).toEqual([
      { level: 'error', code: 'bundle.file.missing', file: VIOLATIONS },
      { level: 'warning', code: 'bundle.file.unlisted', file: 'plans/SYNTHETIC-facility-c.geojson' },
    ]);
    expect(read.works.map((work) => work.facilityId)).toEqual([FACILITY_A, FACILITY_B]);
    expect(read.works[0]?.violations).toEqual([]);
    expect(read.works[0]?.features).toEqual(workA().features);
  });

  it('leaves out a diagram whose image was changed, naming the diagram', async () => {
    const zip = await rezip((files) => void (files[PUBLIC_IMAGE] = new Uint8Array([...JPEG, 0])));
    const read = await readBundle(zip, 'SYNTHETIC.zip');
    expect(read.problems.map(({ code, file, featureId }) => ({ code, file, featureId }))).toEqual([
      { code: 'bundle.file.tampered', file: PUBLIC_IMAGE, featureId: '-' },
      { code: 'bundle.diagram.image', file: DIAGRAMS, featureId: 'SYNTHETIC-public-diagram' },
    ]);
    expect(read.works[0]?.diagrams.map((item) => item.id)).toEqual(['SYNTHETIC-restricted-diagram']);
    expect([...read.images.keys()]).toEqual([keyOf(FACILITY_A, PNG)]);
  });

  it('validates diagrams.json and leaves out a diagram that does not hold up', async () => {
    const zip = await rezip((files) => {
      const text = strFromU8(files[DIAGRAMS] ?? new Uint8Array());
      files[DIAGRAMS] = strToU8(text.replace('"opacity": 0.5', '"opacity": 5'));
    }, DIAGRAMS);
    const read = await readBundle(zip, 'SYNTHETIC.zip');
    expect(read.problems).toEqual([
      { level: 'error', code: 'field.range', file: DIAGRAMS, featureId: 'SYNTHETIC-restricted-diagram', message: 'Field "opacity" must lie between 0 and 1, not 5.' },
    ]);
    expect(read.works[0]?.diagrams.map((item) => item.id)).toEqual(['SYNTHETIC-public-diagram']);
  });
});
