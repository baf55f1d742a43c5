/**
 * Whether this browser's WebGL is drawn by the CPU (SwiftShader, llvmpipe: no GPU, a VM, a locked-down machine).
 * There multisampling multiplies the cost of every wall and floor pixel, and the viewer would drop under a usable
 * frame rate with thousands of pins, so the canvas is made without antialiasing; on a GPU it keeps it.
 */
export const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE_RENDERERS.test(rendererName);
}

let probed: boolean | undefined;
let probing: Promise<boolean> | undefined;

/** Asks a throwaway WebGL context on the page itself (where a worker cannot draw WebGL). */
function probeHere(): boolean {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const software = isSoftwareRenderer(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return software;
}

/**
 * Finds out once a page, in a worker (rendererProbeWorker), which renderer draws WebGL; started with the code
 * of a page that draws a 3D scene, so it is known when the scene's canvas is made.
 */
export function knowRenderer(): Promise<boolean> {
  if (probed !== undefined) return Promise.resolve(probed);
  probing ??= new Promise<boolean>((resolve) => {
    const settle = (software: boolean) => resolve((probed ??= software));
    if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') {
      settle(probeHere());
      return;
    }
    const worker = new Worker(new URL('./rendererProbeWorker.ts', import.meta.url), { type: 'module' });
    const done = (software: boolean) => {
      worker.terminate();
      settle(software);
    };
    // A worker without WebGL (an older browser) or that fails to start: ask on the page.
    worker.onmessage = (event: MessageEvent<string | null>) => done(event.data === null ? probeHere() : isSoftwareRenderer(event.data));
    worker.onerror = () => done(probeHere());
  });
  return probing;
}

/** The renderer's answer: known by now where the page's code awaited knowRenderer, else asked on the page. */
export function softwareWebGL(): boolean {
  return (probed ??= probeHere());
}

/** A lazily loaded page that draws a 3D scene, loaded while the renderer is asked. */
export function withRendererKnown<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), knowRenderer()]).then(([module]) => module);
}
