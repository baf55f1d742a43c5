import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import type { PlanFeature, Source, Violation } from '../types';
import { applyChange, emptyWork } from '../workbench/changes';
import type { Diagram, FacilityWork } from '../workbench/workTypes';
import { mergeWork, resolveConflict } from './mergeWork';

const FACILITY = 'SYNTHETIC-facility';
const LOCAL_AT = '2026-11-20T09:00:00.000Z';
const MERGED_AT = '2026-11-22T10:00:00.000Z';

function building(id: string, name = id): PlanFeature {
  const ring = [[129.987, 42.9596], [129.9871, 42.9596], [129.9871, 42.9597], [129.987, 42.9597], [129.987, 42.9596]];
  return { id, kind: 'building', name: { en: name }, confidence: 'single_source', sources: [{ sourceId: 'SYNTHETIC-report' }], geometry: { type: 'Polygon', coordinates: [ring] } };
}

function violation(id: string): Violation {
  return { id, facilityId: FACILITY, category: 'starvation', date: { from: '2019' }, summary: { en: `${id} account` }, placement: 'facility_only', visibility: 'public', sources: [{ sourceId: 'SYNTHETIC-report' }], location: null };
}

const report: Source = { id: 'SYNTHETIC-report', kind: 'report', title: 'SYNTHETIC report', visibility: 'public' };

function diagram(imageKey: string): Diagram {
  return { id: 'SYNTHETIC-diagram', facilityId: FACILITY, sourceId: 'SYNTHETIC-report', name: 'SYNTHETIC sketch', imageKey, mediaType: 'image/png', width: 10, height: 10, placement: { kind: 'corners', corners: [[0, 1], [1, 1], [1, 0], [0, 0]] }, opacity: 1 };
}

function work(records: Partial<FacilityWork>): FacilityWork {
  return deepFreeze({ ...emptyWork(FACILITY, LOCAL_AT), ...records });
}

describe('mergeWork', () => {
  const local = work({ features: [building('SYNTHETIC-shared'), building('SYNTHETIC-edited'), building('SYNTHETIC-local-only')], sources: [report], diagrams: [diagram('local:SYNTHETIC')] });
  const incoming = work({
    features: [building('SYNTHETIC-shared'), building('SYNTHETIC-edited', 'SYNTHETIC renamed elsewhere'), building('SYNTHETIC-new')],
    violations: [violation('SYNTHETIC-new-violation')],
    sources: [report],
    diagrams: [diagram('bundle:SYNTHETIC-diagram')],
  });

  it('adds records only the bundle holds, leaves equal ones, and keeps the local side of a conflict', () => {
    const merge = mergeWork(local, incoming);
    expect(merge.added).toEqual([{ collection: 'features', id: 'SYNTHETIC-new' }, { collection: 'violations', id: 'SYNTHETIC-new-violation' }]);
    expect(merge.unchanged).toEqual([{ collection: 'sources', id: 'SYNTHETIC-report' }, { collection: 'features', id: 'SYNTHETIC-shared' }, { collection: 'diagrams', id: 'SYNTHETIC-diagram' }]);
    expect(merge.conflicts).toEqual([{ collection: 'features', id: 'SYNTHETIC-edited', local: local.features[1], incoming: incoming.features[1] }]);
    expect(merge.change).toMatchObject({ type: 'batch', label: 'Import bundle' });

    const merged = applyChange(local, merge.change!, MERGED_AT).work;
    expect(merged.features.map((feature) => feature.id)).toEqual(['SYNTHETIC-shared', 'SYNTHETIC-edited', 'SYNTHETIC-local-only', 'SYNTHETIC-new']);
    expect(merged.features[1]).toBe(local.features[1]);
    expect(merged.violations).toEqual(incoming.violations);
    expect(merged.diagrams).toEqual(local.diagrams);
  });

  it('is undone by the inverse of its change, giving back the local work', () => {
    const applied = applyChange(local, mergeWork(local, incoming).change!, MERGED_AT);
    expect(applyChange(applied.work, applied.inverse, LOCAL_AT).work).toEqual(local);
  });

  it("takes the bundle's record when asked to, and changes nothing to keep the local one", () => {
    const [conflict] = mergeWork(local, incoming).conflicts;
    expect(resolveConflict(conflict!, 'keep_local')).toBeNull();
    const change = resolveConflict(conflict!, 'take_incoming');
    expect(change).toEqual({ type: 'replace', collection: 'features', record: incoming.features[1] });
    expect(applyChange(local, change!, MERGED_AT).work.features[1]).toEqual(incoming.features[1]);
  });

  it('adds everything when the facility has no local work', () => {
    const merge = mergeWork(null, incoming);
    expect(merge.added).toHaveLength(6);
    expect(merge.conflicts).toEqual([]);
    const merged = applyChange(emptyWork(FACILITY, LOCAL_AT), merge.change!, MERGED_AT).work;
    expect(merged).toEqual({ ...incoming, updatedAt: MERGED_AT });
  });

  it('counts records equal whatever their key order', () => {
    const reordered = work({ ...local, sources: [{ visibility: 'public', title: 'SYNTHETIC report', kind: 'report', id: 'SYNTHETIC-report' }] });
    expect(mergeWork(local, reordered)).toMatchObject({ change: null, added: [], conflicts: [] });
  });
});
