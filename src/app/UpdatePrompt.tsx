/** "A new version is ready — Reload": offered, never forced; interview mode never shows it (see main.tsx). */
import { useTranslation } from 'react-i18next';
import { applyUpdate, useAppUpdate } from './serviceWorker';
import './updatePrompt.css';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { waiting, deferred } = useAppUpdate();
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      {/* Refused while an interview is open in another tab: the reader may try again once it is closed. */}
      <span>{deferred ? t('offline.updateDeferred') : t('offline.updateReady')}</span>
      <button type="button" onClick={() => void applyUpdate()}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
