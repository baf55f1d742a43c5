/**
 * Starting an interview: the facility (one with a plan), a pseudonymous interview id (never a name), the
 * interviewer's initials, the language and the years the survivor was held there. The session records which
 * version of the plan was shown (its SHA-256). Earlier sessions are listed to resume or read.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planHash } from '../domain/interview/planHash';
import { SessionError, startSession } from '../domain/interview/sessionMachine';
import type { InterviewSession } from '../domain/interview/sessionTypes';
import { walkRoute } from '../domain/interview/walkRoute';
import { randomHex } from '../domain/randomHex';
import type { Dataset } from '../domain/types';
import type { InterviewStorage } from '../persistence/interviewStorage';
import { SessionList } from './SessionList';
import { SessionTransfer } from './SessionTransfer';
import { localText } from '../domain/localText';

const year = (value: FormDataEntryValue | null) => (value && Number.isInteger(Number(value)) ? Number(value) : undefined);

export function InterviewStart({ dataset, storage, onOpen }: { dataset: Dataset; storage: InterviewStorage; onOpen: (sessionId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [sessions, setSessions] = useState<InterviewSession[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Shown beside the years, not under the form, so it is seen where it is fixed. */
  const [detentionProblem, setDetentionProblem] = useState<string | null>(null);
  const refresh = () => void storage.listSessions().then(setSessions, (error: Error) => setProblem(error.message));
  useEffect(refresh, [storage]);
  const withPlans = dataset.facilities.filter((facility) => dataset.plans.some((plan) => plan.facilityId === facility.id));
  const name = (id: string) => {
    const facility = dataset.facilities.find((item) => item.id === id);
    return (facility && localText(facility.name, i18n.language)) || id;
  };

  const start = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const facilityId = String(form.get('facility') ?? '');
    const plan = dataset.plans.find((item) => item.facilityId === facilityId);
    if (!plan) return setProblem(t('interview.noPlan'));
    setProblem(null);
    setDetentionProblem(null);
    try {
      const at = new Date().toISOString();
      const from = year(form.get('from'));
      const to = year(form.get('to'));
      const session = startSession({
        id: `session-${randomHex(32)}`,
        interviewId: String(form.get('interviewId') ?? ''),
        interviewer: String(form.get('interviewer') ?? ''),
        facilityId,
        planHash: await planHash(plan),
        language: form.get('language') === 'en' ? 'en' : 'ko',
        ...(from !== undefined || to !== undefined ? { detention: { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) } } : {}),
        route: walkRoute(plan),
        at,
      });
      await storage.saveSession(session);
      onOpen(session.id);
    } catch (error) {
      if (error instanceof SessionError && error.code === 'detentionOrder') setDetentionProblem(t('interview.detentionOrder', { from: form.get('from'), to: form.get('to') }));
      else setProblem(error instanceof SessionError ? error.message : t('interview.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <main className="interview-start">
      <form onSubmit={(event) => void start(event)} aria-labelledby="interview-new">
        <h2 id="interview-new">{t('interview.new')}</h2>
        <label>
          {t('interview.facility')}
          <select name="facility" required>
            {withPlans.map((facility) => (
              <option key={facility.id} value={facility.id}>
                {name(facility.id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('interview.interviewId')}
          <input name="interviewId" required autoComplete="off" aria-describedby="interview-id-hint" />
        </label>
        <p id="interview-id-hint" className="hint">
          {t('interview.interviewIdHint')}
        </p>
        <label>
          {t('interview.interviewer')}
          <input name="interviewer" required autoComplete="off" maxLength={6} />
        </label>
        <label>
          {t('interview.language')}
          <select name="language" defaultValue="ko">
            <option value="ko">{t('language.ko')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        <fieldset onChange={() => setDetentionProblem(null)}>
          <legend>{t('interview.detention')}</legend>
          <label>
            {t('interview.fromYear')}
            <input name="from" type="number" min={1945} max={2100} aria-invalid={detentionProblem !== null} aria-describedby={detentionProblem ? 'detention-problem' : undefined} />
          </label>
          <label>
            {t('interview.toYear')}
            <input name="to" type="number" min={1945} max={2100} aria-invalid={detentionProblem !== null} aria-describedby={detentionProblem ? 'detention-problem' : undefined} />
          </label>
          {detentionProblem && (
            <p role="alert" id="detention-problem" className="field-problem">
              {detentionProblem}
            </p>
          )}
        </fieldset>
        <button type="submit" className="big">
          {t('interview.start')}
        </button>
        {problem && <p role="alert">{problem}</p>}
      </form>
      <div>
        <SessionList sessions={sessions ?? []} facilityName={name} onOpen={onOpen} />
        <SessionTransfer sessions={sessions ?? []} storage={storage} onImported={refresh} />
      </div>
    </main>
  );
}
