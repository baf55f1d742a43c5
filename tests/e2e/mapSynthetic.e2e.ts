import { describe, expect, it } from 'vitest';
import {
  syntheticFacilitiesFile,
  syntheticFacilityFeatures,
  syntheticSourcesFile,
} from '../fixtures/syntheticDataset';
import { useAppSession } from './support/appSession';
import { facilityList, listCountText, openSection, waitForRenderedFacilities } from './support/atlasPage';
import { openPage, screenshot } from './support/browser';
import { serveSyntheticDataset } from './support/syntheticData';

describe('the map with SYNTHETIC data', () => {
  const app = useAppSession();

  it('renders a facility named with markup as text', async () => {
    const features = syntheticFacilityFeatures(3);
    const marked = features[0];
    if (!marked) throw new Error('no synthetic feature');
    marked.properties.name = { en: '<img src=x onerror="window.__injected=1">SYNTHETIC <b>bold</b>' };
    const tab = await openPage(app.browser);
    await serveSyntheticDataset(tab.page, syntheticFacilitiesFile(features), syntheticSourcesFile());
    await tab.page.goto(app.server.url);
    const item = facilityList(tab.page).getByRole('button', { name: /SYNTHETIC <b>bold<\/b>/ });
    await item.click();
    expect(await tab.page.getByRole('article').getByRole('heading', { level: 2 }).textContent()).toBe(
      '<img src=x onerror="window.__injected=1">SYNTHETIC <b>bold</b>',
    );
    expect(await tab.page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await tab.page.locator('img[src="x"], .facility-card b').count()).toBe(0);
    await tab.context.close();
  });

  it('filters 10,000 facilities on the map and in the list without freezing the page', async () => {
    const features = syntheticFacilityFeatures(10_000);
    const located = features.filter((feature) => feature.geometry !== null);
    const tab = await openPage(app.browser);
    await serveSyntheticDataset(tab.page, syntheticFacilitiesFile(features), syntheticSourcesFile());
    await tab.page.goto(app.server.url);
    await waitForRenderedFacilities(tab.page, located.length, 120_000);
    expect(await listCountText(tab.page)).toBe('10,000 facilities');

    await openSection(tab.page, 'Filters');
    // Record every long task from the moment the user types.
    await tab.page.evaluate(() => {
      const state = window as unknown as { longestTask: number };
      state.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longestTask = Math.max(state.longestTask, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await tab.page.getByRole('checkbox', { name: /Waiting room/ }).check();
    const waiting = features.filter((feature) => feature.properties.type === 'waiting_room');
    await waitForRenderedFacilities(tab.page, waiting.filter((feature) => feature.geometry !== null).length, 60_000);
    expect(await listCountText(tab.page)).toBe(`${waiting.length.toLocaleString('en')} facilities`);
    const longestTask = await tab.page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    console.log(`10,000 SYNTHETIC facilities: longest main-thread task after a filter change ${longestTask.toFixed(0)} ms`);
    // Generous for software rendering on two cores: the page must stay responsive, not hang for seconds.
    expect(longestTask).toBeLessThan(1500);
    await screenshot(tab.page, 'map-synthetic-10k');
    await tab.context.close();
  });
});
