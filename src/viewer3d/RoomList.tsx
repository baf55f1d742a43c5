import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import { moveFocus, tabStop } from '../ui/rovingFocus';
import { ConfidenceLabel } from './ConfidenceLabel';
import { localText } from '../domain/localText';

interface Props {
  rooms: RoomShape[];
  violationCounts: ReadonlyMap<string, number>;
  selectedRoom: string | null;
  onSelect: (roomId: string) => void;
}

/**
 * The accessible equivalent of the 3D view: every room with its use, confidence and violation count. One stop for
 * Tab (the selected room, or the first); arrow keys, Home and End move between rooms; Enter or Space selects.
 */
export function RoomList({ rooms, violationCounts, selectedRoom, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const stop = tabStop(rooms, (room) => room.id === selectedRoom);
  return (
    <ul className="room-list" aria-label={t('viewer.rooms')} onKeyDown={(event) => moveFocus(event, 'button')}>
      {rooms.map((room) => (
        <li key={room.id}>
          <button type="button" tabIndex={room === stop ? 0 : -1} aria-current={room.id === selectedRoom ? 'true' : undefined} onClick={() => onSelect(room.id)}>
            <span className="room-name">{localText(room.name, i18n.language)}</span>
            <span className="room-use">{t(`use.${room.use}`)}</span>
            <ConfidenceLabel element={room} />
            <span className="room-violations">{t('viewer.violationCount', { count: violationCounts.get(room.id) ?? 0 })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
