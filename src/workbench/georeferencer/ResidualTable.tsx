/** The control points with each one's error in metres under the chosen fit, and a button to delete each. */
import { useTranslation } from 'react-i18next';
import type { FitResult } from '../../domain/georeference/fitTransform';
import type { ControlPoint } from '../../domain/workbench/workTypes';

export function ResidualTable({ points, fit, onRemove }: { points: readonly ControlPoint[]; fit: FitResult | null; onRemove: (pointId: string) => void }) {
  const { t } = useTranslation();
  return (
    <table className="control-points residuals">
      <caption>{fit?.ok ? t('workbench.diagram.rms', { metres: fit.rmsMetres.toFixed(2), max: fit.maxMetres.toFixed(2) }) : (fit?.message ?? '')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workbench.diagram.point')}</th>
          <th scope="col">{t('workbench.diagram.imagePx')}</th>
          <th scope="col">{t('benchtools.georeferencer.mapColumn')}</th>
          <th scope="col">{t('workbench.diagram.residual')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('benchtools.georeferencer.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point, index) => {
          const residual = fit?.ok ? fit.residuals.find((item) => item.id === point.id)?.metres : undefined;
          return (
            <tr key={point.id}>
              <th scope="row">{index + 1}</th>
              <td>{point.image.map((value) => Math.round(value)).join(', ')}</td>
              <td>{point.map.map((value) => value.toFixed(6)).join(', ')}</td>
              <td data-residual>{residual === undefined ? '–' : `${residual.toFixed(2)} m`}</td>
              <td>
                <button type="button" onClick={() => onRemove(point.id)} aria-label={t('benchtools.point.remove', { number: index + 1 })}>
                  ×
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
