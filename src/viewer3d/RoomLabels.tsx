/** Room names floating over their floors (HTML, so Korean renders with the page's fonts and no font download). */
import { Html } from '@react-three/drei';
import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import { toThree } from './geometry/axes';

export function RoomLabels({ rooms, selectedRoom }: { rooms: RoomShape[]; selectedRoom: string | null }) {
  const { i18n } = useTranslation();
  return (
    <>
      {rooms.map((room) => (
        <Html
          key={room.id}
          position={toThree(room.interior[0], room.interior[1], room.elevation + room.height + 0.3)}
          center
          zIndexRange={[5, 0]}
          className={`room-label${room.id === selectedRoom ? ' room-label-selected' : ''}${room.confidence === 'illustrative' ? ' room-label-illustrative' : ''}`}
        >
          {i18n.language === 'ko' && room.name.ko ? room.name.ko : room.name.en}
        </Html>
      ))}
    </>
  );
}
