/**
 * The bundled provinces.geojson's own attribution and licence (its file-level members), which every export that
 * uses the boundaries' province codes carries; a test keeps them equal to the file's.
 */
import type { ProvinceAttribution } from '../../domain/formats/export/attribution';

export const BUNDLED_PROVINCE_ATTRIBUTION: ProvinceAttribution = { attribution: 'UN OCHA, COD-AB', license: 'CC BY-IGO' };
