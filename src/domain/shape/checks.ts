/**
 * Small checks of a value's shape, each saying what is wrong in words ("is 42, expected text") or null when the
 * value fits. Records read from files or from this browser's storage are checked with these before the app uses
 * them, so a damaged record is refused with its reason instead of crashing a page.
 */

export type Check = (value: unknown) => string | null;

/** A value as a problem message shows it: short, and "missing" for undefined. */
export const shown = (value: unknown): string => {
  if (value === undefined) return 'missing';
  try {
    return JSON.stringify(value)?.slice(0, 40) ?? String(value);
  } catch {
    return typeof value;
  }
};

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const text: Check = (value) => (typeof value === 'string' ? null : `is ${shown(value)}, expected text`);
export const filled: Check = (value) => text(value) ?? ((value as string).trim() ? null : 'is empty');
export const finite: Check = (value) => (typeof value === 'number' && Number.isFinite(value) ? null : `is ${shown(value)}, expected a number`);

export const oneOf =
  (...allowed: readonly string[]): Check =>
  (value) =>
    allowed.includes(value as string) ? null : `is ${shown(value)}, expected one of ${allowed.join(', ')}`;

export const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? null : check(value);

/** A list of `length` finite numbers (any length when omitted), described as `what` in the message. */
export const numbers =
  (what: string, length?: number): Check =>
  (value) =>
    Array.isArray(value) && (length === undefined || value.length === length) && value.every((item) => typeof item === 'number' && Number.isFinite(item)) ? null : `is ${shown(value)}, expected ${what}`;

/** Problems of `record`'s fields under `path`, as "path.field is …" lines. */
export function fields(record: Record<string, unknown>, checks: Record<string, Check>, path: string): string[] {
  return Object.entries(checks).flatMap(([name, check]) => {
    const problem = check(record[name]);
    return problem ? [`${path}${name} ${problem}`] : [];
  });
}

/** Problems of each item of a list field, each item an object checked field by field. */
export function list(record: Record<string, unknown>, name: string, checks: Record<string, Check>, path = ''): string[] {
  const items = record[name];
  if (!Array.isArray(items)) return [`${path}${name} is ${shown(items)}, expected a list`];
  return items.flatMap((item, index) => (isObject(item) ? fields(item, checks, `${path}${name}[${index}].`) : [`${path}${name}[${index}] is ${shown(item)}, expected an object`]));
}

/** An object checked field by field, its problems prefixed with its own name. */
export const object =
  (checks: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return `is ${shown(value)}, expected an object`;
    const problems = fields(value, checks, '');
    return problems.length === 0 ? null : `has ${problems.join('; ')}`;
  };
