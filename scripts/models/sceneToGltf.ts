/**
 * A PlanScene as a glTF document (DESIGN.md §3, assets/models): one root node named by the facility id, and one
 * node per plan element named exactly by its plan feature id, so violations pin to rooms by node name — the
 * same contract a hand-made model follows. Node extras carry kind, confidence, names and basis, which Blender
 * shows as custom properties. Source references are left out: testimony ids stay restricted (§6).
 */
import { Document, type Material, type Mesh, type Node, VERSION } from '@gltf-transform/core';
import type { PlanScene, Provenance, RoomShape, WallSegment } from '../../src/domain/plan3d/sceneTypes';
import { floorPrimitive, outlinePrimitive, toGltf, unitBoxPrimitive } from './gltfGeometry';
import { modelMaterials } from './gltfMaterials';

/** Written into asset.generator; build:models overwrites only models that carry it, never hand-made ones. */
export const MODEL_GENERATOR = 'Facility Atlas build:models';

/** Outlines sit a little above the ground so they do not flicker against a floor at the same height. */
const OUTLINE_LIFT_M = 0.02;
/** Fixtures are markers on the floor: a footprint and a height in metres. */
const FIXTURE_SIZE_M = { width: 0.3, height: 0.1 };

type Extras = Record<string, unknown>;

/** JSON drops undefined values anyway; leaving them out keeps extras equal to what a reader gets back. */
function defined(extras: Extras): Extras {
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined));
}

function provenanceExtras(kind: string, element: Provenance, details: Extras): Extras {
  const { confidence, name, basis } = element;
  return defined({ kind, confidence, name_en: name.en, name_ko: name.ko, basis, ...details });
}

function roomExtras(room: RoomShape): Extras {
  return provenanceExtras('room', room, { use: room.use, level: room.level, buildingId: room.buildingId, heightM: room.height, areaM2: room.areaM2 });
}

/** A box node for a wall piece: the unit cube stretched along the wall, turned about the vertical axis. */
function placeWall(node: Node, wall: WallSegment): Node {
  const [startX, startY] = wall.start;
  const [endX, endY] = wall.end;
  const angle = Math.atan2(endY - startY, endX - startX);
  return node
    .setTranslation(toGltf((startX + endX) / 2, (startY + endY) / 2, wall.base + wall.height / 2))
    .setRotation([0, Math.sin(angle / 2), 0, Math.cos(angle / 2)])
    .setScale([Math.hypot(endX - startX, endY - startY), wall.height, wall.thickness]);
}

export function sceneToGltf(scene: PlanScene): Document {
  const document = new Document();
  document.getRoot().getAsset().generator = `${MODEL_GENERATOR} (glTF-Transform ${VERSION})`;
  const buffer = document.createBuffer();
  const materials = modelMaterials(document);
  const boxes = new Map<Material, Mesh>();
  const box = (material: Material): Mesh => {
    const existing = boxes.get(material);
    if (existing) return existing;
    const mesh = document.createMesh(`box:${material.getName()}`).addPrimitive(unitBoxPrimitive(document, buffer, material));
    boxes.set(material, mesh);
    return mesh;
  };

  const root = document.createNode(scene.facilityId).setExtras({
    kind: 'facility',
    facilityId: scene.facilityId,
    // Enough to georeference the model: local metres east/north of this [lon, lat], Y up, north along -Z.
    origin: scene.frame.origin,
    axes: 'X east, Y up, -Z north; metres',
  });
  document.getRoot().setDefaultScene(document.createScene(scene.facilityId).addChild(root));

  const outlineNode = (element: Provenance & { outline: [number, number][] }, kind: string, details: Extras) => {
    const mesh = document.createMesh(`${element.id}:outline`).addPrimitive(
      outlinePrimitive(document, buffer, element.outline, OUTLINE_LIFT_M, materials.confidence(element.confidence)),
    );
    root.addChild(document.createNode(element.id).setMesh(mesh).setExtras(provenanceExtras(kind, element, details)));
  };
  for (const site of scene.site) outlineNode(site, 'site', {});
  for (const building of scene.buildings) outlineNode(building, 'building', { levels: building.levels, heightM: building.height });

  const roomNodes = new Map<string, { node: Node; elevation: number }>();
  for (const room of scene.rooms) {
    const floor = floorPrimitive(document, buffer, room.floor, room.elevation, materials.confidence(room.confidence));
    const node = document.createNode(room.id).setMesh(document.createMesh(`${room.id}:floor`).addPrimitive(floor)).setExtras(roomExtras(room));
    root.addChild(node);
    roomNodes.set(room.id, { node, elevation: room.elevation });
  }
  // Walls, openings and fixtures hang under their room, so hiding or picking a room takes them along.
  const parentOf = (roomId: string | undefined) => (roomId === undefined ? undefined : roomNodes.get(roomId));

  for (const wall of scene.walls) {
    const node = placeWall(document.createNode(wall.id), wall)
      .setMesh(box(materials.wall(wall.kind, wall.confidence)))
      .setExtras({ kind: 'wall', wallKind: wall.kind, confidence: wall.confidence, roomId: wall.roomId });
    (parentOf(wall.roomId)?.node ?? root).addChild(node);
  }
  for (const opening of scene.openings) {
    // Doors and hatches are gaps between wall pieces; the node marks the opening's middle and carries its record.
    const parent = parentOf(opening.roomId);
    const [x, y] = [(opening.start[0] + opening.end[0]) / 2, (opening.start[1] + opening.end[1]) / 2];
    const node = document
      .createNode(opening.id)
      .setTranslation(toGltf(x, y, parent?.elevation ?? 0))
      .setExtras(provenanceExtras('opening', opening, { openingType: opening.openingType, roomId: opening.roomId }));
    (parent?.node ?? root).addChild(node);
  }
  for (const fixture of scene.fixtures) {
    const [x, y, z] = fixture.position;
    const node = document
      .createNode(fixture.id)
      .setMesh(box(materials.confidence(fixture.confidence)))
      .setTranslation(toGltf(x, y, z + FIXTURE_SIZE_M.height / 2))
      .setScale([FIXTURE_SIZE_M.width, FIXTURE_SIZE_M.height, FIXTURE_SIZE_M.width])
      .setExtras(provenanceExtras('fixture', fixture, { fixtureType: fixture.fixtureType, roomId: fixture.roomId }));
    (parentOf(fixture.roomId)?.node ?? root).addChild(node);
  }
  return document;
}
