/**
 * Launches Debian's Chromium through playwright-core, headless, with software WebGL and no background traffic.
 * Every page records requests that leave the loopback interface and aborts them, so a test can assert that
 * nothing reached the network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * A host name the browser resolves to 127.0.0.1 (launchBrowser({ lanHost: true })): the app reached as a tablet
 * reaches a laptop on the local network, over plain http://, which is not a secure context (127.0.0.1 is one).
 */
export const LAN_HOST = 'facility-atlas.lan';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's chromium or set CHROME_PATH.`);
  return path;
}

export async function launchBrowser(options: { lanHost?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // playwright-core gives every launch a fresh, empty profile directory of its own.
    args: options.lanHost ? [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${LAN_HOST} 127.0.0.1`] : CHROMIUM_ARGS,
  });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to reach outside 127.0.0.1 (all aborted). */
  offsiteRequests: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
}

/**
 * Whether the app's service worker may run. Blocked unless a test is about it (offline use, updates): a service
 * worker answers from its cache the files a test substitutes with page.route (a SYNTHETIC plan, violations), so
 * Playwright never sees those requests.
 */
export interface ServiceWorkerOption {
  serviceWorkers?: 'allow' | 'block';
}

export async function openPage(browser: Browser, viewport = { width: 1280, height: 900 }, { serviceWorkers = 'block' }: ServiceWorkerOption = {}): Promise<TestPage> {
  return watchedPage(await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers }));
}

/**
 * A browser whose profile lives in `userDataDir`, so IndexedDB outlives it: relaunching on the same folder is a
 * user reopening their browser. Kill it with killProfile to test a crash.
 */
export async function openProfile(userDataDir: string, viewport = { width: 1280, height: 900 }, { serviceWorkers = 'block' }: ServiceWorkerOption = {}): Promise<TestPage> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    serviceWorkers,
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'en-GB',
    acceptDownloads: true,
  });
  return watchedPage(context);
}

/** Kills every process of the browser using `userDataDir` at once (SIGKILL): no unload, no clean shutdown. */
export function killProfile(userDataDir: string): void {
  spawnSync('pkill', ['-KILL', '-f', `--user-data-dir=${userDataDir}`]);
}

async function watchedPage(context: BrowserContext): Promise<TestPage> {
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = ['127.0.0.1', 'localhost', '[::1]', LAN_HOST].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
    if (local) return route.continue();
    offsiteRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page, offsiteRequests, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
