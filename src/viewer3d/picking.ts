/** Which object a click in the scene belongs to, when several lie along the ray. */
import type { ThreeEvent } from '@react-three/fiber';

/**
 * Pins are drawn over everything (no depth test), so a click that hits one belongs to it even when a wall, an
 * opening or a model's mesh is nearer along the ray: those handlers let such a click pass on to the pin.
 */
export function hitsAPin(event: ThreeEvent<MouseEvent>): boolean {
  return event.intersections.some((hit) => hit.object.type === 'Points');
}
