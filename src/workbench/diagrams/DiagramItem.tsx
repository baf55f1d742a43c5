/**
 * One diagram in the panel: its source, how it is placed and how well, a button that opens the georeferencer
 * beside the map (and brings the diagram into view), and removal.
 */
import { useTranslation } from 'react-i18next';
import { placementFit } from '../../domain/georeference/placement';
import { isPublicSource } from '../../domain/publish/sourceVisibility';
import type { Diagram, FacilityWork } from '../../domain/workbench/workTypes';
import { useWorkCore } from '../../store/workStore';
import { useWorkbenchUi } from '../workbenchUiStore';
import { diagramCorners } from './useDiagramOverlays';

export function DiagramItem({ diagram, work }: { diagram: Diagram; work: FacilityWork }) {
  const { t } = useTranslation();
  const { apply } = useWorkCore();
  const { place, zoomTo, placing } = useWorkbenchUi();
  const source = work.sources.find((item) => item.id === diagram.sourceId);
  const fit = placementFit(diagram.placement);
  const open = () => {
    place(diagram.id);
    const corners = diagramCorners(diagram);
    if (corners) zoomTo(corners);
  };
  return (
    <article className="diagram-item" aria-label={t('workbench.diagram.label', { name: diagram.name })}>
      <h4>{diagram.name}</h4>
      <p className="source-kind">
        {source?.title ?? diagram.sourceId} {!isPublicSource(source) && <span className="restricted-badge">{t('visibility.restricted')}</span>}
      </p>
      <p>
        {t(`workbench.diagram.methods.${diagram.placement.kind}`)}
        {fit?.ok && ` — ${t('workbench.diagram.rms', { metres: fit.rmsMetres.toFixed(2), max: fit.maxMetres.toFixed(2) })}`}
      </p>
      <button type="button" aria-pressed={placing === diagram.id} onClick={open}>
        {t('benchtools.georeferencer.open')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          if (placing === diagram.id) place(null);
          apply({ type: 'delete', collection: 'diagrams', id: diagram.id });
        }}
      >
        {t('workbench.diagram.remove')}
      </button>
    </article>
  );
}
