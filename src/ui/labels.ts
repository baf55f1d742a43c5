/**
 * Labels for values the data holds in English: agencies are free text in the register, so the known ones map to
 * i18n keys and any other is shown as the source gives it. An empty agency is one no cited source gives.
 */
import type { TFunction } from 'i18next';

const AGENCY_KEYS: Readonly<Record<string, string>> = {
  "Ministry of People's Security": 'honest.agency.mps',
  'Ministry of State Security': 'honest.agency.mss',
  "People's Committee of North Korea": 'honest.agency.peoplesCommittee',
  'Other North Korean government organisation': 'honest.agency.otherGovernment',
  'Military Security Command': 'honest.agency.militarySecurity',
  "Korean People's Army": 'honest.agency.army',
  "Workers' Party of Korea": 'honest.agency.party',
  Unknown: 'honest.agency.unknown',
};

/** Every agency key, for the test that both languages have them. */
export const AGENCY_LABEL_KEYS: readonly string[] = Object.values(AGENCY_KEYS);

export function agencyLabel(agency: string, t: TFunction): string {
  if (agency === '') return t('honest.card.agencyNotGiven');
  const key = AGENCY_KEYS[agency];
  return key ? t(key) : agency;
}
