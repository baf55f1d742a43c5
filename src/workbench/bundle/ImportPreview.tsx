/** What a bundle would change: its integrity problems, and per facility the records added, unchanged or in conflict. */
import { useTranslation } from 'react-i18next';
import type { PlannedMerge, ReadBundle, TakenChanges } from './importBundle';

type Conflict = PlannedMerge['merge']['conflicts'][number];

interface Props {
  bundle: ReadBundle;
  merges: PlannedMerge[];
  taken: TakenChanges;
  onTake: (facilityId: string, conflict: Conflict) => void;
  onMerge: () => void;
  onCancel: () => void;
}

export function ImportPreview({ bundle, merges, taken, onTake, onMerge, onCancel }: Props) {
  const { t } = useTranslation();
  const isTaken = (facilityId: string, conflict: Conflict) => (taken.get(facilityId) ?? []).some((change) => change.type === 'replace' && change.collection === conflict.collection && change.record.id === conflict.id);
  return (
    <div className="import-preview" role="region" aria-label={t('workbench.bundle.preview')}>
      {bundle.manifest && (
        <p>{t('workbench.bundle.manifest', { exportedAt: bundle.manifest.exportedAt, version: bundle.manifest.appVersion, files: bundle.manifest.files.length })}</p>
      )}
      {bundle.problems.length > 0 && (
        <ul aria-label={t('workbench.bundle.problems')}>
          {bundle.problems.map((problem, index) => (
            <li key={index} className={`problem-${problem.level}`}>
              <span className="problem-level">{t(`problems.${problem.level}`)}</span> {problem.file}: {problem.featureId === '-' ? '' : `${problem.featureId}: `}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {merges.map(({ facilityId, merge, refused }) => (
        <section key={facilityId}>
          <h4>{facilityId}</h4>
          <p>{t('workbench.bundle.summary', { added: merge.added.length, unchanged: merge.unchanged.length, conflicts: merge.conflicts.length })}</p>
          {refused.length > 0 && (
            <ul aria-label={t('workcore.import.refusedList', { count: refused.length })} className="import-refused">
              {refused.map((record) => (
                <li key={`${record.collection}:${record.index}`} className="problem-error">
                  {t('workcore.import.refused', { id: record.id || `#${record.index + 1}`, problems: record.problems.join('; ') })}
                </li>
              ))}
            </ul>
          )}
          {merge.conflicts.length > 0 && (
            <ul aria-label={t('workbench.bundle.conflicts')}>
              {merge.conflicts.map((conflict) => (
                <li key={`${conflict.collection}:${conflict.id}`}>
                  {t('workbench.bundle.conflict', { id: conflict.id })}{' '}
                  {isTaken(facilityId, conflict) ? (
                    <strong>{t('workbench.bundle.takingTheirs')}</strong>
                  ) : (
                    <button type="button" onClick={() => onTake(facilityId, conflict)}>
                      {t('workbench.bundle.takeTheirs')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <button type="button" onClick={onMerge} disabled={merges.length === 0}>
        {t('workbench.bundle.merge')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('workbench.bundle.cancel')}
      </button>
    </div>
  );
}
