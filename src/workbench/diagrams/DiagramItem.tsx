/**
 * One diagram: its source, opacity, and placement. By corners, the four corners are dragged on the map; by
 * control points, the user clicks a place on the image, then the same place on the map, and sees the fit's
 * error per point and overall, in metres.
 */
import { useEffect, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { placementFit } from '../../domain/georeference/placement';
import { isPublicSource } from '../../domain/publish/sourceVisibility';
import { removeControlPoint, withMethod, type PlacementMethod } from '../../domain/workbench/diagramEdits';
import type { Diagram, FacilityWork } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { useWorkCore } from '../../store/workStore';
import { useWorkbenchUi } from '../workbenchUiStore';
import { imageUrl } from './imageUrls';
import { diagramCorners } from './useDiagramOverlays';

const METHODS: PlacementMethod[] = ['corners', 'similarity', 'affine'];

export function DiagramItem({ diagram, work, storage }: { diagram: Diagram; work: FacilityWork; storage: WorkStorage }) {
  const { t } = useTranslation();
  const { apply } = useWorkCore();
  const { cornersOf, editCorners, pendingPoint, awaitMapPoint } = useWorkbenchUi();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => void imageUrl(storage, diagram.imageKey).then(setUrl), [storage, diagram.imageKey]);
  const replace = (record: Diagram, coalesce?: string) => apply({ type: 'replace', collection: 'diagrams', record }, coalesce ? { coalesce } : {});
  const source = work.sources.find((item) => item.id === diagram.sourceId);
  const fit = placementFit(diagram.placement);
  const { placement } = diagram;
  const pending = pendingPoint?.diagramId === diagram.id;

  const pickImagePoint = (event: MouseEvent<HTMLImageElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const column = ((event.clientX - box.left) / box.width) * diagram.width;
    const row = ((event.clientY - box.top) / box.height) * diagram.height;
    awaitMapPoint({ diagramId: diagram.id, image: [Math.round(column * 10) / 10, Math.round(row * 10) / 10] });
  };

  return (
    <article className="diagram-item" aria-label={t('workbench.diagram.label', { name: diagram.name })}>
      <h4>{diagram.name}</h4>
      <p className="source-kind">
        {source?.title ?? diagram.sourceId} {!isPublicSource(source) && <span className="restricted-badge">{t('visibility.restricted')}</span>}
      </p>
      <label className="field">
        {t('workbench.diagram.opacity', { percent: Math.round(diagram.opacity * 100) })}
        <input type="range" min={0} max={1} step={0.05} value={diagram.opacity} onChange={(event) => replace({ ...diagram, opacity: event.target.valueAsNumber }, `${diagram.id}:opacity`)} />
      </label>
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
      {placement.kind === 'corners' ? (
        <button type="button" aria-pressed={cornersOf === diagram.id} onClick={() => editCorners(cornersOf === diagram.id ? null : diagram.id)}>
          {t('workbench.diagram.dragCorners')}
        </button>
      ) : (
        <>
          <p>{pending ? t('workbench.diagram.clickMap') : t('workbench.diagram.clickImage')}</p>
          {url && <img src={url} alt={t('workbench.diagram.image', { name: diagram.name })} className="diagram-image" onClick={pickImagePoint} />}
          {pending && (
            <button type="button" onClick={() => awaitMapPoint(null)}>
              {t('workbench.diagram.cancelPoint')}
            </button>
          )}
          <table className="control-points">
            <caption>{fit?.ok ? t('workbench.diagram.rms', { metres: fit.rmsMetres.toFixed(2), max: fit.maxMetres.toFixed(2) }) : (fit?.message ?? '')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workbench.diagram.point')}</th>
                <th scope="col">{t('workbench.diagram.imagePx')}</th>
                <th scope="col">{t('workbench.diagram.residual')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {placement.controlPoints.map((point) => {
                const residual = fit?.ok ? fit.residuals.find((item) => item.id === point.id)?.metres : undefined;
                return (
                  <tr key={point.id}>
                    <th scope="row">{point.id}</th>
                    <td>{point.image.map((value) => Math.round(value)).join(', ')}</td>
                    <td>{residual === undefined ? '–' : `${residual.toFixed(2)} m`}</td>
                    <td>
                      <button type="button" onClick={() => replace(removeControlPoint(diagram, point.id))} aria-label={t('workbench.diagram.removePoint', { id: point.id })}>
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <button type="button" onClick={() => apply({ type: 'delete', collection: 'diagrams', id: diagram.id })}>
        {t('workbench.diagram.remove')}
      </button>
    </article>
  );
}
