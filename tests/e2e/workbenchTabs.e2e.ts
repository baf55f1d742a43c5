/**
 * One facility is edited in one tab at a time: a second tab on the same work says where it is open and edits
 * nothing, then takes over as soon as the first tab closes (each save writes the whole work, so two editing tabs
 * would overwrite each other's edits).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './support/appSession';
import { openPage, screenshot, type TestPage } from './support/browser';

const ONSONG = 'nkpd-pe7q4z9cv8';
const panels = (page: Page) => page.getByRole('complementary', { name: 'Workbench panels' });
const elsewhere = (page: Page) => page.getByRole('alert').filter({ hasText: 'open in the workbench in another tab or window' });

describe('the workbench in two tabs', () => {
  const app = useAppSession();
  let first: TestPage;

  beforeAll(async () => {
    first = await openPage(app.browser);
  });

  it('lets the second tab on a facility edit nothing while the first has it, and hand over when the first closes', async () => {
    await first.page.goto(`${app.server.url}/workbench/${ONSONG}`);
    await panels(first.page).waitFor();

    const second = await first.context.newPage();
    await second.goto(`${app.server.url}/workbench/${ONSONG}`);
    await elsewhere(second).waitFor();
    expect(await panels(second).count()).toBe(0);
    expect(await second.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    await screenshot(second, 'workbench-open-elsewhere');

    await first.page.close();
    await panels(second).waitFor();
    expect(await elsewhere(second).count()).toBe(0);

    // Now the second tab holds it: a third one waits in turn.
    const third = await first.context.newPage();
    await third.goto(`${app.server.url}/workbench/${ONSONG}`);
    await elsewhere(third).waitFor();
    expect(await panels(third).count()).toBe(0);
  });
});
