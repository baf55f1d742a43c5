/**
 * Satellite imagery layers: one config for every key-free source the app offers, with what a user must see
 * beside each (attribution, licence, and the date or date range of the imagery). Pure data, no maplibre import.
 * Attributions are the providers' own words and stay verbatim; the notes about date and licence are ours, so
 * they are i18n keys with parameters, shown in the reader's language.
 */

/** A text in the reader's language: an i18n key and the values it takes. */
export interface LocalText {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface ImageryLayer {
  id: string;
  /** Shown in the layer picker. */
  name: string;
  /** XYZ template(s) with {z}/{x}/{y}. */
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  /** "tms" when rows count from the south (TMS); XYZ otherwise. */
  scheme?: 'xyz' | 'tms';
  /** The provider's attribution, verbatim (legal text: never translated). */
  attribution: string;
  licence: LocalText;
  licenceUrl?: string;
  /** What the date of this imagery is, honestly stated. */
  date: LocalText;
  /** True for layers a user added, which are kept in local storage. */
  custom?: boolean;
}

const ESRI_ATTRIBUTION =
  'Tiles © Esri — Source: Esri, i-cubed, USDA, USGS, AEX, GeoEye, Getmapping, Aerogrid, IGN, IGP, UPR-EGP, and the GIS User Community';
const ESRI_TERMS: LocalText = { key: 'imagery.licenceNote.esri' };
const ESRI_ITEM_URL = 'https://www.arcgis.com/home/item.html?id=10df2279f9684e4a9f6a7f08febac2a9';

export const ESRI_WORLD_IMAGERY: ImageryLayer = {
  id: 'esri-world-imagery',
  name: 'Esri World Imagery',
  tiles: ['https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}'],
  tileSize: 256,
  maxzoom: 19,
  attribution: ESRI_ATTRIBUTION,
  licence: ESRI_TERMS,
  licenceUrl: ESRI_ITEM_URL,
  date: { key: 'imagery.dateNote.esriCurrent' },
};

/** One Esri Wayback release: a dated snapshot of World Imagery as it was published on that day. */
export function waybackLayer(releaseNumber: number, releaseDate: string): ImageryLayer {
  return {
    id: `esri-wayback-${releaseNumber}`,
    name: `Esri Wayback ${releaseDate}`,
    tiles: [
      `https://wayback.maptiles.arcgis.com/arcgis/rest/services/World_Imagery/WMTS/1.0.0/default028mm/MapServer/tile/${releaseNumber}/{z}/{y}/{x}`,
    ],
    tileSize: 256,
    maxzoom: 19,
    attribution: `${ESRI_ATTRIBUTION} (World Imagery Wayback)`,
    licence: ESRI_TERMS,
    licenceUrl: 'https://livingatlas.arcgis.com/wayback/',
    date: { key: 'imagery.dateNote.waybackRelease', params: { date: releaseDate } },
  };
}

/** The release the Wayback library documents (number 10, 2014-02-20); more releases load when online. */
export const DOCUMENTED_WAYBACK_RELEASE = waybackLayer(10, '2014-02-20');

const EOX_YEARS = [2016, 2018, 2019, 2020, 2021, 2022, 2023] as const;

export function eoxCloudlessLayer(year: number): ImageryLayer {
  const layerName = year === 2016 ? 's2cloudless_3857' : `s2cloudless-${year}_3857`;
  return {
    id: `eox-s2cloudless-${year}`,
    name: `Sentinel-2 cloudless ${year} (EOX)`,
    tiles: [`https://tiles.maps.eox.at/wmts/1.0.0/${layerName}/default/g/{z}/{y}/{x}.jpg`],
    tileSize: 256,
    maxzoom: 15,
    attribution: `Sentinel-2 cloudless - https://s2maps.eu by EOX IT Services GmbH (Contains modified Copernicus Sentinel data ${year})`,
    licence: { key: year === 2016 ? 'imagery.licenceNote.ccBy' : 'imagery.licenceNote.ccByNcSa' },
    licenceUrl: 'https://cloudless.eox.at/documentation/license',
    date: { key: 'imagery.dateNote.eoxYear', params: { year } },
  };
}

export const BUILT_IN_IMAGERY: readonly ImageryLayer[] = [
  ESRI_WORLD_IMAGERY,
  DOCUMENTED_WAYBACK_RELEASE,
  ...EOX_YEARS.map(eoxCloudlessLayer),
];
