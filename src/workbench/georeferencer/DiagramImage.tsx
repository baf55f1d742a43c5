/**
 * The diagram, large, for choosing control points: click a place to start a point (then click the same place on
 * the map); numbered markers (the numbers of the map and the table) can be dragged to correct them.
 */
import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlPoint, Diagram, ImagePoint } from '../../domain/workbench/workTypes';

interface Props {
  diagram: Diagram;
  url: string;
  points: readonly ControlPoint[];
  pending: ImagePoint | null;
  onPick: (image: ImagePoint) => void;
  onMoved: (pointId: string, image: ImagePoint) => void;
}

const tenth = (value: number) => Math.round(value * 10) / 10;

export function DiagramImage({ diagram, url, points, pending, onPick, onMoved }: Props) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<{ id: string; image: ImagePoint } | null>(null);
  /** The image pixel under a pointer, clamped to the image. */
  const imagePoint = (event: { clientX: number; clientY: number }): ImagePoint | null => {
    const box = frame.current?.getBoundingClientRect();
    if (!box || box.width === 0) return null;
    const column = Math.min(Math.max(((event.clientX - box.left) / box.width) * diagram.width, 0), diagram.width);
    const row = Math.min(Math.max(((event.clientY - box.top) / box.height) * diagram.height, 0), diagram.height);
    return [tenth(column), tenth(row)];
  };
  const at = ([column, row]: ImagePoint) => ({ left: `${(column / diagram.width) * 100}%`, top: `${(row / diagram.height) * 100}%` });
  const drag = (point: ControlPoint) => ({
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      event.stopPropagation();
      event.currentTarget.setPointerCapture(event.pointerId);
      setDragging({ id: point.id, image: point.image });
    },
    onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
      const image = dragging?.id === point.id ? imagePoint(event) : null;
      if (image) setDragging({ id: point.id, image });
    },
    onPointerUp: () => {
      if (dragging?.id === point.id && dragging.image !== point.image) onMoved(point.id, dragging.image);
      setDragging(null);
    },
  });
  return (
    <div
      ref={frame}
      className="georeferencer-image"
      style={{ aspectRatio: `${diagram.width} / ${diagram.height}` }}
      onClick={(event) => {
        const image = imagePoint(event);
        if (image) onPick(image);
      }}
    >
      <img src={url} alt={t('benchtools.georeferencer.image', { name: diagram.name })} draggable={false} />
      {points.map((point, index) => (
        <button
          key={point.id}
          type="button"
          className="control-point-marker on-image"
          style={at(dragging?.id === point.id ? dragging.image : point.image)}
          aria-label={t('benchtools.point.onImage', { number: index + 1 })}
          onClick={(event) => event.stopPropagation()}
          {...drag(point)}
        >
          {index + 1}
        </button>
      ))}
      {pending && (
        <span className="control-point-marker on-image pending" style={at(pending)} aria-hidden="true">
          {points.length + 1}
        </span>
      )}
    </div>
  );
}
