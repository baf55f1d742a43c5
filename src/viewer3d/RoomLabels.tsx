/** Room names floating over their floors (HTML, so Korean renders with the page's fonts and no font download). */
import { Html } from '@react-three/drei';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import { toThree } from './geometry/axes';

interface Props {
  rooms: RoomShape[];
  selectedRoom: string | null;
  /**
   * Where the labels go. Given explicitly because drei's default target can change once the canvas's events connect,
   * and a label mounted before that was left empty (the first room's label went missing).
   */
  container: RefObject<HTMLElement | null>;
}

export function RoomLabels({ rooms, selectedRoom, container }: Props) {
  const { i18n } = useTranslation();
  return (
    <>
      {rooms.map((room) => (
        <Html
          key={room.id}
          position={toThree(room.interior[0], room.interior[1], room.elevation + room.height + 0.3)}
          center
          portal={container as RefObject<HTMLElement>}
          zIndexRange={[20, 10]}
          className={`room-label${room.id === selectedRoom ? ' room-label-selected' : ''}${room.confidence === 'illustrative' ? ' room-label-illustrative' : ''}`}
        >
          {i18n.language === 'ko' && room.name.ko ? room.name.ko : room.name.en}
        </Html>
      ))}
    </>
  );
}
