/**
 * The accessible list of the plan's other parts — site, buildings, doors and barred fronts, fixtures — each a
 * disclosure: name, kind and confidence, opening to what it rests on. Opening one selects the part in 3D too;
 * a part picked in 3D opens here and is scrolled into view.
 */
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPart } from '../domain/plan3d/planParts';
import type { RoomShape } from '../domain/plan3d/sceneTypes';
import type { LocalizedText, Source } from '../domain/types';
import { RestsOn } from './RestsOn';
import { ConfidenceLabel } from './ConfidenceLabel';
import { localText } from '../domain/localText';

interface Props {
  parts: readonly PlanPart[];
  rooms: readonly RoomShape[];
  selectedPart: string | null;
  onSelect: (partId: string | null) => void;
  sources: ReadonlyMap<string, Source>;
}

function kindKey(part: PlanPart): string {
  if (part.kind === 'opening') return `openingType.${part.type}`;
  if (part.kind === 'fixture') return `fixtureType.${part.type}`;
  return `viewer.part.${part.kind}`;
}

/** Memoised: choosing a room re-renders the viewer, and every part's sources need not be drawn again. */
export const PartList = memo(function PartList({ parts, rooms, selectedPart, onSelect, sources }: Props) {
  const { t, i18n } = useTranslation();
  const local = (name: LocalizedText) => localText(name, i18n.language);
  const roomNames = new Map(rooms.map((room) => [room.id, local(room.name)]));
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (selectedPart === null) return;
    list.current?.querySelector(`[data-part-id="${CSS.escape(selectedPart)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedPart]);

  if (parts.length === 0) return null;
  return (
    <section className="part-list" aria-labelledby="parts-heading">
      <h3 id="parts-heading">{t('viewer.parts')}</h3>
      <p className="viewer-hint">{t('viewer.partsHint')}</p>
      <ul ref={list} aria-labelledby="parts-heading">
        {parts.map((part) => {
          const { id } = part.element;
          const open = id === selectedPart;
          const room = 'roomId' in part && part.roomId !== undefined ? roomNames.get(part.roomId) : undefined;
          return (
            <li key={id}>
              <details
                open={open}
                data-part-id={id}
                onToggle={(event) => {
                  const nowOpen = event.currentTarget.open;
                  if (nowOpen !== open) onSelect(nowOpen ? id : null);
                }}
              >
                <summary>
                  <span className="room-name">{local(part.element.name)}</span>
                  <span className="room-use">{room ? t('viewer.partInRoom', { kind: t(kindKey(part)), room }) : t(kindKey(part))}</span>
                  <ConfidenceLabel element={part.element} />
                </summary>
                <RestsOn element={part.element} sources={sources} withConfidence={false} />
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
