import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecadeBin } from '../../domain/evidence/evidenceCounts';
import type { DecadeRange } from '../../domain/evidence/evidenceFilter';

interface Props {
  bins: readonly DecadeBin[];
  /** Violations with an unknown date: shown beside the decades, never inside a range. */
  unknownDate: number;
  range: DecadeRange | null;
  onRange: (range: DecadeRange | null) => void;
}

function rangeOf(a: number, b: number): DecadeRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * A histogram of violations by decade that a reader brushes to filter by time, TimeMap-style: drag across the
 * bars, or use the keyboard (a listbox of decades: arrows move to one decade, Shift with arrows stretches the
 * range, Home and End jump, Escape clears). Each bar's accessible name says its decade and count.
 */
export function DecadeBrush({ bins, unknownDate, range, onRange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const bars = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const highest = Math.max(1, ...bins.map((bin) => bin.count));
  const decades = bins.map((bin) => bin.decade);
  const focused = active ?? range?.to ?? decades[0] ?? null;
  const inRange = (decade: number) => range !== null && decade >= range.from && decade <= range.to;

  const decadeAt = (clientX: number): number | undefined => {
    const box = bars.current?.getBoundingClientRect();
    if (!box || box.width === 0) return undefined;
    const slot = Math.floor(((clientX - box.left) / box.width) * decades.length);
    return decades[Math.min(decades.length - 1, Math.max(0, slot))];
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const decade = decadeAt(event.clientX);
    if (decade === undefined || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    anchor.current = decade;
    setActive(decade);
    onRange(rangeOf(decade, decade));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (anchor.current === null || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const decade = decadeAt(event.clientX);
    if (decade === undefined || decade === active) return;
    setActive(decade);
    onRange(rangeOf(anchor.current, decade));
  };
  const onPointerUp = () => (anchor.current = null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (focused === null) return;
    const at = decades.indexOf(focused);
    const moves: Record<string, number> = { ArrowLeft: at - 1, ArrowDown: at - 1, ArrowRight: at + 1, ArrowUp: at + 1, Home: 0, End: decades.length - 1 };
    if (event.key === 'Escape' && range) {
      event.preventDefault();
      event.stopPropagation();
      onRange(null);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onRange(rangeOf(focused, focused));
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const decade = decades[Math.min(decades.length - 1, Math.max(0, target))];
    if (decade === undefined) return;
    setActive(decade);
    if (event.shiftKey) {
      // Stretch from the end of the range the reader is not moving.
      const fixed = range ? (focused === range.from ? range.to : range.from) : focused;
      onRange(rangeOf(fixed, decade));
    } else onRange(rangeOf(decade, decade));
  };

  if (decades.length === 0) return <p>{t('evidence.noDates')}</p>;
  return (
    <div className="decade-brush">
      <p id={`${id}-help`} className="decade-brush-help">
        {t('evidence.brushHelp')}
      </p>
      <div
        ref={bars}
        role="listbox"
        aria-label={t('evidence.decades')}
        aria-describedby={`${id}-help`}
        aria-multiselectable="true"
        aria-activedescendant={focused === null ? undefined : `${id}-${focused}`}
        tabIndex={0}
        className="decade-bars"
        data-brushed={range ? `${range.from}-${range.to}` : ''}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onBlur={() => setActive(null)}
      >
        {bins.map((bin) => (
          <div
            key={bin.decade}
            id={`${id}-${bin.decade}`}
            role="option"
            aria-selected={inRange(bin.decade)}
            className={`decade-bar${inRange(bin.decade) ? ' brushed' : ''}${range && !inRange(bin.decade) ? ' outside' : ''}${active === bin.decade ? ' focused' : ''}`}
            data-decade={bin.decade}
          >
            {/* Named by its content, decade first ("2000s: 838 violations"): what the eye reads is in the name. */}
            <span className="decade-label">
              {t('evidence.decadeShort', { decade: bin.decade })}
              <span className="visually-hidden">{t('evidence.barJoin')}</span>
            </span>
            <span className="decade-count">
              {bin.count}
              <span className="visually-hidden">{t('evidence.barUnit', { count: bin.count })}</span>
            </span>
            <span className="decade-fill" style={{ height: `${(bin.count / highest) * 100}%` }} />
          </div>
        ))}
      </div>
      <p className="decade-unknown">
        {t('evidence.unknownDate', { count: unknownDate })}
        {range && unknownDate > 0 && ` ${t('evidence.unknownLeftOut')}`}
      </p>
      <button type="button" className="decade-clear" onClick={() => onRange(null)} disabled={!range}>
        {t('evidence.clearDecades')}
      </button>
    </div>
  );
}
