// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { customImageryLayer } from '../map/imagery/customImagery';
import { ESRI_WORLD_IMAGERY, eoxCloudlessLayer, waybackLayer } from '../map/imagery/imageryLayers';
import { imageryProvider } from '../map/imagery/imageryProvider';

/** The store as a page load finds it (what this tab's session storage holds). */
async function freshStore() {
  vi.resetModules();
  return import('./imageryConsentStore');
}

describe('consent to contact an imagery host', () => {
  beforeEach(() => sessionStorage.clear());

  it('holds back every layer until its host is agreed to, and only that host', async () => {
    const { useImageryConsent, consentedLayer } = await freshStore();
    const eox = eoxCloudlessLayer(2020);
    expect(consentedLayer(ESRI_WORLD_IMAGERY, useImageryConsent.getState().hosts)).toBeNull();
    useImageryConsent.getState().allow('server.arcgisonline.com');
    const hosts = useImageryConsent.getState().hosts;
    expect(consentedLayer(ESRI_WORLD_IMAGERY, hosts)).toBe(ESRI_WORLD_IMAGERY);
    expect(consentedLayer(eox, hosts)).toBeNull();
    expect(consentedLayer(waybackLayer(99001, '2099-01-15'), hosts)).toBeNull();
    expect(consentedLayer(null, hosts)).toBeNull();
  });

  it('lasts for this tab’s session (a reload keeps it) until revoked', async () => {
    (await freshStore()).useImageryConsent.getState().allow('tiles.maps.eox.at');
    const reloaded = await freshStore();
    expect(reloaded.useImageryConsent.getState().hosts).toEqual(['tiles.maps.eox.at']);
    reloaded.useImageryConsent.getState().revoke('tiles.maps.eox.at');
    expect((await freshStore()).useImageryConsent.getState().hosts).toEqual([]);
    expect(localStorage.length).toBe(0);
  });

  it('ignores a damaged stored value', async () => {
    sessionStorage.setItem('facility-atlas.imagery-consent.v1', '{"hosts": "all"');
    expect((await freshStore()).useImageryConsent.getState().hosts).toEqual([]);
    sessionStorage.setItem('facility-atlas.imagery-consent.v1', '["tiles.maps.eox.at", 7, null]');
    expect((await freshStore()).useImageryConsent.getState().hosts).toEqual(['tiles.maps.eox.at']);
  });

  it('names the provider and the host a layer contacts, a custom layer by its host and port', () => {
    expect(imageryProvider(ESRI_WORLD_IMAGERY)).toEqual({ name: 'Esri', host: 'server.arcgisonline.com' });
    expect(imageryProvider(eoxCloudlessLayer(2016))).toEqual({ name: 'EOX', host: 'tiles.maps.eox.at' });
    const custom = customImageryLayer({ name: 'SYNTHETIC', template: 'http://127.0.0.1:8123/{z}/{x}/{y}.png', tms: false });
    if (!custom.ok) throw new Error('the SYNTHETIC layer must be valid');
    expect(imageryProvider(custom.layer)).toEqual({ name: '127.0.0.1:8123', host: '127.0.0.1:8123' });
  });
});
