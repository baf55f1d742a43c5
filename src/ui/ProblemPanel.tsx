import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/problems';

/** A dataset of thousands of records can carry thousands of problems: they are listed in pages, errors first. */
const PAGE = 100;

/**
 * Every problem the loader found, so bad data shows up as a list and never as a blank page. Memoised: the
 * problems only change with the data, not with the filters that re-render the sidebar around it.
 */
export const ProblemPanel = memo(function ProblemPanel({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const { ordered, errors } = useMemo(() => {
    const errorList = problems.filter((problem) => problem.level === 'error');
    return { ordered: [...errorList, ...problems.filter((problem) => problem.level !== 'error')], errors: errorList.length };
  }, [problems]);
  return (
    <details className="problems" open={errors > 0}>
      <summary>
        {t('problems.heading')}: {t('problems.errors', { count: errors })}, {t('problems.warnings', { count: problems.length - errors })}
      </summary>
      {problems.length === 0 ? (
        <p>{t('problems.none')}</p>
      ) : (
        <ul aria-label={t('problems.heading')}>
          {ordered.slice(0, limit).map((problem, index) => (
            <li key={index} className={`problem problem-${problem.level}`}>
              <strong>{t(`problems.${problem.level}`)}</strong> <code>{problem.file}</code> <code>{problem.featureId}</code>{' '}
              {problem.message}
              {problem.hint && <em> {t('problems.hint', { hint: problem.hint })}</em>}
            </li>
          ))}
        </ul>
      )}
      {problems.length > limit && (
        <button type="button" className="show-more" onClick={() => setLimit(limit + PAGE)}>
          {t('problems.showMore', { shown: limit, count: problems.length })}
        </button>
      )}
    </details>
  );
});
