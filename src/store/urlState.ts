/**
 * The view a URL reopens: selected facility, filters (the violation filters too), list order, imagery layers, camera and language. Pure encode/decode over query
 * strings; unknown or malformed values are dropped rather than trusted, so a hand-edited link cannot break the app.
 */
import { EMPTY_EVIDENCE, parseDecadeRange, type EvidenceFilter } from '../domain/evidence/evidenceFilter';
import { TOP_LEVEL_CODES } from '../domain/evidence/nkdbFacets';
import { CONFIRMATION_FILTER_VALUES, EMPTY_FILTER, POINT_DOUBT_FILTER_VALUES, type FacilityFilter } from '../domain/facilityFilter';
import { FACILITY_SORTS, type FacilitySort } from '../domain/facilitySort';
import { FACILITY_STATUSES, FACILITY_TYPES, PLACE_ROLES, PRECISIONS, VIOLATION_CATEGORIES } from '../domain/enums';
import { isLanguage, type Language } from '../i18n/languages';

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export const VIEW_MODES = ['orbit', 'walk', 'plan'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** What the viewer draws: the plan, or the facility's glTF file from assets/models/. */
export const MODEL_SOURCES = ['plan', 'file'] as const;
export type ModelSource = (typeof MODEL_SOURCES)[number];

export interface ViewState {
  /** The map, the inside of the selected facility (path /facility/<id>), its workbench (/workbench/<id>) or About the data (/about). */
  page: 'map' | 'facility' | 'workbench' | 'about';
  facilityId: string | null;
  /** Selected room inside the facility. */
  room: string | null;
  viewMode: ViewMode;
  model: ModelSource;
  filter: FacilityFilter;
  /** The violation filters: categories, NKDB's rights and perpetrator types, decades. */
  evidence: EvidenceFilter;
  /** The order of the facility list. */
  sort: FacilitySort;
  /**
   * The language the link names (`?lang=`), so a shared link reads as it was sent; null when it names none (the
   * reader's own choice or browser language applies).
   */
  language: Language | null;
  /** Imagery layer id shown under the facilities, or null for the offline basemap alone. */
  imagery: string | null;
  /** Second imagery layer id when the swipe comparison is open. */
  compare: string | null;
  camera: Camera | null;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  page: 'map',
  facilityId: null,
  room: null,
  viewMode: 'orbit',
  model: 'plan',
  filter: EMPTY_FILTER,
  evidence: EMPTY_EVIDENCE,
  sort: 'name',
  language: null,
  imagery: null,
  compare: null,
  camera: null,
}) as ViewState;

// Lists repeat their key (type=a&type=b): free-text values such as agencies may contain any separator.
function list(params: URLSearchParams, key: string): string[] {
  return params.getAll(key).map((value) => value.trim()).filter(Boolean);
}

function enumList<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return list(params, key).filter((value): value is T => (allowed as readonly string[]).includes(value));
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

function decodeCamera(text: string | null): Camera | null {
  const parts = (text ?? '').split('/').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function decodeEvidence(params: URLSearchParams): EvidenceFilter {
  return {
    categories: enumList(params, 'category', VIOLATION_CATEGORIES),
    rights: enumList(params, 'right', TOP_LEVEL_CODES.rights),
    perpetrators: enumList(params, 'perpetrator', TOP_LEVEL_CODES.perpetrator),
    decades: parseDecadeRange(params.get('decades')),
  };
}

const FACILITY_PATH = /^\/facility\/([^/]+)\/?$/;
const WORKBENCH_PATH = /^\/workbench\/([^/]+)\/?$/;
const ABOUT_PATH = /^\/about\/?$/;

/** Reads a location (path and query string) into a view; the path /facility/<id> opens that facility's inside. */
export function decodeViewState(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search);
  const inside = FACILITY_PATH.exec(pathname);
  const workbench = WORKBENCH_PATH.exec(pathname);
  const mode = params.get('mode');
  const model = params.get('model');
  const pathId = inside?.[1] ?? workbench?.[1];
  const sort = params.get('sort');
  const language = params.get('lang');
  // The role, confirmation and point filters are optional in a filter: present only when the link names them.
  const optional = {
    roles: enumList(params, 'role', PLACE_ROLES),
    confirmations: enumList(params, 'confirmation', CONFIRMATION_FILTER_VALUES),
    pointDoubts: enumList(params, 'point', POINT_DOUBT_FILTER_VALUES),
  };
  return {
    page: inside ? 'facility' : workbench ? 'workbench' : ABOUT_PATH.test(pathname) ? 'about' : 'map',
    facilityId: pathId ? decodeURIComponent(pathId) : params.get('facility') || null,
    room: (inside && params.get('room')) || null,
    viewMode: VIEW_MODES.find((value) => value === mode) ?? 'orbit',
    model: (inside && MODEL_SOURCES.find((value) => value === model)) || 'plan',
    filter: {
      text: params.get('q') ?? '',
      types: enumList(params, 'type', FACILITY_TYPES),
      agencies: list(params, 'agency'),
      provinces: list(params, 'province'),
      statuses: enumList(params, 'status', FACILITY_STATUSES),
      precisions: enumList(params, 'precision', PRECISIONS),
      ...Object.fromEntries(Object.entries(optional).filter(([, values]) => values.length > 0)),
    },
    evidence: decodeEvidence(params),
    sort: FACILITY_SORTS.find((value) => value === sort) ?? 'name',
    language: isLanguage(language) ? language : null,
    imagery: params.get('imagery') || null,
    compare: params.get('compare') || null,
    camera: decodeCamera(params.get('map')),
  };
}

/** Path and query string (no leading "?") holding only what differs from the default view, in a stable order. */
export function encodeViewState(state: ViewState): { pathname: string; search: string } {
  const params = new URLSearchParams();
  const setList = (key: string, values: readonly string[]) => {
    for (const value of values) params.append(key, value);
  };
  const inside = state.page === 'facility' && state.facilityId !== null;
  if (inside) {
    if (state.room) params.set('room', state.room);
    if (state.viewMode !== 'orbit') params.set('mode', state.viewMode);
    if (state.model !== 'plan') params.set('model', state.model);
  } else if (state.facilityId && state.page !== 'workbench') params.set('facility', state.facilityId);
  if (state.filter.text.trim()) params.set('q', state.filter.text);
  setList('type', state.filter.types);
  setList('agency', state.filter.agencies);
  setList('province', state.filter.provinces);
  setList('status', state.filter.statuses);
  setList('precision', state.filter.precisions);
  setList('role', state.filter.roles ?? []);
  setList('confirmation', state.filter.confirmations ?? []);
  setList('point', state.filter.pointDoubts ?? []);
  setList('category', state.evidence.categories);
  setList('right', state.evidence.rights);
  setList('perpetrator', state.evidence.perpetrators);
  if (state.evidence.decades) params.set('decades', `${state.evidence.decades.from}-${state.evidence.decades.to}`);
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.imagery) params.set('imagery', state.imagery);
  if (state.compare) params.set('compare', state.compare);
  if (state.camera) {
    const { zoom, lat, lon } = state.camera;
    params.set('map', `${round(zoom, 2)}/${round(lat, 5)}/${round(lon, 5)}`);
  }
  if (state.language) params.set('lang', state.language);
  const id = encodeURIComponent(state.facilityId ?? '');
  const pathname = inside
    ? `/facility/${id}`
    : state.page === 'workbench' && state.facilityId !== null
      ? `/workbench/${id}`
      : state.page === 'about'
        ? '/about'
        : '/';
  return { pathname, search: params.toString() };
}
