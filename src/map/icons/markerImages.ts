/**
 * Draws the facility markers (shape × colour × precision) on a canvas, for the map should its
 * sheet drawn at build time (markerSheet.ts) fail to load.
 */
import { FACILITY_TYPES, type FacilityType } from '../../domain/enums';
import { markerImageName, shapeOutline, TYPE_STYLES } from '../layers/typeStyles';
import { BADGE_NAMES, rasterBadge, type BadgeName } from './rasterBadges';
import { MARKER_SIZE } from './rasterMarker';
import type { MarkerImage } from './markerSheet';

const SIZE = 26;
const RADIUS = 8.5;

function tracePath(context: CanvasRenderingContext2D, type: FacilityType): void {
  const centre = SIZE / 2;
  const outline = shapeOutline(TYPE_STYLES[type].shape);
  context.beginPath();
  if (outline === null) {
    context.arc(centre, centre, RADIUS, 0, Math.PI * 2);
    if (TYPE_STYLES[type].shape === 'ring') context.arc(centre, centre, RADIUS * 0.45, 0, Math.PI * 2, true);
  } else {
    outline.forEach(([x, y], index) => {
      const px = centre + x * RADIUS;
      const py = centre + y * RADIUS;
      if (index === 0) context.moveTo(px, py);
      else context.lineTo(px, py);
    });
  }
  context.closePath();
}

/** A canvas with one marker; approximate points are hollow with a dashed outline. */
function drawMarker(type: FacilityType, approximate: boolean, pixelRatio = 1): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE * pixelRatio;
  canvas.height = SIZE * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.scale(pixelRatio, pixelRatio);
  tracePath(context, type);
  context.lineJoin = 'round';
  // A dark halo first, so light markers stay visible on bright imagery and dark ones on the dark basemap.
  context.strokeStyle = 'rgba(0,0,0,0.85)';
  context.lineWidth = approximate ? 5 : 4;
  context.stroke();
  if (approximate) {
    context.setLineDash([3, 2]);
    context.strokeStyle = TYPE_STYLES[type].colour;
    context.lineWidth = 2.5;
    context.stroke();
  } else {
    context.fillStyle = TYPE_STYLES[type].colour;
    context.fill('evenodd');
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.2;
    context.stroke();
  }
  return canvas;
}

/** A badge (or the linked-place marker) as image data: the same pixels the build puts on the sheets. */
function badgeImageData(name: BadgeName, pixelRatio: number): ImageData {
  const size = Math.round(MARKER_SIZE * pixelRatio);
  return new ImageData(rasterBadge(name, pixelRatio), size, size);
}

export function markerImages(pixelRatio: number): MarkerImage[] {
  const badges = BADGE_NAMES.map((name) => ({ name, image: badgeImageData(name, pixelRatio), pixelRatio }));
  return FACILITY_TYPES.flatMap((type) =>
    [false, true].map((approximate) => {
      const canvas = drawMarker(type, approximate, pixelRatio);
      const context = canvas.getContext('2d');
      return {
        name: markerImageName(type, approximate ? 'approximate' : 'site'),
        image: context ? context.getImageData(0, 0, canvas.width, canvas.height) : new ImageData(1, 1),
        pixelRatio,
      };
    }),
  ).concat(badges);
}
