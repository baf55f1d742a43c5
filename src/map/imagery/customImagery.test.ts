import { describe, expect, it } from 'vitest';
import { customImageryLayer } from './customImagery';

describe('customImageryLayer', () => {
  it('accepts an XYZ template with all three placeholders', () => {
    const result = customImageryLayer({ name: ' Local ', template: 'http://127.0.0.1:9000/{z}/{x}/{y}.png', tms: false });
    expect(result.ok && [result.layer.name, result.layer.tiles, result.layer.scheme, result.layer.custom]).toEqual([
      'Local',
      ['http://127.0.0.1:9000/{z}/{x}/{y}.png'],
      'xyz',
      true,
    ]);
  });

  it('marks a TMS template', () => {
    const result = customImageryLayer({ name: 'T', template: 'https://example.org/{z}/{x}/{y}.jpg', tms: true });
    expect(result.ok && result.layer.scheme).toBe('tms');
  });

  it('gives the same id to the same template', () => {
    const a = customImageryLayer({ name: 'A', template: 'https://example.org/{z}/{x}/{y}', tms: false });
    const b = customImageryLayer({ name: 'B', template: 'https://example.org/{z}/{x}/{y}', tms: false });
    expect(a.ok && b.ok && a.layer.id === b.layer.id).toBe(true);
  });

  it('refuses a template without a placeholder', () => {
    expect(customImageryLayer({ name: 'A', template: 'https://example.org/{z}/{x}.png', tms: false })).toEqual({
      ok: false,
      reason: 'placeholders',
    });
  });

  it('refuses a template that is not an http(s) URL', () => {
    expect(customImageryLayer({ name: 'A', template: 'javascript:alert(1)//{z}{x}{y}', tms: false })).toEqual({ ok: false, reason: 'url' });
    expect(customImageryLayer({ name: 'A', template: 'not a url {z}{x}{y}', tms: false })).toEqual({ ok: false, reason: 'url' });
  });

  it('refuses an empty name', () => {
    expect(customImageryLayer({ name: ' ', template: 'https://example.org/{z}/{x}/{y}', tms: false })).toEqual({ ok: false, reason: 'name' });
  });
});
