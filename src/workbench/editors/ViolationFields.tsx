/** Every contract field of a violation: what happened, when, where it is placed, who may see it, its sources. */
import { useTranslation } from 'react-i18next';
import { PLACEMENTS, VIOLATION_CATEGORIES, VISIBILITIES } from '../../domain/enums';
import type { Source, Violation } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { ChoiceField, TextField } from './fields';
import { SourceRefsEditor } from './SourceRefsEditor';
import { useRecordUpdate } from './useRecordUpdate';

export function ViolationFields({ violation, work, sources }: { violation: Violation; work: FacilityWork; sources: Source[] }) {
  const { t } = useTranslation();
  const update = useRecordUpdate('violations', violation);
  const rooms = ['', ...work.features.filter((feature) => feature.kind === 'room').map((feature) => feature.id)];
  const roomName = (id: string) => (id ? (work.features.find((feature) => feature.id === id)?.name.en || id) : t('workbench.none'));
  const setDate = (end: 'from' | 'to', value: string) => {
    const date = { ...violation.date, [end]: value };
    if (!value) delete date[end];
    update({ date }, `date.${end}`);
  };
  return (
    <form className="record-editor" aria-label={t('workbench.editing', { id: violation.id })} onSubmit={(event) => event.preventDefault()}>
      <p className="record-id">
        {t('workbench.tool.violation')} · <code>{violation.id}</code>
      </p>
      <ChoiceField label={t('workbench.field.category')} value={violation.category} options={VIOLATION_CATEGORIES} optionLabel={(value) => t(`category.${value}`)} onChange={(category) => update({ category }, 'category')} />
      <TextField label={t('workbench.field.dateFrom')} value={violation.date.from ?? ''} onChange={(value) => setDate('from', value)} />
      <TextField label={t('workbench.field.dateTo')} value={violation.date.to ?? ''} onChange={(value) => setDate('to', value)} />
      <TextField label={t('workbench.field.summaryEn')} long value={violation.summary.en} onChange={(en) => update({ summary: { ...violation.summary, en } }, 'summary.en')} />
      <TextField label={t('workbench.field.summaryKo')} long lang="ko" value={violation.summary.ko ?? ''} onChange={(ko) => update({ summary: ko ? { ...violation.summary, ko } : { en: violation.summary.en } }, 'summary.ko')} />
      <ChoiceField label={t('workbench.field.room')} value={violation.roomId ?? ''} options={rooms} optionLabel={roomName} onChange={(roomId) => update({ roomId: roomId || undefined }, 'roomId')} />
      <ChoiceField label={t('workbench.field.placement')} value={violation.placement} options={PLACEMENTS} optionLabel={(value) => t(`placement.${value}`)} onChange={(placement) => update({ placement }, 'placement')} />
      <ChoiceField label={t('workbench.field.visibility')} value={violation.visibility} options={VISIBILITIES} optionLabel={(value) => t(`visibility.${value}`)} onChange={(visibility) => update({ visibility }, 'visibility')} />
      <SourceRefsEditor refs={violation.sources} sources={sources} onChange={(refs) => update({ sources: refs }, 'sources')} />
    </form>
  );
}
