/** The work's problems as the loader finds them, live; choosing one selects the record it names. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '../domain/problems';
import type { CollectionName } from '../domain/workbench/changes';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { useWorkCore } from '../store/workStore';
import { useWorkbenchUi } from './workbenchUiStore';

function collectionOf(file: string): CollectionName | null {
  if (file.startsWith('plans/')) return 'features';
  if (file === 'violations.geojson') return 'violations';
  if (file === 'sources.json') return 'sources';
  return null;
}

export function ProblemList({ problems, work }: { problems: Problem[]; work: FacilityWork }) {
  const { t } = useTranslation();
  const select = useWorkCore().select;
  const target = (problem: Problem) => {
    const collection = collectionOf(problem.file);
    const exists = collection && (work[collection] as { id: string }[]).some((record) => record.id === problem.featureId);
    return exists ? { collection, id: problem.featureId } : null;
  };
  return (
    <section aria-labelledby="wb-problems" className="workbench-problems">
      <h3 id="wb-problems">{t('workbench.problems', { count: problems.length })}</h3>
      {problems.length === 0 ? (
        <p>{t('workbench.noProblems')}</p>
      ) : (
        <ul aria-label={t('workbench.problemList')}>
          {problems.map((problem, index) => {
            const record = target(problem);
            const text = `${problem.featureId}: ${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`;
            return (
              <li key={`${problem.file}:${problem.featureId}:${problem.code}:${index}`} className={`problem-${problem.level}`}>
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
