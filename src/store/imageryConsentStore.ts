/**
 * Which imagery hosts the user has agreed to contact. Third-party imagery loads only after a click naming the
 * host, even when a shared link chooses the layer: until then the layer is chosen but paused and nothing is
 * requested. Consent lasts for this tab's session (sessionStorage: closing the tab forgets it, a new tab asks
 * again) or until the user stops it.
 */
import { useMemo } from 'react';
import { create } from 'zustand';
import { imageryProvider } from '../map/imagery/imageryProvider';
import type { ImageryLayer } from '../map/imagery/imageryLayers';

const CONSENT_KEY = 'facility-atlas.imagery-consent.v1';

interface ConsentState {
  hosts: readonly string[];
  allow: (host: string) => void;
  revoke: (host: string) => void;
}

function readHosts(): string[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.sessionStorage?.getItem(CONSENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((host): host is string => typeof host === 'string') : [];
  } catch {
    return [];
  }
}

function writeHosts(hosts: readonly string[]): void {
  try {
    globalThis.sessionStorage?.setItem(CONSENT_KEY, JSON.stringify(hosts));
  } catch {
    // Storage refused (private mode, quota): consent still holds for this page.
  }
}

export const useImageryConsent = create<ConsentState>()((set, get) => ({
  hosts: readHosts(),
  allow: (host) => {
    const hosts = [...new Set([...get().hosts, host])];
    writeHosts(hosts);
    set({ hosts });
  },
  revoke: (host) => {
    const hosts = get().hosts.filter((item) => item !== host);
    writeHosts(hosts);
    set({ hosts });
  },
}));

/** The layer when its host has been agreed to, otherwise null: what the map may load. */
export function consentedLayer(layer: ImageryLayer | null, hosts: readonly string[]): ImageryLayer | null {
  return layer && hosts.includes(imageryProvider(layer).host) ? layer : null;
}

/** consentedLayer for a component, following the user's consent as it changes. */
export function useConsentedLayer(layer: ImageryLayer | null): ImageryLayer | null {
  const hosts = useImageryConsent((state) => state.hosts);
  return useMemo(() => consentedLayer(layer, hosts), [layer, hosts]);
}
