/** The survivors' diagrams of this facility: add one, fade it, place it by corners or by control points. */
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import type { WorkStorage } from '../../persistence/workStorage';
import { useWorkCore } from '../../store/workStore';
import { addDiagram, type AddDiagramResult } from './addDiagram';
import { DiagramItem } from './DiagramItem';

export function DiagramPanel({ work, facility, storage }: { work: FacilityWork; facility: Facility; storage: WorkStorage }) {
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
        <DiagramItem key={diagram.id} diagram={diagram} work={work} storage={storage} />
      ))}
    </section>
  );
}
