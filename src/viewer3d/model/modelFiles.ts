/**
 * The glTF models in assets/models/ at build time, by facility id: `<facility-id>.glb` (binary glTF, what
 * npm run build:models writes) or `<facility-id>.gltf` (JSON glTF, whose buffers and images must be embedded as
 * data: URIs — the build serves each model as one hashed asset, so files it refers to would not be found).
 * Each is a separate asset, fetched only when a user opens it.
 */
const modelUrls = import.meta.glob<string>('/assets/models/*.{glb,gltf}', { query: '?url', import: 'default', eager: true });

/**
 * Model URLs by facility id, from the glob's paths. Where a facility has both, the .gltf is used: build:models
 * writes only .glb, so a .gltf is always hand-made (and build:models writes no .glb beside one).
 */
export function modelsByFacility(urls: Readonly<Record<string, string>>): Map<string, string> {
  const byFacility = new Map<string, string>();
  for (const [path, url] of Object.entries(urls)) {
    const match = /([^/]+)\.(glb|gltf)$/.exec(path);
    if (!match?.[1]) continue;
    const facilityId = decodeURIComponent(match[1]);
    if (!byFacility.has(facilityId) || match[2] === 'gltf') byFacility.set(facilityId, url);
  }
  return byFacility;
}

const byFacility = modelsByFacility(modelUrls);

export function modelFileUrl(facilityId: string): string | undefined {
  return byFacility.get(facilityId);
}
