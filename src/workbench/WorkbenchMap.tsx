/**
 * The workbench map: a WorkbenchMapController for the container, fed the work, the tool, the selection, the
 * imagery, the diagrams and the control points of the one being placed; what the user draws comes back as
 * changes through the edit funnel. Around it: the live measures, and a hint to choose imagery when there is none.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import basemapUrl from '../../data/basemap/korea-region.geojson?url';
import { moveControlPoint } from '../domain/workbench/diagramEdits';
import { cornersMovedChange, drawnChange, reshapedChange } from '../domain/workbench/drawnChanges';
import { publishedReference } from '../domain/workbench/publishedReference';
import type { FacilityWork } from '../domain/workbench/workTypes';
import type { Facility } from '../domain/types';
import { ImageryHint } from '../map/imagery/ImageryHint';
import { ImageryStatusMessage } from '../map/imagery/ImageryStatusMessage';
import type { ImageryStatus } from '../map/MapController';
import type { WorkStorage } from '../persistence/workStorage';
import { useDatasetStore } from '../store/datasetStore';
import { useConsentedLayer } from '../store/imageryConsentStore';
import { allImagery, useImageryStore } from '../store/imageryStore';
import { useSessionStore } from '../store/sessionStore';
import { useWorkCore, useWorkStore } from '../store/workStore';
import { placePendingPoint } from './diagrams/placePendingPoint';
import { useDiagramOverlays } from './diagrams/useDiagramOverlays';
import { WorkbenchMapController } from './map/WorkbenchMapController';
import { facilityPoint, workLabels } from './map/workLabels';
import { MeasureReadout } from './MeasureReadout';
import { useWorkbenchUi } from './workbenchUiStore';

const TRACING_ZOOM = 18;

export function WorkbenchMap({ facility, work, storage }: { facility: Facility; work: FacilityWork; storage: WorkStorage }) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<WorkbenchMapController | null>(null);
  const [imageryStatus, setImageryStatus] = useState<ImageryStatus>('off');
  const imageryId = useSessionStore((state) => state.imagery);
  const imagery = useConsentedLayer(allImagery(useImageryStore()).find((layer) => layer.id === imageryId) ?? null);
  const { tool, shape, cornersOf, placing, zoomRequest } = useWorkbenchUi();
  const zoom = useSessionStore((state) => state.camera?.zoom ?? TRACING_ZOOM);
  const placed = work.diagrams.find((diagram) => diagram.id === placing);
  const labels = useMemo(() => workLabels(work, i18n.language), [work, i18n.language]);
  const facilityMark = useMemo(() => facilityPoint(facility, i18n.language), [facility, i18n.language]);
  const core = useWorkCore();
  const selection = useWorkStore((state) => state.selection);
  const overlays = useDiagramOverlays(work.diagrams, storage);
  const published = useDatasetStore((state) => state.dataset?.plans.find((plan) => plan.facilityId === facility.id));
  const reference = useMemo(() => publishedReference(published?.features ?? [], work), [published, work]);

  useEffect(() => {
    if (!container.current) return;
    const [lon = 0, lat = 0] = facility.location ?? [];
    const camera = useSessionStore.getState().camera ?? { lon, lat, zoom: TRACING_ZOOM };
    const current = () => core.store.getState().work;
    const created = new WorkbenchMapController(container.current, basemapUrl, camera, {
      onDrawn: (drawnWith, geometry) => {
        const work = current();
        const result = work && drawnChange(work, drawnWith, geometry);
        if (result) core.apply(result.change, { select: result.select });
      },
      onReshaped: (record, geometry) => {
        const work = current();
        const change = work && reshapedChange(work, record, geometry);
        if (change) core.apply(change);
      },
      onSelect: (record) => core.select(record),
      onPick: (lonLat) => placePendingPoint(core, lonLat),
      onCornersMoved: (diagramId, corners) => {
        const work = current();
        const change = work && cornersMovedChange(work, diagramId, corners);
        if (change) core.apply(change);
      },
      onControlPointMoved: (diagramId, pointId, lonLat) => {
        const diagram = current()?.diagrams.find((item) => item.id === diagramId);
        if (diagram) core.apply({ type: 'replace', collection: 'diagrams', record: moveControlPoint(diagram, pointId, { map: lonLat }) });
      },
      onImageryStatus: setImageryStatus,
      onMove: (next) => useSessionStore.getState().setCamera(next),
      onMeasure: (geometry) => useWorkbenchUi.getState().setDrawing(geometry),
    }, {
      handles: { move: t('benchtools.handle.move'), rotate: t('benchtools.handle.rotate'), scale: t('benchtools.handle.scale') },
      controlPoint: (number) => t('benchtools.point.onMap', { number }),
    });
    setController(created);
    return () => {
      created.destroy();
      setController(null);
    };
    // The words are read once: a change of language makes the map again, like a change of facility.
  }, [facility, core, t]);

  useEffect(() => controller?.setWork(work), [controller, work]);
  useEffect(() => controller?.setTool(tool, shape), [controller, tool, shape]);
  useEffect(() => controller?.setLabels(labels, facilityMark), [controller, labels, facilityMark]);
  useEffect(() => controller?.setControlPoints(placed && placed.placement.kind !== 'corners' ? placed.id : null, placed?.placement.kind === 'corners' ? [] : (placed?.placement.controlPoints ?? [])), [controller, placed]);
  useEffect(() => {
    if (zoomRequest) controller?.zoomTo(zoomRequest.corners);
  }, [controller, zoomRequest]);
  useEffect(() => controller?.select(selection), [controller, selection, tool]);
  useEffect(() => controller?.setImagery(imagery), [controller, imagery]);
  useEffect(() => controller?.setDiagrams(overlays, cornersOf), [controller, overlays, cornersOf]);
  useEffect(() => controller?.setPublished(reference), [controller, reference]);

  return (
    <div className="workbench-map-area">
      <div ref={container} className="map workbench-map" role="region" aria-label={t('workbench.map')} data-testid="workbench-map" />
      <ImageryStatusMessage layer={imagery} status={imageryStatus} />
      {!imagery && <ImageryHint zoom={zoom} />}
      <MeasureReadout work={work} />
      {reference.features.length > 0 && <p className="workbench-map-note">{t('workbench.publishedReference')}</p>}
    </div>
  );
}
