/** A room's floor: its outline as a flat shape, lying at its elevation. */
import { BufferGeometry, Shape, ShapeGeometry } from 'three';
import type { LocalRing } from '../../domain/plan3d/sceneTypes';

export function floorGeometry(ring: LocalRing, elevation: number): BufferGeometry {
  const shape = new Shape(ring.map(([x, y]) => ({ x, y }) as never));
  const geometry = new ShapeGeometry(shape);
  // The shape lies in XY; rotating −90° about X puts plan y along −Z (see axes.ts).
  geometry.rotateX(-Math.PI / 2);
  geometry.translate(0, elevation + 0.01, 0);
  return geometry;
}
