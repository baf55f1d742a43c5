/**
 * The static first view (issue 17): index.html paints the map page's default view at once — the header and the
 * sidebar's first lines, the basemap, the provinces with their labels and the facilities as the live map will draw
 * them — from what the build prepares here, and the small first-view script (src/map/firstView/firstView.ts, its
 * own entry, run before the app's code) places it for the screen and hands over to the live map when the map has
 * drawn everything. Made only from the data the public gate passed (publicDataGuard), so nothing restricted can
 * be painted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { countEvidence, facilityCount } from '../../../src/domain/evidence/evidenceCounts';
import { EMPTY_EVIDENCE } from '../../../src/domain/evidence/evidenceFilter';
import { evidenceIndexFor } from '../../../src/domain/evidence/evidenceIndex';
import type { GateResult } from '../../../src/domain/publish/publicGate';
import { LANGUAGES, type Language } from '../../../src/i18n/languages';
import type { FirstViewData, FirstViewImages, FirstViewLabel } from '../../../src/map/firstView/firstViewData';
import { COUNTRY_BOUNDS, mercatorX, mercatorY } from '../../../src/map/firstView/firstViewCamera';
import { BASEMAP_ATTRIBUTION } from '../../../src/map/basemapStyle';
import { facilityFeatures } from '../../../src/map/layers/facilityLayers';
import { PROVINCE_ATTRIBUTION, provinceLabelFeatures, provinceShapes, unlocatedByPcode } from '../../../src/map/layers/provinceLayers';
import { facilitiesByZoom, markerIcons } from './firstViewFacilities';
import { geographyShapes } from './firstViewShapes';
import { geographySvg, imageFrame, svgDataUrl } from './firstViewGeography';
import { overlay, skeletons, type Dictionary } from './firstViewMarkup';

const ENTRY = 'src/map/firstView/firstView.ts';
/** The tile zooms the first view is prepared for: a map column from a small tablet's to a large screen's. */
const ZOOMS = [4, 5, 6, 7, 8];
/** What the geography image covers: the bounds and as much around them as a wide or tall map column shows. */
const GEOGRAPHY_BOX = { west: 119.5, south: 35, east: 135.5, north: 45.5 };
/** The sources' attributions, as the map's attribution control lists them. */
const ATTRIBUTION = `${BASEMAP_ATTRIBUTION} | ${PROVINCE_ATTRIBUTION}`;

function dictionary(language: Language): Dictionary {
  const folder = join('src/i18n/locales', language);
  const parts = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  return Object.assign({}, ...parts.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Dictionary)) as Dictionary;
}

/** The first view's data and images from the gate's reading of the public data and the offline basemap. */
export function firstViewData(checked: GateResult, basemapPath: string, dictionaries: Record<Language, Dictionary>): { data: FirstViewData; images: FirstViewImages } {
  const { facilities, provinces, violations } = checked.loaded.dataset;
  // Each facility's violations as the map's rings count them with no filter set (evidenceContext).
  const evidence = evidenceIndexFor(violations);
  const counts = countEvidence(evidence, EMPTY_EVIDENCE, facilities.map((facility) => facility.id));
  const features = facilityFeatures(facilities, (id) => facilityCount(evidence, counts, id)).features;
  const zooms = facilitiesByZoom(features, ZOOMS);
  const used = new Set(Object.values(zooms).flatMap((drawn) => [...drawn.markers, ...drawn.badges].map((marker) => marker.icon)));
  const shapes = provinceShapes(provinces);
  const unlocated = unlocatedByPcode(shapes, facilities);
  const labels = Object.fromEntries(
    LANGUAGES.map((language) => {
      const text = dictionaries[language];
      const points = provinceLabelFeatures(shapes, unlocated, (name) => text[`province.${name}`] ?? name).features;
      return [language, points.map(({ geometry, properties }): FirstViewLabel => ({ x: mercatorX(geometry.coordinates[0] ?? 0), y: mercatorY(geometry.coordinates[1] ?? 0), lines: properties.label.split('\n') }))];
    }),
  ) as Record<Language, FirstViewLabel[]>;
  const box = GEOGRAPHY_BOX;
  const frame = imageFrame(box);
  const svg = geographySvg(box, geographyShapes(basemapPath, shapes, unlocated));
  const icons = markerIcons(used);
  const data: FirstViewData = {
    bounds: COUNTRY_BOUNDS,
    geography: { left: frame.left, top: frame.top, right: frame.right, bottom: frame.bottom },
    zooms,
    icons: { names: icons.names },
    labels,
    rings: features.some((feature) => feature.properties.violations > 0),
  };
  return { data, images: { geography: svgDataUrl(svg), strips: icons.strips } };
}

/**
 * index.html with the static first view: the first-view script before the app's, the skeleton in #root, the overlay
 * and its data after it. Refuses (throws) unless the public gate passed the data: nothing unchecked is painted.
 */
export function firstViewHtml(html: string, checked: GateResult | null, scriptPath: string, basemap: string, imports: readonly string[] = [], later: readonly string[] = []): string {
  if (!checked?.passed) throw new Error('firstView: the public gate has not passed the data; no static view is made from unchecked data');
  const dictionaries = { en: dictionary('en'), ko: dictionary('ko') };
  const { data: drawn, images } = firstViewData(checked, basemap, dictionaries);
  const data: FirstViewData = { ...drawn, ...(later.length > 0 ? { later: [...later] } : {}) };
  const firstModule = html.indexOf('<script type="module"');
  if (firstModule < 0 || !html.includes('<div id="root"></div>')) throw new Error('firstView: index.html has no module script or no empty #root');
  // Its imports preloaded with it, not found one round trip later.
  const preloads = imports.map((path) => `<link rel="modulepreload" crossorigin href="${path}">\n    `).join('');
  const script = `<script type="module" async crossorigin src="${scriptPath}"></script>\n    ${preloads}`;
  return (html.slice(0, firstModule) + script + html.slice(firstModule)).replace(
    '<div id="root"></div>',
    `<div id="root">${skeletons(dictionaries)}</div>${overlay(data, images, ATTRIBUTION)}`,
  );
}

/** The plugin: the first-view script as an entry of its own, and index.html's static view. */
export function firstView(options: { checked: () => GateResult | null; basemap: string }): Plugin {
  let base = '/';
  return {
    name: 'atlas:first-view',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: ENTRY, name: 'firstView' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The map's page only: interview mode's page has no map.
        if (context.path !== '/index.html' || !context.bundle) return html;
        const chunk = Object.values(context.bundle).find((file) => file.type === 'chunk' && file.facadeModuleId?.replaceAll('\\', '/').endsWith(ENTRY));
        if (!chunk) throw new Error(`firstView: the build emitted no chunk for ${ENTRY}`);
        // The basemap as the live map asks for it (MapView imports it by URL).
        const basemapName = basename(options.basemap);
        const basemapAsset = Object.values(context.bundle).find((file) => file.type === 'asset' && (file.originalFileNames ?? []).some((name) => basename(name) === basemapName));
        const imports = chunk.type === 'chunk' ? chunk.imports.map((name) => `${base}${name}`) : [];
        return firstViewHtml(html, options.checked(), `${base}${chunk.fileName}`, options.basemap, imports, basemapAsset ? [`${base}${basemapAsset.fileName}`] : []);
      },
    },
  };
}
