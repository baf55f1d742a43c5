/**
 * The page's first-view script (its own small entry, run before the app's code arrives): shows the static first
 * view the build put in index.html — the header and the sidebar's first lines in the reader's language, and the
 * default map view (basemap, provinces and their labels, the facilities clustered as the live map clusters them)
 * placed exactly where the live map will draw the same things — then hands over to the live map when its first
 * full frame is drawn. Skipped, and removed, for an address that asks for another view (firstViewApplies).
 */
import { MAP_COMPLETE_MARK, MAP_EVIDENCE_MARK } from '../../app/pagePaths';
import { LANGUAGE_STORAGE_KEY, type Language } from '../../i18n/languages';
import { firstViewLanguage } from './firstViewApplies';
import { fitBoundsCamera, tileZoom, toScreen } from './firstViewCamera';
import { FIRST_VIEW_DATA_ID, FIRST_VIEW_DONE_MARK, FIRST_VIEW_GEOGRAPHY_CLASS, FIRST_VIEW_ID, FIRST_VIEW_MARK, FIRST_VIEW_STRIP_CLASS, type FirstViewData } from './firstViewData';
import { drawClusters, drawLabels, drawMarkers, hideCollidingLabels, type MarkerImages } from './firstViewDrawing';

/** The phone layout puts the sidebar over the map as a sheet: the static view covers the wide layout only. */
const PHONE_QUERY = '(max-width: 40rem)';
/** Should the live map never draw (no WebGL), the static view gives way to what the app says about it. */
const DEADLINE_MS = 30_000;

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function finish(detail: 'handed over' | 'skipped'): void {
  for (const id of [FIRST_VIEW_ID, FIRST_VIEW_DATA_ID]) document.getElementById(id)?.remove();
  if (detail === 'skipped') for (const element of document.querySelectorAll('[data-first-view-skeleton]')) element.remove();
  if (performance.getEntriesByName(FIRST_VIEW_DONE_MARK).length > 0) return;
  performance.mark(FIRST_VIEW_DONE_MARK, { detail });
  dispatchEvent(new Event(FIRST_VIEW_DONE_MARK));
}

/** An image's data loaded (not decoded: drawing the small marker images decodes them at once, on the spot). */
function loaded(image: HTMLImageElement): Promise<unknown> {
  if (image.complete) return Promise.resolve();
  return new Promise((resolve, reject) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', reject, { once: true });
  });
}

/**
 * The geography decoded and the markers' strip loaded (both in the overlay's markup, loading since the page was
 * parsed), so the frame that shows the view shows all of it. The strip is not `decode()`d: a decode request waits
 * its turn in the compositor's queue (with one image per marker, 14 requests took 300–450 ms here), while drawing
 * the loaded strip into the canvas decodes it in a millisecond.
 */
async function prepare(geography: HTMLImageElement, strip: HTMLImageElement, data: FirstViewData): Promise<MarkerImages> {
  await Promise.all([geography.decode(), loaded(strip)]);
  return { strip, names: data.icons.names };
}

