import { useTranslation } from 'react-i18next';
import { useEvidence } from './evidenceContext';

/** A facility's violations passing the filters, beside its name in the list (nothing when it has none). */
export function ViolationBadge({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const count = useEvidence()?.countOf(facilityId) ?? 0;
  if (count === 0) return null;
  return <span className="facility-violations">{t('evidence.listCount', { count })}</span>;
}
