/**
 * The imagery layers a user can choose: the built-in ones, Wayback releases once the user asks for them (an
 * online request, so never made on start-up), and the user's own XYZ/TMS layers, kept in local storage.
 */
import { create } from 'zustand';
import { customImageryLayer } from '../map/imagery/customImagery';
import { BUILT_IN_IMAGERY, type ImageryLayer } from '../map/imagery/imageryLayers';

const CUSTOM_KEY = 'facility-atlas.custom-imagery.v1';

type WaybackStatus = 'idle' | 'loading' | 'loaded' | 'failed';

interface ImageryState {
  custom: ImageryLayer[];
  wayback: ImageryLayer[];
  waybackStatus: WaybackStatus;
  addCustom: (layer: ImageryLayer) => void;
  removeCustom: (layerId: string) => void;
  loadWayback: (fetchReleases: () => Promise<ImageryLayer[]>) => Promise<void>;
}

/**
 * Stored layers are rebuilt from what the user typed (name, template, TMS) through the same check as a new one,
 * so a hand-edited entry cannot break the map and layers stored with older notes get the current ones.
 */
function readCustom(): ImageryLayer[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(CUSTOM_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((stored: Partial<ImageryLayer> | null) => {
      const result = customImageryLayer({
        name: typeof stored?.name === 'string' ? stored.name : '',
        template: typeof stored?.tiles?.[0] === 'string' ? stored.tiles[0] : '',
        tms: stored?.scheme === 'tms',
      });
      return result.ok ? [result.layer] : [];
    });
  } catch {
    return [];
  }
}

function writeCustom(layers: ImageryLayer[]): void {
  globalThis.localStorage?.setItem(CUSTOM_KEY, JSON.stringify(layers));
}

export const useImageryStore = create<ImageryState>()((set, get) => ({
  custom: readCustom(),
  wayback: [],
  waybackStatus: 'idle',
  addCustom: (layer) => {
    const custom = [...get().custom.filter((item) => item.id !== layer.id), layer];
    writeCustom(custom);
    set({ custom });
  },
  removeCustom: (layerId) => {
    const custom = get().custom.filter((item) => item.id !== layerId);
    writeCustom(custom);
    set({ custom });
  },
  loadWayback: async (fetchReleases) => {
    set({ waybackStatus: 'loading' });
    try {
      set({ wayback: await fetchReleases(), waybackStatus: 'loaded' });
    } catch {
      set({ waybackStatus: 'failed' });
    }
  },
}));

/** Every layer a user can pick, built-in first; a Wayback release already built in is not listed twice. */
export function allImagery(state: Pick<ImageryState, 'custom' | 'wayback'>): ImageryLayer[] {
  const builtInIds = new Set(BUILT_IN_IMAGERY.map((layer) => layer.id));
  return [...BUILT_IN_IMAGERY, ...state.wayback.filter((layer) => !builtInIds.has(layer.id)), ...state.custom];
}
