/**
 * The local tangent plane (east-north-up) a plan is drawn on. Exact on the WGS84 ellipsoid rather than an
 * equirectangular approximation: with one cos(latitude) for the whole plane, east-west lengths drift by about a
 * metre 3 km north of the origin, while this stays within a millimetre of the true lengths over several kilometres.
 * A position goes to Earth-centred coordinates (ECEF) and is rotated into the origin's east/north axes; the way
 * back finds the point on the ellipsoid below (x, y) — the plane is tangent, so ground points sit slightly below it.
 */
import type { Position } from 'geojson';
import type { LocalFrame, LocalPoint } from './sceneTypes';

const SEMI_MAJOR_AXIS_M = 6_378_137;
const FLATTENING = 1 / 298.257223563;
const ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);
const RADIANS = Math.PI / 180;

type Vector = [number, number, number];

/** The frame whose origin is `origin` ([lon, lat]; any altitude is ignored). */
export function localFrame(origin: Position): LocalFrame {
  return { origin: [origin[0] ?? 0, origin[1] ?? 0] };
}

/** [lon, lat] → [x, y]: metres east and north of the frame's origin, on its tangent plane. */
export function toLocal(frame: LocalFrame, lonLat: Position): LocalPoint {
  return localProjection(frame).toLocal(lonLat);
}

/** [x, y] on the frame's plane → the [lon, lat] of the ground point below (or above) it. */
export function toLonLat(frame: LocalFrame, point: LocalPoint): [number, number] {
  return localProjection(frame).toLonLat(point);
}

export interface LocalProjection {
  toLocal(lonLat: Position): LocalPoint;
  toLonLat(point: LocalPoint): [number, number];
}

/** Both directions with the frame's axes worked out once, for converting many positions. */
export function localProjection(frame: LocalFrame): LocalProjection {
  const axes = frameAxes(frame);
  return {
    toLocal(lonLat) {
      const point = toEarthCentred(lonLat[0] ?? 0, lonLat[1] ?? 0, 0);
      const offset: Vector = [point[0] - axes.origin[0], point[1] - axes.origin[1], point[2] - axes.origin[2]];
      return [dot(offset, axes.east), dot(offset, axes.north)];
    },
    toLonLat([x, y]) {
      // Start on the plane and move along "up" by the height above the ellipsoid; each step shrinks the height
      // by a factor of about (distance / Earth radius)², so three steps reach the surface.
      let up = 0;
      let geodetic = fromEarthCentred(along(axes, x, y, up));
      for (let step = 0; step < 3; step++) {
        up -= geodetic.height;
        geodetic = fromEarthCentred(along(axes, x, y, up));
      }
      return [geodetic.lon, geodetic.lat];
    },
  };
}

interface FrameAxes {
  origin: Vector;
  east: Vector;
  north: Vector;
  up: Vector;
}

function frameAxes(frame: LocalFrame): FrameAxes {
  const [lon, lat] = frame.origin;
  const sinLon = Math.sin(lon * RADIANS);
  const cosLon = Math.cos(lon * RADIANS);
  const sinLat = Math.sin(lat * RADIANS);
  const cosLat = Math.cos(lat * RADIANS);
  return {
    origin: toEarthCentred(lon, lat, 0),
    east: [-sinLon, cosLon, 0],
    north: [-sinLat * cosLon, -sinLat * sinLon, cosLat],
    up: [cosLat * cosLon, cosLat * sinLon, sinLat],
  };
}

function along(axes: FrameAxes, x: number, y: number, up: number): Vector {
  const axis = (index: 0 | 1 | 2) => axes.origin[index] + x * axes.east[index] + y * axes.north[index] + up * axes.up[index];
  return [axis(0), axis(1), axis(2)];
}

function toEarthCentred(lon: number, lat: number, height: number): Vector {
  const sinLat = Math.sin(lat * RADIANS);
  const cosLat = Math.cos(lat * RADIANS);
  const primeVertical = SEMI_MAJOR_AXIS_M / Math.sqrt(1 - ECCENTRICITY_SQUARED * sinLat * sinLat);
  return [
    (primeVertical + height) * cosLat * Math.cos(lon * RADIANS),
    (primeVertical + height) * cosLat * Math.sin(lon * RADIANS),
    (primeVertical * (1 - ECCENTRICITY_SQUARED) + height) * sinLat,
  ];
}

/** ECEF → geodetic by fixed-point iteration on latitude; near the surface it converges in two or three steps. */
function fromEarthCentred([x, y, z]: Vector): { lon: number; lat: number; height: number } {
  const distanceFromAxis = Math.hypot(x, y);
  let lat = Math.atan2(z, distanceFromAxis * (1 - ECCENTRICITY_SQUARED));
  let height = 0;
  for (let step = 0; step < 4; step++) {
    const sinLat = Math.sin(lat);
    const primeVertical = SEMI_MAJOR_AXIS_M / Math.sqrt(1 - ECCENTRICITY_SQUARED * sinLat * sinLat);
    height = distanceFromAxis / Math.cos(lat) - primeVertical;
    lat = Math.atan2(z, distanceFromAxis * (1 - (ECCENTRICITY_SQUARED * primeVertical) / (primeVertical + height)));
  }
  return { lon: Math.atan2(y, x) / RADIANS, lat: lat / RADIANS, height };
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
