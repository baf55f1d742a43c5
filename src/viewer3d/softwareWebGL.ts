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

/** Asks a throwaway WebGL context which renderer draws it; once per page. */
export function softwareWebGL(): boolean {
  if (probed !== undefined) return probed;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return (probed = false);
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  probed = isSoftwareRenderer(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return probed;
}
