import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility, Source, SourceRef } from '../domain/types';
import { isWebUrl } from '../domain/webUrl';
import { ViolationSummary } from './evidence/ViolationSummary';

interface Props {
  facility: Facility;
  sources: ReadonlyMap<string, Source>;
  /** Closes the card (on the map); absent where the card is the page (a facility without a plan). */
  onClose?: () => void;
  /** Opens the 3D viewer; only given when the facility has a plan. */
  onEnter?: () => void;
  /** Opens the investigator's workbench for this facility (offered for located facilities). */
  onWorkbench?: () => void;
}

function SourceItem({ reference, source }: { reference: SourceRef; source: Source | undefined }) {
  const { t } = useTranslation();
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
      {reference.quote && <blockquote aria-label={t('card.quote')}>{reference.quote}</blockquote>}
    </li>
  );
}

/** One titled part of a card (notes, sources, and whatever a card grows), as a region named by its heading. */
export function CardSection({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`card-section ${className ?? ''}`}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * Everything known about one facility, every source with its quote. Data is rendered as text, never HTML. Its
 * heading takes focus when the reader comes back to the map (data-card-heading).
 */
export function FacilityCard({ facility, sources, onClose, onEnter, onWorkbench }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const primary = i18n.language === 'ko' && facility.name.ko ? facility.name.ko : facility.name.en;
  const secondary = primary === facility.name.en ? facility.name.ko : facility.name.en;
  const [lon, lat] = facility.location ?? [];
  return (
    <article className="facility-card" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId} tabIndex={-1} data-card-heading>
          {primary}
        </h2>
        {secondary && <p className="card-secondary-name">{secondary}</p>}
        {onClose && (
          <button type="button" className="card-close" onClick={onClose} aria-label={t('card.close')}>
            ×
          </button>
        )}
      </header>
      <dl>
        <dt>{t('card.type')}</dt>
        <dd>{t(`type.${facility.type}`)}</dd>
        <dt>{t('card.agency')}</dt>
        <dd>{facility.agency || t('card.unknown')}</dd>
        <dt>{t('card.province')}</dt>
        <dd>
          {t(`province.${facility.province}`, { defaultValue: facility.province })}
          {facility.county && ` · ${facility.county}`}
        </dd>
        <dt>{t('card.status')}</dt>
        <dd>{t(`status.${facility.status}`)}</dd>
        <dt>{t('card.location')}</dt>
        <dd>
          {t(`precision.${facility.precision}`)}
          {lon !== undefined && lat !== undefined && (
            <span className="card-coordinates">
              {' '}
              {lat.toFixed(5)}, {lon.toFixed(5)}
            </span>
          )}
        </dd>
      </dl>
      {onEnter && (
        <div className="card-enter">
          <button type="button" onClick={onEnter}>
            {t('card.enter')}
          </button>
          <p>{t('card.reconstruction')}</p>
        </div>
      )}
      {onWorkbench && (
        <p>
          <button type="button" onClick={onWorkbench}>
            {t('card.workbench')}
          </button>
        </p>
      )}
      {facility.nkpdId && (
        <p>
          <a href={`https://nkpd.io/en/entity/${encodeURIComponent(facility.nkpdId)}`} target="_blank" rel="noreferrer">
            {t('card.nkpdEntity', { id: facility.nkpdId })}
          </a>
        </p>
      )}
      {facility.notes && facility.notes.length > 0 && (
        <CardSection title={t('card.notes')}>
          <ul>
            {facility.notes.map((note, index) => (
              <li key={index}>{note}</li>
            ))}
          </ul>
        </CardSection>
      )}
      <ViolationSummary facility={facility} sources={sources} />
      <CardSection title={t('card.sources')}>
        <ol className="card-sources">
          {facility.sources.map((reference, index) => (
            <SourceItem key={`${reference.sourceId}-${index}`} reference={reference} source={sources.get(reference.sourceId)} />
          ))}
        </ol>
      </CardSection>
    </article>
  );
}
