/** A diagram's placement turned into what the map needs: the image's corners on the earth. */
import { localProjection } from '../plan3d/localFrame';
import type { DiagramPlacement, ImagePoint, LonLat } from '../workbench/workTypes';
import { applyMatrix, fitAffine, fitSimilarity, type FitResult, type ImageTransform } from './fitTransform';

type Corners = [LonLat, LonLat, LonLat, LonLat];

/** The fit of a control-point placement; null for a placement by corners. */
export function placementFit(placement: DiagramPlacement): FitResult | null {
  if (placement.kind === 'corners') return null;
  return placement.kind === 'similarity' ? fitSimilarity(placement.controlPoints) : fitAffine(placement.controlPoints);
}

export function imageToLonLat(transform: ImageTransform, point: ImagePoint): LonLat {
  return localProjection({ origin: transform.origin }).toLonLat(applyMatrix(transform, point));
}

/** The image point drawn at `lonLat`; null when the transform squashes the image flat. */
export function lonLatToImage(transform: ImageTransform, lonLat: LonLat): ImagePoint | null {
  const [a, b, c, d, e, f] = transform.matrix;
  const det = a * e - b * d;
  if (Math.abs(det) < 1e-15) return null;
  const [x, y] = localProjection({ origin: transform.origin }).toLocal(lonLat);
  return [(e * (x - c) - b * (y - f)) / det, (a * (y - f) - d * (x - c)) / det];
}

/** Top-left, top-right, bottom-right, bottom-left of a `width` × `height` image; null while a fit fails. */
export function placementCorners(placement: DiagramPlacement, width: number, height: number): Corners | null {
  if (placement.kind === 'corners') return placement.corners;
  const fit = placementFit(placement);
  if (!fit?.ok) return null;
  const corners: ImagePoint[] = [[0, 0], [width, 0], [width, height], [0, height]];
  return corners.map((corner) => imageToLonLat(fit.transform, corner)) as Corners;
}
