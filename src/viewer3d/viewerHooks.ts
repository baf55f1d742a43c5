/** Performance marks the viewer sets (for tests and benchmarks): its first frame drawn, and a chosen room's record shown (detail: the room id). */
export const SCENE_READY_MARK = 'atlas:scene-ready';
export const ROOM_SHOWN_MARK = 'atlas:room-shown';

/** Hooks the viewer puts on window (see SceneSignals) for tests and benchmarks: click a pin or part as a user does, read the camera, count frames. */
export interface ViewerHooks {
  pinScreenPosition: (violationId: string) => { x: number; y: number } | null;
  /** Where a point in plan metres (x east, y north, z up) is on screen. */
  screenPosition: (point: [number, number, number]) => { x: number; y: number };
  /** The count markers drawn in place of tall stacks of pins: their room, count and place on screen. */
  countMarkers: () => { roomId: string | null; count: number; x: number; y: number }[];
  /** Where a fixture or an opening of the plan is on screen (null for other ids). */
  partScreenPosition: (partId: string) => { x: number; y: number } | null;
  /** Where a room's floor centre (its interior point, a hand above the floor) is on screen; null for other ids. */
  roomScreenPosition: (roomId: string) => { x: number; y: number; inView: boolean } | null;
  /** The room a click at this page point would land in first (null: a wall, a fixture, nothing). */
  roomAt: (x: number, y: number) => string | null;
  /** The camera's position and unit viewing direction in plan metres (x east, y north, z up). */
  camera: () => { position: [number, number, number]; direction: [number, number, number] };
  /** Orbits the camera for `durationMs` and counts the frames drawn (for the pin benchmark). */
  measureFrames: (durationMs: number) => Promise<{ frames: number; ms: number }>;
}

declare global {
  interface Window {
    atlasViewer?: ViewerHooks;
  }
}
