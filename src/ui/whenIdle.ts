/** The longest a task waits for an idle moment (a page that is never idle still gets it done). */
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs `then` in a task of its own once the browser is idle — after the frames and input it has waiting — or
 * after IDLE_TIMEOUT_MS at the latest; returns the cancel.
 */
export function whenIdle(then: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(then, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(then, 0);
  return () => clearTimeout(timer);
}
