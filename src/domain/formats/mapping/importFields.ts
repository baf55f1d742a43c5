/**
 * The contract fields an imported column can fill, per record kind, with the column names each is known by in the
 * field's tools: Uwazi ("Title", "title__ko", "home_geolocation"), QGIS and geojson.io (x/y, arbitrary names),
 * spreadsheets in English and Korean (위도/경도, 이름), and this app's own exports (name_en, nkpd_id, sources_json).
 */
import type { RecordKind } from '../formatTypes';

export const FACILITY_FIELDS = [
  'id',
  'nkpdId',
  'name.en',
  'name.ko',
  'type',
  'agency',
  'province',
  'county',
  'status',
  'precision',
  'aliases',
  'notes',
  'latitude',
  'longitude',
  'geolocation',
  'sources',
] as const;

export const VIOLATION_FIELDS = [
  'id',
  'facilityId',
  'roomId',
  'category',
  'date.from',
  'date.to',
  'summary.en',
  'summary.ko',
  'placement',
  'visibility',
  'latitude',
  'longitude',
  'geolocation',
  'sources',
] as const;

export type ImportField = (typeof FACILITY_FIELDS)[number] | (typeof VIOLATION_FIELDS)[number];

/** Which column fills each field; a field left out is not in the file (defaults apply, see rowToRecord). */
export type ColumnMapping = Partial<Record<ImportField, string>>;

export function fieldsOf(kind: RecordKind): readonly ImportField[] {
  return kind === 'facilities' ? FACILITY_FIELDS : VIOLATION_FIELDS;
}

/** Fields a record cannot be made without (a location is required only in the sense that it or a province is). */
export function requiredFields(kind: RecordKind): readonly ImportField[] {
  return kind === 'facilities' ? ['name.en'] : ['facilityId', 'category', 'summary.en'];
}

/** Column names as compared: lower case, runs of anything but letters and digits as one "_". */
export function columnKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

const SHARED: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  id: ['id', 'atlas_id', 'record_id', 'identifier', 'uid', 'fid_text', '아이디', '식별자'],
  latitude: ['latitude', 'lat', 'y', 'lat_dd', 'latitude_dd', 'ycoord', 'y_coord', 'point_y', 'decimal_latitude', '위도'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x', 'lon_dd', 'longitude_dd', 'xcoord', 'x_coord', 'point_x', 'decimal_longitude', '경도'],
  geolocation: ['geolocation', 'location', 'coordinates', 'coords', 'lat_lon', 'latlon', 'point', '좌표', '위치'],
  sources: ['sources_json'],
};

const FACILITY_NAMES: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  nkpdId: ['nkpd_id', 'nkpdid', 'sharedid', 'shared_id', 'entity_id', 'nkpd'],
  'name.en': ['name_en', 'name', 'title', 'title_en', 'name_english', 'english_name', 'facility_name', 'facility', 'placemark', '영문명', '영문_이름'],
  'name.ko': ['name_ko', 'title_ko', 'name_korean', 'korean_name', 'korean', 'name_kr', '이름', '명칭', '시설명', '한글명', '시설_이름'],
  type: ['type', 'facility_type', 'type_label', 'kind_of_facility', '유형', '종류', '시설_유형'],
  agency: ['agency', 'agency_en', 'operating_agency', '기관', '운영기관', '관할기관'],
  province: ['province', 'province_en', 'admin1', 'adm1_name', 'region', '도', '시도', '도_직할시'],
  county: ['county', 'admin2', 'adm2_name', 'city_county', '군', '시군', '시_군'],
  status: ['status', 'status_en', '상태', '운영_상태'],
  precision: ['precision', 'location_precision', '정확도'],
  aliases: ['aliases', 'alias', 'other_names', 'also_known_as', '별칭', '다른_이름'],
  notes: ['notes', 'note', 'remarks', 'comment', 'comments', '비고', '메모'],
};

const VIOLATION_NAMES: Readonly<Partial<Record<ImportField, readonly string[]>>> = {
  facilityId: ['facility_id', 'facilityid', 'facility', 'place_id', 'location_id', '시설_id', '시설'],
  roomId: ['room_id', 'roomid', 'room', '방'],
  category: ['category', 'violation', 'violation_type', 'category_en', 'right_violated', '유형', '침해_유형'],
  'date.from': ['date_from', 'from', 'start', 'start_date', 'date', 'date_start', '시작일', '날짜', '일자'],
  'date.to': ['date_to', 'to', 'end', 'end_date', 'date_end', '종료일'],
  'summary.en': ['summary_en', 'summary', 'title', 'title_en', 'description', 'description_en', '영문_요약'],
  'summary.ko': ['summary_ko', 'title_ko', 'description_ko', 'summary_korean', '요약', '내용'],
  placement: ['placement', '배치'],
  visibility: ['visibility', 'access', '공개'],
};

/** Known column names (as columnKey gives them) per field, most telling first. */
export function namesFor(kind: RecordKind, field: ImportField): readonly string[] {
  const own = kind === 'facilities' ? FACILITY_NAMES : VIOLATION_NAMES;
  return [...(own[field] ?? []), ...(SHARED[field] ?? [])];
}
