/**
 * The work's sources: each listed (restricted ones marked, by the public gate's rule: anything not exactly public,
 * and every interview source) and opened in the property editor; a new source is restricted by default when it is
 * testimony or a diagram, which never leave this device unasked.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind } from '../domain/enums';
import { uniqueId } from '../domain/workbench/newRecords';
import type { FacilityWork } from '../domain/workbench/workTypes';
import { useWorkCore } from '../store/workStore';
import { defaultVisibility } from '../domain/workbench/sourceDefaults';
import { isPublicSource } from '../domain/publish/sourceVisibility';

export function SourcesPanel({ work }: { work: FacilityWork }) {
  const { t } = useTranslation();
  const { apply, select } = useWorkCore();
  const [kind, setKind] = useState<SourceKind>('testimony');
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    if (!title) return;
    const id = uniqueId(work, 'source');
    apply({ type: 'insert', collection: 'sources', record: { id, kind, title, visibility: defaultVisibility(kind) } }, { select: { collection: 'sources', id } });
    event.currentTarget.reset();
  };
  return (
    <section aria-labelledby="wb-sources">
      <h3 id="wb-sources">{t('workbench.sources', { count: work.sources.length })}</h3>
      <ul aria-label={t('workbench.sourceList')}>
        {work.sources.map((source) => (
          <li key={source.id}>
            <button type="button" className="link-button" onClick={() => select({ collection: 'sources', id: source.id })}>
              {source.title || source.id}
            </button>{' '}
            <span className="source-kind">{t(`sourceKind.${source.kind}`)}</span>
            {!isPublicSource(source) && <span className="restricted-badge">{t('visibility.restricted')}</span>}
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="add-source">
        <label>
          {t('workbench.field.sourceKind')}
          <select value={kind} onChange={(event) => setKind(event.target.value as SourceKind)}>
            {SOURCE_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`sourceKind.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('workbench.field.title')}
          <input name="title" required />
        </label>
        <button type="submit">{t('workbench.addSource')}</button>
      </form>
    </section>
  );
}
