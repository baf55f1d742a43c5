/**
 * The ways a public export leaked (issue #18, item 2), each a case: sources imported with a visibility other than
 * exactly "public" or none, an interview source marked public, a source the works do not hold, and a diagram with
 * its EXIF and its original file name. None of their words, ids or metadata may be in the export's bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { SYNTHETIC_EXIF, withExif } from '../../../tests/fixtures/exifJpeg';
import { PLAN_FACILITY_ID, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import type { PlanFeature, Source } from '../types';
import { emptyWork } from '../workbench/changes';
import type { Diagram, FacilityWork } from '../workbench/workTypes';
import { exportBundle } from './exportBundle';
import { restrictedIds } from './restricted';

const AT = '2026-11-22T10:00:00.000Z';
const REPORT: Source = { id: 'SYNTHETIC-report', kind: 'report', title: 'SYNTHETIC published report', visibility: 'public' };
/** A minimal JPEG (SOI, JFIF, EOI) carrying a phone's EXIF: artist, description, GPS. */
const PHOTO = withExif(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9]));
const ORIGINAL_NAME = 'SYNTHETIC Kim Witness drawing, Yanji.jpg';

/** A source as an import may hold it: any visibility, or none. */
const source = (id: string, visibility: unknown, extra: Record<string, unknown> = {}) =>
  ({ id, kind: 'testimony', title: `${id} SYNTHETIC-TITLE`, ...(visibility === undefined ? {} : { visibility }), ...extra }) as unknown as Source;

const LEAKY_SOURCES: [string, Source][] = [
  ['visibility "RESTRICTED"', source('SYNTHETIC-upper', 'RESTRICTED')],
  ['visibility "Restricted"', source('SYNTHETIC-capital', 'Restricted')],
  ['visibility "restricted " (a space)', source('SYNTHETIC-space', 'restricted ')],
  ['no visibility', source('SYNTHETIC-none', undefined)],
  ['visibility "public" and restricted: true', source('SYNTHETIC-flagged', 'public', { restricted: true })],
  ['an interview source marked public', source('interview-SYNTHETIC-INT-7', 'public')],
];

/** A row of two cells; cell 0 cites the report and `cited` with a quote only the team may read. */
function work(cited: Source | string, diagrams: Diagram[] = []): FacilityWork {
  const id = typeof cited === 'string' ? cited : cited.id;
  const features = rowPlan({ rooms: 2 }).features.map((feature): PlanFeature =>
    feature.id === 'SYNTHETIC-cell-0' ? { ...feature, sources: [{ sourceId: REPORT.id }, { sourceId: id, quote: `SYNTHETIC-QUOTE of ${id}`, locator: `SYNTHETIC-LOCATOR of ${id}` }] } : feature,
  );
  return deepFreeze({ ...emptyWork(PLAN_FACILITY_ID, AT), features, sources: typeof cited === 'string' ? [REPORT] : [REPORT, cited], diagrams });
}

async function publicBytes(works: FacilityWork[], images = new Map<string, Uint8Array>()) {
  const { zip } = await exportBundle(works, { appVersion: '0.1.0-SYNTHETIC', exportedAt: AT, public: true, images });
  const files = unzipSync(zip);
  return { files, everything: Object.values(files).map((bytes) => strFromU8(bytes, true)).join('\n') };
}

describe('a public export', () => {
  it.each(LEAKY_SOURCES)('withholds a source with %s, its title, quote and locator', async (_case, leaky) => {
    expect(restrictedIds([work(leaky)]).sources).toEqual([leaky.id]);
    const { everything } = await publicBytes([work(leaky)]);
    for (const secret of [leaky.id, 'SYNTHETIC-TITLE', 'SYNTHETIC-QUOTE', 'SYNTHETIC-LOCATOR']) expect(everything).not.toContain(secret);
    expect(everything).toContain('withheld-sources');
  });

  it('withholds a reference to a source the works do not hold (it cannot be shown to be public)', async () => {
    const { everything } = await publicBytes([work('SYNTHETIC-nowhere')]);
    for (const secret of ['SYNTHETIC-nowhere', 'SYNTHETIC-QUOTE', 'SYNTHETIC-LOCATOR']) expect(everything).not.toContain(secret);
  });

  it('publishes a diagram under its id, without its file name or EXIF (artist, description, GPS)', async () => {
    const sketch: Source = { id: 'SYNTHETIC-sketch', kind: 'diagram', title: 'SYNTHETIC published sketch', visibility: 'public' };
    const diagram: Diagram = {
      id: 'diagram-SYNTHETIC-1',
      facilityId: PLAN_FACILITY_ID,
      sourceId: sketch.id,
      name: ORIGINAL_NAME,
      imageKey: 'local:SYNTHETIC-photo',
      mediaType: 'image/jpeg',
      width: 4,
      height: 3,
      placement: { kind: 'corners', corners: [[129, 42], [129.1, 42], [129.1, 41.9], [129, 41.9]] },
      opacity: 0.5,
    };
    const withSketch = { ...work(REPORT, [diagram]), sources: [REPORT, sketch] };
    const { files, everything } = await publicBytes([withSketch], new Map([['local:SYNTHETIC-photo', PHOTO]]));
    const listed = JSON.parse(strFromU8(files['diagrams.json'] ?? new Uint8Array())) as { diagrams: { name: string; file: string }[] };
    expect(listed.diagrams).toEqual([expect.objectContaining({ name: 'diagram-SYNTHETIC-1', file: `diagrams/${PLAN_FACILITY_ID}/diagram-SYNTHETIC-1.jpg` })]);
    for (const secret of [ORIGINAL_NAME, 'Kim Witness', SYNTHETIC_EXIF.artist, SYNTHETIC_EXIF.description, 'Exif']) expect(everything).not.toContain(secret);
    expect(files[`diagrams/${PLAN_FACILITY_ID}/diagram-SYNTHETIC-1.jpg`]).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x01, 0x02, 0xff, 0xd9]));
  });

  it('is stopped, not written, if anything interview-like is still in it', async () => {
    const strange = work(REPORT);
    const leaking = { ...strange, features: strange.features.map((feature) => (feature.id === 'SYNTHETIC-cell-1' ? ({ ...feature, interviewNotes: 'SYNTHETIC-NOTE' } as unknown as PlanFeature) : feature)) };
    await expect(exportBundle([leaking], { appVersion: '0', exportedAt: AT, public: true, images: new Map() })).rejects.toThrow(/The public export was stopped[\s\S]*SYNTHETIC-cell-1: Field "interviewNotes" belongs to interview data/);
  });
});
