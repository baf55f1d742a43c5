import type { FacilityType } from '../domain/enums';
import { badgeImageData, drawMarker } from '../map/icons/markerImages';
import type { Facility } from '../domain/types';
import { DOUBTFUL_BADGE, UNCONFIRMED_BADGE, type BadgeName } from '../map/icons/rasterBadges';
import { DOUBTFUL_MARKER_OPACITY } from '../map/layers/facilityLayers';

// Each image (type × precision, with or without a badge), drawn once and shared by every list item and legend entry.
const dataUrls = new Map<string, string>();

function markerDataUrl(type: FacilityType, approximate: boolean, badge: BadgeName | undefined): string {
  const key = `${type}:${approximate}:${badge ?? ''}`;
  let url = dataUrls.get(key);
  if (url === undefined) {
    let canvas = drawMarker(type, approximate, 2);
    if (badge === DOUBTFUL_BADGE) {
      // The map fades a doubtful point's marker (facilityLayers' icon-opacity): the legend shows it so.
      const faded = document.createElement('canvas');
      [faded.width, faded.height] = [canvas.width, canvas.height];
      const context = faded.getContext('2d');
      if (context) context.globalAlpha = DOUBTFUL_MARKER_OPACITY;
      context?.drawImage(canvas, 0, 0);
      canvas = faded;
    }
    if (badge) {
      // The badge's own pixels, laid over the marker as the map's badge layer lays them.
      const layer = document.createElement('canvas');
      [layer.width, layer.height] = [canvas.width, canvas.height];
      layer.getContext('2d')?.putImageData(badgeImageData(badge, 2), 0, 0);
      canvas.getContext('2d')?.drawImage(layer, 0, 0);
    }
    url = canvas.toDataURL();
    dataUrls.set(key, url);
  }
  return url;
}

function badgeDataUrl(badge: BadgeName): string {
  let url = dataUrls.get(badge);
  if (url === undefined) {
    const canvas = document.createElement('canvas');
    const image = badgeImageData(badge, 2);
    [canvas.width, canvas.height] = [image.width, image.height];
    canvas.getContext('2d')?.putImageData(image, 0, 0);
    url = canvas.toDataURL();
    dataUrls.set(badge, url);
  }
  return url;
}

interface Props {
  type: FacilityType;
  approximate?: boolean;
  /** A badge over the marker (a doubtful point, an unconfirmed site), as the map draws it. */
  badge?: BadgeName;
}

/** The same marker the map draws for a type, as an image for the legend and lists (decorative). */
export function MarkerIcon({ type, approximate = false, badge }: Props) {
  return <img className="marker-icon" src={markerDataUrl(type, approximate, badge)} width={18} height={18} alt="" aria-hidden="true" />;
}

/** The linked-place marker, drawn instead of a type marker (decorative). */
export function LinkedPlaceIcon() {
  return <img className="marker-icon" src={badgeDataUrl('facility-linked')} width={18} height={18} alt="" aria-hidden="true" />;
}

/** The marker the map draws for this facility, badge included, for the list (decorative). */
export function FacilityMarkerIcon({ facility }: { facility: Facility }) {
  if (facility.role === 'linked') return <LinkedPlaceIcon />;
  const badge = facility.location && facility.locationDoubt ? DOUBTFUL_BADGE : facility.confirmation?.status === 'unconfirmed' ? UNCONFIRMED_BADGE : undefined;
  return <MarkerIcon type={facility.type} approximate={facility.precision === 'approximate'} badge={badge} />;
}
