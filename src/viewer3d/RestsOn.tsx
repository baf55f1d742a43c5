import { useTranslation } from 'react-i18next';
import type { Provenance } from '../domain/plan3d/sceneTypes';
import type { Source } from '../domain/types';
import { ConfidenceLabel } from './ConfidenceLabel';
import { SourceList } from './SourceList';

interface Props {
  element: Provenance;
  sources: ReadonlyMap<string, Source>;
  /** False where the confidence is already shown beside the element's name. */
  withConfidence?: boolean;
}

/** What a plan element rests on: how sure we are, the basis of any guess, and its sources with their quotes. */
export function RestsOn({ element, sources, withConfidence = true }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {withConfidence && <ConfidenceLabel element={element} as="p" />}
      {element.basis && (
        <p className="rests-on-basis">
          <strong>{t('viewer.basis')}</strong> {element.basis}
        </p>
      )}
      <SourceList references={element.sources} sources={sources} t={t} language={i18n.language} />
    </>
  );
}
