/** Every contract field of a plan feature: names, what it is, where it belongs, how sure we are and why. */
import { useTranslation } from 'react-i18next';
import { CONFIDENCES, FIXTURE_TYPES, OPENING_TYPES, ROOM_USES } from '../../domain/enums';
import type { PlanFeature, Source } from '../../domain/types';
import type { FacilityWork } from '../../domain/workbench/workTypes';
import { ChoiceField, NumberField, TextField } from './fields';
import { SourceRefsEditor } from './SourceRefsEditor';
import { useRecordUpdate } from './useRecordUpdate';

export function FeatureFields({ feature, work, sources }: { feature: PlanFeature; work: FacilityWork; sources: Source[] }) {
  const { t } = useTranslation();
  const update = useRecordUpdate('features', feature);
  const idsOf = (kind: PlanFeature['kind']) => ['', ...work.features.filter((item) => item.kind === kind).map((item) => item.id)];
  const nameOf = (id: string) => (id ? (work.features.find((item) => item.id === id)?.name.en || id) : t('workbench.none'));
  const set = (field: string, value: unknown) => update({ [field]: value } as Partial<PlanFeature>, field);
  return (
    <form className="record-editor" aria-label={t('workbench.editing', { id: feature.id })} onSubmit={(event) => event.preventDefault()}>
      <p className="record-id">
        {t(`workbench.tool.${feature.kind}`)} · <code>{feature.id}</code>
      </p>
      <TextField label={t('workbench.field.nameEn')} value={feature.name.en} onChange={(en) => update({ name: { ...feature.name, en } }, 'name.en')} />
      <TextField label={t('workbench.field.nameKo')} lang="ko" value={feature.name.ko ?? ''} onChange={(ko) => update({ name: ko ? { ...feature.name, ko } : { en: feature.name.en } }, 'name.ko')} />
      {feature.kind === 'building' && (
        <>
          <NumberField label={t('workbench.field.levels')} value={feature.levels} min={1} onChange={(value) => set('levels', value)} />
          <NumberField label={t('workbench.field.heightM')} value={feature.heightM} min={0} step={0.1} onChange={(value) => set('heightM', value)} />
        </>
      )}
      {feature.kind === 'room' && (
        <>
          <ChoiceField label={t('workbench.field.building')} value={feature.buildingId} options={idsOf('building')} optionLabel={nameOf} onChange={(value) => set('buildingId', value)} />
          <ChoiceField label={t('workbench.field.use')} value={feature.use} options={ROOM_USES} optionLabel={(use) => t(`use.${use}`)} onChange={(value) => set('use', value)} />
          <NumberField label={t('workbench.field.level')} value={feature.level} onChange={(value) => set('level', value ?? 0)} />
          <NumberField label={t('workbench.field.heightM')} value={feature.heightM} min={0} step={0.1} onChange={(value) => set('heightM', value)} />
        </>
      )}
      {feature.kind === 'opening' && (
        <>
          <ChoiceField label={t('workbench.field.openingType')} value={feature.openingType} options={OPENING_TYPES} optionLabel={(type) => t(`openingType.${type}`)} onChange={(value) => set('openingType', value)} />
          <ChoiceField label={t('workbench.field.room')} value={feature.roomId ?? ''} options={idsOf('room')} optionLabel={nameOf} onChange={(value) => set('roomId', value || undefined)} />
        </>
      )}
      {feature.kind === 'fixture' && (
        <>
          <ChoiceField label={t('workbench.field.fixtureType')} value={feature.fixtureType} options={FIXTURE_TYPES} optionLabel={(type) => t(`fixtureType.${type}`)} onChange={(value) => set('fixtureType', value)} />
          <ChoiceField label={t('workbench.field.room')} value={feature.roomId} options={idsOf('room')} optionLabel={nameOf} onChange={(value) => set('roomId', value)} />
        </>
      )}
      <ChoiceField label={t('workbench.field.confidence')} value={feature.confidence} options={CONFIDENCES} optionLabel={(value) => t(`confidence.${value}`)} onChange={(value) => set('confidence', value)} />
      <TextField label={t('workbench.field.basis')} long value={feature.basis ?? ''} onChange={(basis) => set('basis', basis === '' && feature.confidence !== 'illustrative' ? undefined : basis)} />
      <SourceRefsEditor refs={feature.sources} sources={sources} onChange={(refs) => update({ sources: refs }, 'sources')} />
    </form>
  );
}
