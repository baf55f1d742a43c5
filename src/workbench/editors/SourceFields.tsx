/** A source record: what kind it is, its title, where to find it, its date, and who may see it. */
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, VISIBILITIES } from '../../domain/enums';
import { isPublicSource } from '../../domain/publish/sourceVisibility';
import type { Source } from '../../domain/types';
import { ChoiceField, TextField } from './fields';
import { useRecordUpdate } from './useRecordUpdate';

export function SourceFields({ source }: { source: Source }) {
  const { t } = useTranslation();
  const update = useRecordUpdate('sources', source);
  const optional = (field: 'url' | 'publisher' | 'date') => (value: string) => update({ [field]: value || undefined }, field);
  return (
    <form className="record-editor" aria-label={t('workbench.editing', { id: source.id })} onSubmit={(event) => event.preventDefault()}>
      <p className="record-id">
        {t('workbench.source')} · <code>{source.id}</code>
      </p>
      <ChoiceField label={t('workbench.field.sourceKind')} value={source.kind} options={SOURCE_KINDS} optionLabel={(value) => t(`sourceKind.${value}`)} onChange={(kind) => update({ kind }, 'kind')} />
      <TextField label={t('workbench.field.title')} value={source.title} onChange={(title) => update({ title }, 'title')} />
      <TextField label={t('workbench.field.url')} value={source.url ?? ''} onChange={optional('url')} />
      <TextField label={t('workbench.field.publisher')} value={source.publisher ?? ''} onChange={optional('publisher')} />
      <TextField label={source.kind === 'imagery' ? t('workbench.field.captureDate') : t('workbench.field.date')} value={source.date ?? ''} onChange={optional('date')} />
      <ChoiceField label={t('workbench.field.visibility')} value={source.visibility} options={VISIBILITIES} optionLabel={(value) => t(`visibility.${value}`)} onChange={(visibility) => update({ visibility }, 'visibility')} />
      {!isPublicSource(source) && <p className="restricted-note">{t('workbench.restrictedNote')}</p>}
    </form>
  );
}
