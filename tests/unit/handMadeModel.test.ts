/**
 * A hand-made glTF for Onsong — SYNTHETIC boxes named by the real plan's room ids, laid out, sized, moved and
 * scaled unlike the plan — read as the viewer reads it (three's GLTFLoader → roomBoxes → anchorPins): pins land
 * inside those room nodes' boxes, as .glb and as .gltf with embedded data.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Object3D } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { describe, expect, it } from 'vitest';
import { anchorPins, type RoomBox } from '../../src/domain/plan3d/anchorPins';
import { toLonLat } from '../../src/domain/plan3d/localFrame';
import { planToScene } from '../../src/domain/plan3d/planToScene';
import { violationPins, type ViolationPin } from '../../src/domain/plan3d/violationPins';
import { loadDataset } from '../../src/domain/loadDataset';
import { roomBoxes } from '../../src/viewer3d/model/roomBoxes';
import { deepFreeze } from '../fixtures/deepFreeze';
import { asEmbeddedGltf, asGlb, expectedBox, handMadeModel, type HandMadePlacement, type HandMadeRoom } from '../fixtures/handMadeModel';
import { planViolation } from '../fixtures/syntheticPlan';

// Node has fetch (three's FileLoader reads a .gltf's data: URI with it) but not the browser's ProgressEvent,
// which FileLoader reports download progress with: a minimal stand-in.
globalThis.ProgressEvent ??= class extends Event {
  readonly lengthComputable: boolean;
  readonly loaded: number;
  readonly total: number;
  constructor(type: string, init: ProgressEventInit = {}) {
    super(type);
    this.lengthComputable = init.lengthComputable ?? false;
    this.loaded = init.loaded ?? 0;
    this.total = init.total ?? 0;
  }
} as typeof ProgressEvent;

const ONSONG = 'nkpd-pe7q4z9cv8';
const DATA = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/geojson');
const files = ['facilities.geojson', 'sources.json', `plans/${ONSONG}.geojson`].map((path) => ({ path, text: readFileSync(resolve(DATA, path), 'utf8') }));
const { dataset } = loadDataset(files);
const plan = dataset.plans.find((candidate) => candidate.facilityId === ONSONG);
if (!plan) throw new Error('no Onsong plan in data/geojson');
const scene = planToScene(plan, dataset.facilities.find((facility) => facility.id === ONSONG));

const MODEL_ROOMS: readonly HandMadeRoom[] = deepFreeze([
  { id: 'cell-01', centre: [0, 0], size: [3, 3, 2.5] },
  { id: 'cell-02', centre: [5, 0], size: [2, 4, 2.5] },
  { id: 'corridor', centre: [2, 6], size: [10, 2, 3] },
  { id: 'interrogation-1', centre: [-6, 3], size: [4, 4, 2.8] },
]);
const PLACEMENT: HandMadePlacement = deepFreeze({ offset: [40, -25, 0.5], scale: 1.5 });
/** A room the model leaves out: its pins keep the plan's position. */
const NOT_IN_MODEL = 'cell-05';

/** For each room: one violation known only by its room, and one at the plan room's interior point (a point). */
const violations = [...MODEL_ROOMS.map((room) => room.id), NOT_IN_MODEL].flatMap((roomId) => {
  const room = scene.rooms.find((candidate) => candidate.id === roomId);
  if (!room) throw new Error(`Onsong has no room ${roomId}`);
  return [
    planViolation({ id: `SYNTHETIC-${roomId}-by-room`, facilityId: ONSONG, roomId }),
    planViolation({ id: `SYNTHETIC-${roomId}-at-point`, facilityId: ONSONG, roomId, category: 'starvation', location: toLonLat(scene.frame, room.interior) }),
  ];
});
const { pins } = violationPins(scene, violations);

async function modelRoot(bytes: Uint8Array): Promise<Object3D> {
  const copy = bytes.slice().buffer;
  return (await new GLTFLoader().parseAsync(copy, '')).scene;
}

const inside = (box: RoomBox, [x, y, z]: readonly number[]) =>
  x! >= box.min[0] && x! <= box.max[0] && y! >= box.min[1] && y! <= box.max[1] && z === box.min[2];

describe.each([
  ['.glb', asGlb],
  ['.gltf with embedded data', asEmbeddedGltf],
])('a hand-made Onsong model as %s', (_, write) => {
  const model = handMadeModel(MODEL_ROOMS, PLACEMENT, 'corridor');
  const loaded = write(model).then(modelRoot);
  const roomIds = scene.rooms.map((room) => room.id);

  it("finds its room nodes' boxes where the model puts them, in the plan's metres", async () => {
    const boxes = roomBoxes(await loaded, roomIds);
    expect([...boxes.keys()].sort()).toEqual(MODEL_ROOMS.map((room) => room.id).sort());
    for (const room of MODEL_ROOMS) {
      const expected = expectedBox(room, PLACEMENT);
      const box = boxes.get(room.id)!;
      [0, 1, 2].forEach((axis) => {
        expect(box.min[axis]).toBeCloseTo(expected.min[axis]!, 4);
        expect(box.max[axis]).toBeCloseTo(expected.max[axis]!, 4);
      });
    }
  });

  it("lands every pin of a modelled room inside that room's box, on its floor", async () => {
    const boxes = roomBoxes(await loaded, roomIds);
    const anchored = anchorPins(pins, boxes);
    const modelled = anchored.filter((pin) => pin.roomId !== NOT_IN_MODEL);
    expect(modelled).toHaveLength(MODEL_ROOMS.length * 2);
    for (const pin of modelled) expect(inside(boxes.get(pin.roomId!)!, pin.position), pin.violationId).toBe(true);
    // None of them was inside its box before: the model is elsewhere than the plan.
    for (const pin of pins.filter((item) => item.roomId !== NOT_IN_MODEL)) expect(inside(boxes.get(pin.roomId!)!, pin.position)).toBe(false);
  });

  it('stacks the pins that share a room without hiding one under another', async () => {
    const anchored = anchorPins(pins, roomBoxes(await loaded, roomIds));
    for (const room of MODEL_ROOMS) {
      const inRoom = anchored.filter((pin) => pin.roomId === room.id);
      expect(inRoom.map((pin) => pin.stackIndex).sort()).toEqual([0, 1]);
    }
  });

  it('leaves the pins of a room the model lacks where the plan puts them', async () => {
    const anchored = anchorPins(pins, roomBoxes(await loaded, roomIds));
    const byId = (list: readonly ViolationPin[], id: string) => list.find((pin) => pin.violationId === id)?.position;
    for (const id of [`SYNTHETIC-${NOT_IN_MODEL}-by-room`, `SYNTHETIC-${NOT_IN_MODEL}-at-point`]) {
      expect(byId(pins, id), id).toBeDefined();
      expect(byId(anchored, id)).toEqual(byId(pins, id));
    }
  });
});
