/**
 * The map: facilities over the offline basemap and the chosen imagery, with a swipe comparison of two imagery
 * layers when one is chosen. Thin: state comes from the stores, drawing is the controllers' job.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bbox } from '@turf/turf';
import basemapUrl from '../../data/basemap/korea-region.geojson?url';
import { lastAnswer } from '../domain/lastAnswer';
import { boundaryNameFor } from '../domain/provinceNames';
import type { FacilityFilter } from '../domain/facilityFilter';
import type { Facility, Plan, Province } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';
import { useConsentedLayer } from '../store/imageryConsentStore';
import { allImagery, useImageryStore } from '../store/imageryStore';
import { useSessionStore } from '../store/sessionStore';
import { useEvidence } from '../ui/evidence/evidenceContext';
import { ImageryHint } from './imagery/ImageryHint';
import { ImageryStatusMessage } from './imagery/ImageryStatusMessage';
import type { ImageryStatus, ProvinceOverlay } from './MapController';
import { facilityFeatures, facilityHoverNames } from './layers/facilityLayers';
import { planRoomFeatures } from './layers/planLayers';
import { provinceLabelFeatures, provinceShapes, unlocatedByPcode } from './layers/provinceLayers';
import { useMapController } from './useMapController';
import { useFilterFeed } from './useFilterFeed';
import { useFitResults } from './useFitResults';

// The swipe comparison (and its library) loads only when a comparison is chosen, not with the first screen.
const CompareMap = lazy(() => import('./CompareMap').then((module) => ({ default: module.CompareMap })));

interface Props {
  /** Facilities after the filter. */
  facilities: readonly Facility[];
  /** The search and filters they passed. */
  filter: FacilityFilter;
  allFacilities: readonly Facility[];
  provinces: readonly Province[];
  plans: readonly Plan[];
  /** Called once, when the map has first drawn facilities. */
  onFacilitiesDrawn?: () => void;
}

export default function MapView({ facilities, filter, allFacilities, provinces, plans, onFacilitiesDrawn }: Props) {
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [imageryStatus, setImageryStatus] = useState<ImageryStatus>('off');
  const { facilityId, imagery, compare, camera, navigation, select, setCamera, enterFacility } = useSessionStore();
  const layers = allImagery(useImageryStore());
  // A chosen layer loads only once the user has agreed to contact its host (ImageryConsent); until then, paused.
  const imageryLayer = useConsentedLayer(layers.find((layer) => layer.id === imagery) ?? null);
  const compareLayer = useConsentedLayer(imageryLayer ? (layers.find((layer) => layer.id === compare) ?? null) : null);

  const controller = useMapController(container, basemapUrl, camera, {
    onSelect: select,
    onEnterRoom: enterFacility,
    onMove: setCamera,
    onImageryStatus: setImageryStatus,
    onFacilitiesDrawn,
  });

  // Facilities reach the map first; provinces (heavier to prepare) follow in their own update. Each carries its
  // count of violations passing the filters, drawn as a ring (none before the violations are loaded).
  const countOf = useEvidence()?.countOf;
  // A facility imported on this device says so when hovered, as the list and its card do.
  const local = useDatasetStore((state) => state.localFacilityIds);
  const features = useMemo(
    () =>
      lastAnswer((shown: readonly Facility[], violationsOf: ((facilityId: string) => number) | undefined) =>
        facilityFeatures(shown, violationsOf, (id) => local.has(id)),
      ),
    [local],
  );
  const hoverNames = useMemo(() => {
    const note = t('formats3.local.badge');
    return facilityHoverNames(allFacilities, i18n.language, (id) => (local.has(id) ? note : null));
  }, [allFacilities, i18n.language, local, t]);
  const facilityOverlay = useMemo(() => features(facilities, countOf), [features, facilities, countOf]);
  const shapes = useMemo(() => provinceShapes(provinces), [provinces]);
  // Each province's count of unlocated facilities shown, in its label.
  const provincesShowing = useMemo(
    () =>
      lastAnswer((shown: readonly Facility[]): ProvinceOverlay => {
        const unlocated = unlocatedByPcode(shapes, shown);
        return { shapes, unlocated, labels: provinceLabelFeatures(shapes, unlocated, (name) => t(`province.${name}`, { defaultValue: name })) };
      }),
    [shapes, t],
  );
  const provinceOverlay = useMemo(() => provincesShowing(facilities), [provincesShowing, facilities]);
  useFilterFeed(controller, features, provincesShowing);

  const planOverlay = useMemo(() => planRoomFeatures(plans), [plans]);

  useEffect(() => controller?.setFacilities(facilityOverlay), [controller, facilityOverlay]);
  useEffect(() => controller?.setHoverNames(hoverNames), [controller, hoverNames]);
  useEffect(() => controller?.setPlans(planOverlay), [controller, planOverlay]);
  useEffect(() => controller?.setProvinces(provinceOverlay), [controller, provinceOverlay]);
  useEffect(() => controller?.setSelected(facilityId), [controller, facilityId]);
  useEffect(() => controller?.setImagery(imageryLayer), [controller, imageryLayer]);
  const uiText = useMemo(
    () => ({
      'NavigationControl.ZoomIn': t('map.zoomIn'),
      'NavigationControl.ZoomOut': t('map.zoomOut'),
      'NavigationControl.ResetBearing': t('map.resetNorth'),
      'Map.Title': t('map.canvas'),
    }),
    [t],
  );
  useEffect(() => controller?.setUiText(uiText), [controller, uiText]);
  useFitResults(controller, facilities, filter);

  // A view arriving from a link or back/forward moves the camera; the user's own moves do not come back here.
  useEffect(() => {
    const view = useSessionStore.getState();
    if (controller && navigation > 0 && view.camera) controller.jumpTo(view.camera);
  }, [controller, navigation]);

  // Selecting a facility flies to it, or to its province when only the province is known; a link that names
  // both a facility and a camera keeps its camera. Once for each selection or navigation: the facilities and
  // provinces arriving later (the full dataset after the first facilities) do not move the camera again.
  const handled = useRef<{ facilityId: string | null; navigation: number } | null>(null);
  useEffect(() => {
    const facility = allFacilities.find((item) => item.id === facilityId);
    if (!controller || !facility) return;
    if (handled.current?.facilityId === facilityId && handled.current.navigation === navigation) return;
    const fromLink = handled.current?.navigation !== navigation;
    if (fromLink && useSessionStore.getState().camera) {
      handled.current = { facilityId, navigation };
      return;
    }
    if (facility.location) {
      handled.current = { facilityId, navigation };
      controller.flyToPoint(facility.location[0] ?? 0, facility.location[1] ?? 0);
      return;
    }
    const province = provinces.find((item) => item.name === boundaryNameFor(facility.province));
    if (!province) return;
    handled.current = { facilityId, navigation };
    controller.fitBounds(bbox(province.geometry) as [number, number, number, number]);
  }, [controller, facilityId, allFacilities, provinces, navigation]);

  return (
    <div className="map-area">
      <div ref={container} className="map" role="region" aria-label={t('map.label')} data-testid="map" />
      {controller && compareLayer && imageryLayer && (
        <Suspense fallback={null}>
          <CompareMap primary={controller} layer={compareLayer} facilities={facilityOverlay} hoverNames={hoverNames} provinces={provinceOverlay} basemapUrl={basemapUrl} />
        </Suspense>
      )}
      <ImageryStatusMessage layer={imageryLayer} status={imageryStatus} />
      {!imageryLayer && camera && <ImageryHint zoom={camera.zoom} />}
    </div>
  );
}
