/**
 * Finds a point's coordinates in a text, however they were written: as in the source file, or rounded to 4, 5 or
 * 6 decimals (with or without trailing zeros), latitude and longitude within a short stretch of each other (a
 * GeoJSON pair, a JS array, a CSV row). A number that merely starts with a rounded form (41.3778 in 41.37781) is
 * a hit too: it lies within metres of the point. The text's numbers are indexed once, then searched per point.
 */

export interface SearchedPoint {
  label: string;
  lat: number;
  lng: number;
}

/** How far apart the two numbers of one written pair may be, in characters. */
const PAIR_SPAN = 120;

interface NumberToken {
  text: string;
  at: number;
}

export interface CoordinateIndex {
  tokens: NumberToken[];
  /** Every leading part of a decimal number ("41.3", "41.37" … "41.377812") → the tokens it begins. */
  byPrefix: Map<string, number[]>;
}

export function indexCoordinates(text: string): CoordinateIndex {
  const tokens = [...text.matchAll(/\d+\.\d+/g)].map((match) => ({ text: match[0], at: match.index }));
  const byPrefix = new Map<string, number[]>();
  tokens.forEach((token, position) => {
    const point = token.text.indexOf('.');
    for (let end = point + 2; end <= token.text.length; end += 1) {
      const prefix = token.text.slice(0, end);
      const list = byPrefix.get(prefix);
      if (list) list.push(position);
      else byPrefix.set(prefix, [position]);
    }
  });
  return { tokens, byPrefix };
}

function pairForms(point: SearchedPoint): [string, string][] {
  const rounded = [4, 5, 6].flatMap((decimals): [string, string][] => [
    [point.lat.toFixed(decimals), point.lng.toFixed(decimals)],
    [String(Number(point.lat.toFixed(decimals))), String(Number(point.lng.toFixed(decimals)))],
  ]);
  return [[String(point.lat), String(point.lng)], ...rounded];
}

/** The forms of the point found in the indexed text, as "lat, lng" strings; empty when none. */
export function coordinatesIn(index: CoordinateIndex, point: SearchedPoint): string[] {
  const found = new Set<string>();
  for (const [lat, lng] of pairForms(point)) {
    for (const position of index.byPrefix.get(lat) ?? []) {
      const at = index.tokens[position]?.at ?? 0;
      const near = (other: NumberToken | undefined) => other !== undefined && Math.abs(other.at - at) <= PAIR_SPAN && other.text.startsWith(lng);
      for (let step = 1; step <= 4; step += 1) {
        if (near(index.tokens[position - step]) || near(index.tokens[position + step])) found.add(`${lat}, ${lng}`);
      }
    }
  }
  return [...found];
}
