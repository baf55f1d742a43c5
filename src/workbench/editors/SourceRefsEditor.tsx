/** The sources a record rests on: each a source of the work (or the bundled register's), a locator and a quote. */
import { useTranslation } from 'react-i18next';
import type { Source, SourceRef } from '../../domain/types';
import { ChoiceField, TextField } from './fields';

interface Props {
  refs: SourceRef[];
  sources: Source[];
  onChange: (refs: SourceRef[]) => void;
}

export function SourceRefsEditor({ refs, sources, onChange }: Props) {
  const { t } = useTranslation();
  const ids = sources.map((source) => source.id);
  const title = (id: string) => sources.find((source) => source.id === id)?.title ?? id;
  const change = (index: number, patch: Partial<SourceRef>) =>
    onChange(refs.map((ref, position) => {
      if (position !== index) return ref;
      const next: SourceRef = { ...ref, ...patch };
      if (!next.locator) delete next.locator;
      if (!next.quote) delete next.quote;
      return next;
    }));
  return (
    <fieldset className="source-refs">
      <legend>{t('workbench.field.sources')}</legend>
      {refs.length === 0 && <p>{t('workbench.noSourceRefs')}</p>}
      {refs.map((ref, index) => (
        <div key={index} className="source-ref">
          <ChoiceField
            label={t('workbench.field.source')}
            value={ref.sourceId}
            options={ids.includes(ref.sourceId) ? ids : [ref.sourceId, ...ids]}
            optionLabel={title}
            onChange={(sourceId) => change(index, { sourceId })}
          />
          <TextField label={t('workbench.field.locator')} value={ref.locator ?? ''} onChange={(locator) => change(index, { locator })} />
          <TextField label={t('workbench.field.quote')} value={ref.quote ?? ''} long onChange={(quote) => change(index, { quote })} />
          <button type="button" onClick={() => onChange(refs.filter((_, position) => position !== index))}>
            {t('workbench.removeSourceRef')}
          </button>
        </div>
      ))}
      <button type="button" disabled={ids.length === 0} onClick={() => onChange([...refs, { sourceId: ids[0] ?? '' }])}>
        {t('workbench.addSourceRef')}
      </button>
    </fieldset>
  );
}
