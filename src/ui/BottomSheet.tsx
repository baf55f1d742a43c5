/**
 * A panel that is a column beside the main view on wide screens and a bottom sheet on a phone: it rests at a peek
 * (the main view keeps most of the screen), and a thumb pulls its handle up or down between three heights; a tap
 * or Enter on the handle steps it up (from the top, back to the peek), arrow keys move it. Its content scrolls
 * inside it at every height, never in a box a few pixels high.
 *
 * Hand-made rather than a library: the sheets on npm are modal dialogs (vaul wraps Radix Dialog: a focus trap and a
 * portal, wrong for a panel that is always there and is the page's accessible content) or bring an animation
 * library (react-modal-sheet needs motion, ~40 kB gzip, on the map page's budget).
 */
import { useId, useRef, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export const SHEET_SNAPS = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof SHEET_SNAPS)[number];

/** Heights as a share of the sheet's container. */
const FRACTION: Record<SheetSnap, number> = { peek: 0.3, half: 0.58, full: 0.94 };
/** A pointer that moves less than this is a tap, not a pull. */
const TAP_PX = 8;

interface Props {
  /** The region's accessible name. */
  label: string;
  /** The handle's visible text: what the sheet holds. */
  title: ReactNode;
  snap: SheetSnap;
  onSnap: (snap: SheetSnap) => void;
  className?: string;
  children: ReactNode;
}

function nearest(fraction: number): SheetSnap {
  return SHEET_SNAPS.reduce((best, snap) => (Math.abs(FRACTION[snap] - fraction) < Math.abs(FRACTION[best] - fraction) ? snap : best));
}

export function BottomSheet({ label, title, snap, onSnap, className, children }: Props) {
  const bodyId = useId();
  const sheet = useRef<HTMLElement>(null);
  const drag = useRef<{ startY: number; startHeight: number; height: number; moved: boolean } | null>(null);
  /** A pull ends in a click too: that click must not step the sheet again. */
  const pulled = useRef(false);
  const step = (by: number) => onSnap(SHEET_SNAPS[Math.max(0, Math.min(SHEET_SNAPS.length - 1, SHEET_SNAPS.indexOf(snap) + by))] ?? snap);
  const containerHeight = () => sheet.current?.parentElement?.clientHeight ?? window.innerHeight;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    pulled.current = false;
    if (!sheet.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const startHeight = sheet.current.getBoundingClientRect().height;
    drag.current = { startY: event.clientY, startHeight, height: startHeight, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const pull = drag.current;
    if (!pull || !sheet.current) return;
    const dy = event.clientY - pull.startY;
    if (Math.abs(dy) > TAP_PX) pull.moved = true;
    if (!pull.moved) return;
    pull.height = Math.max(48, Math.min(containerHeight(), pull.startHeight - dy));
    // The sheet follows the finger at once: its height's transition is for snapping only.
    sheet.current.dataset.pulling = 'true';
    sheet.current.style.height = `${pull.height}px`;
  };
  const onPointerEnd = () => {
    const pull = drag.current;
    drag.current = null;
    if (!pull?.moved || !sheet.current) return;
    pulled.current = true;
    // Where the finger left the sheet, not where a transition had got to (a quick pull read short of it).
    const fraction = pull.height / containerHeight();
    delete sheet.current.dataset.pulling;
    sheet.current.style.height = '';
    onSnap(nearest(fraction));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const by = { ArrowUp: 1, ArrowDown: -1, PageUp: 1, PageDown: -1 }[event.key];
    if (by === undefined) return;
    event.preventDefault();
    step(by);
  };

  return (
    <section
      ref={sheet}
      className={`sheet ${className ?? ''}`}
      aria-label={label}
      data-snap={snap}
      style={{ '--sheet-fraction': FRACTION[snap] } as CSSProperties}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-controls={bodyId}
        aria-expanded={snap !== 'peek'}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onKeyDown={onKeyDown}
        onClick={() => {
          if (pulled.current) {
            pulled.current = false;
            return;
          }
          onSnap(snap === 'full' ? 'peek' : (SHEET_SNAPS[SHEET_SNAPS.indexOf(snap) + 1] ?? 'full'));
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
        <span className="sheet-title">{title}</span>
      </button>
      <div id={bodyId} className="sheet-body">
        {children}
      </div>
    </section>
  );
}
