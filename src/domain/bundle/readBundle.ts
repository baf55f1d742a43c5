/**
 * Opens a bundle: checks every file against the manifest's SHA-256 (a changed, missing or unlisted file is
 * reported and not loaded), validates the contract files with the same loader as the app, and rebuilds one work
 * per facility. Records are taken as written, even unfinished ones the loader would reject, so importing work in
 * progress loses nothing; the loader's problems are shown beside them. Never throws on bad input.
 */
import { unzipSync } from 'fflate';
import { loadDataset } from '../loadDataset';
import { FILE_LEVEL, type Problem } from '../problems';
import type { PlanFeature, Source, Violation } from '../types';
import type { Diagram, FacilityWork } from '../workbench/workTypes';
import { BUNDLE_FORMAT, DIAGRAMS_PATH, importedImageKey, MANIFEST_PATH, type BundleDiagram, type BundleManifest } from './bundleTypes';
import { sha256Hex } from './sha256';

export interface ReadBundleResult {
  manifest: BundleManifest | null;
  works: FacilityWork[];
  images: Map<string, { bytes: Uint8Array; mediaType: string }>;
  problems: Problem[];
}

const decoder = new TextDecoder();
const problem = (level: Problem['level'], code: string, file: string, message: string, hint?: string): Problem => ({ level, code, file, featureId: FILE_LEVEL, message, ...(hint ? { hint } : {}) });

function parse(bytes: Uint8Array | undefined): unknown {
  try {
    return bytes ? JSON.parse(decoder.decode(bytes)) : undefined;
  } catch {
    return undefined;
  }
}

type Feature = { geometry: unknown; properties: Record<string, unknown> };
const featuresOf = (value: unknown): Feature[] =>
  ((value as { features?: unknown })?.features instanceof Array ? (value as { features: unknown[] }).features : []).filter(
    (feature): feature is Feature => typeof (feature as Feature)?.properties?.id === 'string',
  );

export async function readBundle(bytes: Uint8Array, fileName: string): Promise<ReadBundleResult> {
  const result: ReadBundleResult = { manifest: null, works: [], images: new Map(), problems: [] };
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    result.problems.push(problem('error', 'bundle.not_zip', fileName, 'This file is not a zip archive, so it is not a Facility Atlas bundle.', 'Choose the .zip that "Export" made.'));
    return result;
  }
  const manifest = parse(entries[MANIFEST_PATH]) as BundleManifest | undefined;
  if (!manifest || manifest.format !== BUNDLE_FORMAT || !Array.isArray(manifest.files)) {
    result.problems.push(problem('error', 'bundle.manifest', `${fileName}: ${MANIFEST_PATH}`, 'The bundle has no readable manifest.json, so its files cannot be checked; nothing was loaded.', 'Export the bundle again from Facility Atlas.'));
    return result;
  }
  result.manifest = manifest;
  const verified = new Map<string, Uint8Array>();
  for (const entry of manifest.files) {
    const content = entries[entry.path];
    if (!content) result.problems.push(problem('error', 'bundle.file.missing', entry.path, 'This file is listed in the manifest but missing from the bundle.'));
    else if ((await sha256Hex(content)) !== entry.sha256) result.problems.push(problem('error', 'bundle.file.tampered', entry.path, "This file's SHA-256 does not match the manifest: it was changed after export. It was not loaded."));
    else verified.set(entry.path, content);
  }
  const listed = new Set(manifest.files.map((entry) => entry.path));
  for (const path of Object.keys(entries)) {
    if (path !== MANIFEST_PATH && !listed.has(path) && !path.endsWith('/')) result.problems.push(problem('warning', 'bundle.file.unlisted', path, 'This file is not in the manifest, so its integrity cannot be checked; it was ignored.'));
  }

  const contract = [...verified].filter(([path]) => path.startsWith('plans/') || path === 'violations.geojson' || path === 'sources.json');
  result.problems.push(...loadDataset(contract.map(([path, content]) => ({ path, text: decoder.decode(content) }))).problems);

  const plans = contract.filter(([path]) => path.startsWith('plans/')).map(([, content]) => parse(content) as { facilityId?: unknown });
  const features = new Map(plans.map((plan) => [String(plan?.facilityId), featuresOf(plan).map(({ geometry, properties }) => ({ ...properties, geometry }) as unknown as PlanFeature)]));
  const violations = featuresOf(parse(verified.get('violations.geojson'))).map(
    ({ geometry, properties }) => ({ ...properties, location: (geometry as { coordinates?: number[] } | null)?.coordinates ?? null }) as unknown as Violation,
  );
  const sources = ((parse(verified.get('sources.json')) as { sources?: Source[] })?.sources ?? []).filter((source) => typeof source?.id === 'string');
  const diagrams = ((parse(verified.get(DIAGRAMS_PATH)) as { diagrams?: BundleDiagram[] })?.diagrams ?? []).map(({ file, ...diagram }): Diagram => {
    const image = verified.get(file);
    const imageKey = importedImageKey(diagram.id);
    if (image) result.images.set(imageKey, { bytes: image, mediaType: diagram.mediaType });
    return { ...diagram, imageKey };
  });

  const facilityIds = new Set([...manifest.facilities, ...features.keys()].filter((id) => id !== 'undefined'));
  for (const facilityId of facilityIds) {
    const work: FacilityWork = {
      facilityId,
      features: features.get(facilityId) ?? [],
      violations: violations.filter((violation) => violation.facilityId === facilityId),
      sources: [],
      diagrams: diagrams.filter((diagram) => diagram.facilityId === facilityId),
      updatedAt: manifest.exportedAt,
    };
    const cited = new Set([...work.features, ...work.violations].flatMap((record) => (record.sources ?? []).map((ref) => ref.sourceId)));
    for (const diagram of work.diagrams) cited.add(diagram.sourceId);
    // One facility's bundle keeps every source (even those not cited yet); several share out what each cites.
    work.sources = facilityIds.size === 1 ? sources : sources.filter((source) => cited.has(source.id));
    result.works.push(work);
  }
  return result;
}
