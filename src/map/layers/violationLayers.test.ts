import { describe, expect, it } from 'vitest';
import { ringRadius, VIOLATION_CLUSTER_RING_LAYER, VIOLATION_RING_LAYER, violationLayers } from './violationLayers';

describe('violation rings', () => {
  it('grow with the count, by area, outside the 26-pixel marker', () => {
    expect(ringRadius(1)).toBeGreaterThan(13);
    expect(ringRadius(100) - ringRadius(0)).toBeCloseTo(10 * (ringRadius(1) - ringRadius(0)));
    expect(ringRadius(300)).toBeLessThan(45);
  });

  it('draw only where a facility or a cluster has violations, under the clusters and the markers', () => {
    const layers = violationLayers();
    expect(layers.map(({ layer, under }) => [layer.id, under])).toEqual([
      [VIOLATION_CLUSTER_RING_LAYER, 'clusters'],
      [VIOLATION_RING_LAYER, 'markers'],
    ]);
    for (const { layer } of layers) expect(JSON.stringify('filter' in layer ? layer.filter : null)).toContain('["get","violations"]');
  });
});
