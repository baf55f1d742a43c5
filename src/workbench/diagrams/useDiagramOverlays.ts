/** The work's diagrams as map overlays: each with its image URL and the corners its placement gives. */
import { useEffect, useMemo, useState } from 'react';
import { placementCorners } from '../../domain/georeference/placement';
import type { Diagram } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import type { DiagramOverlay } from '../map/diagramLayers';
import { imageUrl } from './imageUrls';

/** Corners from the placement, or, while a fit lacks points, where the image sat when fitting began. */
export function diagramCorners(diagram: Diagram): DiagramOverlay['corners'] | null {
  const fitted = placementCorners(diagram.placement, diagram.width, diagram.height);
  if (fitted) return fitted;
  return diagram.placement.kind === 'corners' ? diagram.placement.corners : (diagram.placement.corners ?? null);
}

export function useDiagramOverlays(diagrams: Diagram[], storage: WorkStorage): DiagramOverlay[] {
  const [urls, setUrls] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    for (const diagram of diagrams) {
      if (urls[diagram.imageKey]) continue;
      void imageUrl(storage, diagram.imageKey).then((url) => {
        if (live && url) setUrls((current) => ({ ...current, [diagram.imageKey]: url }));
      });
    }
    return () => {
      live = false;
    };
  }, [diagrams, storage, urls]);
  return useMemo(
    () =>
      diagrams.flatMap((diagram) => {
        const url = urls[diagram.imageKey];
        const corners = diagramCorners(diagram);
        return url && corners ? [{ id: diagram.id, url, corners, opacity: diagram.opacity }] : [];
      }),
    [diagrams, urls],
  );
}
