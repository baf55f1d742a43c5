import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../domain/plan3d/sceneTypes';

interface Props {
  rooms: RoomShape[];
  violationCounts: ReadonlyMap<string, number>;
  selectedRoom: string | null;
  onSelect: (roomId: string) => void;
}

/** The accessible equivalent of the 3D view: every room with its use, confidence and violation count. */
export function RoomList({ rooms, violationCounts, selectedRoom, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="room-list" aria-label={t('viewer.rooms')}>
      {rooms.map((room) => (
        <li key={room.id}>
          <button type="button" aria-current={room.id === selectedRoom ? 'true' : undefined} onClick={() => onSelect(room.id)}>
            <span className="room-name">{i18n.language === 'ko' && room.name.ko ? room.name.ko : room.name.en}</span>
            <span className="room-use">{t(`use.${room.use}`)}</span>
            <span className={`confidence confidence-${room.confidence}`}>{t(`confidence.${room.confidence}`)}</span>
            <span className="room-violations">{t('viewer.violationCount', { count: violationCounts.get(room.id) ?? 0 })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
