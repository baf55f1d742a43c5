/**
 * "Something is missing here": while marking, a touch on the model (a room's floor or the ground outside the
 * rooms) records the place with the note; from the keyboard, the marker starts in the room shown and moves with
 * the arrow keys, and "Place it at the marker" (or Enter) records it. The places marked so far are listed.
 */
import { useTranslation } from 'react-i18next';
import type { MissingMark } from '../domain/interview/sessionTypes';

export function MissingControls({ marking, busy, onStart, onPlace, onCancel }: { marking: boolean; busy: boolean; onStart: () => void; onPlace: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  if (!marking) {
    return (
      <button type="button" className="mark-missing" disabled={busy} onClick={onStart}>
        {t('interview.markMissing')}
      </button>
    );
  }
  return (
    <div className="missing-controls" role="group" aria-label={t('interview.markMissing')}>
      <p className="hint" id="missing-hint">
        {t('interview.markingHint')}
      </p>
      {/* Focused at once, so Enter places the marker and Tab reaches Cancel. */}
      <button type="button" autoFocus disabled={busy} aria-describedby="missing-hint" onClick={onPlace}>
        {t('interview.placeAtMarker')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('interview.cancelMarking')}
      </button>
    </div>
  );
}

export function MissingList({ marks, roomName }: { marks: readonly MissingMark[]; roomName: (roomId: string) => string }) {
  const { t } = useTranslation();
  if (marks.length === 0) return null;
  return (
    <>
      <h3 id="missing-places" className="missing-heading">
        {t('interview.missingPlaces')}
      </h3>
      <ol className="missing-list" aria-labelledby="missing-places">
        {marks.map((mark) => (
          <li key={mark.id}>
            {mark.roomId ? t('interview.missingInRoom', { room: roomName(mark.roomId) }) : t('interview.missingOutside')}
            {mark.note ? ` — ${mark.note}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
