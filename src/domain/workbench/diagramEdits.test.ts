import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { localProjection } from '../plan3d/localFrame';
import { applyChange, emptyWork } from './changes';
import { addControlPoint, initialCorners, moveControlPoint, removeControlPoint, withMethod } from './diagramEdits';
import type { Diagram, LonLat } from './workTypes';

const CENTER: LonLat = [129.987, 42.9596];
const corners = initialCorners(CENTER, 400, 200, 40);
const diagram: Diagram = deepFreeze({
  id: 'SYNTHETIC-diagram',
  facilityId: 'SYNTHETIC-facility',
  sourceId: 'SYNTHETIC-source',
  name: 'SYNTHETIC sketch',
  imageKey: 'SYNTHETIC-image',
  mediaType: 'image/png',
  width: 400,
  height: 200,
  placement: { kind: 'corners', corners },
  opacity: 0.6,
});

describe('diagram placement edits', () => {
  it('first places a diagram 40 m wide, its aspect kept, centred and north up', () => {
    const local = corners.map((corner) => localProjection({ origin: CENTER }).toLocal(corner));
    expect(local[0]?.[0]).toBeCloseTo(-20, 3);
    expect(local[0]?.[1]).toBeCloseTo(10, 3);
    expect(local[2]?.[0]).toBeCloseTo(20, 3);
    expect(local[2]?.[1]).toBeCloseTo(-10, 3);
  });

  it('moves a diagram placed by corners to a similarity fit on its first control point, keeping where it was shown', () => {
    const placed = addControlPoint(diagram, [10, 20], [129.9871, 42.9597]);
    expect(placed.placement).toEqual({ kind: 'similarity', corners, controlPoints: [{ id: 'point-1', image: [10, 20], map: [129.9871, 42.9597] }] });
    const second = addControlPoint(placed, [300, 150], [129.9874, 42.9594]);
    expect(second.placement.kind !== 'corners' && second.placement.controlPoints.map((point) => point.id)).toEqual(['point-1', 'point-2']);
    expect(removeControlPoint(second, 'point-1').placement).toMatchObject({ controlPoints: [{ id: 'point-2' }] });
  });

  it('switches method without losing control points, and back to corners where the image is shown', () => {
    const fitted = addControlPoint(diagram, [10, 20], CENTER);
    expect(withMethod(fitted, 'affine', corners).placement).toMatchObject({ kind: 'affine', controlPoints: [{ id: 'point-1' }] });
    expect(withMethod(fitted, 'corners', corners).placement).toEqual({ kind: 'corners', corners });
  });

  it('moves a control point on the image or on the map, the other end kept', () => {
    const placed = addControlPoint(addControlPoint(diagram, [10, 20], CENTER), [300, 150], [129.9874, 42.9594]);
    const onImage = moveControlPoint(placed, 'point-1', { image: [12, 25] });
    expect(onImage.placement).toMatchObject({ controlPoints: [{ id: 'point-1', image: [12, 25], map: CENTER }, { id: 'point-2', image: [300, 150] }] });
    const onMap = moveControlPoint(onImage, 'point-2', { map: [129.9875, 42.9595] });
    expect(onMap.placement).toMatchObject({ controlPoints: [{ image: [12, 25] }, { id: 'point-2', image: [300, 150], map: [129.9875, 42.9595] }] });
    expect(moveControlPoint(diagram, 'point-1', { image: [1, 1] })).toBe(diagram);
  });

  it('is undone and redone through the edit funnel like any edit', () => {
    const work = deepFreeze({ ...emptyWork('SYNTHETIC-facility', 'T0'), diagrams: [diagram] });
    const moved = applyChange(work, { type: 'replace', collection: 'diagrams', record: addControlPoint(diagram, [1, 2], CENTER) }, 'T1');
    expect(applyChange(moved.work, moved.inverse, 'T2').work.diagrams).toEqual([diagram]);
  });
});
