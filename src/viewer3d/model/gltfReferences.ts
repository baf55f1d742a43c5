/**
 * The files a JSON glTF (.gltf) refers to outside itself. The viewer serves a model as one asset, so a .gltf
 * whose buffers or images live in separate files cannot be drawn; saying which files are missing, and how to
 * export instead, beats the loader's error on a file it could not find.
 */
const GLB_MAGIC = 0x46546c67; // "glTF", little-endian

interface GltfJson {
  buffers?: { uri?: unknown }[];
  images?: { uri?: unknown }[];
}

/** URIs of buffers and images that are not embedded data: URIs; empty for binary glTF and unreadable bytes. */
export function externalReferences(bytes: ArrayBuffer): string[] {
  if (bytes.byteLength >= 4 && new DataView(bytes).getUint32(0, true) === GLB_MAGIC) return [];
  let json: GltfJson;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes)) as GltfJson;
  } catch {
    return [];
  }
  if (typeof json !== 'object' || json === null) return [];
  return [...(json.buffers ?? []), ...(json.images ?? [])]
    .map((item) => item?.uri)
    .filter((uri): uri is string => typeof uri === 'string' && !uri.startsWith('data:'));
}
