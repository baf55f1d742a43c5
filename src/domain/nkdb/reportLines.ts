/** The console report of an NKDB import: what was imported, what was left out and why, every decision worth a look. */
import type { NkdbImport } from './buildNkdbImport';
import { MEDIUM_REVIEW } from './mediumReview';
import { NOT_ADDED } from './placeReview';

const REASON_TEXT: Readonly<Record<string, string>> = {
  no_location: 'the incident names no place',
  outside_north_korea: 'the place is outside North Korea (China, Russia, Kuwait)',
  private_house: 'the place is a house in North Korea (a victim’s house)',
  unidentified_place: 'NKDB does not identify the place ("an unknown location")',
  other_place: 'the place is not a penal or security facility (market, field, school, hospital, workplace, military unit …)',
  unknown_place: 'the place is in neither locations.json nor match-candidates.tsv',
  unmatched_place: 'a penal or security place with no counterpart, not added (see below)',
  low_match: 'the match to a facility is of low confidence',
  rejected_match: 'the medium-confidence match was rejected on review (see below)',
  unreviewed_match: 'the medium-confidence match has not been reviewed (add it to src/domain/nkdb/mediumReview.ts)',
  missing_facility: 'the matched facility is not in facilities.geojson (run npm run import:register first?)',
  unreadable_record: 'the record could not be read',
};

const entries = (counts: Record<string, number>) => Object.entries(counts).sort(([, a], [, b]) => b - a);

export function reportLines(result: NkdbImport): string[] {
  const { report, details } = result;
  const imported = Object.values(report.imported).reduce((sum, count) => sum + count, 0);
  const leftOut = Object.values(report.leftOut).reduce((sum, count) => sum + count, 0);
  const lines = [
    `incidents in the capture: ${report.records}; imported as violations: ${imported} (${entries(report.imported).map(([via, count]) => `${via} ${count}`).join(', ')}); left out: ${leftOut}`,
    ...entries(report.leftOut).map(([reason, count]) => `  left out ${String(count).padStart(4)}  ${reason}: ${REASON_TEXT[reason] ?? reason}`),
    `facilities added from NKDB (the register lacks them): ${report.facilitiesAdded}, ${details.places.filter((place) => place.facility.location === null).length} of them without NKDB's point`,
  ];
  for (const place of details.places) {
    lines.push(`  ${place.facility.id} (${place.facility.type}${place.facility.location ? '' : ', point not used'})`);
  }
  const medium = details.candidates.filter((row) => row.confidence === 'medium');
  const rejected = medium.filter((row) => MEDIUM_REVIEW[row.slug]?.use === false);
  lines.push(`medium matches: ${medium.length - rejected.length} used, ${rejected.length} rejected`);
  for (const row of rejected) {
    const review = MEDIUM_REVIEW[row.slug];
    lines.push(`  rejected ${row.slug}: ${review && !review.use ? review.reason : ''}`);
  }
  for (const [slug, reason] of Object.entries(NOT_ADDED)) lines.push(`  not added ${slug}: ${reason}`);
  lines.push(`records whose case id was empty, repeated, several or irregular: ${details.idIssues.length} (imported: ${report.idIssues.length})`);
  const reasons = new Map(details.leftOut.map((entry) => [entry.caseId.id, entry.reason]));
  const byCase = new Map<string, string[]>();
  for (const caseId of details.idIssues) {
    const key = `${JSON.stringify(caseId.locator ?? '')} (${caseId.issues.join(', ')})`;
    const fate = reasons.has(caseId.id) ? `left out: ${reasons.get(caseId.id)}` : 'imported';
    byCase.set(key, [...(byCase.get(key) ?? []), `${caseId.id} ${fate}`]);
  }
  for (const [key, ids] of byCase) lines.push(`  ${key} → ${ids.join('; ')}`);
  for (const problem of details.unreadable) lines.push(`unreadable: ${problem}`);
  return lines;
}
