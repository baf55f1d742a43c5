/**
 * Which names a bundle's files may have. A bundle the app exported only holds paths like "plans/<id>.geojson" or
 * "diagrams/<facility>/<id>.png"; a name that climbs out of the bundle (".."), is absolute, hides characters, or
 * names a member every JavaScript object has ("__proto__", "constructor", "toString") is a tampered or hostile
 * archive, refused with the reason rather than dropped or, worse, looked up on Object.prototype.
 */

const MAX_PATH_LENGTH = 512;

/** Why `path` may not name a bundle file, or null when it may. */
export function unsafeNameReason(path: string): string | null {
  if (path === '') return 'the name is empty';
  if (path.length > MAX_PATH_LENGTH) return `the name is longer than ${MAX_PATH_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex -- control characters are what this check looks for
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'the name holds control characters';
  if (path.includes('\\')) return 'the name holds a backslash';
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return 'the name is an absolute path';
  if (isObjectMember(path)) return `"${path}" is the name of a member every JavaScript object has`;
  const segments = path.replace(/\/$/, '').split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return 'the name holds an empty, "." or ".." part';
  if (segments.includes('__proto__')) return 'the name holds "__proto__"';
  return null;
}

/** "toString", "constructor", "__proto__", "hasOwnProperty"…: names that an object lookup finds on every object. */
function isObjectMember(name: string): boolean {
  return name === '__proto__' || name === 'prototype' || name in Object.prototype;
}

/** The names that occur more than once, each once, in order of first repeat. */
export function repeatedNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}
