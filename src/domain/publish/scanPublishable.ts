/**
 * Reads a parsed file the way the public gate must: for anything that looks like interview data or is marked
 * confidential, wherever it sits and whatever it is called, and for every source it cites. Generous on purpose
 * (rule 2, fail closed): interview exports are recognised by their format, by their fields (answers, rooms,
 * sessions, interview ids… in any case or spelling), by the shape of an answer or a missing-place mark, and by
 * interview source ids — so a renamed key, a dropped `format` or a bare list of sessions is still caught. The walk
 * is iterative with a depth limit: a hostile file cannot overflow the stack, and one too deep to read is refused.
 */
import { MAX_JSON_DEPTH } from '../json/scanJson';
import { FILE_LEVEL } from '../problems';
import { describeValue, isPlainObject } from '../validation/describeValue';
import { confidentialFlag, isInterviewSourceId } from './sourceVisibility';

export type RefusalCode = 'publish.interview' | 'publish.interviewSource' | 'publish.restricted' | 'publish.depth';

export interface Refusal {
  /** The record concerned (its id, or that of the nearest record around it), or "-" for the file. */
  featureId: string;
  code: RefusalCode;
  message: string;
}

/** A `sourceId` found anywhere in the file, with the record that holds it. */
export interface Citation {
  featureId: string;
  sourceId: string;
}

export interface PublishScan {
  refusals: Refusal[];
  citations: Citation[];
}

/** Field names (lower case, letters and digits only) that only interview data uses. */
const INTERVIEW_FIELD = /interview|session|answer|survivor|respondent|witness|transcript|addend|planhash/;
const INTERVIEW_FIELDS = new Set(['rooms', 'route', 'missing']);
const ANSWERS = new Set(['yes', 'no', 'unsure']);
/** More findings than this in one file add nothing: the file is refused either way. */
const MAX_REFUSALS = 25;

interface Visit {
  value: unknown;
  owner: string;
  depth: number;
}

/** Scans one parsed file; `value` is what JSON.parse returned. */
export function scanPublishable(value: unknown): PublishScan {
  const refusals: Refusal[] = [];
  const citations: Citation[] = [];
  let skipped = 0;
  const refuse = (featureId: string, code: RefusalCode, message: string) => {
    if (refusals.length < MAX_REFUSALS) refusals.push({ featureId, code, message });
    else skipped += 1;
  };
  if (Array.isArray(value)) {
    refuse(FILE_LEVEL, 'publish.interview', "The file is a list, not one of the contract's objects; interview sessions are exported as lists.");
  }
  const stack: Visit[] = [{ value, owner: FILE_LEVEL, depth: 0 }];
  while (stack.length > 0) {
    const { value: node, owner, depth } = stack.pop() as Visit;
    if (typeof node === 'string') {
      if (isInterviewSourceId(node) && !/\s/.test(node.trim())) refuse(owner, 'publish.interviewSource', `"${node}" names an interview source; interview answers are never published.`);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      refuse(owner, 'publish.depth', `Nested more than ${MAX_JSON_DEPTH} levels deep, so it cannot be checked; it is not published.`);
      continue;
    }
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ value: item, owner, depth: depth + 1 });
      continue;
    }
    const record = node as Record<string, unknown>;
    const here = ownerOf(record, owner);
    checkRecord(record, here, depth, refuse);
    if (typeof record.sourceId === 'string') citations.push({ featureId: here, sourceId: record.sourceId });
    for (const child of Object.values(record)) stack.push({ value: child, owner: here, depth: depth + 1 });
  }
  if (skipped > 0) refusals.push({ featureId: FILE_LEVEL, code: refusals[0]?.code ?? 'publish.interview', message: `… and ${skipped} more findings like these.` });
  return { refusals, citations };
}

/** The id problems inside `record` name: its own, its GeoJSON properties', or the enclosing record's. */
function ownerOf(record: Record<string, unknown>, inherited: string): string {
  const id = typeof record.id === 'string' ? record.id : isPlainObject(record.properties) ? record.properties.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : inherited;
}

function checkRecord(record: Record<string, unknown>, featureId: string, depth: number, refuse: (featureId: string, code: RefusalCode, message: string) => void) {
  for (const [key, value] of Object.entries(record)) {
    const field = key.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (INTERVIEW_FIELD.test(field) || INTERVIEW_FIELDS.has(field)) {
      refuse(featureId, 'publish.interview', `Field "${key}" belongs to interview data (sessions, answers, interviewers, rooms walked); interview answers are never published.`);
    }
    if (key === 'format' && typeof value === 'string' && /interview/i.test(value)) {
      refuse(featureId, 'publish.interview', `The file says it is ${describeValue(value)}: an interview export.`);
    }
  }
  const flag = confidentialFlag(record);
  if (flag !== null) {
    const what = depth === 0 ? 'The file' : 'The record';
    refuse(featureId, 'publish.restricted', `${what} is marked ${flag} (${flag}: ${describeValue(record[flag])}): it comes from a non-public export or an interview export.`);
  }
  if (Object.hasOwn(record, 'visibility') && record.visibility !== 'public') {
    refuse(featureId, 'publish.restricted', `Field "visibility" is ${describeValue(record.visibility)}, not exactly "public"; only public records are published.`);
  }
  if (typeof record.roomId === 'string') {
    const answer = Object.values(record).find((value) => typeof value === 'string' && ANSWERS.has(value.trim().toLowerCase()));
    if (answer !== undefined) refuse(featureId, 'publish.interview', `This looks like an interview answer (a room and ${describeValue(answer)}); interview answers are never published.`);
    const point = Object.values(record).find((value) => Array.isArray(value) && value.length === 3 && value.every((number) => typeof number === 'number'));
    if (point !== undefined) refuse(featureId, 'publish.interview', 'This looks like a place marked missing in an interview (a room and a point in the model); interview answers are never published.');
  }
}
