import { forwardRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import type { Source, Violation } from '../domain/types';
import { RestsOn } from './RestsOn';
import { ROOM_SHOWN_MARK } from './viewerHooks';
import { PagedRecords } from './PagedRecords';
import { FACILITY_LEVEL_PAGE_SIZE } from '../domain/plan3d/facilityLevel';
import { localText } from '../domain/localText';

/** About the height of one listed record with one source and no quote in the panel (~220 px at 16 px), in em. */
const RECORD_EM = 13;

interface Props {
  room: RoomShape;
  /** The violations documented in the room (after the viewer's filter), known before they are listed. */
  count: number;
  /** Listed a frame after the room's choice; null until then. */
  violations: readonly Violation[] | null;
  /** Given while the room's pins, too many to draw at once, stay one marker: draws them. */
  onShowPins?: () => void;
  sources: ReadonlyMap<string, Source>;
}

/**
 * The selected room: what it is, the violations documented in it, and how sure we are and on what that rests. Its
 * heading takes focus when the room is chosen from the list, so the reader is taken to what they asked for.
 */
export const RoomDetails = forwardRef<HTMLHeadingElement, Props>(function RoomDetails({ room, count, violations, sources, onShowPins }, heading) {
  const { t, i18n } = useTranslation();
  const listed = violations !== null;
  // Once the room's whole record, its list included, is in the page (tests and the viewer benchmark time a choice to here).
  useEffect(() => {
    if (listed) performance.mark(ROOM_SHOWN_MARK, { detail: room.id });
  }, [room.id, listed]);
  return (
    <section className="room-details" aria-labelledby="room-heading">
      <h3 id="room-heading" ref={heading} tabIndex={-1}>
        {localText(room.name, i18n.language)}
      </h3>
      <p>
        {t(`use.${room.use}`)} · {t('viewer.area', { area: room.areaM2.toFixed(1) })} · {t('viewer.height', { height: room.height.toFixed(1) })}
      </p>
      <section className="room-violations-list" aria-labelledby="room-violations-heading" aria-busy={!listed}>
        <h4 id="room-violations-heading">{t('viewer.roomViolations', { count })}</h4>
        {onShowPins && (
          <p className="viewer-hint">
            {t('room5.pinsHeld')}{' '}
            <button type="button" onClick={onShowPins}>
              {t('room5.showPins', { count })}
            </button>
          </p>
        )}
        {count === 0 ? (
          <p>{t('viewer.noRoomViolations')}</p>
        ) : (
          <>
            {violations && <PagedRecords violations={violations} sources={sources} label={t('viewer.roomViolations', { count })} />}
            {/* Until the list comes, its page's room is kept, so what follows does not move when it does. */}
            {!violations && <div className="records-pending" style={{ minHeight: `${Math.min(count, FACILITY_LEVEL_PAGE_SIZE) * RECORD_EM}em` }} />}
          </>
        )}
      </section>
      <h4>{t('viewer.roomRestsOn')}</h4>
      <RestsOn element={room} sources={sources} />
    </section>
  );
});
