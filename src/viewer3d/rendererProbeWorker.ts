/**
 * Names the renderer that draws WebGL on this device, from a context of its own off the page's main thread: on
 * the main thread the throwaway context's release waited on the GPU process — 2.3–3.9 s in software WebGL while the
 * map drew beneath the viewer. Answers with the renderer's name, or null when there is no WebGL; the context goes
 * with the worker.
 */
const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
const info = context?.getExtension('WEBGL_debug_renderer_info');
self.postMessage(context ? String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER)) : null);
