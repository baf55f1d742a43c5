import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { planViolation, PLAN_FACILITY_ID, rowPlan } from '../../../tests/fixtures/syntheticPlan';
import { loadDataset } from '../loadDataset';
import type { PlanFeature, Source } from '../types';
import { applyChange, emptyWork, type Change } from '../workbench/changes';
import { corroborateRoom } from '../workbench/corroborate';
import type { FacilityWork } from '../workbench/workTypes';
import { exportBundle } from './exportBundle';
import { publicSubset } from './publicSubset';

const AT = '2026-11-22T10:00:00.000Z';
const REPORT: Source = { id: 'SYNTHETIC-source', kind: 'report', title: 'SYNTHETIC published report', visibility: 'public' };
const TESTIMONY: Source = { id: 'SYNTHETIC-testimony', kind: 'testimony', title: 'SYNTHETIC interview with a witness', visibility: 'restricted' };
const QUOTE = 'SYNTHETIC words only the team may read';
const LOCATOR = 'SYNTHETIC tape 2, 14:05';
const INTERVIEWS = ['SYNTHETIC-interview-3', 'SYNTHETIC-interview-5'];
const WITHHELD = { id: 'withheld-sources', kind: 'report', title: 'Sources withheld to protect witnesses (held by the investigating team)', visibility: 'public' };

/**
 * A row of two cells: cell 1 marked corroborated in interview mode, so it cites only the two restricted
 * interviews; cell 0 cites the public report and the interviews; a public violation rests on testimony alone.
 */
function work(): FacilityWork {
  const features = rowPlan({ rooms: 2 }).features.map((feature): PlanFeature => (feature.id === 'SYNTHETIC-cell-1' ? { ...feature, sources: [] } : feature));
  const violation = planViolation({ id: 'SYNTHETIC-v-public', sources: [{ sourceId: TESTIMONY.id, quote: QUOTE, locator: LOCATOR }] });
  let current: FacilityWork = { ...emptyWork(PLAN_FACILITY_ID, AT), features, violations: [violation], sources: [REPORT, TESTIMONY] };
  for (const roomId of ['SYNTHETIC-cell-1', 'SYNTHETIC-cell-0']) current = applyChange(current, corroborateRoom(current, roomId, INTERVIEWS) as Change, AT).work;
  return deepFreeze(current);
}

async function exportPublic() {
  const { zip, manifest, warnings } = await exportBundle([work()], { appVersion: '0.1.0-SYNTHETIC', exportedAt: AT, public: true, images: new Map() });
  const files = unzipSync(zip);
  return { files, manifest, warnings, text: (path: string) => strFromU8(files[path] ?? new Uint8Array()) };
}

describe('a public export of rooms corroborated by restricted interviews', () => {
  it('keeps the rooms with their confidence, citing one public placeholder where the interviews were', async () => {
    const { text } = await exportPublic();
    const rooms = (JSON.parse(text(`plans/${PLAN_FACILITY_ID}.geojson`)) as { features: { properties: PlanFeature }[] }).features.map((feature) => feature.properties);
    expect(rooms.find((room) => room.id === 'SYNTHETIC-cell-1')).toMatchObject({ confidence: 'corroborated', sources: [{ sourceId: 'withheld-sources' }] });
    expect(rooms.find((room) => room.id === 'SYNTHETIC-cell-0')?.sources).toEqual([{ sourceId: REPORT.id }, { sourceId: 'withheld-sources' }]);
    expect((JSON.parse(text('sources.json')) as { sources: Source[] }).sources).toEqual([REPORT, WITHHELD]);
  });

  it('loads through the loader without a problem, the public violation included', async () => {
    const { text } = await exportPublic();
    const { dataset, problems } = loadDataset([`plans/${PLAN_FACILITY_ID}.geojson`, 'violations.geojson', 'sources.json'].map((path) => ({ path, text: text(path) })));
    expect(problems).toEqual([]);
    expect(dataset.plans[0]?.features.map((feature) => feature.id)).toEqual(rowPlan({ rooms: 2 }).features.map((feature) => feature.id));
    expect(dataset.violations).toMatchObject([{ id: 'SYNTHETIC-v-public', sources: [{ sourceId: 'withheld-sources' }] }]);
  });

  it('holds no restricted id, title, quote or locator anywhere in its bytes', async () => {
    const { files } = await exportPublic();
    const everything = Object.values(files).map((bytes) => strFromU8(bytes, true)).join('\n');
    const secrets = [TESTIMONY.id, TESTIMONY.title, QUOTE, LOCATOR, 'interview mode', ...INTERVIEWS];
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it('says in the manifest how many references were withheld, from how many records', async () => {
    const { manifest, warnings } = await exportPublic();
    // Cell 1 and cell 0 cite both interviews; the violation cites the testimony.
    expect(manifest.stripped).toEqual({ sources: 3, violations: 0, diagrams: 0, sourceRefs: 5, withheldRecords: 3 });
    expect(warnings).toEqual([`3 record(s) cite restricted sources; the public export cites "withheld-sources" in their place ("${WITHHELD.title}").`]);
  });

  it('cites the placeholder once in a record that already cited it (a work imported from a public bundle)', () => {
    const imported = work();
    const cell = imported.features.find((feature) => feature.id === 'SYNTHETIC-cell-0');
    if (!cell) throw new Error('no SYNTHETIC-cell-0');
    const again: FacilityWork = {
      ...imported,
      features: imported.features.map((feature) => (feature === cell ? { ...cell, sources: [{ sourceId: WITHHELD.id }, ...cell.sources] } : feature)),
      sources: [...imported.sources, WITHHELD as Source],
    };
    const [subset] = publicSubset([again]).works;
    expect(subset?.features.find((feature) => feature.id === 'SYNTHETIC-cell-0')?.sources).toEqual([{ sourceId: WITHHELD.id }, { sourceId: REPORT.id }]);
    expect(subset?.sources.filter((source) => source.id === WITHHELD.id)).toHaveLength(1);
  });
});
