import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/facilityFilter';
import { deepFreeze } from '../../tests/fixtures/deepFreeze';
import { DEFAULT_VIEW, decodeViewState, encodeViewState, type ViewState } from './urlState';

const fullView: ViewState = deepFreeze({
  page: 'map',
  facilityId: 'nkpd-SYNTHETIC',
  room: null,
  viewMode: 'orbit',
  model: 'plan',
  filter: {
    text: 'Onsong county',
    types: ['detention_centre', 'waiting_room'],
    agencies: ["Ministry of People's Security", 'Agency, with a comma'],
    provinces: ['North Hamgyong', 'Ryanggang'],
    statuses: ['operative'],
    precisions: ['site', 'approximate'],
  },
  evidence: {
    categories: ['death', 'torture'],
    rights: ['saengmyeonggweon'],
    perpetrators: ['jeongbugigwan', 'gaein'],
    decades: { from: 1990, to: 2000 },
  },
  sort: 'violations',
  language: 'ko',
  imagery: 'esri-world-imagery',
  compare: 'eox-s2cloudless-2018',
  camera: { zoom: 15.25, lat: 42.95964, lon: 129.98702 },
});

describe('URL view state', () => {
  const roundTrip = (view: ViewState) => {
    const { pathname, search } = encodeViewState(view);
    return decodeViewState(pathname, search);
  };

  it('round-trips every field of the map view', () => {
    expect(roundTrip(fullView)).toEqual(fullView);
  });

  it('round-trips the inside of a facility with its room, view mode and model', () => {
    const inside: ViewState = { ...fullView, page: 'facility', room: 'SYNTHETIC-cell-3', viewMode: 'walk', model: 'file' };
    expect(roundTrip(inside)).toEqual(inside);
    expect(encodeViewState(inside).pathname).toBe('/facility/nkpd-SYNTHETIC');
  });

  it('round-trips the workbench of a facility', () => {
    const workbench: ViewState = { ...fullView, page: 'workbench' };
    expect(encodeViewState(workbench).pathname).toBe('/workbench/nkpd-SYNTHETIC');
    expect(roundTrip(workbench)).toEqual(workbench);
  });

  it('drops violation filters a link cannot mean: unknown codes, decades not starting a decade or reversed', () => {
    const view = decodeViewState('/', 'category=beatings&category=death&right=no-such-right&perpetrator=gaein&decades=1995-2000');
    expect(view.evidence).toEqual({ categories: ['death'], rights: [], perpetrators: ['gaein'], decades: null });
    expect(decodeViewState('/', 'decades=2000-1990').evidence.decades).toBeNull();
    expect(decodeViewState('/', 'decades=1990-1990').evidence.decades).toEqual({ from: 1990, to: 1990 });
  });

  it('round-trips the role, confirmation and point filters, and drops values it does not know', () => {
    const honest: ViewState = { ...fullView, filter: { ...fullView.filter, roles: ['linked'], confirmations: ['unconfirmed', 'none'], pointDoubts: ['doubtful'] } };
    expect(roundTrip(honest)).toEqual(honest);
    expect(encodeViewState(honest).search).toContain('role=linked&confirmation=unconfirmed&confirmation=none&point=doubtful');
    expect(decodeViewState('/', 'role=prison&point=maybe').filter).toEqual(EMPTY_FILTER);
  });

  it('round-trips About the data at /about, keeping the map behind it', () => {
    const about: ViewState = { ...fullView, page: 'about' };
    expect(encodeViewState(about).pathname).toBe('/about');
    expect(roundTrip(about)).toEqual(about);
    expect(decodeViewState('/about/', '').page).toBe('about');
  });

  it('encodes the default view as the root path with no query', () => {
    expect(encodeViewState(DEFAULT_VIEW)).toEqual({ pathname: '/', search: '' });
  });

  it('decodes the root path to the default view', () => {
    expect(decodeViewState('/', '')).toEqual(DEFAULT_VIEW);
  });

  it('ignores a room on the map page and an unknown view mode or model', () => {
    const view = decodeViewState('/', 'room=SYNTHETIC-1&mode=fly&model=file');
    expect([view.room, view.viewMode, view.model]).toEqual([null, 'orbit', 'plan']);
    expect(decodeViewState('/facility/x', 'model=obj').model).toBe('plan');
  });

  it('drops unknown enum values instead of trusting them', () => {
    expect(decodeViewState('/', '?type=detention_centre&type=gulag&status=open').filter).toEqual({
      ...EMPTY_FILTER,
      types: ['detention_centre'],
    });
  });

  it('drops an unknown list order or language', () => {
    const view = decodeViewState('/', 'sort=size&lang=fr');
    expect([view.sort, view.language]).toEqual(['name', null]);
    expect(decodeViewState('/', 'sort=type&lang=en')).toMatchObject({ sort: 'type', language: 'en' });
  });

  it('keeps the language in a link to the inside of a facility and to a workbench', () => {
    for (const page of ['facility', 'workbench'] as const) {
      const { search } = encodeViewState({ ...DEFAULT_VIEW, page, facilityId: 'nkpd-SYNTHETIC', language: 'ko' });
      expect(new URLSearchParams(search).get('lang')).toBe('ko');
    }
  });

  it('drops a malformed or out-of-range camera', () => {
    expect(decodeViewState('/', 'map=abc/1/2').camera).toBeNull();
    expect(decodeViewState('/', 'map=5/95/130').camera).toBeNull();
    expect(decodeViewState('/', 'map=5/40').camera).toBeNull();
  });

  it('rounds the camera so links stay short', () => {
    const { search } = encodeViewState({ ...DEFAULT_VIEW, camera: { zoom: 7.123456, lat: 40.1234567, lon: 127.7654321 } });
    expect(new URLSearchParams(search).get('map')).toBe('7.12/40.12346/127.76543');
  });

  it('keeps text with markup and separators intact', () => {
    const view = { ...DEFAULT_VIEW, filter: { ...EMPTY_FILTER, text: '<b>a&b=c</b>' } };
    expect(roundTrip(view).filter.text).toBe('<b>a&b=c</b>');
  });
});
