/**
 * A facility drawn from its glTF file. Clicking a mesh selects the room node it belongs to; the selected room glows.
 * Materials are cloned once per model so a highlight never tints another room sharing a material.
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, Mesh, type Material, type Object3D } from 'three';
import { hitsAPin } from '../picking';
import { roomOfObject } from './roomBoxes';

const HIGHLIGHT = new Color('#ffb000');
const NONE = new Color('#000000');

type Glowing = Material & { emissive?: Color };

function ownMaterials(root: Object3D): void {
  root.traverse((object) => {
    if (object instanceof Mesh) object.material = Array.isArray(object.material) ? object.material.map((material: Material) => material.clone()) : (object.material as Material).clone();
  });
}

interface Props {
  root: Object3D;
  roomIds: readonly string[];
  selectedRoom: string | null;
  onSelectRoom: (roomId: string) => void;
}

export function FileModel({ root, roomIds, selectedRoom, onSelectRoom }: Props) {
  const invalidate = useThree((state) => state.invalidate);
  const rooms = useMemo(() => new Set(roomIds), [roomIds]);
  useMemo(() => ownMaterials(root), [root]);

  useEffect(() => {
    root.traverse((object) => {
      if (!(object instanceof Mesh)) return;
      const glow = roomOfObject(object, rooms) === selectedRoom && selectedRoom !== null;
      for (const material of [object.material].flat() as Glowing[]) material.emissive?.copy(glow ? HIGHLIGHT : NONE);
    });
    invalidate();
  }, [root, rooms, selectedRoom, invalidate]);

  return (
    <primitive
      object={root}
      onClick={(event: ThreeEvent<MouseEvent>) => {
        if (hitsAPin(event)) return;
        const roomId = roomOfObject(event.object, rooms);
        if (!roomId) return;
        event.stopPropagation();
        onSelectRoom(roomId);
      }}
    />
  );
}
