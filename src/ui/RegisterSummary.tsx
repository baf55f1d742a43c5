import { useTranslation } from 'react-i18next';
import { isWebUrl } from '../domain/webUrl';
import type { FacilityCounts } from '../domain/facilityCounts';
import type { RegisterInfo } from '../domain/types';

interface Props {
  register: RegisterInfo | undefined;
  /** Facilities in the dataset. */
  total: number;
  /** Counts of the facilities that pass the filter. */
  counts: FacilityCounts;
}

export function RegisterSummary({ register, total, counts }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">{t('summary.dataset', { count: total, shown: counts.total })}</h2>
      {register && (
        <p>
          {t('register.summary', { name: register.name, entities: register.entities, capturedAt: register.capturedAt })}{' '}
          {isWebUrl(register.url) && (
            <a href={register.url} rel="noreferrer" target="_blank">
              {t('register.link')}
            </a>
          )}
        </p>
      )}
      <p>
        {t('summary.located', { count: counts.located })} · {t('summary.unlocated', { count: counts.unlocated })}
      </p>
    </section>
  );
}
