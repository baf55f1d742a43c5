/**
 * The shape of an interview session read from a file: an import takes only sessions this app can show and count,
 * so a damaged or hand-made file is refused session by session with the field that is wrong, never a crash.
 */
import { fields, filled, isObject, list, numbers, oneOf, optional, shown, text, type Check } from '../shape/checks';

const year: Check = (value) => (Number.isInteger(value) ? null : `is ${shown(value)}, expected a year`);
const point = numbers('[x, y, z] in metres', 3);
const lonLat = numbers('[lon, lat]', 2);

/** What is wrong with `value` as an interview session, one line a field; empty when it is a well-formed session. */
export function sessionShapeProblems(value: unknown): string[] {
  if (!isObject(value)) return [`the session is ${shown(value)}, expected an object`];
  const problems = fields(
    value,
    {
      id: filled,
      interviewId: filled,
      facilityId: filled,
      planHash: filled,
      interviewer: filled,
      language: oneOf('ko', 'en'),
      status: oneOf('in_progress', 'paused', 'finished'),
      startedAt: filled,
      updatedAt: filled,
      finishedAt: optional(filled),
      awaitingNote: optional(filled),
    },
    '',
  );
  const { route, position, detention } = value;
  if (!Array.isArray(route) || route.length === 0 || route.some((roomId) => typeof roomId !== 'string')) {
    problems.push(`route is ${shown(route)}, expected a list of room ids`);
  } else if (!Number.isInteger(position) || (position as number) < 0 || (position as number) >= route.length) {
    problems.push(`position is ${shown(position)}, expected a room's place on the route (0 to ${route.length - 1})`);
  }
  if (detention !== undefined) {
    if (!isObject(detention)) problems.push(`detention is ${shown(detention)}, expected {from, to}`);
    else {
      problems.push(...fields(detention, { from: optional(year), to: optional(year) }, 'detention.'));
      if (typeof detention.from === 'number' && typeof detention.to === 'number' && detention.from > detention.to) {
        problems.push(`detention.from ${detention.from} is after detention.to ${detention.to}`);
      }
    }
  }
  problems.push(
    ...list(value, 'answers', { roomId: filled, answer: oneOf('yes', 'no', 'unsure'), note: text, at: filled }),
    ...list(value, 'missing', { id: filled, roomId: (roomId) => (roomId === null ? null : filled(roomId)), point, lonLat: optional(lonLat), note: text, at: filled }),
    ...list(value, 'addenda', { at: filled, text: filled }),
  );
  return problems;
}

