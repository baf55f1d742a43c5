/**
 * The static first view's facilities and province labels as SVG, drawn with the live map's own paint: cluster
 * circles and counts (facilityLayers), the marker images cut from the map's own marker sheets, the labels' size,
 * colour and halo (provinceLayers). Positions come from `place` (Mercator → the container's pixels). Text takes the
 * page's typeface: each other font family costs a lookup (up to ~180 ms here) in the layout that paints the view.
 */
import type { FirstViewFacilities, FirstViewLabel } from './firstViewData';

const SVG = 'http://www.w3.org/2000/svg';
const MARKER_SIZE = 26;
/** A province label is hidden where it would overlap a cluster's count, as the map's symbol placement does. */
const LABEL_PADDING = 2;

type Place = (x: number, y: number) => [number, number];

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const made = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, String(value));
  return made;
}

/** The province labels, one line of text a line, centred on their point with the map's halo. */
export function drawLabels(svg: SVGSVGElement, labels: readonly FirstViewLabel[], place: Place): SVGTextElement[] {
  return labels.map(({ x, y, lines }) => {
    const [left, top] = place(x, y);
    const text = element('text', {
      x: left,
      y: top,
      'font-size': 12,
      fill: '#f4f1e8',
      stroke: '#111111',
      'stroke-width': 2.8,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
    }) as SVGTextElement;
    lines.forEach((line, index) => {
      const span = element('tspan', { x: left, y: top + (index - (lines.length - 1) / 2) * 14.4 });
      span.textContent = line;
      text.append(span);
    });
    svg.append(text);
    return text;
  });
}

/** Radius of a cluster's circle by its count, as facility-clusters' circle-radius step. */
function clusterRadius(count: number): number {
  return count >= 50 ? 23 : count >= 10 ? 17 : 13;
}

/** The markers' images: `names`' images one above the other in `strip`, each as wide as the strip. */
export interface MarkerImages {
  strip: HTMLImageElement;
  names: readonly string[];
}

/** Markers, then badges, over the clusters: the same images the live map cuts from its marker sheet. */
export function drawMarkers(canvas: HTMLCanvasElement, facilities: FirstViewFacilities, place: Place, images: MarkerImages, width: number, height: number): void {
  const ratio = window.devicePixelRatio || 1;
  [canvas.width, canvas.height] = [Math.round(width * ratio), Math.round(height * ratio)];
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(ratio, ratio);
  const size = images.strip.naturalWidth;
  for (const { x, y, icon, faded } of [...facilities.markers, ...facilities.badges]) {
    const slot = images.names.indexOf(icon);
    if (slot < 0) continue;
    const [left, top] = place(x, y);
    context.globalAlpha = faded ? 0.6 : 1;
    context.drawImage(images.strip, 0, slot * size, size, size, left - MARKER_SIZE / 2, top - MARKER_SIZE / 2, MARKER_SIZE, MARKER_SIZE);
  }
}

/** A violations ring (violationLayers): its area grows with the count, outside `base` px. */
function ring(svg: SVGSVGElement, [left, top]: [number, number], base: number, violations: number): void {
  const radius = base + 2 + 1.4 * Math.sqrt(violations);
  svg.append(element('circle', { cx: left, cy: top, r: radius + 1, fill: 'rgba(138, 28, 28, 0.16)', stroke: '#8a1c1c', 'stroke-width': 2 }));
}

/**
 * The clusters' rings, circles and counts, then the markers' rings, in the map's layer order; returns the count
 * texts.
 */
export function drawClusters(svg: SVGSVGElement, facilities: FirstViewFacilities, place: Place): SVGTextElement[] {
  for (const { x, y, count, violations } of facilities.clusters) if (violations) ring(svg, place(x, y), clusterRadius(count), violations);
  const counts = facilities.clusters.map(({ x, y, count, text }) => {
    const [left, top] = place(x, y);
    // maplibre strokes a circle outside its radius: an SVG stroke is centred on the outline.
    svg.append(element('circle', { cx: left, cy: top, r: clusterRadius(count) + 1, fill: '#f4f1e8', 'fill-opacity': 0.92, stroke: '#8a1c1c', 'stroke-width': 2 }));
    const label = element('text', { x: left, y: top, 'font-size': 13, fill: '#1d1f21', 'text-anchor': 'middle', 'dominant-baseline': 'central' }) as SVGTextElement;
    label.textContent = text;
    return label;
  });
  for (const label of counts) svg.append(label);
  for (const { x, y, violations } of facilities.markers) if (violations) ring(svg, place(x, y), MARKER_SIZE / 2, violations);
  return counts;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.x - LABEL_PADDING < b.x + b.width && b.x < a.x + a.width + LABEL_PADDING && a.y - LABEL_PADDING < b.y + b.height && b.y < a.y + a.height + LABEL_PADDING;
}

/** Hides each label that would collide with a cluster's count (placed first by the map: its layer is above). */
export function hideCollidingLabels(labels: readonly SVGTextElement[], counts: readonly SVGTextElement[]): void {
  const taken = counts.map((count) => count.getBBox());
  for (const label of labels) {
    const box = label.getBBox();
    if (taken.some((other) => overlaps(box, other))) label.setAttribute('visibility', 'hidden');
  }
}
