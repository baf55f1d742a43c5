import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { lonLatAt, planViolation, PLAN_FACILITY_ID, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { loadDataset } from '../loadDataset';
import { applyChange, emptyWork } from '../workbench/changes';
import type { FacilityWork } from '../workbench/workTypes';
import { exportBundle } from './exportBundle';
import { mergeWork, resolveConflict } from './mergeWork';
import { readBundle } from './readBundle';

const AT = '2026-11-22T10:00:00.000Z';
const IMAGE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
const plan = rowPlan();

function work(): FacilityWork {
  return deepFreeze({
    ...emptyWork(PLAN_FACILITY_ID, AT),
    features: plan.features.map((feature) => (feature.id === 'SYNTHETIC-cell-1' ? { ...feature, sources: [...feature.sources, { sourceId: 'SYNTHETIC-testimony', quote: 'SYNTHETIC restricted words' }] } : feature)),
    violations: [
      planViolation({ id: 'SYNTHETIC-public-violation', location: lonLatAt(1, 1) }),
      planViolation({ id: 'SYNTHETIC-restricted-violation', visibility: 'restricted', summary: { en: 'SYNTHETIC restricted account' }, sources: [{ sourceId: 'SYNTHETIC-testimony' }] }),
    ],
    sources: [
      { id: 'SYNTHETIC-source', kind: 'report', title: 'SYNTHETIC public report', visibility: 'public' },
      { id: 'SYNTHETIC-testimony', kind: 'testimony', title: 'SYNTHETIC interview 7', visibility: 'restricted' },
    ],
    diagrams: [
      {
        id: 'SYNTHETIC-diagram',
        facilityId: PLAN_FACILITY_ID,
        sourceId: 'SYNTHETIC-testimony',
        name: 'SYNTHETIC sketch',
        imageKey: 'local:SYNTHETIC',
        mediaType: 'image/png',
        width: 400,
        height: 300,
        placement: { kind: 'similarity', controlPoints: [{ id: 'point-1', image: [1, 2], map: [129.99, 42.96] }] },
        opacity: 0.5,
      },
    ],
  });
}

const options = (overrides = {}) => ({ appVersion: '0.1.0', exportedAt: AT, public: false, images: new Map([['local:SYNTHETIC', IMAGE]]), ...overrides });

describe('bundles: export and read back', () => {
  it('round-trips a work losslessly, images included, with a SHA-256 of every file in the manifest', async () => {
    const { zip, manifest } = await exportBundle([work()], options());
    const files = unzipSync(zip);
    for (const entry of manifest.files) expect(createHash('sha256').update(files[entry.path] ?? new Uint8Array()).digest('hex')).toBe(entry.sha256);
    expect(Object.keys(files).sort()).toEqual([...manifest.files.map((entry) => entry.path), 'manifest.json'].sort());
    expect(manifest).toMatchObject({ appVersion: '0.1.0', exportedAt: AT, public: false, restricted: { sources: ['SYNTHETIC-testimony'], violations: ['SYNTHETIC-restricted-violation'], diagrams: ['SYNTHETIC-diagram'] } });
    const read = await readBundle(zip, 'SYNTHETIC.zip');
    expect(read.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    const [back] = read.works;
    expect({ ...back, diagrams: back?.diagrams.map(({ imageKey: _key, ...diagram }) => diagram) }).toEqual({ ...work(), diagrams: work().diagrams.map(({ imageKey: _key, ...diagram }) => diagram) });
    expect(read.images.get(back?.diagrams[0]?.imageKey ?? '')).toEqual({ bytes: IMAGE, mediaType: 'image/png' });
  });

  it('writes a plan file the public app loads as it is', async () => {
    const files = unzipSync((await exportBundle([work()], options())).zip);
    const { dataset } = loadDataset([{ path: `plans/${PLAN_FACILITY_ID}.geojson`, text: strFromU8(files[`plans/${PLAN_FACILITY_ID}.geojson`] ?? new Uint8Array()) }]);
    expect(dataset.plans[0]?.features).toEqual(work().features);
  });

  it('reports a file changed after export, and still loads the others', async () => {
    const files = unzipSync((await exportBundle([work()], options())).zip);
    const violations = files['violations.geojson'] ?? new Uint8Array();
    files['violations.geojson'] = strToU8(strFromU8(violations).replace('SYNTHETIC account', 'SYNTHETIC forged'));
    const read = await readBundle(zipSync(files), 'SYNTHETIC.zip');
    expect(read.problems).toContainEqual(expect.objectContaining({ level: 'error', code: 'bundle.file.tampered', file: 'violations.geojson' }));
    expect(read.works[0]?.violations).toEqual([]);
    expect(read.works[0]?.features).toEqual(work().features);
  });

  it('reports a missing file and an unlisted one', async () => {
    const files = unzipSync((await exportBundle([work()], options())).zip);
    delete files['sources.json'];
    files['extra.txt'] = strToU8('SYNTHETIC');
    const { problems } = await readBundle(zipSync(files), 'SYNTHETIC.zip');
    expect(problems).toContainEqual(expect.objectContaining({ code: 'bundle.file.missing', file: 'sources.json' }));
    expect(problems).toContainEqual(expect.objectContaining({ level: 'warning', code: 'bundle.file.unlisted', file: 'extra.txt' }));
  });

  it('says so, without throwing, for a file that is not a zip or has no manifest', async () => {
    expect((await readBundle(strToU8('SYNTHETIC not a zip'), 'notes.txt')).problems).toEqual([expect.objectContaining({ code: 'bundle.not_zip', file: 'notes.txt' })]);
    expect((await readBundle(zipSync({ 'a.txt': strToU8('x') }), 'SYNTHETIC.zip')).problems[0]).toMatchObject({ code: 'bundle.manifest' });
  });

  it('strips every restricted record and reference from a public export, and says so in the manifest', async () => {
    const { zip, manifest, warnings } = await exportBundle([work()], options({ public: true }));
    expect(manifest.public).toBe(true);
    expect(manifest.stripped).toEqual({ sources: 1, violations: 1, diagrams: 1, sourceRefs: 1 });
    expect(manifest.restricted).toEqual({ sources: [], violations: [], diagrams: [] });
    const text = Object.values(unzipSync(zip)).map((bytes) => strFromU8(bytes, true)).join('\n');
    for (const secret of ['SYNTHETIC-testimony', 'SYNTHETIC interview 7', 'SYNTHETIC restricted', 'SYNTHETIC-diagram']) expect(text).not.toContain(secret);
    expect(warnings).toEqual([]);
  });

  it('warns when a public export leaves a record without any source', async () => {
    const onlyRestricted = { ...work(), violations: [], features: work().features.map((feature) => ({ ...feature, sources: [{ sourceId: 'SYNTHETIC-testimony' }] })) };
    const { warnings } = await exportBundle([onlyRestricted], options({ public: true }));
    expect(warnings).toContain('Room "SYNTHETIC-cell-0" rests only on restricted sources; the public export leaves it without sources.');
  });
});

describe('merging an imported work', () => {
  const local = work();

  it('adds what is new, leaves what is equal, and keeps local records in conflict', () => {
    const renamed = { ...plan.features[2]!, name: { en: 'SYNTHETIC renamed elsewhere' } };
    const added = { ...plan.features[3]!, id: 'SYNTHETIC-new-room' };
    const incoming: FacilityWork = { ...local, features: [...local.features.map((feature) => (feature.id === renamed.id ? renamed : feature)), added] };
    const merge = mergeWork(local, incoming);
    expect(merge.added).toEqual([{ collection: 'features', id: 'SYNTHETIC-new-room' }]);
    expect(merge.conflicts).toEqual([{ collection: 'features', id: renamed.id, local: plan.features[2], incoming: renamed }]);
    const merged = applyChange(local, merge.change!, AT);
    expect(merged.work.features.find((feature) => feature.id === renamed.id)).toEqual(plan.features[2]);
    expect(applyChange(merged.work, merged.inverse, AT).work).toEqual({ ...local, updatedAt: AT });
    const taken = applyChange(merged.work, resolveConflict(merge.conflicts[0]!, 'take_incoming')!, AT).work;
    expect(taken.features.find((feature) => feature.id === renamed.id)).toEqual(renamed);
    expect(resolveConflict(merge.conflicts[0]!, 'keep_local')).toBeNull();
  });

  it('treats records equal whatever their key order, and adds everything to an empty work', () => {
    const reordered = { ...local, sources: local.sources.map((source) => Object.fromEntries(Object.entries(source).reverse()) as typeof source) };
    expect(mergeWork(local, reordered)).toMatchObject({ change: null, conflicts: [], added: [] });
    expect(mergeWork(null, local).added).toHaveLength(local.features.length + local.violations.length + local.sources.length + local.diagrams.length);
  });
});
