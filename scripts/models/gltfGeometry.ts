/**
 * Geometry for the glTF writer. glTF is Y-up metres, so plan coordinates (x east, y north, z up) become
 * X = x, Y = z, Z = -y — a proper rotation, so counter-clockwise rings stay front-facing seen from above, and
 * the viewer's `toThree` uses the same mapping.
 */
import type { Accessor, Buffer, Document, GLTF, Material, Primitive, vec3 } from '@gltf-transform/core';
import { ShapeUtils, Vector2 } from 'three';
import type { LocalRing } from '../../src/domain/plan3d/sceneTypes';

export function toGltf(x: number, y: number, z = 0): vec3 {
  return [x, z, -y];
}

function accessor(document: Document, buffer: Buffer, type: 'SCALAR' | 'VEC3', array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer>): Accessor {
  return document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
}

function indexArray(indices: number[], vertexCount: number): Uint16Array<ArrayBuffer> | Uint32Array<ArrayBuffer> {
  return vertexCount < 65_536 ? new Uint16Array(indices) : new Uint32Array(indices);
}

/** Twice the signed area of triangle abc on the plan: positive when counter-clockwise. */
function turn(ring: LocalRing, [a, b, c]: number[]): number {
  const [ax, ay] = ring[a as number] ?? [0, 0];
  const [bx, by] = ring[b as number] ?? [0, 0];
  const [cx, cy] = ring[c as number] ?? [0, 0];
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/**
 * A room's floor at `elevation`, triangulated (concave outlines included), facing up. Each triangle's winding
 * is checked rather than trusting the ring's, since three's triangulator reverses clockwise input in place.
 */
export function floorPrimitive(document: Document, buffer: Buffer, ring: LocalRing, elevation: number, material: Material): Primitive {
  const triangles = ShapeUtils.triangulateShape(
    ring.map(([x, y]) => new Vector2(x, y)),
    [],
  );
  const indices = triangles.flatMap((triangle) => (turn(ring, triangle) < 0 ? [triangle[0], triangle[2], triangle[1]] : triangle)) as number[];
  const positions = new Float32Array(ring.flatMap(([x, y]) => toGltf(x, y, elevation)));
  const normals = new Float32Array(ring.flatMap(() => [0, 1, 0]));
  return document
    .createPrimitive()
    .setAttribute('POSITION', accessor(document, buffer, 'VEC3', positions))
    .setAttribute('NORMAL', accessor(document, buffer, 'VEC3', normals))
    .setIndices(accessor(document, buffer, 'SCALAR', indexArray(indices, ring.length)))
    .setMaterial(material);
}

/** glTF's LINE_LOOP mode; `Primitive.Mode` is typed as a plain record, so its entries read as possibly undefined. */
const LINE_LOOP: GLTF.MeshPrimitiveMode = 2;

/** A closed outline drawn as a line loop at `height` (site and building footprints). */
export function outlinePrimitive(document: Document, buffer: Buffer, ring: LocalRing, height: number, material: Material): Primitive {
  const positions = new Float32Array(ring.flatMap(([x, y]) => toGltf(x, y, height)));
  return document
    .createPrimitive()
    .setMode(LINE_LOOP)
    .setAttribute('POSITION', accessor(document, buffer, 'VEC3', positions))
    .setMaterial(material);
}

/** The six faces of a unit cube centred on the origin: [normal axis, sign]. */
const CUBE_FACES: [number, 1 | -1][] = [
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [2, 1],
  [2, -1],
];

/**
 * A 1 m cube centred on the origin with flat normals. Walls and fixtures share one per material and get their
 * size from their node's scale, so a model with hundreds of walls stays small and each wall is an object.
 */
export function unitBoxPrimitive(document: Document, buffer: Buffer, material: Material): Primitive {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (const [axis, sign] of CUBE_FACES) {
    const u = (axis + 1) % 3;
    const v = (axis + 2) % 3;
    const first = positions.length / 3;
    for (const [du, dv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      const corner = [0, 0, 0];
      corner[axis] = sign * 0.5;
      corner[u] = du * 0.5;
      corner[v] = dv * 0.5;
      positions.push(...corner);
      const normal = [0, 0, 0];
      normal[axis] = sign;
      normals.push(...normal);
    }
    // u × v points along +axis, so the quad's natural winding faces outward only on the positive side.
    const quad = sign > 0 ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2];
    indices.push(...quad.map((corner) => first + corner));
  }
  return document
    .createPrimitive()
    .setAttribute('POSITION', accessor(document, buffer, 'VEC3', new Float32Array(positions)))
    .setAttribute('NORMAL', accessor(document, buffer, 'VEC3', new Float32Array(normals)))
    .setIndices(accessor(document, buffer, 'SCALAR', new Uint16Array(indices)))
    .setMaterial(material);
}
