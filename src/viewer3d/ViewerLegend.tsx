import { useTranslation } from 'react-i18next';
import { CONFIDENCES, VIOLATION_CATEGORIES, type ViolationCategory } from '../domain/enums';
import type { ViolationFilter } from '../domain/violationFilter';
import { CATEGORY_COLOURS } from './categoryColours';

interface Props {
  filter: ViolationFilter;
  present: ReadonlySet<ViolationCategory>;
  onChange: (filter: ViolationFilter) => void;
  /** Count markers stand for some rooms' pins: say what they are. */
  markers?: boolean;
  /** Every pin drawn, no count markers (offered when there are markers, or the reader chose it). */
  everyPin?: { checked: boolean; onChange: (checked: boolean) => void };
}

/** Legend and filter in one: pin colours by category (tick to show), confidence styles, a range of years. */
export function ViewerLegend({ filter, present, onChange, markers = false, everyPin }: Props) {
  const { t } = useTranslation();
  const toggle = (category: ViolationCategory) =>
    onChange({
      ...filter,
      categories: filter.categories.includes(category) ? filter.categories.filter((item) => item !== category) : [...filter.categories, category],
    });
  const year = (value: string) => (value.trim() === '' ? null : Number(value));
  return (
    <section className="viewer-legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t('viewer.legend')}</h3>
      <fieldset>
        <legend>{t('viewer.categories')}</legend>
        {VIOLATION_CATEGORIES.filter((category) => present.has(category)).map((category) => (
          <label key={category} className="facet-option">
            <input type="checkbox" checked={filter.categories.includes(category)} onChange={() => toggle(category)} />
            <span className="category-swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
            {t(`category.${category}`)}
          </label>
        ))}
      </fieldset>
      {markers && <p className="viewer-hint">{t('viewerscale.markerHint')}</p>}
      {everyPin && (markers || everyPin.checked) && (
        <label className="facet-option">
          <input type="checkbox" checked={everyPin.checked} onChange={(event) => everyPin.onChange(event.target.checked)} />
          {t('viewerscale.everyPin')}
        </label>
      )}
      <div className="year-range">
        <label>
          {t('viewer.fromYear')}
          <input type="number" inputMode="numeric" value={filter.fromYear ?? ''} onChange={(event) => onChange({ ...filter, fromYear: year(event.target.value) })} />
        </label>
        <label>
          {t('viewer.toYear')}
          <input type="number" inputMode="numeric" value={filter.toYear ?? ''} onChange={(event) => onChange({ ...filter, toYear: year(event.target.value) })} />
        </label>
      </div>
      <ul className="confidence-legend">
        {CONFIDENCES.map((confidence) => (
          <li key={confidence} className={`confidence confidence-${confidence}`}>
            {t(`confidence.${confidence}`)}: {t(`confidence.${confidence}.explained`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
