/** The test hook the viewer puts on window (see SceneSignals): a pin's position on screen, to click it as a user does. */
export interface ViewerHooks {
  pinScreenPosition: (violationId: string) => { x: number; y: number } | null;
}

declare global {
  interface Window {
    atlasViewer?: ViewerHooks;
  }
}
