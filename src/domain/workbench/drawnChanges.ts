/**
 * What a drawing on the workbench map does to the work, as a change for the edit funnel: a shape traced with a
 * tool becomes a new record of its kind (selected once made), a reshaped or dragged record keeps its fields with
 * the new geometry, and a diagram's dragged corners become its placement.
 */
import type { PlanFeatureKind } from '../enums';
import type { Change, RecordRef } from './changes';
import { newPlanFeature, newViolation, withGeometry, type TracedGeometry } from './newRecords';
import type { FacilityWork, LonLat } from './workTypes';

/** The map's tools: select (move, reshape, pick), pick (a point for a diagram), a plan feature kind, or a violation pin. */
export type DrawingTool = 'select' | 'pick' | PlanFeatureKind | 'violation';

/** The record a shape traced with `tool` makes, or null for a tool that makes none (or a geometry it does not take). */
export function drawnChange(work: FacilityWork, tool: DrawingTool, geometry: TracedGeometry): { change: Change; select: RecordRef } | null {
  if (tool === 'violation') {
    if (geometry.type !== 'Point') return null;
    const violation = newViolation(work, geometry);
    return { change: { type: 'insert', collection: 'violations', record: violation }, select: { collection: 'violations', id: violation.id } };
  }
  if (tool === 'select' || tool === 'pick') return null;
  const feature = newPlanFeature(work, tool, geometry);
  return { change: { type: 'insert', collection: 'features', record: feature }, select: { collection: 'features', id: feature.id } };
}

/** A plan feature or placed violation with the geometry it was reshaped or dragged to; null when it is gone. */
export function reshapedChange(work: FacilityWork, record: RecordRef, geometry: TracedGeometry): Change | null {
  if (record.collection === 'features') {
    const feature = work.features.find((item) => item.id === record.id);
    return feature ? { type: 'replace', collection: 'features', record: withGeometry(feature, geometry) } : null;
  }
  if (record.collection !== 'violations') return null;
  const violation = work.violations.find((item) => item.id === record.id);
  return violation ? { type: 'replace', collection: 'violations', record: withGeometry(violation, geometry) } : null;
}

/** A diagram placed by its four dragged corners; null when it is gone. */
export function cornersMovedChange(work: FacilityWork, diagramId: string, corners: [LonLat, LonLat, LonLat, LonLat]): Change | null {
  const diagram = work.diagrams.find((item) => item.id === diagramId);
  return diagram ? { type: 'replace', collection: 'diagrams', record: { ...diagram, placement: { kind: 'corners', corners } } } : null;
}
