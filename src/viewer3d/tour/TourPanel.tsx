/**
 * The guided tour beside the model: where we are (stop 3 of 12), previous and next — first, so they stay in reach
 * at a phone sheet's lowest height —, then the stop's caption in a polite live region, so each step is read out.
 * Arrow keys step too while focus is in the panel.
 */
import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomShape } from '../../domain/plan3d/sceneTypes';
import type { TourStop } from '../../domain/tour/tourStops';
import type { Violation } from '../../domain/types';
import { confidenceText } from '../ConfidenceLabel';
import { localText } from '../../domain/localText';

interface Props {
  stops: TourStop[];
  index: number;
  facilityName: string;
  rooms: readonly RoomShape[];
  violations: readonly Violation[];
  onGo: (index: number) => void;
  onEnd: () => void;
}

function useCaption(stop: TourStop, { facilityName, rooms, violations }: Pick<Props, 'facilityName' | 'rooms' | 'violations'>) {
  const { t, i18n } = useTranslation();
  const local = (text: { en: string; ko?: string }) => localText(text, i18n.language);
  if (stop.kind === 'overview') {
    return { title: facilityName, lines: [t('tour.overview', { rooms: rooms.length, violations: violations.length })] };
  }
  if (stop.kind === 'room') {
    const room = rooms.find((item) => item.id === stop.roomId);
    if (!room) return { title: stop.roomId, lines: [] };
    return {
      title: local(room.name),
      lines: [`${t(`use.${room.use}`)} · ${confidenceText(room, t)} · ${t('tour.roomViolations', { count: stop.violationIds.length })}`, ...(room.basis ? [room.basis] : [])],
    };
  }
  const violation = violations.find((item) => item.id === stop.violationId);
  const room = rooms.find((item) => item.id === stop.roomId);
  const where = room ? local(room.name) : t('tour.atFacility');
  if (!violation) return { title: where, lines: [] };
  const { from, to } = violation.date;
  const when = from && to && from !== to ? `${from} – ${to}` : (from ?? to ?? t('viewer.dateUnknown'));
  return { title: `${t(`category.${violation.category}`)} · ${where}`, lines: [when, local(violation.summary)] };
}

export const TourPanel = forwardRef<HTMLHeadingElement, Props>(function TourPanel({ stops, index, onGo, onEnd, ...names }, heading) {
  const { t } = useTranslation();
  const stop = stops[index];
  const caption = useCaption(stop ?? { kind: 'overview' }, names);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const by = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (by === undefined || (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))) return;
    event.preventDefault();
    onGo(Math.max(0, Math.min(stops.length - 1, index + by)));
  };
  return (
    <section className="tour-panel" aria-labelledby="tour-heading" onKeyDown={onKeyDown}>
      <div className="tour-controls">
        <p className="tour-progress">{t('tour.progress', { position: index + 1, total: stops.length })}</p>
        <button type="button" onClick={() => onGo(index - 1)} disabled={index === 0}>
          <span aria-hidden="true">←</span> {t('tour.previous')}
        </button>
        {index < stops.length - 1 ? (
          <button type="button" className="primary" onClick={() => onGo(index + 1)}>
            {t('tour.next')} <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button type="button" className="primary" onClick={onEnd}>
            {t('tour.finish')}
          </button>
        )}
        <button type="button" className="tour-end" onClick={onEnd} aria-label={t('tour.end')}>
          ×
        </button>
      </div>
      <div aria-live="polite" className="tour-caption">
        <h3 id="tour-heading" ref={heading} tabIndex={-1}>
          {caption.title}
        </h3>
        {caption.lines.map((line, lineIndex) => (
          <p key={lineIndex} className={lineIndex > 0 ? 'tour-detail' : undefined}>
            {line}
          </p>
        ))}
      </div>
    </section>
  );
});
