/**
 * The viewer's two lights, and the same Lambert lighting computed once on the CPU for the plan's flat surfaces.
 * Walls and floors are flat, so their lighting is constant over each face: baking it into vertex colours (or one
 * colour a floor) and drawing them unlit looks the same as three's MeshLambertMaterial, but spares the per-pixel
 * lighting that costs most of a frame when the CPU draws WebGL (SwiftShader: ~10 ms of ~50 ms with 10,000 pins).
 */
import { BufferAttribute, Color, Vector3, type BufferGeometry } from 'three';

export const HEMISPHERE_LIGHT = { sky: '#ffffff', ground: '#334455', intensity: 1.6 } as const;
export const DIRECTIONAL_LIGHT = { position: [30, 60, 20] as [number, number, number], colour: '#ffffff', intensity: 1.4 } as const;

const UP = new Vector3(0, 1, 0);
const towardsSun = new Vector3(...DIRECTIONAL_LIGHT.position).normalize();
const sky = new Color(HEMISPHERE_LIGHT.sky).multiplyScalar(HEMISPHERE_LIGHT.intensity);
const ground = new Color(HEMISPHERE_LIGHT.ground).multiplyScalar(HEMISPHERE_LIGHT.intensity);
const sun = new Color(DIRECTIONAL_LIGHT.colour).multiplyScalar(DIRECTIONAL_LIGHT.intensity);

/**
 * What a Lambert surface facing `normal` reflects of each colour channel (linear), as three's shader computes it:
 * (hemisphere irradiance + directional irradiance) × 1/π.
 */
export function lambertFactor(normal: Vector3, target = new Color()): Color {
  const hemisphere = target.copy(ground).lerp(sky, 0.5 * normal.dot(UP) + 0.5);
  return hemisphere.add(sun.clone().multiplyScalar(Math.max(0, normal.dot(towardsSun)))).multiplyScalar(1 / Math.PI);
}

/** A flat, upward-facing surface's lit colour (floors), with an optional emissive glow added as three would. */
export function litFloorColour(colour: string, emissive?: string): Color {
  const lit = new Color(colour).multiply(lambertFactor(UP));
  return emissive ? lit.add(new Color(emissive)) : lit;
}

/** Adds a `color` attribute holding each vertex's Lambert factor, from its normal (use with vertexColors). */
export function bakeLambert(geometry: BufferGeometry): BufferGeometry {
  const normals = geometry.getAttribute('normal');
  const colours = new Float32Array(normals.count * 3);
  const normal = new Vector3();
  const factor = new Color();
  for (let index = 0; index < normals.count; index += 1) {
    lambertFactor(normal.fromBufferAttribute(normals, index), factor).toArray(colours, index * 3);
  }
  geometry.setAttribute('color', new BufferAttribute(colours, 3));
  return geometry;
}
