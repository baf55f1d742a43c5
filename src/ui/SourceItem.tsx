import { localText } from '../domain/localText';
import { useTranslation } from 'react-i18next';
import type { Source, SourceRef } from '../domain/types';
import { isWebUrl } from '../domain/webUrl';


const FIELD_NAMES = ['type', 'affiliation', 'agency', 'province', 'status', 'lat', 'lon', 'edited', 'name.ko', 'title', 'place', 'location', 'match'];

/** The field names the card translates (others are shown as the source names them). */
export const KNOWN_FIELD_NAMES: readonly string[] = FIELD_NAMES;

/**
 * A database's fields as a definition list: names translated, values exactly as the source gives them. Never shown
 * as a quote, since the source did not say these words.
 */
function SourceFields({ fields, register }: { fields: Record<string, string>; register: boolean }) {
  const { t } = useTranslation();
  const entries = Object.entries(fields);
  if (entries.length === 0) return null;
  const title = register ? t('honest.card.registerFields') : t('honest.card.sourceFields');
  return (
    <div className="source-fields">
      <p className="source-fields-title">{title}</p>
      <dl>
        {entries.map(([name, value]) => (
          <div key={name}>
            <dt>{FIELD_NAMES.includes(name) ? t(`honest.field.${name}`) : name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** One source of a record: its title (a link when it is a web address), where in it, its words, its fields, its doubt. */
export function SourceItem({ reference, source, registerSourceId }: { reference: SourceRef; source: Source | undefined; registerSourceId?: string }) {
  const { t, i18n } = useTranslation();
  const title = source?.title ?? reference.sourceId;
  // Only http(s) addresses become links; any other (javascript:, file:) is shown as text, as the loader warned.
  const href = isWebUrl(reference.locator) ? reference.locator : isWebUrl(source?.url) ? source.url : undefined;
  const unlinkedUrl = source?.url !== undefined && !isWebUrl(source.url) ? source.url : undefined;
  return (
    <li>
      {href ? (
        <a href={href} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {source?.publisher && <span className="source-publisher"> — {source.publisher}</span>}
      {source?.date && <span className="source-date"> ({source.date})</span>}
      {reference.locator && !isWebUrl(reference.locator) && <span className="source-locator"> · {reference.locator}</span>}
      {unlinkedUrl && <span className="source-url"> · {unlinkedUrl}</span>}
      {reference.doubt && <p className="source-doubt">{t('honest.card.linkDoubtful', { reason: localText(reference.doubt, i18n.language) })}</p>}
      {reference.quote && <blockquote aria-label={t('card.quote')}>{reference.quote}</blockquote>}
      {reference.fields && <SourceFields fields={reference.fields} register={reference.sourceId === registerSourceId} />}
    </li>
  );
}
