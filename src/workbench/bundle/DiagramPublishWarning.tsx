/**
 * Asked before a public export publishes any diagram: a survivor's drawing can identify them (their hand, what
 * only they would remember), so publishing one is a decision of its own, not a side effect of "Public export".
 */
import { useTranslation } from 'react-i18next';

interface Props {
  diagramIds: readonly string[];
  onPublish: () => void;
  onCancel: () => void;
}

export function DiagramPublishWarning({ diagramIds, onPublish, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div role="alertdialog" aria-labelledby="wb-diagram-warning" className="publish-warning">
      <p id="wb-diagram-warning">{t('gate.diagramWarning', { count: diagramIds.length, ids: diagramIds.join(', ') })}</p>
      <button type="button" onClick={onPublish}>
        {t('gate.publishDiagrams', { count: diagramIds.length })}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('workbench.bundle.cancel')}
      </button>
    </div>
  );
}
