/**
 * diagrams.json → the bundle's diagrams, each checked field by field like any contract record (a bad one is
 * reported and left out) and given an image key of its own facility and image, so an import never overwrites
 * a local image. Diagram ids need only be unique within a facility: older works numbered them per facility.
 */
import { parseJson } from '../json/parseJson';
import { unmarkedPath } from '../publish/restrictedMark';
import { FILE_LEVEL, featureLabel, type Problem } from '../problems';
import { describeValue, isPlainObject } from '../validation/describeValue';
import { FieldReader } from '../validation/fieldReader';
import { createReporter } from '../validation/reporter';
import { checkSchemaVersion } from '../validation/schemaVersion';
import type { ControlPoint, Diagram, DiagramPlacement, LonLat } from '../workbench/workTypes';
import { DIAGRAMS_PATH, importedImageKey } from './bundleTypes';
import type { VerifiedFiles } from './verifyFiles';

const MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
const PLACEMENT_KINDS = ['corners', 'similarity', 'affine', 'projective'] as const;

export interface ReadDiagrams {
  diagrams: Diagram[];
  /** Image bytes by the diagrams' new imageKey. */
  images: Map<string, { bytes: Uint8Array; mediaType: Diagram['mediaType'] }>;
  problems: Problem[];
}

/** Reads diagrams.json (when the bundle holds it verified) against the verified files that hold the images. */
export function readDiagrams(verified: Pick<VerifiedFiles, 'files' | 'sha256'>): ReadDiagrams {
  const result: ReadDiagrams = { diagrams: [], images: new Map(), problems: [] };
  // A non-public bundle's diagrams.json is named diagrams.RESTRICTED.json.
  const path = [...verified.files.keys()].find((file) => unmarkedPath(file) === DIAGRAMS_PATH);
  const bytes = path === undefined ? undefined : verified.files.get(path);
  if (!bytes) return result;
  const reporter = createReporter(path ?? DIAGRAMS_PATH, result.problems);
  const parsed = parseJson(new TextDecoder().decode(bytes), reporter);
  if (!parsed.ok) return result;
  const value = parsed.value;
  if (!isPlainObject(value) || !Array.isArray(value.diagrams)) {
    reporter.error(FILE_LEVEL, 'file.structure', 'The file is not a diagrams list.', 'Expected {"schemaVersion": 1, "diagrams": [ … ]}.');
    return result;
  }
  if (!checkSchemaVersion(value.schemaVersion, reporter, true)) return result;
  value.diagrams.forEach((entry: unknown, index) => {
    const featureId = featureLabel(isPlainObject(entry) ? entry.id : undefined, index);
    if (!isPlainObject(entry)) {
      reporter.error(featureId, 'file.structure', 'This diagram is not an object.');
      return;
    }
    const reader = new FieldReader(entry, reporter, featureId);
    const id = reader.id();
    const diagram: Omit<Diagram, 'imageKey'> = {
      id,
      facilityId: reader.string('facilityId'),
      sourceId: reader.string('sourceId'),
      name: reader.string('name', true),
      mediaType: reader.oneOf('mediaType', MEDIA_TYPES),
      width: reader.number('width', { integer: true, positive: true }),
      height: reader.number('height', { integer: true, positive: true }),
      placement: readPlacement(entry.placement, reader),
      opacity: reader.number('opacity'),
    };
    const file = reader.string('file');
    if (diagram.opacity < 0 || diagram.opacity > 1) reader.fail('field.range', `Field "opacity" must lie between 0 and 1, not ${diagram.opacity}.`);
    if (reader.failed) return;
    if (result.diagrams.some((loaded) => loaded.id === id && loaded.facilityId === diagram.facilityId)) {
      reporter.error(id, 'id.duplicate', `The id "${id}" is used by an earlier diagram of facility "${diagram.facilityId}" in this file; this one was not loaded.`, "Give every diagram of a facility its own id.");
      return;
    }
    const image = file.startsWith('diagrams/') ? verified.files.get(file) : undefined;
    const sha256 = verified.sha256.get(file);
    if (!image || !sha256) {
      reporter.warning(id, 'bundle.diagram.image', `The diagram's image "${file}" is missing from the bundle or was changed; the diagram was not imported.`);
      return;
    }
    const imageKey = importedImageKey(diagram.facilityId, sha256);
    result.diagrams.push({ ...diagram, imageKey });
    result.images.set(imageKey, { bytes: image, mediaType: diagram.mediaType });
  });
  return result;
}

function readPlacement(value: unknown, reader: FieldReader): DiagramPlacement {
  const fallback: DiagramPlacement = { kind: 'affine', controlPoints: [] };
  if (!isPlainObject(value)) {
    reader.fail('field.type', `Field "placement" must be an object saying how the diagram sits on the map, not ${describeValue(value)}.`);
    return fallback;
  }
  const { kind, corners, controlPoints } = value;
  const fourCorners = Array.isArray(corners) && corners.length === 4 && corners.every(isLonLat) ? (corners.map(([lon, lat]) => [lon, lat]) as [LonLat, LonLat, LonLat, LonLat]) : null;
  if (kind === 'corners') {
    if (fourCorners) return { kind, corners: fourCorners };
    reader.fail('field.type', 'Field "placement.corners" must be four [lon, lat] pairs.');
  } else if (kind === 'similarity' || kind === 'affine' || kind === 'projective') {
    // Corners are optional here: where the image is shown until there are control points enough for a fit.
    const pointsOk = Array.isArray(controlPoints) && controlPoints.every(isControlPoint);
    const cornersOk = corners === undefined || fourCorners !== null;
    if (pointsOk && cornersOk) {
      const points = controlPoints.map(({ id, image, map }): ControlPoint => ({ id, image: [image[0], image[1]], map: [map[0], map[1]] }));
      return { kind, controlPoints: points, ...(fourCorners ? { corners: fourCorners } : {}) };
    }
    if (!pointsOk) reader.fail('field.type', 'Field "placement.controlPoints" must be a list of {"id", "image": [x, y], "map": [lon, lat]}.');
    if (!cornersOk) reader.fail('field.type', 'Field "placement.corners", when given, must be four [lon, lat] pairs.');
  } else {
    reader.fail('enum.invalid', `Field "placement.kind" is ${describeValue(kind)}, which is not one of: ${PLACEMENT_KINDS.join(', ')}.`);
  }
  return fallback;
}

/** A pair of finite numbers: [lon, lat] on the map or [column, row] in the image. */
function isLonLat(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((number) => typeof number === 'number' && Number.isFinite(number));
}

function isControlPoint(value: unknown): value is ControlPoint {
  return isPlainObject(value) && typeof value.id === 'string' && isLonLat(value.image) && isLonLat(value.map);
}
