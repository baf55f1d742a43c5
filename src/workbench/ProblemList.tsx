/**
 * The work's problems, live on every edit, in plain words naming each record; choosing one selects its record
 * (the property form then scrolls to it).
 */
import { useTranslation } from 'react-i18next';
import type { WorkProblem } from '../domain/workbench/workProblems';
import { useWorkCore } from '../store/workStore';
import { problemText } from './problemText';
import { useWorkbenchUi } from './workbenchUiStore';

export function ProblemList({ problems }: { problems: WorkProblem[] }) {
  const { t, i18n } = useTranslation();
  const select = useWorkCore().select;
  return (
    <section aria-labelledby="wb-problems" className="workbench-problems">
      <h3 id="wb-problems">{t('workbench.problems', { count: problems.length })}</h3>
      {problems.length === 0 ? (
        <p>{t('workbench.noProblems')}</p>
      ) : (
        <ul aria-label={t('workbench.problemList')}>
          {problems.map((problem, index) => {
            const record = problem.subject?.record;
            const text = problemText(t, i18n.language, problem);
            return (
              <li key={`${problem.code}:${record?.id ?? ''}:${problem.other?.record.id ?? ''}:${index}`} className={`problem-${problem.level}`}>
                <span className="problem-level">{t(`problems.${problem.level}`)}</span>{' '}
                {record ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      useWorkbenchUi.getState().setTool('select');
                      select(record);
                    }}
                  >
                    {text}
                  </button>
                ) : (
                  text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
