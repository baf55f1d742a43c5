/** Which object a click in the scene belongs to, when several lie along the ray. */
import type { ThreeEvent } from '@react-three/fiber';

/**
 * Pins and count markers are drawn over everything (no depth test), so a click that hits one belongs to it even
 * when a floor, a wall, an opening or a model's mesh is nearer along the ray: those handlers let such a click pass
 * on to the pin or marker.
 */
export function hitsAPin(event: ThreeEvent<MouseEvent>): boolean {
  return event.intersections.some((hit) => hit.object.type === 'Points' || hit.object.name.startsWith(COUNT_MARKER_PREFIX));
}

/** Count markers are drawn over pins: a click on one belongs to it even when a pin is nearer along the ray. */
export function hitsACountMarker(event: ThreeEvent<MouseEvent>): boolean {
  return event.intersections.some((hit) => hit.object.name.startsWith(COUNT_MARKER_PREFIX));
}

/** The name every count marker's sprite starts with (CountMarkers). */
export const COUNT_MARKER_PREFIX = 'count-marker:';
