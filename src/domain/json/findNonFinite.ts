/**
 * Paths of numbers JSON cannot hold: JSON.parse reads an overflowing literal such as 1e999 as Infinity, which
 * passes every typeof check and then breaks geometry and silently becomes null when written back.
 */
export function findNonFinite(value: unknown, path: string): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => findNonFinite(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => findNonFinite(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}
