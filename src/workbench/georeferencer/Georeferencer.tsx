/**
 * The georeferencer, beside the map while a diagram is placed (QGIS's layout: image and map side by side, both
 * large). By hand: move, rotate and scale handles on the map. By control points: click a place on the diagram,
 * then the same place on the map; numbered points on both, draggable, deletable, with each point's residual in
 * metres and every fit's overall error, to choose similarity, affine or projective.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { everyFit, placementFit } from '../../domain/georeference/placement';
import { moveControlPoint, removeControlPoint, withMethod, type PlacementMethod } from '../../domain/workbench/diagramEdits';
import type { Diagram } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { useWorkCore } from '../../store/workStore';
import { imageUrl } from '../diagrams/imageUrls';
import { diagramCorners } from '../diagrams/useDiagramOverlays';
import { useWorkbenchUi } from '../workbenchUiStore';
import { DiagramImage } from './DiagramImage';
import { ResidualTable } from './ResidualTable';

const METHODS: PlacementMethod[] = ['corners', 'similarity', 'affine', 'projective'];

export function Georeferencer({ diagram, storage }: { diagram: Diagram; storage: WorkStorage }) {
  const { t } = useTranslation();
  const { apply } = useWorkCore();
  const { pendingPoint, awaitMapPoint, editCorners, place } = useWorkbenchUi();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => void imageUrl(storage, diagram.imageKey).then(setUrl), [storage, diagram.imageKey]);
  const { placement } = diagram;
  const byHand = placement.kind === 'corners';
  // By hand, the handles are on the map while this is open.
  useEffect(() => editCorners(byHand ? diagram.id : null), [byHand, diagram.id, editCorners]);
  const replace = (record: Diagram, coalesce?: string) => apply({ type: 'replace', collection: 'diagrams', record }, coalesce ? { coalesce } : {});
  const points = placement.kind === 'corners' ? [] : placement.controlPoints;
  const fit = placementFit(placement);
  const pending = pendingPoint?.diagramId === diagram.id ? pendingPoint.image : null;
  return (
    <section className="georeferencer" aria-labelledby="wb-georeferencer">
      <header className="georeferencer-header">
        <h3 id="wb-georeferencer">{t('benchtools.georeferencer.heading', { name: diagram.name })}</h3>
        <button type="button" onClick={() => place(null)}>
          {t('benchtools.georeferencer.done')}
        </button>
      </header>
      <div className="georeferencer-settings">
        <label className="field">
          {t('workbench.diagram.method')}
          <select
            value={placement.kind}
            onChange={(event) => {
              const corners = diagramCorners(diagram);
              if (corners) replace(withMethod(diagram, event.target.value as PlacementMethod, corners));
            }}
          >
            {METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`workbench.diagram.methods.${method}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('workbench.diagram.opacity', { percent: Math.round(diagram.opacity * 100) })}
          <input type="range" min={0} max={1} step={0.05} value={diagram.opacity} onChange={(event) => replace({ ...diagram, opacity: event.target.valueAsNumber }, `${diagram.id}:opacity`)} />
        </label>
      </div>
      {byHand ? (
        <p>{t('benchtools.georeferencer.byHand')}</p>
      ) : (
        <>
          <p role="status">{pending ? t('workbench.diagram.clickMap') : t('workbench.diagram.clickImage')}</p>
          {pending && (
            <button type="button" onClick={() => awaitMapPoint(null)}>
              {t('workbench.diagram.cancelPoint')}
            </button>
          )}
          {url && (
            <DiagramImage
              diagram={diagram}
              url={url}
              points={points}
              pending={pending}
              onPick={(image) => awaitMapPoint({ diagramId: diagram.id, image })}
              onMoved={(pointId, image) => replace(moveControlPoint(diagram, pointId, { image }))}
            />
          )}
          <ResidualTable points={points} fit={fit} onRemove={(pointId) => replace(removeControlPoint(diagram, pointId))} />
          <ul className="fit-comparison" aria-label={t('benchtools.georeferencer.compare')}>
            {everyFit(points).map(({ method, fit: other }) => (
              <li key={method} aria-current={method === placement.kind}>
                {t(`workbench.diagram.methods.${method}`)}:{' '}
                {other.ok ? t('benchtools.georeferencer.fitRms', { metres: other.rmsMetres.toFixed(2) }) : t('benchtools.georeferencer.fitNeeds')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
