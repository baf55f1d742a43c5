import { useTranslation } from 'react-i18next';
import type { FacilityCounts } from '../domain/facilityCounts';

/** Counts by type and by province, as tables a screen reader can walk. */
export function CountTables({ counts }: { counts: FacilityCounts }) {
  const { t } = useTranslation();
  return (
    <div className="count-tables">
      <table aria-labelledby="by-type-caption">
        <caption id="by-type-caption">{t('counts.byType')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.type')}</th>
            <th scope="col">{t('counts.count')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.byType.map(({ type, count }) => (
            <tr key={type}>
              <th scope="row">{t(`type.${type}`)}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table aria-labelledby="by-province-caption">
        <caption id="by-province-caption">{t('counts.byProvince')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.province')}</th>
            <th scope="col">{t('counts.located')}</th>
            <th scope="col">{t('counts.unlocated')}</th>
          </tr>
        </thead>
        <tbody>
          {counts.byProvince.map(({ province, located, unlocated }) => (
            <tr key={province}>
              <th scope="row">{t(`province.${province}`, { defaultValue: province })}</th>
              <td>{located}</td>
              <td>{unlocated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
