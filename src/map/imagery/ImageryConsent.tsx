/**
 * Third-party imagery waits for a click: a chosen layer whose host the user has not agreed to contact is shown
 * as paused, with a button naming the host; once agreed, a button stops it again. A host the page's security
 * policy does not allow is said so instead (the site's operator can add it).
 */
import { useTranslation } from 'react-i18next';
import { pagePolicy, policyAllowsFetch } from '../../privacy/pagePolicy';
import { useImageryConsent } from '../../store/imageryConsentStore';
import { imageryProvider, templateOrigin } from './imageryProvider';
import type { ImageryLayer } from './imageryLayers';
import './imageryConsent.css';

export function ImageryConsent({ layers }: { layers: readonly (ImageryLayer | undefined)[] }) {
  const { t } = useTranslation();
  const { hosts, allow, revoke } = useImageryConsent();
  const chosen = layers.filter((layer): layer is ImageryLayer => layer !== undefined);
  const byHost = new Map(chosen.map((layer) => [imageryProvider(layer).host, layer]));
  return (
    <>
      {[...byHost].map(([host, layer]) => {
        const { name } = imageryProvider(layer);
        if (!policyAllowsFetch(pagePolicy(), templateOrigin(layer.tiles[0] ?? ''), window.location.href)) {
          return (
            <p key={host} role="alert" className="imagery-consent">
              {t('privacy.imageryNotAllowed', { host })}
            </p>
          );
        }
        if (hosts.includes(host)) {
          return (
            <p key={host} className="imagery-consent-given">
              {t('privacy.imageryAllowed', { host })}{' '}
              <button type="button" onClick={() => revoke(host)}>
                {t('privacy.imageryStop', { host })}
              </button>
            </p>
          );
        }
        return (
          <div key={host} className="imagery-consent" role="group" aria-label={t('privacy.imageryPausedLabel', { name })}>
            <p>{t('privacy.imageryPaused', { name })}</p>
            <button type="button" onClick={() => allow(host)}>
              {t('privacy.imageryLoad', { name, host })}
            </button>
          </div>
        );
      })}
    </>
  );
}
