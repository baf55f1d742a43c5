import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/problems';

/** Every problem the loader found, so bad data shows up as a list and never as a blank page. */
export function ProblemPanel({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const errors = problems.filter((problem) => problem.level === 'error').length;
  return (
    <details className="problems" open={errors > 0}>
      <summary>
        {t('problems.heading')}: {t('problems.errors', { count: errors })}, {t('problems.warnings', { count: problems.length - errors })}
      </summary>
      {problems.length === 0 ? (
        <p>{t('problems.none')}</p>
      ) : (
        <ul aria-label={t('problems.heading')}>
          {problems.map((problem, index) => (
            <li key={index} className={`problem problem-${problem.level}`}>
              <strong>{t(`problems.${problem.level}`)}</strong> <code>{problem.file}</code> <code>{problem.featureId}</code>{' '}
              {problem.message}
              {problem.hint && <em> {t('problems.hint', { hint: problem.hint })}</em>}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
