/**
 * Interview mode (DESIGN journey 4): a calm, full-screen, Korean-first page where a survivor walks a facility's
 * reconstruction room by room. It loads only the app's own files — no map, no imagery — and keeps every answer
 * in this browser.
 */
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { chosenLanguage, languageFromUrl } from '../i18n/setupI18n';
import { useDatasetStore } from '../store/datasetStore';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { createInterviewStorage } from '../persistence/interviewStorage';
import { InterviewStart } from './InterviewStart';
import { InterviewWalk } from './InterviewWalk';
import { useInterviewRoute } from './interviewRoute';
import './interview.css';

const storage = createInterviewStorage();
// Korean first: unless the link names a language or someone chose one before, interview mode opens in Korean.
if (!languageFromUrl() && !chosenLanguage()) void i18next.changeLanguage('ko');

export default function InterviewApp() {
  const { t } = useTranslation();
  const { status, dataset, failure } = useDatasetStore();
  const [sessionId, go] = useInterviewRoute();
  return (
    <div className="interview">
      <header className="interview-header">
        <h1>{t('interview.title')}</h1>
        <p className="offline-badge" role="note">
          {t('interview.offline')}
        </p>
        <LanguageSwitch />
      </header>
      {status === 'loading' && <p role="status">{t('loading')}</p>}
      {status === 'failed' && <p role="alert">{t('loadFailed', { message: failure })}</p>}
      {status === 'ready' && dataset && (sessionId ? <InterviewWalk key={sessionId} sessionId={sessionId} dataset={dataset} storage={storage} onLeave={() => go(null)} /> : <InterviewStart dataset={dataset} storage={storage} onOpen={go} />)}
    </div>
  );
}
