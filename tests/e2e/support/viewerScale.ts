/**
 * A SYNTHETIC Onsong with many violations, as the viewer's scale test and benchmark serve it in place of the bundled
 * file: four in ten name a room but give no point (they would stack at the room's interior point, so the viewer
 * draws count markers), three in ten stand at points of their own inside their rooms (rooms drawn in proportion to
 * their floor area), three in ten are known at the facility only, each with a SYNTHETIC case number.
 */
import { area, bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { VIOLATION_CATEGORIES } from '../../../src/domain/enums';
import { ONSONG, onsongFeatures } from './viewerSteps';
import { seededRandom } from '../../fixtures/seededRandom';

const roomFeatures = onsongFeatures.filter((feature) => feature.properties.kind === 'room') as unknown as Feature<Polygon, { id: string }>[];


function pointIn(room: Feature<Polygon, { id: string }>, next: () => number): [number, number] {
  const [west, south, east, north] = bbox(room);
  for (;;) {
    const point: [number, number] = [west + next() * (east - west), south + next() * (north - south)];
    if (booleanPointInPolygon(point, room)) return point;
  }
}

export interface ScaleData {
  /** The violations file. */
  text: string;
  /** Violations in each room (named, with or without a point). */
  perRoom: Map<string, number>;
  /** Violations in each room that name it but give no point (one stack a room). */
  stacked: Map<string, number>;
  facilityOnly: number;
}

export function scaleViolations(total: number): ScaleData {
  const next = seededRandom(12);
  const areas = roomFeatures.map((room) => area(room));
  const sum = areas.reduce((all, value) => all + value, 0);
  const pickRoom = () => {
    let pick = next() * sum;
    return roomFeatures[Math.max(0, areas.findIndex((value) => (pick -= value) <= 0))] ?? (roomFeatures[0] as Feature<Polygon, { id: string }>);
  };
  const perRoom = new Map<string, number>();
  const stacked = new Map<string, number>();
  let facilityOnly = 0;
  const features = Array.from({ length: total }, (_, n) => {
    const kind = n % 10 < 4 ? 'stacked' : n % 10 < 7 ? 'point' : 'facility';
    const room = kind === 'facility' ? null : kind === 'stacked' ? (roomFeatures[n % roomFeatures.length] as Feature<Polygon, { id: string }>) : pickRoom();
    const roomId = room?.properties.id;
    if (roomId) perRoom.set(roomId, (perRoom.get(roomId) ?? 0) + 1);
    if (roomId && kind === 'stacked') stacked.set(roomId, (stacked.get(roomId) ?? 0) + 1);
    if (kind === 'facility') facilityOnly += 1;
    return {
      type: 'Feature',
      geometry: kind === 'point' && room ? { type: 'Point', coordinates: pointIn(room, next) } : null,
      properties: {
        id: `SYNTHETIC-scale-${n}`,
        facilityId: ONSONG,
        ...(roomId ? { roomId } : {}),
        category: VIOLATION_CATEGORIES[n % VIOLATION_CATEGORIES.length],
        date: { from: String(1990 + (n % 30)) },
        summary: { en: `SYNTHETIC account ${n}` },
        placement: kind === 'facility' ? 'facility_only' : kind === 'point' ? 'testimony' : 'illustrative',
        visibility: 'public',
        sources: [{ sourceId: 'nkpd-register', locator: `SYNTHETIC-case-${n}` }],
      },
    };
  });
  return { text: JSON.stringify({ type: 'FeatureCollection', schemaVersion: 2, features }), perRoom, stacked, facilityOnly };
}

/** The violations file with none at Onsong: the bundled file's records elsewhere, for an empty open. */
export function withoutOnsong(bundledText: string): string {
  const collection = JSON.parse(bundledText) as { features: { properties: { facilityId: string } }[] };
  return JSON.stringify({ ...collection, features: collection.features.filter((feature) => feature.properties.facilityId !== ONSONG) });
}
