/** Hooks the viewer puts on window (see SceneSignals) for tests and benchmarks: click a pin as a user does, count frames. */
export interface ViewerHooks {
  pinScreenPosition: (violationId: string) => { x: number; y: number } | null;
  /** Orbits the camera for `durationMs` and counts the frames drawn (for the pin benchmark). */
  measureFrames: (durationMs: number) => Promise<{ frames: number; ms: number }>;
}

declare global {
  interface Window {
    atlasViewer?: ViewerHooks;
  }
}
