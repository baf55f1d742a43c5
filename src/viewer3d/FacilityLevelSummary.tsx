/** How many of the facility-level violations (those the list below pages through) fall in each category and decade. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityLevelSummary } from '../domain/plan3d/facilityLevel';
import type { Violation } from '../domain/types';
import { CATEGORY_COLOURS } from './categoryColours';

export function FacilityLevelSummary({ violations }: { violations: readonly Violation[] }) {
  const { t, i18n } = useTranslation();
  const summary = useMemo(() => facilityLevelSummary(violations), [violations]);
  if (violations.length === 0) return null;
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <div className="facility-level-summary">
      <table aria-label={t('viewerscale.byCategory')}>
        <caption>{t('viewerscale.byCategory')}</caption>
        <tbody>
          {summary.byCategory.map(({ category, count }) => (
            <tr key={category}>
              <th scope="row">
                <span className="category-swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
                {t(`category.${category}`)}
              </th>
              <td>{number(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-label={t('viewerscale.byDecade')}>
        <caption>{t('viewerscale.byDecade')}</caption>
        <tbody>
          {summary.byDecade.map(({ decade, count }) => (
            <tr key={decade ?? 'unknown'}>
              <th scope="row">{decade === null ? t('viewerscale.decadeUnknown') : t('viewerscale.decade', { decade })}</th>
              <td>{number(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
