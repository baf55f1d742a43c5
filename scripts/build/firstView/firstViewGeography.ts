/**
 * The default view's basemap and provinces as one SVG image, drawn with the live map's paint (basemapStyle,
 * provinceLayers): Natural Earth's land, coast and borders, then the provinces tinted by their unlocated
 * facilities. Projected to Web Mercator in pixels at zoom 6 (about the first view's zoom on a laptop), simplified
 * to a quarter pixel there and clipped to the basemap's box; strokes keep their width in screen pixels at any size.
 */
import { bboxClip, simplify } from '@turf/turf';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorX, mercatorY, WORLD_PIXELS } from '../../../src/map/firstView/firstViewCamera';

/** Units of the image: pixels at zoom 6. */
const SCALE = WORLD_PIXELS * 2 ** 6;
/** maplibre's own simplification of GeoJSON tiles (0.375 px at each zoom). */
const TOLERANCE = 0.375;
/** The image's natural size is this many times its units, so a browser never counts it as upscaled. */
const NATURAL = 4;

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

interface Paint {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  width?: number;
  opacity?: number;
  dash?: string;
}

export interface Shape {
  geometry: Polygon | MultiPolygon | MultiLineString;
  paint: Paint;
  /** Shapes drawn twice (a province's fill, then its outline) name their geometry once, by this id. */
  id?: string;
}

/** A Mercator box's corners, the units of the image relative to its top left. */
export function imageFrame(box: Box) {
  const [left, top] = [mercatorX(box.west), mercatorY(box.north)];
  const [right, bottom] = [mercatorX(box.east), mercatorY(box.south)];
  return { left, top, right, bottom, width: (right - left) * SCALE, height: (bottom - top) * SCALE };
}

function projected(geometry: Geometry, frame: ReturnType<typeof imageFrame>): Geometry {
  const point = ([lon = 0, lat = 0]: Position): Position => [(mercatorX(lon) - frame.left) * SCALE, (mercatorY(lat) - frame.top) * SCALE];
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(point)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((line) => line.map(point))) };
    default:
      throw new Error(`the first view draws no ${geometry.type}`);
  }
}

const number = (value: number) => String(Math.round(value * 10) / 10);

/** Tenths of a unit, with no leading zero and no separator before a minus sign. */
function pair(x: number, y: number): string {
  const short = (value: number) => number(value).replace(/^(-?)0\./, '$1.');
  const [a, b] = [short(x), short(y)];
  return `${a}${b.startsWith('-') ? '' : ' '}${b}`;
}

/** SVG path data of projected, simplified and clipped rings or lines: rounded to tenths, each step relative. */
function pathData(geometry: Geometry, close: boolean): string {
  const lines = geometry.type === 'Polygon' || geometry.type === 'MultiLineString' ? geometry.coordinates : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
  return lines
    .filter((line) => line.length >= 2)
    .map((line) => {
      const tenths = line.map(([x = 0, y = 0]) => [Math.round(x * 10), Math.round(y * 10)] as const);
      const [first = [0, 0]] = tenths;
      const steps = tenths.slice(1).map(([x, y], index) => pair((x - (tenths[index]?.[0] ?? 0)) / 10, (y - (tenths[index]?.[1] ?? 0)) / 10));
      return `M${pair(first[0] / 10, first[1] / 10)}l${steps.join(' ').replace(/ -/g, '-')}${close ? 'z' : ''}`;
    })
    .join('');
}

function attributes(paint: Paint): string {
  const parts = [
    `fill="${paint.fill ?? 'none'}"`,
    paint.fillOpacity === undefined ? '' : `fill-opacity="${paint.fillOpacity}"`,
    paint.fill ? 'fill-rule="evenodd"' : '',
    paint.stroke ? `stroke="${paint.stroke}" stroke-width="${paint.width ?? 1}" vector-effect="non-scaling-stroke" stroke-linejoin="round"` : '',
    paint.opacity === undefined ? '' : `stroke-opacity="${paint.opacity}"`,
    paint.dash ? `stroke-dasharray="${paint.dash}"` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The shapes, in drawing order, as an SVG document covering `box`. */
export function geographySvg(box: Box, shapes: readonly Shape[]): string {
  const frame = imageFrame(box);
  const defined = new Set<string>();
  const definitions: string[] = [];
  const paths = shapes.flatMap(({ geometry, paint, id }) => {
    if (id && defined.has(id)) return [`<use href="#${id}" ${attributes(paint)}/>`];
    const feature: Feature = { type: 'Feature', properties: {}, geometry: projected(geometry, frame) };
    const simple = simplify(feature, { tolerance: TOLERANCE, highQuality: false });
    const clipped = bboxClip(simple as Feature<Polygon | MultiPolygon | MultiLineString>, [-1, -1, frame.width + 1, frame.height + 1]);
    const data = pathData(clipped.geometry, geometry.type !== 'MultiLineString');
    if (!data) return [];
    if (!id) return [`<path ${attributes(paint)} d="${data}"/>`];
    defined.add(id);
    // vector-effect is not inherited: the definition carries it for the outline drawn through <use>.
    definitions.push(`<path id="${id}" vector-effect="non-scaling-stroke" d="${data}"/>`);
    return [`<use href="#${id}" ${attributes(paint)}/>`];
  });
  const [width, height] = [number(frame.width), number(frame.height)];
  const defs = definitions.length > 0 ? `<defs>${definitions.join('')}</defs>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${number(frame.width * NATURAL)}" height="${number(frame.height * NATURAL)}" preserveAspectRatio="none">${defs}${paths.join('')}</svg>`;
}

/** An SVG document as a data: URL (percent-encoded only where it must be: smaller than base64, gzips well). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${svg.replace(/[%#<>"\n]/g, (character) => encodeURIComponent(character))}`;
}
