/** The built app's server and a browser for one describe block: started before its tests, closed after them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAppServer, type AppServer } from './appServer';
import { launchBrowser } from './browser';

export interface AppSession {
  readonly server: AppServer;
  readonly browser: Browser;
}

/** Registers the hooks; read `server` and `browser` inside tests and later hooks (they throw before they start). */
export function useAppSession(): AppSession {
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test or a hook`);
    return value;
  };
  return {
    get server() {
      return started(server, 'app server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
