import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { effectiveConfidence } from '../domain/plan3d/effectiveConfidence';
import type { Confidence } from '../domain/enums';
import type { SourceRef } from '../domain/types';

interface Supported {
  confidence: Confidence;
  sources: readonly SourceRef[];
}

/** A plan element's confidence as a reader should take it: "single source, link doubtful" when its source may describe another place. */
export function confidenceText(element: Supported, t: TFunction): string {
  const { confidence, linkDoubtful } = effectiveConfidence(element);
  return linkDoubtful ? t(`honest.confidence.${confidence}_link_doubtful`) : t(`confidence.${confidence}`);
}

export function ConfidenceLabel({ element, as: Tag = 'span' }: { element: Supported; as?: 'span' | 'p' }) {
  const { t } = useTranslation();
  const { linkDoubtful } = effectiveConfidence(element);
  return (
    <Tag className={`confidence confidence-${element.confidence}`} data-link-doubtful={linkDoubtful || undefined}>
      {confidenceText(element, t)}
    </Tag>
  );
}
