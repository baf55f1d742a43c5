/**
 * Live measures on the map, as Placemark shows them: while a shape is drawn, its area and the length of each
 * side as it grows; otherwise the selected shape's area and perimeter (or a line's length).
 */
import { useTranslation } from 'react-i18next';
import { shapeMeasures } from '../domain/geo/shapeMeasures';
import { localText } from '../domain/localText';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { useWorkStore } from '../store/workStore';
import { formatArea } from './map/workLabels';
import { useWorkbenchUi } from './workbenchUiStore';

const metres = (value: number) => value.toFixed(1);

export function MeasureReadout({ work }: { work: FacilityWork }) {
  const { t, i18n } = useTranslation();
  const drawing = useWorkbenchUi((state) => state.drawing);
  const selection = useWorkStore((state) => state.selection);
  const selected = selection?.collection === 'features' ? work.features.find((feature) => feature.id === selection.id) : undefined;
  const measures = shapeMeasures(drawing ?? selected?.geometry ?? null);
  if (!measures) return null;
  const area = measures.areaM2 === undefined ? null : t('benchtools.measure.area', { area: formatArea(measures.areaM2) });
  const length = t(measures.areaM2 === undefined ? 'benchtools.measure.length' : 'benchtools.measure.perimeter', { metres: metres(measures.lengthM ?? 0) });
  const name = drawing ? t('benchtools.measure.drawing') : selected ? localText(selected.name, i18n.language).trim() || selected.id : '';
  return (
    <p className="measure-readout" data-testid="measure-readout">
      <strong>{name}</strong> {area && <span>{area}</span>} <span>{length}</span>
      {drawing && measures.sidesM.length > 0 && <span className="measure-sides">{t('benchtools.measure.sides', { sides: measures.sidesM.map(metres).join(' · ') })}</span>}
    </p>
  );
}
