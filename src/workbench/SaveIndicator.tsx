/**
 * Whether the edits on screen are stored on this device. "Saved" only once every edit made has committed
 * durably; until then it says how many are not yet stored, so an edit counts as safe exactly when the
 * indicator has said so (data-edit-seq and data-saved-seq carry the same numbers for tests).
 */
import { useTranslation } from 'react-i18next';
import { useWorkStore } from '../store/workStore';

export function SaveIndicator() {
  const { t } = useTranslation();
  const save = useWorkStore((state) => state.save);
  const editSeq = useWorkStore((state) => state.editSeq);
  const savedSeq = useWorkStore((state) => state.savedSeq);
  const waiting = editSeq - savedSeq;
  return (
    <span role="status" className={`save-state save-${save}`} data-save={save} data-edit-seq={editSeq} data-saved-seq={savedSeq}>
      {t(`workbench.save.${save}`)}
      {waiting > 0 && ` ${t('workbench.save.waiting', { count: waiting })}`}
    </span>
  );
}
