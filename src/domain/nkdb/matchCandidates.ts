/**
 * match-candidates.tsv: our proposal of which Visual Atlas place is which facility of the register, one row per
 * penal or security place, with the basis and a confidence (high, medium, low, or empty with no counterpart).
 */
import { MalformedInputError } from '../register/importIssue';

export type MatchConfidence = 'high' | 'medium' | 'low' | 'none';

export interface MatchCandidate {
  slug: string;
  /** The Visual Atlas label. */
  label: string;
  /** The facility proposed, or undefined when the register has no counterpart. */
  facilityId: string | undefined;
  confidence: MatchConfidence;
  /** The kind of place the reviewer read from the label (va_type=… at the head of the basis). */
  placeType: string;
  /** Why: the basis without its va_type prefix. */
  basis: string;
}

const COLUMNS = ['va_location_slug', 'va_name(s)', 'facility_id', 'match_basis', 'confidence'] as const;
const CONFIDENCES: readonly string[] = ['high', 'medium', 'low'];

function splitBasis(text: string): { placeType: string; basis: string } {
  const match = /^va_type=([^;]*);\s*(.*)$/s.exec(text.trim());
  return match ? { placeType: match[1] ?? '', basis: match[2] ?? '' } : { placeType: '', basis: text.trim() };
}

/** The rows of the file; throws MalformedInputError when a column is missing or a confidence is not known. */
export function readMatchCandidates(text: string, file: string): MatchCandidate[] {
  const [headerLine = '', ...lines] = text.replace(/\r\n/g, '\n').split('\n');
  const header = headerLine.split('\t');
  const missing = COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new MalformedInputError(`${file}: missing column(s) ${missing.join(', ')}`);
  const at = (cells: readonly string[], column: (typeof COLUMNS)[number]) => (cells[header.indexOf(column)] ?? '').trim();
  return lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const cells = line.split('\t');
    const confidence = at(cells, 'confidence');
    if (confidence !== '' && !CONFIDENCES.includes(confidence)) {
      throw new MalformedInputError(`${file} line ${index + 2}: confidence "${confidence}" is not high, medium, low or empty`);
    }
    const facilityId = at(cells, 'facility_id');
    return [
      {
        slug: at(cells, 'va_location_slug'),
        label: at(cells, 'va_name(s)'),
        facilityId: facilityId === '' ? undefined : facilityId,
        confidence: confidence === '' ? 'none' : (confidence as MatchConfidence),
        ...splitBasis(at(cells, 'match_basis')),
      },
    ];
  });
}
