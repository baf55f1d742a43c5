/** Tells what a single file holds from its content, falling back to its name. */
import { isPlainObject } from '../validation/describeValue';
import { kindFromName, type FileKind } from './fileKinds';

/** The kind of file, or null when neither content nor name says. `parsed` is the JSON value, if it parsed. */
export function detectKind(path: string, parsed: unknown): FileKind | null {
  return kindFromContent(parsed) ?? kindFromName(path);
}

function kindFromContent(parsed: unknown): FileKind | null {
  if (!isPlainObject(parsed)) return null;
  // Checked before "sources": provinces.geojson may carry a list of its own sources.
  if (parsed.type !== 'FeatureCollection') return Array.isArray(parsed.sources) ? 'sources' : null;
  if ('facilityId' in parsed) return 'plan';
  const features = Array.isArray(parsed.features) ? parsed.features : [];
  const properties = features.map((feature: unknown) => (isPlainObject(feature) && isPlainObject(feature.properties) ? feature.properties : {}));
  if (properties.some((props) => 'category' in props)) return 'violations';
  if (properties.some((props) => 'pcode' in props || 'adm1_pcode' in props)) return 'provinces';
  if (properties.some((props) => 'precision' in props || ('type' in props && !('kind' in props)))) return 'facilities';
  return null;
}
