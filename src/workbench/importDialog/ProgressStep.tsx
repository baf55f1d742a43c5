/** A running import: which step (hash, read, check), how far, and Cancel (the worker stops; nothing was written). */
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../domain/formats/formatTypes';

export function ProgressStep({ progress, onCancel }: { progress: ImportProgress | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'hash';
  const total = progress?.total;
  const percent = total ? Math.min(100, Math.floor(((progress?.done ?? 0) / total) * 100)) : null;
  return (
    <div className="import-progress">
      <label>
        {t(`formatsui.progress.${phase}`)}
        <progress max={100} {...(percent === null ? {} : { value: percent })} />
      </label>
      <p role="status">{percent === null ? t('formatsui.progress.working') : t('formatsui.progress.percent', { percent })}</p>
      <button type="button" onClick={onCancel}>
        {t('formatsui.import.cancel')}
      </button>
    </div>
  );
}
