import type { FacilityType } from '../domain/enums';
import { drawMarker } from '../map/icons/markerImages';

// 22 possible images (type × precision), drawn once each and shared by every list item and legend entry.
const dataUrls = new Map<string, string>();

function markerDataUrl(type: FacilityType, approximate: boolean): string {
  const key = `${type}:${approximate}`;
  let url = dataUrls.get(key);
  if (url === undefined) {
    url = drawMarker(type, approximate, 2).toDataURL();
    dataUrls.set(key, url);
  }
  return url;
}

/** The same marker the map draws for a type, as an image for the legend and lists (decorative). */
export function MarkerIcon({ type, approximate = false }: { type: FacilityType; approximate?: boolean }) {
  return <img className="marker-icon" src={markerDataUrl(type, approximate)} width={18} height={18} alt="" aria-hidden="true" />;
}
