import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allImagery, useImageryStore } from '../../store/imageryStore';
import { useSessionStore } from '../../store/sessionStore';
import { customImageryLayer, type CustomImageryError } from './customImagery';
import { ImageryConsent } from './ImageryConsent';
import { WAYBACK_RELEASES_URL } from './imageryProvider';
import { fetchWaybackReleases } from './waybackReleases';

/** Choose the imagery (or none), a second layer to swipe-compare, add your own XYZ/TMS layer. */
export function ImageryPanel() {
  const { t } = useTranslation();
  const imageryState = useImageryStore();
  const layers = allImagery(imageryState);
  const { imagery, compare, setImagery, setCompare } = useSessionStore();
  const current = layers.find((layer) => layer.id === imagery);
  const compared = current && layers.find((layer) => layer.id === compare);
  const [error, setError] = useState<CustomImageryError | null>(null);

  const addCustom = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = customImageryLayer({
      name: String(form.get('name') ?? ''),
      template: String(form.get('template') ?? ''),
      tms: form.get('tms') === 'on',
    });
    if (!result.ok) return setError(result.reason);
    setError(null);
    imageryState.addCustom(result.layer);
    setImagery(result.layer.id);
    event.currentTarget.reset();
  };

  return (
    <details className="imagery-panel" open={imagery !== null}>
      <summary>
        <h2 id="imagery-heading">{t('imagery.heading')}</h2>
        <span className="imagery-current">{current?.name ?? t('imagery.none')}</span>
      </summary>
      <label>
        {t('imagery.layer')}
        <select value={imagery ?? ''} onChange={(event) => setImagery(event.target.value || null)}>
          <option value="">{t('imagery.none')}</option>
          {layers.map((layer) => (
            <option key={layer.id} value={layer.id}>
              {layer.name}
            </option>
          ))}
        </select>
      </label>
      <ImageryConsent layers={[current, compared]} />
      {current && (
        <>
          <dl className="imagery-facts">
            <dt>{t('imagery.date')}</dt>
            <dd>{t(current.date.key, current.date.params)}</dd>
            <dt>{t('imagery.attribution')}</dt>
            {/* The provider's legal text, verbatim in every language. */}
            <dd lang={current.custom ? undefined : 'en'}>{current.attribution}</dd>
            <dt>{t('imagery.licence')}</dt>
            <dd>
              {current.licenceUrl ? (
                <a href={current.licenceUrl} target="_blank" rel="noreferrer">
                  {t(current.licence.key, current.licence.params)}
                </a>
              ) : (
                t(current.licence.key, current.licence.params)
              )}
            </dd>
          </dl>
          <label>
            {t('imagery.compare')}
            <select value={compare ?? ''} onChange={(event) => setCompare(event.target.value || null)}>
              <option value="">{t('imagery.compareOff')}</option>
              {layers.filter((layer) => layer.id !== imagery).map((layer) => (
                <option key={layer.id} value={layer.id}>
                  {layer.name}
                </option>
              ))}
            </select>
          </label>
          {current.custom && (
            <button type="button" onClick={() => { imageryState.removeCustom(current.id); setImagery(null); }}>
              {t('imagery.removeCustom')}
            </button>
          )}
        </>
      )}
      <p className="imagery-note">{t('imagery.offlineNote')}</p>
      <button type="button" disabled={imageryState.waybackStatus === 'loading'} onClick={() => void imageryState.loadWayback(fetchWaybackReleases)}>
        {t('imagery.loadWayback')}
      </button>
      <p className="imagery-note">{t('privacy.waybackHost', { host: new URL(WAYBACK_RELEASES_URL).host })}</p>
      {imageryState.waybackStatus === 'failed' && <p role="alert">{t('imagery.waybackFailed')}</p>}
      {imageryState.waybackStatus === 'loaded' && <p role="status">{t('imagery.waybackLoaded', { count: imageryState.wayback.length })}</p>}
      <details>
        <summary>{t('imagery.addCustom')}</summary>
        <form onSubmit={addCustom} className="custom-imagery">
          <label>
            {t('imagery.customName')}
            <input name="name" required />
          </label>
          <label>
            {t('imagery.customTemplate')}
            <input name="template" required placeholder="https://example.org/{z}/{x}/{y}.png" />
          </label>
          <label className="inline">
            <input type="checkbox" name="tms" /> {t('imagery.customTms')}
          </label>
          {error && <p role="alert">{t(`imagery.customError.${error}`)}</p>}
          <button type="submit">{t('imagery.customAdd')}</button>
        </form>
      </details>
    </details>
  );
}
