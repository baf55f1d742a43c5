/** The places survivors marked "something is missing here", with their notes, where they are, and on which plan. */
import { useTranslation } from 'react-i18next';
import type { MissingPlace } from '../domain/interview/corroboration';

export function CorroborationMissing({ places, roomName }: { places: readonly MissingPlace[]; roomName: (roomId: string) => string }) {
  const { t } = useTranslation();
  if (places.length === 0) return null;
  return (
    <>
      <h4 id="wb-missing">{t('workbench.missingPlaces', { count: places.length })}</h4>
      <ul className="corroboration-missing" aria-labelledby="wb-missing">
        {places.map((place) => (
          <li key={`${place.sessionId}:${place.id}`}>
            <strong>{place.interviewId}</strong>: {place.roomId ? t('interview.missingInRoom', { room: roomName(place.roomId) }) : t('interview.missingOutside')}
            {place.note ? ` — ${place.note}` : ''}
            <span className="corroboration-note">
              {place.lonLat ? t('workbench.missingAt', { lat: place.lonLat[1].toFixed(6), lon: place.lonLat[0].toFixed(6) }) : t('workbench.missingAtLocal', { x: place.point[0].toFixed(1), y: place.point[1].toFixed(1) })}
              {place.currentPlan ? '' : ` · ${t('workbench.earlierPlanMark')}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
