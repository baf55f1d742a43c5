import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { appStyleImage, appStyleWork, APP_FACILITY_A, APP_FACILITY_B, SHARED_SOURCE } from '../../../tests/fixtures/appStyleWorks';
import type { SourceRef } from '../types';
import { applyChange, emptyWork } from '../workbench/changes';
import type { FacilityWork } from '../workbench/workTypes';
import { exportBundle } from './exportBundle';
import { mergeWork } from './mergeWork';
import { readBundle } from './readBundle';

const EXPORTED_AT = '2026-11-22T10:00:00.000Z';
const works = () => [appStyleWork(APP_FACILITY_A, 0, 'A'), appStyleWork(APP_FACILITY_B, 200, 'B')];
const imageOf = new Map([[APP_FACILITY_A, appStyleImage('A')], [APP_FACILITY_B, appStyleImage('B')]]);
const images = new Map(works().flatMap((work) => work.diagrams.map((diagram) => [diagram.imageKey, imageOf.get(work.facilityId) ?? new Uint8Array()] as const)));
const exportBoth = () => exportBundle(works(), { appVersion: '0.1.0-SYNTHETIC', exportedAt: EXPORTED_AT, public: false, images });

/**
 * What a work holds, with ids that only link records replaced by what they link to (a source by its title, a
 * diagram's image by its bytes), so a work can be compared with its import whatever ids the bundle gave.
 */
function content(work: FacilityWork, image: (key: string) => Uint8Array | undefined) {
  const titleOf = (id: string) => work.sources.find((source) => source.id === id)?.title ?? `no source "${id}"`;
  const refs = (sources: SourceRef[]) => sources.map((ref) => ({ ...ref, sourceId: titleOf(ref.sourceId) }));
  return {
    features: work.features.map((feature) => ({ ...feature, sources: refs(feature.sources) })),
    violations: work.violations.map(({ id: _id, ...violation }) => ({ ...violation, sources: refs(violation.sources) })),
    sources: work.sources.map(({ id: _id, ...source }) => source).sort((a, b) => a.title.localeCompare(b.title)),
    diagrams: work.diagrams.map(({ imageKey, ...diagram }) => ({ ...diagram, sourceId: titleOf(diagram.sourceId), image: image(imageKey) })),
  };
}

/** The work a fresh device holds after merging the bundle's work for a facility. */
function mergedIntoNothing(incoming: FacilityWork): FacilityWork {
  const { change, conflicts } = mergeWork(null, incoming);
  expect(conflicts).toEqual([]);
  if (!change) throw new Error(`nothing to merge for ${incoming.facilityId}`);
  return applyChange(emptyWork(incoming.facilityId, EXPORTED_AT), change, EXPORTED_AT).work;
}

describe('two facilities whose works numbered source-1, violation-1 and diagram-1 alike', () => {
  it('export to one bundle, each file once, that reads without a problem', async () => {
    const { zip, manifest } = await exportBoth();
    const paths = manifest.files.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining([`diagrams/${APP_FACILITY_A}/diagram-1.RESTRICTED.png`, `diagrams/${APP_FACILITY_B}/diagram-1.RESTRICTED.png`]));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([...paths, 'manifest.json'].sort());
    expect((await readBundle(zip, 'SYNTHETIC.zip')).problems).toEqual([]);
  });

  it('round-trip export → read → merge into a fresh device with nothing of either facility lost', async () => {
    const read = await readBundle((await exportBoth()).zip, 'SYNTHETIC.zip');
    expect(read.works.map((work) => work.facilityId)).toEqual([APP_FACILITY_A, APP_FACILITY_B]);
    for (const [index, original] of works().entries()) {
      const merged = mergedIntoNothing(read.works[index] as FacilityWork);
      expect(content(merged, (key) => read.images.get(key)?.bytes)).toEqual(content(original, (key) => images.get(key)));
    }
  });

  it("give the later facility's differing records new ids, say so, and keep a source both cite as one", async () => {
    const { zip, warnings } = await exportBoth();
    expect(warnings).toEqual([
      `Source "source-1" of facility "${APP_FACILITY_B}" is a different record from "source-1" of facility "${APP_FACILITY_A}"; the bundle holds it as "source-1-${APP_FACILITY_B}".`,
      `Source "source-2" of facility "${APP_FACILITY_B}" is a different record from "source-2" of facility "${APP_FACILITY_A}"; the bundle holds it as "source-2-${APP_FACILITY_B}".`,
      `Violation "violation-1" of facility "${APP_FACILITY_B}" is a different record from "violation-1" of facility "${APP_FACILITY_A}"; the bundle holds it as "violation-1-${APP_FACILITY_B}".`,
    ]);
    const sources = (JSON.parse(strFromU8(unzipSync(zip)['sources.RESTRICTED.json'] ?? new Uint8Array())) as { sources: { id: string }[] }).sources;
    expect(sources.map((source) => source.id)).toEqual(['source-1', 'source-2', SHARED_SOURCE.id, `source-1-${APP_FACILITY_B}`, `source-2-${APP_FACILITY_B}`]);
  });

  it("give each facility's diagram-1 its own image key, by facility and the image's SHA-256", async () => {
    const read = await readBundle((await exportBoth()).zip, 'SYNTHETIC.zip');
    for (const [facilityId, bytes] of imageOf) {
      const key = `bundle:${facilityId}:${createHash('sha256').update(bytes).digest('hex')}`;
      expect(read.works.find((work) => work.facilityId === facilityId)?.diagrams.map((diagram) => diagram.imageKey)).toEqual([key]);
      expect(read.images.get(key)).toEqual({ bytes, mediaType: 'image/png' });
    }
  });

  it('merge back into the device they came from: the first unchanged, the renamed records of the second added beside the local ones', async () => {
    const read = await readBundle((await exportBoth()).zip, 'SYNTHETIC.zip');
    const [a, b] = works();
    expect(mergeWork(a ?? null, read.works[0] as FacilityWork)).toMatchObject({ change: null, conflicts: [] });
    const plan = mergeWork(b ?? null, read.works[1] as FacilityWork);
    expect(plan.added).toEqual(expect.arrayContaining([{ collection: 'sources', id: `source-1-${APP_FACILITY_B}` }, { collection: 'violations', id: `violation-1-${APP_FACILITY_B}` }]));
    expect(plan.conflicts.map((conflict) => conflict.id)).toEqual(['room-1', 'diagram-1']);
  });
});
