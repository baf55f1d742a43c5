import { describe, expect, it } from 'vitest';
import { snapPointer, type Project } from './snapPointer';

// A flat test projection: 1 degree = 1,000 px, y down.
const project: Project = (lng, lat) => ({ x: lng * 1000, y: -lat * 1000 });
const square = Object.freeze([[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1], [0, 0]].map((p) => Object.freeze(p)));
const line = Object.freeze([[0.2, 0], [0.3, 0]].map((p) => Object.freeze(p)));

describe('snapPointer', () => {
  it('snaps to a vertex within the tolerance and returns its exact coordinate', () => {
    expect(snapPointer({ x: 104, y: -97 }, [square], project, 10)).toEqual([0.1, 0.1]);
  });

  it('prefers a vertex over a nearer edge', () => {
    // 2 px from the edge x = 100 but 8 px from the corner (100, -100).
    expect(snapPointer({ x: 102, y: -92 }, [square], project, 10)).toEqual([0.1, 0.1]);
  });

  it('snaps to the nearest point on an edge when no vertex is within the tolerance', () => {
    const snapped = snapPointer({ x: 103, y: -50 }, [square], project, 10);
    expect(snapped?.[0]).toBeCloseTo(0.1, 12);
    expect(snapped?.[1]).toBeCloseTo(0.05, 12);
  });

  it('picks the nearest of several shapes', () => {
    expect(snapPointer({ x: 197, y: 1 }, [square, line], project, 10)).toEqual([0.2, 0]);
  });

  it('leaves the pointer alone beyond the tolerance', () => {
    expect(snapPointer({ x: 150, y: -50 }, [square, line], project, 10)).toBeUndefined();
    expect(snapPointer({ x: 0, y: 0 }, [], project, 10)).toBeUndefined();
  });
});
