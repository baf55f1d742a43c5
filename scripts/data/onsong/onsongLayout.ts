/**
 * The illustrative Onsong reconstruction, laid out in metres east (x) and north (y) of the register's point and
 * turned into a plan FeatureCollection. What a source states carries that source and its words; every size,
 * position and wall is illustrative and says what it rests on. Nothing here is Korea Future's model.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { SCHEMA_VERSION, type Confidence, type FixtureType, type OpeningType, type RoomUse } from '../../../src/domain/enums';
import { localProjection, localFrame } from '../../../src/domain/plan3d/localFrame';
import type { LocalizedText, SourceRef } from '../../../src/domain/types';
import { LEE_CAVEAT, ONSONG_FACILITY_ID, REF } from './onsongSources';

/** The register row's coordinate for the detention centre (nkpd.io/en/entity/pe7q4z9cv8). */
export const ONSONG_ORIGIN: [number, number] = [129.987019, 42.95964];

const CELL_COUNT = 10;
const CELL_WIDTH_M = 2.4;
const CELL_DEPTH_M = 3;
const CORRIDOR_WIDTH_M = 1.5;
const SOUTH_ROOM_DEPTH_M = 3.5;
const BUILDING_WIDTH_M = CELL_COUNT * CELL_WIDTH_M;
const ROOM_HEIGHT_M = 2.7;
const BUILDING_HEIGHT_M = 3;

// The building is centred on the register's point: x from -12 to 12, y from -4 (south wall) to 4 (north wall).
const WEST = -BUILDING_WIDTH_M / 2;
const EAST = BUILDING_WIDTH_M / 2;
const SOUTH = -(CELL_DEPTH_M + CORRIDOR_WIDTH_M + SOUTH_ROOM_DEPTH_M) / 2;
const CORRIDOR_SOUTH = SOUTH + SOUTH_ROOM_DEPTH_M;
const CELL_FRONT = CORRIDOR_SOUTH + CORRIDOR_WIDTH_M;
const NORTH = CELL_FRONT + CELL_DEPTH_M;

const SIZE_BASIS =
  'No public source gives sizes or positions at Onsong; they are drawn to make a coherent single-storey building.';
const CELL_SIZE_BASIS =
  `${SIZE_BASIS} A 2.4 × 3 m cell (7.2 m²) lies within the cell sizes detainees report for other North Korean ` +
  'detention facilities (about 4 to 16.5 m²); cell numbering from west to east is a guess.';

interface Provenance {
  confidence: Confidence;
  sources: SourceRef[];
  basis: string;
}

const illustrative = (basis: string, sources: SourceRef[] = []): Provenance => ({ confidence: 'illustrative', sources, basis });
const singleSource = (source: SourceRef, basis: string): Provenance => ({ confidence: 'single_source', sources: [source], basis });

type Rect = [west: number, south: number, east: number, north: number];

function feature(id: string, name: LocalizedText, geometry: Feature['geometry'], properties: Record<string, unknown>): Feature {
  return { type: 'Feature', geometry, properties: { id, name, ...properties } };
}

