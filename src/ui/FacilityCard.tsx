import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facility, Source } from '../domain/types';
import { useDatasetStore } from '../store/datasetStore';
import { FacilityFacts } from './FacilityFacts';
import { SourceItem } from './SourceItem';
import { localText } from '../domain/localText';
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
 * Everything known about one facility, every source with its quote or its fields. Data is rendered as text, never HTML. Its
 * heading takes focus when the reader comes back to the map (data-card-heading).
 */
export function FacilityCard({ facility, sources, onClose, onEnter, onWorkbench }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const primary = localText(facility.name, i18n.language);
  const secondary = primary === facility.name.en ? facility.name.ko : facility.name.en;
  const registerSourceId = useDatasetStore((state) => state.dataset?.register?.sourceId);
  const local = useDatasetStore((state) => state.localFacilityIds.has(facility.id));
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
      {local && <p className="card-local">{t('formats3.local.card')}</p>}
      <FacilityFacts facility={facility} sources={sources} />
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
            <SourceItem key={`${reference.sourceId}-${index}`} reference={reference} source={sources.get(reference.sourceId)} registerSourceId={registerSourceId} />
          ))}
        </ol>
      </CardSection>
    </article>
  );
}
