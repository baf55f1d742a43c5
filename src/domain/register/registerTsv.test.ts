import { describe, expect, it } from 'vitest';
import { makeRegisterCells, registerTsv } from '../../../tests/fixtures/registerFixtures';
import { MalformedInputError } from './importIssue';
import { capturedAtFromFileName, parseRegisterTsv } from './registerTsv';

describe('parseRegisterTsv', () => {
  it('reads every row with its fields as written', () => {
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1', name: 'Korean People’s Army  Base ' })]);
    const { rows, issues } = parseRegisterTsv(text, 'register.tsv');
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fields.name).toBe('Korean People’s Army  Base ');
  });

  it('reads lat/lon as a [lon, lat] location', () => {
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1', lat: '41.5', lon: '128.25' })]);
    const { rows } = parseRegisterTsv(text, 'r.tsv');
    expect(rows[0]?.location).toEqual([128.25, 41.5]);
  });

  it('reads "null" coordinates as no location, without an issue', () => {
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1', lat: 'null', lon: 'null' })]);
    const { rows, issues } = parseRegisterTsv(text, 'r.tsv');
    expect(rows[0]?.location).toBeNull();
    expect(issues).toEqual([]);
  });

  it('keeps a row with unreadable coordinates, unlocated, and reports it', () => {
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1', lat: '41.5', lon: 'east' })]);
    const { rows, issues } = parseRegisterTsv(text, 'r.tsv');
    expect(rows[0]?.location).toBeNull();
    expect(rows[0]?.coordinateProblem).toContain('lon "east"');
    expect(issues).toEqual([expect.objectContaining({ where: 'line 2', skipped: false })]);
  });

  it('keeps a row whose coordinates are not on Earth unlocated, reporting it with the swapped hint', () => {
    const { rows, issues } = parseRegisterTsv(registerTsv([makeRegisterCells({ id: 'SYNTHETIC1', lat: '129.5', lon: '42' })]), 'r.tsv');
    expect(rows[0]?.location).toBeNull();
    expect(rows[0]?.coordinateProblem).toBe('coordinates lat "129.5", lon "42" are not on Earth (lat and lon look swapped)');
    expect(issues).toHaveLength(1);
  });

  it('reports a row with the wrong column count by line number and skips it', () => {
    const malformed = 'SYNTHETIC2\tonly two';
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1' }), malformed, makeRegisterCells({ id: 'SYNTHETIC3' })]);
    const { rows, issues } = parseRegisterTsv(text, 'r.tsv');
    expect(rows.map((row) => row.fields.id)).toEqual(['SYNTHETIC1', 'SYNTHETIC3']);
    expect(issues).toEqual([
      { file: 'r.tsv', where: 'line 3', message: 'has 2 columns, the header has 11; row skipped', skipped: true },
    ]);
  });

  it('skips a repeated entity id', () => {
    const text = registerTsv([makeRegisterCells({ id: 'SYNTHETIC1' }), makeRegisterCells({ id: 'SYNTHETIC1' })]);
    const { rows, issues } = parseRegisterTsv(text, 'r.tsv');
    expect(rows).toHaveLength(1);
    expect(issues[0]?.message).toContain('repeats entity id SYNTHETIC1');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const text = `\uFEFF${registerTsv([makeRegisterCells({ id: 'SYNTHETIC1' })]).replace(/\n/g, '\r\n')}`;
    const { rows, issues } = parseRegisterTsv(text, 'r.tsv');
    expect(issues).toEqual([]);
    expect(rows[0]?.fields.edited).toBe('2024-01-01');
  });

  it('throws a one-line MalformedInputError when the header lacks a column', () => {
    expect(() => parseRegisterTsv('id\tname\nSYNTHETIC1\tx\n', 'r.tsv')).toThrow(MalformedInputError);
    expect(() => parseRegisterTsv('id\tname\n', 'r.tsv')).toThrow(/r\.tsv: the header row lacks the column\(s\) type, /);
  });
});

describe('capturedAtFromFileName', () => {
  it('takes the date from nkpd-register-YYYY-MM-DD.tsv', () => {
    expect(capturedAtFromFileName('nkpd-register-2026-10-01.tsv')).toBe('2026-10-01');
  });

  it('gives null for any other name', () => {
    expect(capturedAtFromFileName('register.tsv')).toBeNull();
  });
});
