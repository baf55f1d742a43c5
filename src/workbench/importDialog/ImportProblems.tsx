/** Problems of an imported file in plain words: where (the row), what is wrong, what to do. */
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../domain/formats/formatTypes';

/** A long list is cut here: a 200 MB file's thousands of problems would not help anyone scroll. */
const SHOWN = 50;

export function ImportProblems({ problems, label }: { problems: readonly ImportProblem[]; label: string }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <>
      <ul aria-label={label} className="import-problems">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index} className={`problem-${problem.level}`}>
            <span className="problem-level">{t(`problems.${problem.level}`)}</span> {problem.where ? t('formatsui.problem.where', { where: problem.where }) : t('formatsui.problem.file')}{' '}
            {problem.message}
            {problem.hint && <span className="import-hint"> {t('formatsui.problem.todo', { hint: problem.hint })}</span>}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p className="hint">{t('formatsui.problem.more', { count: problems.length - SHOWN })}</p>}
    </>
  );
}
