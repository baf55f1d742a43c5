/**
 * A second map over the first, with a swipe bar between them (maplibre-gl-compare): the left side shows the
 * primary imagery, the right side this one, both moving together.
 */
import Compare from '@maplibre/maplibre-gl-compare';
import '@maplibre/maplibre-gl-compare/dist/maplibre-gl-compare.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageryLayer } from './imagery/imageryLayers';
import { ImageryStatusMessage } from './imagery/ImageryStatusMessage';
import type { FeatureCollection } from 'geojson';
import type { ImageryStatus, MapController, ProvinceOverlay } from './MapController';
import { useMapController } from './useMapController';

interface Props {
  primary: MapController;
  layer: ImageryLayer;
  facilities: FeatureCollection;
  hoverNames: ReadonlyMap<string, string>;
  provinces: ProvinceOverlay;
  basemapUrl: string;
}

export function CompareMap({ primary, layer, facilities, hoverNames, provinces, basemapUrl }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<ImageryStatus>('off');
  const center = primary.map.getCenter();
  const secondary = useMapController(
    container,
    basemapUrl,
    { lon: center.lng, lat: center.lat, zoom: primary.map.getZoom() },
    { onSelect: () => undefined, onEnterRoom: () => undefined, onMove: () => undefined, onImageryStatus: setStatus },
  );

  useEffect(() => secondary?.setFacilities(facilities), [secondary, facilities]);
  useEffect(() => secondary?.setHoverNames(hoverNames), [secondary, hoverNames]);
  useEffect(() => secondary?.setProvinces(provinces), [secondary, provinces]);
  useEffect(() => secondary?.setImagery(layer), [secondary, layer]);
  useEffect(() => {
    const wrapper = container.current?.parentElement;
    if (!secondary || !wrapper) return;
    const compare = new Compare(primary.map, secondary.map, wrapper, {});
    return () => {
      compare.remove();
      primary.map.getContainer().style.clip = '';
    };
  }, [primary, secondary]);

  return (
    <>
      <div ref={container} className="map map-compare" role="region" aria-label={t('compare.label', { name: layer.name })} />
      <ImageryStatusMessage layer={layer} status={status} side="right" />
    </>
  );
}
