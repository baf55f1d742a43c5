import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { answeredSession, SESSION_AT as AT, startedSession } from '../../../tests/fixtures/interviewSessions';
import { exportFileName, exportSessions, importSessions } from './sessionExport';
import { markMissing } from './sessionMachine';
import { sessionShapeProblems } from './sessionShape';

const sessions = deepFreeze([answeredSession({}, [['yes', 'SYNTHETIC']]), startedSession({ id: 'SYNTHETIC-session-2', interviewId: 'SYNTHETIC-INT-2' })]);
const OPTIONS = { appVersion: '0.1.0', exportedAt: AT };

/** An export whose parsed document `edit` changed, with the manifest's hashes left as exported. */
async function editedExport(edit: (document: { sessions: Record<string, unknown>[] }) => void): Promise<string> {
  const document = JSON.parse((await exportSessions(sessions, OPTIONS)).json);
  edit(document);
  return JSON.stringify(document);
}

describe('exporting and importing sessions', () => {
  it('round-trips with a SHA-256 manifest, adding only what is new', async () => {
    const { json } = await exportSessions(sessions, OPTIONS);
    expect(JSON.parse(json)).toMatchObject({ restricted: true, manifest: { sessions: [{ id: 'SYNTHETIC-session' }, { id: 'SYNTHETIC-session-2' }] } });
    expect(await importSessions(json, [])).toMatchObject({ added: sessions, duplicates: [], conflicts: [], problems: [] });
    expect(await importSessions(json, sessions)).toMatchObject({ added: [], duplicates: ['SYNTHETIC-session', 'SYNTHETIC-session-2'] });
    const changedLocally = [{ ...sessions[0]!, addenda: [{ at: 'T9', text: 'SYNTHETIC' }] }];
    expect((await importSessions(json, changedLocally)).conflicts).toEqual(['SYNTHETIC-session']);
  });

  it('exports a single session in the same format, named by its pseudonymous id, and imports it once only', async () => {
    const one = [markMissing(sessions[0]!, { roomId: null, point: [-3, 1, 0], note: 'SYNTHETIC' }, 'T2')];
    const { json } = await exportSessions(one, OPTIONS);
    expect(JSON.parse(json)).toMatchObject({ format: 'facility-atlas-interviews', restricted: true, manifest: { sessions: [{ id: 'SYNTHETIC-session' }] }, sessions: one });
    expect(exportFileName(one, AT)).toBe('facility-atlas-interview-RESTRICTED-SYNTHETIC-INT-1-2026-11-22-10-00-00.json');
    expect(exportFileName(sessions, AT)).toBe('facility-atlas-interviews-RESTRICTED-2026-11-22-10-00-00.json');
    const first = await importSessions(json, []);
    expect(first.added).toEqual(one);
    expect(await importSessions(json, first.added)).toMatchObject({ added: [], duplicates: ['SYNTHETIC-session'] });
  });

  it('takes a session listed twice in one file once', async () => {
    const json = await editedExport((document) => document.sessions.push({ ...document.sessions[0] }));
    expect(await importSessions(json, [])).toMatchObject({ added: sessions, duplicates: ['SYNTHETIC-session'] });
  });

  it('refuses a session changed after export, and says so for a file that is not an export', async () => {
    const { json } = await exportSessions(sessions, OPTIONS);
    const tampered = json.replace('"answer": "yes"', '"answer": "no"');
    const result = await importSessions(tampered, []);
    expect(result.added.map((session) => session.id)).toEqual(['SYNTHETIC-session-2']);
    expect(result.problems).toMatchObject([{ code: 'hashMismatch', sessionId: 'SYNTHETIC-session', position: 1 }]);
    expect((await importSessions('{not json', [])).problems).toMatchObject([{ code: 'notJson' }]);
    expect((await importSessions('{"format":"other"}', [])).problems).toMatchObject([{ code: 'notExport' }]);
    expect((await importSessions('null', [])).problems).toMatchObject([{ code: 'notExport' }]);
    expect((await importSessions('{"format":"facility-atlas-interviews","sessions":{}}', [])).problems).toMatchObject([{ code: 'noManifest' }]);
  });

  it('names the session and the field of a badly shaped session, keeping the good sessions around it', async () => {
    const json = await editedExport((document) => {
      document.sessions[0] = { ...document.sessions[0], answers: [{ roomId: 'SYNTHETIC-corridor', answer: 'maybe', note: '', at: AT }] };
      document.sessions.push(42 as never);
    });
    const result = await importSessions(json, []);
    expect(result.added.map((session) => session.id)).toEqual(['SYNTHETIC-session-2']);
    expect(result.problems).toMatchObject([
      { code: 'badShape', sessionId: 'SYNTHETIC-session', position: 1, detail: 'answers[0].answer is "maybe", expected one of yes, no, unsure' },
      { code: 'badShape', sessionId: '#3', position: 3 },
    ]);
    expect(result.problems[0]?.message).toContain('Session "SYNTHETIC-session"');
  });

  it('reports a session the manifest lists but the file lacks', async () => {
    const json = await editedExport((document) => document.sessions.pop());
    const result = await importSessions(json, []);
    expect(result.added.map((session) => session.id)).toEqual(['SYNTHETIC-session']);
    expect(result.problems).toMatchObject([{ code: 'notInFile', sessionId: 'SYNTHETIC-session-2' }]);
  });
});

describe('the shape of an imported session', () => {
  const valid = markMissing(answeredSession({ detention: { from: 2009, to: 2011 } }, [['no', 'SYNTHETIC']]), { roomId: null, point: [1, 2, 0], note: '' }, 'T2');
  const withField = (field: string, value: unknown) => ({ ...valid, [field]: value });

  it('accepts a session the machine made', () => {
    expect(sessionShapeProblems(valid)).toEqual([]);
  });

  it('names each wrong field with what it holds and what was expected', () => {
    expect(sessionShapeProblems('text')).toEqual(['the session is "text", expected an object']);
    expect(sessionShapeProblems(withField('interviewId', undefined))).toEqual(['interviewId is missing, expected text']);
    expect(sessionShapeProblems(withField('interviewer', '  '))).toEqual(['interviewer is empty']);
    expect(sessionShapeProblems(withField('language', 'fr'))).toEqual(['language is "fr", expected one of ko, en']);
    expect(sessionShapeProblems(withField('status', 'done'))).toEqual(['status is "done", expected one of in_progress, paused, finished']);
    expect(sessionShapeProblems(withField('route', [1, 2]))).toEqual(['route is [1,2], expected a list of room ids']);
    expect(sessionShapeProblems(withField('position', 3))).toEqual(["position is 3, expected a room's place on the route (0 to 2)"]);
    expect(sessionShapeProblems(withField('detention', { from: 2012, to: 2010 }))).toEqual(['detention.from 2012 is after detention.to 2010']);
    expect(sessionShapeProblems(withField('detention', { from: 'long ago' }))).toEqual(['detention.from is "long ago", expected a year']);
    expect(sessionShapeProblems(withField('answers', null))).toEqual(['answers is null, expected a list']);
    expect(sessionShapeProblems(withField('missing', [{ ...valid.missing[0], point: [1, 2] }]))).toEqual(['missing[0].point is [1,2], expected [x, y, z] in metres']);
    expect(sessionShapeProblems(withField('addenda', ['later']))).toEqual(['addenda[0] is "later", expected an object']);
  });
});
