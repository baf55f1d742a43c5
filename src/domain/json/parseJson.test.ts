import { describe, expect, it } from 'vitest';
import { summaries } from '../../../tests/fixtures/problemQueries';
import type { Problem } from '../problems';
import { createReporter } from '../validation/reporter';
import { parseJson } from './parseJson';

function parse(text: string) {
  const problems: Problem[] = [];
  const result = parseJson(text, createReporter('SYNTHETIC.json', problems));
  return { result, problems };
}

describe('parseJson', () => {
  it('parses valid JSON without problems', () => {
    expect(parse('{"a": [1, 2]}')).toEqual({ result: { ok: true, value: { a: [1, 2] } }, problems: [] });
  });

  it('reports an empty file', () => {
    expect(summaries(parse('').problems)).toEqual(['error json.empty -']);
  });

  it('counts a file of only whitespace as empty', () => {
    expect(summaries(parse(' \n\t').problems)).toEqual(['error json.empty -']);
  });

  it('reports a file cut off mid-value as truncated', () => {
    const { result, problems } = parse('{"type": "FeatureCollection", "features": [{"type": "Fea');
    expect(result.ok).toBe(false);
    expect(summaries(problems)).toEqual(['error json.truncated -']);
  });

  it('reports a file cut off after a complete member as truncated', () => {
    expect(summaries(parse('{"a": 1,\n  "b": [1, 2]\n').problems)).toEqual(['error json.truncated -']);
  });

  it('reports other syntax errors with line and column', () => {
    const { problems } = parse('{\n  "a": 1\n  "b": 2\n}');
    expect(summaries(problems)).toEqual(['error json.invalid -']);
    expect(problems[0]?.message).toContain('line 3, column 3');
  });

  it('warns about a byte-order mark, then parses the rest', () => {
    const { result, problems } = parse('\uFEFF{"a": 1}');
    expect(result).toEqual({ ok: true, value: { a: 1 } });
    expect(summaries(problems)).toEqual(['warning json.bom -']);
  });
});
