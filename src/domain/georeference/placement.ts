/** A diagram's placement turned into what the map needs: the image's corners on the earth. */
import { localProjection } from '../plan3d/localFrame';
import type { ControlPoint, DiagramPlacement, ImagePoint, LonLat } from '../workbench/workTypes';
import { fitProjective } from './fitProjective';
import { applyMatrix, fitAffine, fitSimilarity, type FitResult, type ImageTransform } from './fitTransform';
import { invert3, type Matrix3 } from './matrix3';

const FITS = { similarity: fitSimilarity, affine: fitAffine, projective: fitProjective } as const;

type Corners = [LonLat, LonLat, LonLat, LonLat];

/** The fit of a control-point placement; null for a placement by corners. */
export function placementFit(placement: DiagramPlacement): FitResult | null {
  if (placement.kind === 'corners') return null;
  return FITS[placement.kind](placement.controlPoints);
}

export type FitMethod = keyof typeof FITS;
export const FIT_METHODS = Object.keys(FITS) as FitMethod[];

/** Every fit of the same control points, so the user can choose by the residuals each leaves. */
export function everyFit(controlPoints: readonly ControlPoint[]): { method: FitMethod; fit: FitResult }[] {
  return FIT_METHODS.map((method) => ({ method, fit: FITS[method](controlPoints) }));
}

export function imageToLonLat(transform: ImageTransform, point: ImagePoint): LonLat {
  return localProjection({ origin: transform.origin }).toLonLat(applyMatrix(transform, point));
}

/** The image point drawn at `lonLat`; null when the transform squashes the image flat. */
export function lonLatToImage(transform: ImageTransform, lonLat: LonLat): ImagePoint | null {
  const [g, h] = transform.perspective ?? [0, 0];
  const inverse = invert3([...transform.matrix, g, h, 1] as Matrix3);
  if (!inverse) return null;
  const [x, y] = localProjection({ origin: transform.origin }).toLocal(lonLat);
  const w = inverse[6] * x + inverse[7] * y + inverse[8];
  return [(inverse[0] * x + inverse[1] * y + inverse[2]) / w, (inverse[3] * x + inverse[4] * y + inverse[5]) / w];
}

/** Top-left, top-right, bottom-right, bottom-left of a `width` × `height` image; null while a fit fails. */
export function placementCorners(placement: DiagramPlacement, width: number, height: number): Corners | null {
  if (placement.kind === 'corners') return placement.corners;
  const fit = placementFit(placement);
  if (!fit?.ok) return null;
  const corners: ImagePoint[] = [[0, 0], [width, 0], [width, height], [0, height]];
  return corners.map((corner) => imageToLonLat(fit.transform, corner)) as Corners;
}
