/**
 * The built pages carry a strict Content-Security-Policy and no-referrer, and every part of the app runs under
 * it: the map, a facility's 3D view, the workbench and interview mode (whose policy allows its own origin only)
 * record no policy violation and no console error; a request to a host the policy does not list is refused in
 * the browser, before it reaches the network.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/build/securityHeaders';
import { useAppSession } from './support/appSession';
import { bundledFacilities, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot, type TestPage } from './support/browser';
import { startInterview } from './support/interviewSteps';
import { ONSONG, waitForScene } from './support/viewerSteps';

declare global {
  interface Window {
    policyViolations: string[];
  }
}

/** The meta tag's policy in a built page, decoded as the browser reads it. */
function builtPolicy(file: string): { policy: string; referrer: string } {
  const html = readFileSync(file, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const referrer = /<meta name="referrer" content="([^"]+)">/.exec(html)?.[1] ?? '';
  return { policy: policy.replaceAll('&#39;', "'"), referrer };
}

/** Every violation the page reports, recorded from the first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => window.policyViolations);

/** Asks the page to fetch `url`; answers how the fetch ended. */
const tryFetch = (page: Page, url: string) => page.evaluate((target) => fetch(target).then(() => 'fetched', (error: Error) => `refused: ${error.name}`), url);

describe('the Content-Security-Policy of the built pages', () => {
  const app = useAppSession();
  let tab: TestPage;

  beforeAll(async () => {
  });

  beforeEach(async () => {
    tab = await openPage(app.browser, undefined, { serviceWorkers: 'allow' });
    await recordViolations(tab.page);
  });

  afterEach(async () => {
    expect(tab.offsiteRequests).toEqual([]);
    await tab.context.close();
  });

  it('is written into index.html and interview.html, strictest for interview mode, with no-referrer', () => {
    const map = builtPolicy('dist/index.html');
    const interview = builtPolicy('dist/interview.html');
    expect(map).toEqual({ policy: contentSecurityPolicy('app'), referrer: 'no-referrer' });
    expect(interview).toEqual({ policy: contentSecurityPolicy('interview'), referrer: 'no-referrer' });
    for (const { policy } of [map, interview]) {
      expect(policy).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self';/);
      // No unsafe keyword, no bare * and no bare scheme (https: or http: alone would allow any host).
      expect(policy).not.toMatch(/unsafe-(eval|inline)|(^|\s)(\*|https?:)(\s|;|$)/);
    }
    expect(map.policy).toContain('connect-src \'self\' blob: https://server.arcgisonline.com');
    expect(interview.policy).not.toMatch(/https?:\/\//);
  });

  it('lets the map and its service worker run with no violation, and refuses a host it does not list before the network', async () => {
    await tab.page.goto(app.server.url);
    await waitForRenderedFacilities(tab.page, bundledFacilities.filter((feature) => feature.geometry !== null).length);
    await tab.page.getByRole('list', { name: 'Facilities' }).waitFor();
    // The service worker is a worker too: it registers and takes control under the policy.
    await tab.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    expect(await violations(tab.page)).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
    expect(await tryFetch(tab.page, 'https://example.org/SYNTHETIC-exfiltration')).toBe('refused: TypeError');
    expect(await violations(tab.page)).toEqual(['connect-src https://example.org/SYNTHETIC-exfiltration']);
  });

  it("lets a facility's 3D view and the workbench run with no violation", async () => {
    await tab.page.goto(`${app.server.url}/facility/${ONSONG}`);
    await waitForScene(tab.page);
    await screenshot(tab.page, 'policy-viewer');
    await tab.page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await tab.page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="workbench-map"]')?.dataset.idle === 'true', null, { timeout: 60_000 });
    expect(await violations(tab.page)).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
  });

  it('serves interview mode its own page, whose policy refuses even the imagery hosts the map may use', async () => {
    await startInterview(tab.page, app.server.url, 'SYNTHETIC-INT-CSP', 'CS');
    expect(await tab.page.title()).toBe('Facility Atlas — interview mode');
    expect(new URL(tab.page.url()).pathname).toMatch(/^\/interview\/session-/);
    await tab.page.reload();
    await waitForScene(tab.page);
    expect(await tab.page.title()).toBe('Facility Atlas — interview mode');
    expect(await violations(tab.page)).toEqual([]);
    expect(tab.pageErrors).toEqual([]);
    expect(await tryFetch(tab.page, 'https://server.arcgisonline.com/SYNTHETIC')).toBe('refused: TypeError');
    expect(await violations(tab.page)).toEqual(['connect-src https://server.arcgisonline.com/SYNTHETIC']);
    await screenshot(tab.page, 'policy-interview');
  });
});
