/** Completes a control point: the image point chosen in the panel meets the map point just clicked. */
import { addControlPoint } from '../../domain/workbench/diagramEdits';
import type { WorkCore } from '../../store/workCore';
import { useWorkbenchUi } from '../workbenchUiStore';

export function placePendingPoint(core: WorkCore, lonLat: [number, number]): void {
  const { pendingPoint, awaitMapPoint } = useWorkbenchUi.getState();
  const { work } = core.store.getState();
  const diagram = work?.diagrams.find((item) => item.id === pendingPoint?.diagramId);
  if (!pendingPoint || !diagram) return;
  core.apply({ type: 'replace', collection: 'diagrams', record: addControlPoint(diagram, pendingPoint.image, lonLat) });
  awaitMapPoint(null);
}
