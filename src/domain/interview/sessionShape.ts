/**
 * The shape of an interview session read from a file: an import takes only sessions this app can show and count,
 * so a damaged or hand-made file is refused session by session with the field that is wrong, never a crash.
 */

type Check = (value: unknown) => string | null;

const shown = (value: unknown) => (value === undefined ? 'missing' : `${JSON.stringify(value)?.slice(0, 40) ?? String(value)}`);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Check = (value) => (typeof value === 'string' ? null : `is ${shown(value)}, expected text`);
const filled: Check = (value) => text(value) ?? ((value as string).trim() ? null : 'is empty');
const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value as string) ? null : `is ${shown(value)}, expected one of ${allowed.join(', ')}`;
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);
const year: Check = (value) => (Number.isInteger(value) ? null : `is ${shown(value)}, expected a year`);
const point: Check = (value) =>
  Array.isArray(value) && value.length === 3 && value.every((item) => typeof item === 'number' && Number.isFinite(item))
    ? null
    : `is ${shown(value)}, expected [x, y, z] in metres`;

const lonLat: Check = (value) =>
  Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'number' && Number.isFinite(item)) ? null : `is ${shown(value)}, expected [lon, lat]`;

/** Problems of `record`'s fields under `path`, as "path.field is …" lines. */
function fields(record: Record<string, unknown>, checks: Record<string, Check>, path: string): string[] {
  return Object.entries(checks).flatMap(([name, check]) => {
    const problem = check(record[name]);
    return problem ? [`${path}${name} ${problem}`] : [];
  });
}

/** Problems of each item of a list field, each item an object checked field by field. */
function list(record: Record<string, unknown>, name: string, checks: Record<string, Check>): string[] {
  const items = record[name];
  if (!Array.isArray(items)) return [`${name} is ${shown(items)}, expected a list`];
  return items.flatMap((item, index) => (isObject(item) ? fields(item, checks, `${name}[${index}].`) : [`${name}[${index}] is ${shown(item)}, expected an object`]));
}

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

