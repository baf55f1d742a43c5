/**
 * "Something is missing here", in two steps. Where: a touch on the model (a room's floor or the ground outside
 * the rooms), or from the keyboard the marker, which starts in the room shown and moves with the arrow keys, placed
 * with "Mark the place at the marker" (or Enter). What: a note saying what is missing, required before the place
 * is recorded. The places marked so far are listed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissingMark } from '../domain/interview/sessionTypes';
import type { MissingMarking } from './useMissingMarking';

export function MissingControls({ marking, busy }: { marking: MissingMarking; busy: boolean }) {
  const { t } = useTranslation();
  if (marking.step === 'idle') {
    return (
      <button type="button" className="mark-missing" disabled={busy} onClick={marking.start}>
        {t('interview.markMissing')}
      </button>
    );
  }
  if (marking.step === 'where') {
    return (
      <div className="missing-controls" role="group" aria-label={t('interview.markMissing')}>
        <p className="hint" id="missing-hint">
          {t('interview.markingHint')}
        </p>
        {/* Focused at once, so Enter places the marker and Tab reaches Cancel. */}
        <button type="button" autoFocus disabled={busy} aria-describedby="missing-hint" onClick={() => marking.chooseAtMarker()}>
          {t('interview.placeAtMarker')}
        </button>
        <button type="button" onClick={marking.cancel}>
          {t('interview.cancelMarking')}
        </button>
      </div>
    );
  }
  return <MissingNote marking={marking} busy={busy} />;
}

/** The second step: what is missing, required. Its text is kept here, so typing it never redraws the 3D scene. */
function MissingNote({ marking, busy }: { marking: MissingMarking; busy: boolean }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [needsNote, setNeedsNote] = useState(false);
  return (
    <form
      className="missing-controls"
      aria-label={t('interview.markMissing')}
      onSubmit={(event) => {
        event.preventDefault();
        setNeedsNote(!marking.record(note));
      }}
    >
      <label className="missing-note">
        {t('interview.missingWhat')}
        <input
          autoFocus
          value={note}
          aria-invalid={needsNote}
          aria-describedby={needsNote ? 'missing-note-needed' : undefined}
          onChange={(event) => {
            setNote(event.target.value);
            if (event.target.value.trim()) setNeedsNote(false);
          }}
        />
      </label>
      {needsNote && (
        <p role="alert" id="missing-note-needed" className="field-problem">
          {t('interview.missingNoteNeeded')}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('interview.missingRecord')}
      </button>
      <button type="button" onClick={marking.reposition}>
        {t('interview.missingMoveAgain')}
      </button>
      <button type="button" onClick={marking.cancel}>
        {t('interview.cancelMarking')}
      </button>
    </form>
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