function rectangle([west, south, east, north]: Rect): [number, number][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function room(id: string, name: LocalizedText, use: RoomUse, rect: Rect, provenance: Provenance): Feature {
  return feature(id, name, { type: 'Polygon', coordinates: [rectangle(rect)] }, {
    kind: 'room',
    buildingId: 'building-main',
    level: 0,
    use,
    heightM: ROOM_HEIGHT_M,
    ...provenance,
  });
}

function opening(id: string, name: LocalizedText, type: OpeningType, from: [number, number], to: [number, number], roomId: string, provenance: Provenance): Feature {
  return feature(id, name, { type: 'LineString', coordinates: [from, to] }, { kind: 'opening', openingType: type, roomId, ...provenance });
}

function fixture(id: string, name: LocalizedText, type: FixtureType, at: [number, number], roomId: string, provenance: Provenance): Feature {
  return feature(id, name, { type: 'Point', coordinates: at }, { kind: 'fixture', fixtureType: type, roomId, ...provenance });
}

function cells(): Feature[] {
  return Array.from({ length: CELL_COUNT }, (_, index) => {
    const number = index + 1;
    const west = WEST + index * CELL_WIDTH_M;
    const east = west + CELL_WIDTH_M;
    const id = `cell-${String(number).padStart(2, '0')}`;
    return [
      room(id, { en: `Cell ${number}`, ko: `감방 ${number}` }, 'cell', [west, CELL_FRONT, east, NORTH], singleSource(REF.tenCells, CELL_SIZE_BASIS)),
      opening(
        `${id}-bars`,
        { en: `Cell ${number} barred front`, ko: `감방 ${number} 쇠창살` },
        'bars',
        [west, CELL_FRONT],
        [east, CELL_FRONT],
        id,
        singleSource(REF.cellBars, `${LEE_CAVEAT} That the whole front is barred, facing the corridor, is illustrative.`),
      ),
      fixture(
        `${id}-toilet-hole`,
        { en: `Cell ${number} toilet hole`, ko: `감방 ${number} 변기 구멍` },
        'toilet_hole',
        [east - 0.5, NORTH - 0.5],
        id,
        illustrative(
          'No source describes toilets at Onsong; a hole in the cell floor follows UN Commission of Inquiry ' +
            'testimony about other North Korean detention facilities.',
          [REF.toiletAnalogy],
        ),
      ),
    ];
  }).flat();
}

function southRooms(): Feature[] {
  const roomsBasis = (what: string) =>
    `The source names ${what} but not where they are or how large; placing them across the corridor from the cells is illustrative.`;
  return [
    room('staff-quarters', { en: 'Staff quarters', ko: '직원 숙소' }, 'other', [WEST, SOUTH, 0, CORRIDOR_SOUTH], singleSource(REF.tenCells, roomsBasis('staff quarters'))),
    room('interrogation-1', { en: 'Interrogation room 1', ko: '취조실 1' }, 'interrogation', [0, SOUTH, 6, CORRIDOR_SOUTH], singleSource(REF.tenCells, roomsBasis('interrogation rooms (plural, count not given: two are drawn)'))),
    room('interrogation-2', { en: 'Interrogation room 2', ko: '취조실 2' }, 'interrogation', [6, SOUTH, EAST, CORRIDOR_SOUTH], singleSource(REF.tenCells, roomsBasis('interrogation rooms (plural, count not given: two are drawn)'))),
  ];
}

function doors(): Feature[] {
  const doorBasis = illustrative('No source describes doors at Onsong; each room is given one door onto the corridor.');
  return [
    opening('staff-quarters-door', { en: 'Staff quarters door', ko: '직원 숙소 문' }, 'door', [-3, CORRIDOR_SOUTH], [-2, CORRIDOR_SOUTH], 'staff-quarters', doorBasis),
    opening('interrogation-1-door', { en: 'Interrogation room 1 door', ko: '취조실 1 문' }, 'door', [2, CORRIDOR_SOUTH], [3, CORRIDOR_SOUTH], 'interrogation-1', doorBasis),
    opening('interrogation-2-door', { en: 'Interrogation room 2 door', ko: '취조실 2 문' }, 'door', [8, CORRIDOR_SOUTH], [9, CORRIDOR_SOUTH], 'interrogation-2', doorBasis),
    opening(
      'entrance-door',
      { en: 'Entrance', ko: '출입문' },
      'door',
      [EAST, CORRIDOR_SOUTH + 0.25],
      [EAST, CELL_FRONT - 0.25],
      'corridor',
      illustrative('No source describes the entrance; a door at the east end of the corridor is a guess.'),
    ),
  ];
}

/** The plan in metres, before projection. */
function localFeatures(): Feature[] {
  return [
    feature('site', { en: 'Compound (illustrative boundary)', ko: '구역 경계 (추정)' }, { type: 'Polygon', coordinates: [rectangle([WEST - 8, SOUTH - 10, EAST + 8, NORTH + 8])] }, {
      kind: 'site',
      ...illustrative(
        'The NKPD page places the facility among fields near the Tumen River but gives no walls or gates; the boundary only frames the building.',
        [REF.location],
      ),
    }),
    feature('building-main', { en: 'Detention building', ko: '구금 건물' }, { type: 'Polygon', coordinates: [rectangle([WEST, SOUTH, EAST, NORTH])] }, {
      kind: 'building',
      levels: 1,
      heightM: BUILDING_HEIGHT_M,
      ...illustrative(`${SIZE_BASIS} One building holds the ten cells, the staff quarters and the interrogation rooms the model caption names.`, [REF.tenCells]),
    }),
    ...cells(),
    room('corridor', { en: 'Corridor', ko: '복도' }, 'corridor', [WEST, CORRIDOR_SOUTH, EAST, CELL_FRONT], singleSource(
      REF.corridorPatrol,
      `${LEE_CAVEAT} A walkway along a row of cells is also described at another facility (Soon Ok Lee); its width is illustrative.`,
    )),
    ...southRooms(),
    ...doors(),
  ];
}

const round = (value: number) => Math.round(value * 1e7) / 1e7;

/** The reconstruction as the plan file's contents: every position projected from metres to [lon, lat]. */
export function onsongPlan(): FeatureCollection & { schemaVersion: number; facilityId: string } {
  const projection = localProjection(localFrame(ONSONG_ORIGIN));
  const project = (point: number[]) => projection.toLonLat([point[0] ?? 0, point[1] ?? 0]).map(round);
  const features = localFeatures().map((planFeature) => {
    const geometry = planFeature.geometry;
    if (geometry.type === 'Point') return { ...planFeature, geometry: { ...geometry, coordinates: project(geometry.coordinates) } };
    if (geometry.type === 'LineString') return { ...planFeature, geometry: { ...geometry, coordinates: geometry.coordinates.map(project) } };
    if (geometry.type === 'Polygon') return { ...planFeature, geometry: { ...geometry, coordinates: geometry.coordinates.map((ring) => ring.map(project)) } };
    throw new Error(`unexpected geometry ${geometry.type}`);
  });
  return { type: 'FeatureCollection', schemaVersion: SCHEMA_VERSION, facilityId: ONSONG_FACILITY_ID, features } as FeatureCollection & {
    schemaVersion: number;
    facilityId: string;
  };
}
