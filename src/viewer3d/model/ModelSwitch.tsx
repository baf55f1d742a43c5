/** Choose between the model drawn from the plan and the facility's prepared model file, and say how loading it went. */
import { useTranslation } from 'react-i18next';
import { MODEL_SOURCES, type ModelSource } from '../../store/urlState';
import { SegmentedControl } from '../../ui/SegmentedControl';
import type { ModelFileState } from './useModelFile';

interface Props {
  model: ModelSource;
  file: ModelFileState;
  /** True when the file names none of the plan's rooms. */
  noRooms: boolean;
  onChange: (model: ModelSource) => void;
}

export function ModelSwitch({ model, file, noRooms, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="model-switch">
      <SegmentedControl label={t('viewer.model.label')} options={MODEL_SOURCES} value={model} text={(source) => t(`viewer.model.${source}`)} onChange={onChange} />
      {file.status === 'loading' && <p role="status">{t('viewer.model.loading')}</p>}
      {file.status === 'ready' && noRooms && <p role="status">{t('viewer.model.noRooms')}</p>}
      {file.status === 'error' && (
        <p role="alert" className="model-error">
          {file.reason === 'missing'
            ? t('viewer.model.missing', { detail: file.detail ? ` (${file.detail})` : '' })
            : file.reason === 'external'
              ? t('viewer.model.external', { files: file.detail })
              : t('viewer.model.unreadable', { detail: file.detail })}
        </p>
      )}
    </div>
  );
}
