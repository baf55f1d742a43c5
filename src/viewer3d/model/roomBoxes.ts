/** The extent of each room node of a model file, in the plan's metres, for anchoring pins (domain anchorPins). */
import { Box3, type Object3D } from 'three';
import type { RoomBox } from '../../domain/plan3d/anchorPins';

export function roomBoxes(root: Object3D, roomIds: readonly string[]): Map<string, RoomBox> {
  root.updateMatrixWorld(true);
  const boxes = new Map<string, RoomBox>();
  for (const id of roomIds) {
    const node = root.getObjectByName(id);
    if (!node) continue;
    const box = new Box3().setFromObject(node);
    if (box.isEmpty()) continue;
    // three's Y-up (X, Y, Z) is the plan's (x, z, -y): see geometry/axes.ts.
    boxes.set(id, { min: [box.min.x, -box.max.z, box.min.y], max: [box.max.x, -box.min.z, box.max.y] });
  }
  return boxes;
}

/** The room a picked object belongs to: itself or its nearest ancestor named by a room id. */
export function roomOfObject(object: Object3D | null, roomIds: ReadonlySet<string>): string | null {
  for (let node = object; node; node = node.parent) if (roomIds.has(node.name)) return node.name;
  return null;
}
