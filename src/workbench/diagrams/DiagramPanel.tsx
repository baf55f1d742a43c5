/**
 * The survivors' diagrams of this facility: add one (it opens in the georeferencer, brought into view, as QGIS
 * zooms to a new raster), then place it by hand or by control points.
 */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { useWorkCore } from '../../store/workStore';
import { useWorkbenchUi } from '../workbenchUiStore';
import { addDiagram, type AddDiagramResult } from './addDiagram';
import { diagramCorners } from './useDiagramOverlays';
import { DiagramItem } from './DiagramItem';

export function DiagramPanel({ work, facility }: { work: FacilityWork; facility: Facility }) {
  const { t } = useTranslation();
  const core = useWorkCore();
  const [problem, setProblem] = useState<string | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const [lon = 0, lat = 0] = facility.location ?? [];
    let result: AddDiagramResult;
    try {
      result = await addDiagram(file, [lon, lat], core);
    } catch (error) {
      setProblem(t('workbench.diagram.storageFailed', { message: error instanceof Error ? error.message : String(error) }));
      input.value = '';
      return;
    }
    setProblem(result.ok ? null : t(`workbench.diagram.bad.${result.reason}`, { name: file.name }));
    input.value = '';
    const added = result.ok && core.store.getState().work?.diagrams.find((diagram) => diagram.id === result.diagramId);
    const corners = added && diagramCorners(added);
    if (added && corners) {
      useWorkbenchUi.getState().place(added.id);
      useWorkbenchUi.getState().zoomTo(corners);
    }
  };
  return (
    <section aria-labelledby="wb-diagrams">
      <h3 id="wb-diagrams">{t('workbench.diagrams', { count: work.diagrams.length })}</h3>
      <label className="file-button">
        {t('workbench.diagram.add')}
        <input type="file" accept="image/png,image/jpeg" onChange={(event) => void onFile(event)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      {work.diagrams.map((diagram) => (
        <DiagramItem key={diagram.id} diagram={diagram} work={work} />
      ))}
    </section>
  );
}
