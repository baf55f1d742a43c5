import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { initialCorners } from '../workbench/diagramEdits';
import type { LonLat } from '../workbench/workTypes';
import { cornersCentre, cornersSize, handlePositions, movedCorners, rotatedCorners, scaledCorners, type Corners } from './cornerHandles';
import { localProjection } from '../plan3d/localFrame';

const CENTRE: LonLat = [129.987, 42.9596];
// 40 m × 20 m, north up.
const corners = deepFreeze(initialCorners(CENTRE, 200, 100, 40)) as Corners;
const local = localProjection({ origin: CENTRE });
const at = (x: number, y: number) => local.toLonLat([x, y]);

describe('placing a diagram by its handles', () => {
  it('moves all four corners together by the drag', () => {
    const moved = movedCorners(corners, at(0, 0), at(12, -5));
    const [x, y] = local.toLocal(cornersCentre(moved));
    expect(x).toBeCloseTo(12, 3);
    expect(y).toBeCloseTo(-5, 3);
    expect(cornersSize(moved).widthM).toBeCloseTo(40, 3);
  });

  it('turns the image about its centre without changing its size', () => {
    const turned = rotatedCorners(corners, at(0, 10), at(-10, 0));
    const size = cornersSize(turned);
    expect(size.degrees).toBeCloseTo(90, 3);
    expect(size.widthM).toBeCloseTo(40, 3);
    expect(size.heightM).toBeCloseTo(20, 3);
  });

  it('scales uniformly, keeping the drawing’s shape (never a parallelogram)', () => {
    const scaled = scaledCorners(corners, at(20, -10), at(30, -15));
    const size = cornersSize(scaled);
    expect(size.widthM).toBeCloseTo(60, 3);
    expect(size.heightM).toBeCloseTo(30, 3);
    expect(size.degrees).toBeCloseTo(0, 3);
  });

  it('puts the rotate handle beyond the top edge and the scale handle on the bottom-right corner', () => {
    const handles = handlePositions(corners);
    expect(local.toLocal(handles.rotate)[1]).toBeCloseTo(12.5, 3);
    expect(handles.scale).toEqual(corners[2]);
    expect(local.toLocal(handles.move)[0]).toBeCloseTo(0, 3);
  });
});
