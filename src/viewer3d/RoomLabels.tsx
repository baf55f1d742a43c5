/** Room names floating over their floors (HTML, so Korean renders with the page's fonts and no font download). */
import { Html } from '@react-three/drei';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomBox } from '../domain/plan3d/anchorPins';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import { toThree } from './geometry/axes';
import { localText } from '../domain/localText';

interface Props {
  rooms: RoomShape[];
  selectedRoom: string | null;
  /**
   * Where the labels go. Given explicitly because drei's default target can change once the canvas's events connect,
   * and a label mounted before that was left empty (the first room's label went missing).
   */
  container: RefObject<HTMLElement | null>;
  /** Room nodes of a model file: a room it draws elsewhere than the plan is labelled over its node. */
  boxes?: ReadonlyMap<string, RoomBox> | null;
}

function labelPosition(room: RoomShape, box: RoomBox | undefined) {
  if (box) return toThree((box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2, box.max[2] + 0.3);
  return toThree(room.interior[0], room.interior[1], room.elevation + room.height + 0.3);
}

export function RoomLabels({ rooms, selectedRoom, container, boxes }: Props) {
  const { i18n } = useTranslation();
  return (
    <>
      {rooms.map((room) => (
        <Html
          key={room.id}
          position={labelPosition(room, boxes?.get(room.id))}
          center
          portal={container as RefObject<HTMLElement>}
          // The selected room's label stays on top of its neighbours', so it can be read where labels crowd.
          zIndexRange={room.id === selectedRoom ? [40, 30] : [20, 10]}
          className={`room-label${room.id === selectedRoom ? ' room-label-selected' : ''}${room.confidence === 'illustrative' ? ' room-label-illustrative' : ''}`}
        >
          {localText(room.name, i18n.language)}
        </Html>
      ))}
    </>
  );
}
