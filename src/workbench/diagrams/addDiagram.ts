/**
 * Adds a photo of a survivor's diagram to the work: the image is re-encoded from its pixels (reencodeImage.ts: its
 * EXIF GPS position, artist, description… are gone) and those bytes go to this browser's storage under the
 * diagram's id, then a restricted `diagram` source and the diagram record go in as one undoable step. The source
 * is titled by the diagram's id, not by the file's name, which is often a person's or a place's. Only PNG and JPEG.
 */
import { uniqueId } from '../../domain/workbench/newRecords';
import { initialCorners } from '../../domain/workbench/diagramEdits';
import type { Diagram, LonLat } from '../../domain/workbench/workTypes';
import type { WorkCore } from '../../store/workCore';
import { reencodeImage, type Reencoded } from './reencodeImage';

const MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

export type AddDiagramResult = { ok: true; diagramId: string } | { ok: false; reason: 'type' | 'decode' };

export async function addDiagram(file: File, center: LonLat, core: WorkCore): Promise<AddDiagramResult> {
  const mediaType = MEDIA_TYPES.find((type) => type === file.type);
  if (!mediaType) return { ok: false, reason: 'type' };
  let image: Reencoded;
  try {
    image = await reencodeImage(file, mediaType);
  } catch {
    return { ok: false, reason: 'decode' };
  }
  const size = { width: image.width, height: image.height };
  const { work } = core.store.getState();
  if (!work) return { ok: false, reason: 'decode' };
  const sourceId = uniqueId(work, 'source');
  const id = uniqueId(work, 'diagram');
  const imageKey = `diagram:${work.facilityId}:${id}:${Date.now()}`;
  await core.putImage(imageKey, { bytes: image.bytes, mediaType });
  const diagram: Diagram = {
    id,
    facilityId: work.facilityId,
    sourceId,
    name: file.name,
    imageKey,
    mediaType,
    ...size,
    placement: { kind: 'corners', corners: initialCorners(center, size.width, size.height) },
    opacity: 0.6,
  };
  core.apply({
    type: 'batch',
    label: 'Add diagram',
    changes: [
      { type: 'insert', collection: 'sources', record: { id: sourceId, kind: 'diagram', title: `Diagram ${id}`, visibility: 'restricted' } },
      { type: 'insert', collection: 'diagrams', record: diagram },
    ],
  });
  return { ok: true, diagramId: id };
}
