/** Imagery layers a user adds by URL template; checked before use, so a typo gives a message, not a blank map. */
import type { ImageryLayer } from './imageryLayers';

export interface CustomImageryInput {
  name: string;
  template: string;
  tms: boolean;
}

export type CustomImageryResult = { ok: true; layer: ImageryLayer } | { ok: false; reason: CustomImageryError };

export type CustomImageryError = 'name' | 'url' | 'placeholders';

/** Stable id from the template, so adding the same layer twice replaces it instead of duplicating it. */
function customId(template: string): string {
  let hash = 0;
  for (const char of template) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return `custom-${hash.toString(36)}`;
}

export function customImageryLayer(input: CustomImageryInput): CustomImageryResult {
  const name = input.name.trim();
  const template = input.template.trim();
  if (!name) return { ok: false, reason: 'name' };
  let url: URL;
  try {
    url = new URL(template.replace(/[{}]/g, ''));
  } catch {
    return { ok: false, reason: 'url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'url' };
  if (!['{z}', '{x}', '{y}'].every((placeholder) => template.includes(placeholder))) {
    return { ok: false, reason: 'placeholders' };
  }
  return {
    ok: true,
    layer: {
      id: customId(template),
      name,
      tiles: [template],
      tileSize: 256,
      maxzoom: 19,
      scheme: input.tms ? 'tms' : 'xyz',
      // The user's own name for it: we know nothing of its provider, its terms or its dates.
      attribution: name,
      licence: { key: 'imagery.licenceNote.custom' },
      date: { key: 'imagery.dateNote.custom' },
      custom: true,
    },
  };
}
