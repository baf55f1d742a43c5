/**
 * What a card says a facility is, each line no more than its sources say: a linked place as what the register calls
 * it, the agency only where a source gives one, the Korean name with its citation (or that no source gives one), a
 * doubtful point with its reason in plain words, and whether a source says the site is confirmed.
 */
import { localText } from '../domain/localText';
import { useTranslation } from 'react-i18next';
import { pointStanding } from '../domain/pointStanding';
import type { Facility, Source } from '../domain/types';
import { agencyLabel } from './labels';
import './honestData.css';

interface Props {
  facility: Facility;
  sources: ReadonlyMap<string, Source>;
}

/** The source citing the Korean name: a reference whose fields give `name.ko` as the record has it. */
function koreanNameSource(facility: Facility, sources: ReadonlyMap<string, Source>): string | undefined {
  const reference = facility.sources.find((ref) => ref.fields?.['name.ko'] !== undefined && ref.fields['name.ko'] === facility.name.ko);
  return reference && (sources.get(reference.sourceId)?.title ?? reference.sourceId);
}

export function FacilityFacts({ facility, sources }: Props) {
  const { t, i18n } = useTranslation();
  const standing = pointStanding(facility);
  const [lon, lat] = facility.location ?? [];
  const citedBy = koreanNameSource(facility, sources);
  const confirmation = facility.confirmation;
  const confirmedBy = confirmation?.sourceId ? (sources.get(confirmation.sourceId)?.title ?? confirmation.sourceId) : undefined;
  return (
    <dl className="facility-facts">
      {facility.role === 'linked' ? (
        <>
          <dt>{t('honest.card.whatItIs')}</dt>
          <dd data-linked-kind={facility.linkedKind}>
            {t(`honest.linkedKind.${facility.linkedKind ?? 'other'}`)}
            <p className="card-linked-note">{t('honest.card.linkedNote')}</p>
          </dd>
        </>
      ) : (
        <>
          <dt>{t('card.type')}</dt>
          <dd>{t(`type.${facility.type}`)}</dd>
        </>
      )}
      <dt>{t('honest.card.koreanName')}</dt>
      <dd className="card-korean-name">
        {facility.name.ko ? (
          <>
            <span lang="ko">{facility.name.ko}</span>
            {citedBy && <span className="card-citation"> ({t('honest.card.koreanNameCited', { source: citedBy })})</span>}
          </>
        ) : (
          t('honest.card.noKoreanName')
        )}
      </dd>
      <dt>{t('card.agency')}</dt>
      <dd>{agencyLabel(facility.agency, t)}</dd>
      <dt>{t('card.province')}</dt>
      <dd>
        {t(`province.${facility.province}`, { defaultValue: facility.province })}
        {facility.county && ` · ${facility.county}`}
      </dd>
      <dt>{t('card.status')}</dt>
      <dd>{t(`status.${facility.status}`)}</dd>
      {confirmation && (
        <>
          <dt>{t('honest.card.confirmation')}</dt>
          <dd className="card-confirmation" data-confirmation={confirmation.status}>
            {t(`honest.confirmation.${confirmation.status}`)}
            {confirmedBy && ` (${t('honest.card.confirmationSource', { source: confirmedBy })})`}
            {confirmation.note && <p>{localText(confirmation.note, i18n.language)}</p>}
          </dd>
        </>
      )}
      <dt>{t('card.location')}</dt>
      <dd data-point-standing={standing.kind}>
        {standing.kind === 'doubtful' ? (
          <div className="card-point-doubt" role="note">
            <strong>{t('honest.card.doubtfulPoint')}</strong>
            <p>{localText(standing.reason, i18n.language)}</p>
          </div>
        ) : (
          t(`precision.${facility.precision}`)
        )}
        {lon !== undefined && lat !== undefined && (
          <span className="card-coordinates">
            {' '}
            {lat.toFixed(5)}, {lon.toFixed(5)}
          </span>
        )}
      </dd>
    </dl>
  );
}
