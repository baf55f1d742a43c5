import { BoxGeometry, BufferAttribute, BufferGeometry, Group, Mesh, MeshBasicMaterial, PerspectiveCamera, Points, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { occluded, roomAt } from './sceneRays';

/** A wall (a box at x = 0), a floor named as a room behind it, a cloud of pins and a hidden box in front of it. */
function scene() {
  const root = new Group();
  const wall = new Mesh(new BoxGeometry(0.2, 4, 4), new MeshBasicMaterial());
  const floor = new Mesh(new BoxGeometry(2, 2, 0.1), new MeshBasicMaterial());
  floor.name = 'SYNTHETIC-room';
  floor.position.set(0, 0, -10);
  const pins = new Points(new BufferGeometry().setAttribute('position', new BufferAttribute(new Float32Array([0, 0, -5, 0, 0, -6, 5, 0, 0]), 3)));
  const hidden = new Mesh(new BoxGeometry(4, 4, 0.1), new MeshBasicMaterial());
  hidden.position.set(0, 0, -3);
  hidden.visible = false;
  const nested = new Group();
  nested.add(pins, hidden);
  root.add(wall, floor, nested);
  root.updateMatrixWorld(true);
  return root;
}

describe('rays through the scene', () => {
  const camera = new PerspectiveCamera(60, 1, 0.05, 100);
  camera.position.set(0, 0, 0);
  camera.lookAt(0, 0, -1);
  camera.updateMatrixWorld(true);

  it('counts shown meshes between two points, not pins or hidden meshes', () => {
    const root = scene();
    expect(occluded(root, camera, new Vector3(-5, 0, 0), new Vector3(5, 0, 0))).toBe(true);
    expect(occluded(root, camera, new Vector3(0, 0, 0), new Vector3(0, 0, -9))).toBe(false);
  });

  it('finds the room a click lands in through pins and hidden meshes', () => {
    expect(roomAt(scene(), camera, { x: 0, y: 0 }, new Set(['SYNTHETIC-room']))).toBe('SYNTHETIC-room');
  });
});