function show(overlay: HTMLElement, data: FirstViewData, language: Language, images: MarkerImages): boolean {
  const column = document.querySelector<HTMLElement>('#root .app:not([hidden]) .map-column');
  const geography = overlay.querySelector<HTMLImageElement>(`img.${FIRST_VIEW_GEOGRAPHY_CLASS}`);
  const svg = overlay.querySelector<SVGSVGElement>('svg');
  const canvas = overlay.querySelector<HTMLCanvasElement>('canvas');
  if (!column || !geography || !svg || !canvas) return false;
  const [width, height] = [column.clientWidth, column.clientHeight];
  const camera = fitBoundsCamera(data.bounds, width, height);
  const points = data.zooms[String(tileZoom(camera.zoom))];
  if (!points || width === 0 || height === 0) return false;
  const box = column.getBoundingClientRect();
  Object.assign(overlay.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${width}px`, height: `${height}px` });
  const { left, top, right, bottom } = data.geography;
  const [x0, y0] = toScreen(camera, width, height, left, top);
  const [x1, y1] = toScreen(camera, width, height, right, bottom);
  Object.assign(geography.style, { left: `${x0}px`, top: `${y0}px`, width: `${x1 - x0}px`, height: `${y1 - y0}px` });
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.replaceChildren();
  const place = (x: number, y: number) => toScreen(camera, width, height, x, y);
  const labels = drawLabels(svg, data.labels[language], place);
  hideCollidingLabels(labels, drawClusters(svg, points, place));
  drawMarkers(canvas, points, place, images, width, height);
  return true;
}

function start(): void {
  const overlay = document.getElementById(FIRST_VIEW_ID);
  const dataText = document.getElementById(FIRST_VIEW_DATA_ID)?.textContent;
  const language = firstViewLanguage({
    pathname: location.pathname,
    search: location.search,
    stored: storedLanguage(),
    browser: navigator.languages ?? [],
  });
  if (!overlay || !dataText || language === null || matchMedia(PHONE_QUERY).matches) return finish('skipped');
  const data = JSON.parse(dataText) as FirstViewData;
  // The skeleton in #root (header and the sidebar's first lines) in the reader's language; React replaces it.
  for (const element of document.querySelectorAll<HTMLElement>('[data-first-view-lang]')) element.hidden = element.dataset.firstViewLang !== language;
  document.documentElement.lang = language;
  const geography = overlay.querySelector<HTMLImageElement>(`img.${FIRST_VIEW_GEOGRAPHY_CLASS}`);
  const strip = overlay.querySelector<HTMLImageElement>(`img.${FIRST_VIEW_STRIP_CLASS}`);
  if (!geography || !strip) return finish('skipped');
  void prepare(geography, strip, data).then(
    (images) => {
      if (!document.getElementById(FIRST_VIEW_ID)) return;
      overlay.hidden = false;
      if (!show(overlay, data, language, images)) return finish('skipped');
      requestAnimationFrame(() => {
        performance.mark(FIRST_VIEW_MARK);
        // At once, not as an observer's entry (delivered late on a busy page): the app renders in the next task.
        dispatchEvent(new Event(FIRST_VIEW_MARK));
      });
      fetchWhenLoaded(data.later ?? []);
      watchHandOver(overlay, data.rings ? [MAP_COMPLETE_MARK, MAP_EVIDENCE_MARK] : [MAP_COMPLETE_MARK], (current) => show(current, data, language, images));
    },
    () => finish('skipped'),
  );
}

/**
 * What the live map fetches only when it draws (the basemap), fetched once the page's own files are in: the live
 * map, hidden under the static view until it has drawn everything, then finds it in the cache.
 */
function fetchWhenLoaded(urls: readonly string[]): void {
  const fetchAll = () => urls.forEach((url) => void fetch(url).catch(() => undefined));
  if (document.readyState === 'complete') fetchAll();
  else addEventListener('load', fetchAll, { once: true });
}

/**
 * Gone when the live map has drawn everything the static view shows (`marks`: everything, and the rings when there
 * are any), when the reader reaches for the map, or at the deadline.
 */
function watchHandOver(overlay: HTMLElement, marks: readonly string[], layout: (overlay: HTMLElement) => boolean): void {
  const observer = new PerformanceObserver(() => {
    if (!marks.every((mark) => performance.getEntriesByName(mark).length > 0)) return;
    observer.disconnect();
    finish('handed over');
  });
  observer.observe({ type: 'mark', buffered: true });
  const reach = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('.map-column')) finish('handed over');
  };
  for (const type of ['pointerdown', 'wheel', 'keydown']) document.addEventListener(type, reach, { capture: true, passive: true });
  // The app's own layout replaces the skeleton's: the view follows the map's column, as the live map does.
  const resized = new ResizeObserver(() => {
    if (overlay.isConnected && !layout(overlay)) finish('skipped');
  });
  const follow = () => {
    const column = document.querySelector('#root .app:not([hidden]) .map-column');
    if (column) resized.observe(column);
  };
  new MutationObserver(follow).observe(document.getElementById('root') ?? document.body, { childList: true });
  follow();
  addEventListener('resize', () => overlay.isConnected && !layout(overlay) && finish('skipped'));
  setTimeout(() => finish('handed over'), DEADLINE_MS);
}

/**
 * The script is loaded async, so it runs as soon as it arrives — before the app's deferred code is evaluated — but
 * not before the page is parsed (the overlay and its data end the body) and its stylesheet applies (the layout
 * says where the map's column is).
 */
function whenLaidOut(then: () => void): void {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((link) => !link.sheet);
  if (document.readyState === 'loading') document.addEventListener('readystatechange', () => whenLaidOut(then), { once: true });
  else if (pending.length > 0) void Promise.all(pending.map((link) => new Promise((done) => ['load', 'error'].forEach((type) => link.addEventListener(type, done, { once: true }))))).then(() => whenLaidOut(then));
  else then();
}

whenLaidOut(start);
