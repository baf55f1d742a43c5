/**
 * Rays through the scene: what stands between the camera and a point, and what a click at a screen point would
 * hit first. Only solid meshes count — floors, walls, fixtures, a model's meshes —, not pins (points), outlines
 * (lines) or anything hidden (interview mode's invisible ground).
 */
import { Raycaster, Vector2, type Camera, type Intersection, type Object3D, Vector3 } from 'three';

/** The shown meshes under `root`: only these are tested, as thousands of pins cost a ray one test a pin. */
function solidMeshes(root: Object3D): Object3D[] {
  const meshes: Object3D[] = [];
  const visit = (node: Object3D) => {
    if (!node.visible) return;
    if (node.type === 'Mesh') meshes.push(node);
    for (const child of node.children) visit(child);
  };
  for (const child of root.children) visit(child);
  return meshes;
}

function solidHits(raycaster: Raycaster, root: Object3D): Intersection[] {
  return raycaster.intersectObjects(solidMeshes(root), false);
}

/**
 * True when a solid mesh stands between `from` and `to` (three's frame), short of `to` by more than `tolerance`.
 * `camera`: the scene's camera, which outlines (drei's lines) need to be tested at all.
 */
export function occluded(root: Object3D, camera: Camera, from: Vector3, to: Vector3, tolerance = 0.05): boolean {
  const direction = to.clone().sub(from);
  const length = direction.length();
  const raycaster = new Raycaster(from, direction.normalize(), 0, length - tolerance);
  raycaster.camera = camera;
  return solidHits(raycaster, root).length > 0;
}

/**
 * The room a click at normalised device coordinates (−1…1) would land in first: the nearest solid mesh, named by
 * itself or an ancestor with a room id (plan floors and a model file's room nodes are named by room ids); null
 * when the nearest mesh belongs to no room (a wall, a fixture) or nothing is hit.
 */
export function roomAt(root: Object3D, camera: Camera, ndc: { x: number; y: number }, roomIds: ReadonlySet<string>): string | null {
  const raycaster = new Raycaster();
  raycaster.setFromCamera(new Vector2(ndc.x, ndc.y), camera);
  const first = solidHits(raycaster, root)[0];
  for (let node: Object3D | null = first?.object ?? null; node; node = node.parent) if (roomIds.has(node.name)) return node.name;
  return null;
}
