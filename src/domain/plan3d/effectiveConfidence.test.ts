import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../tests/fixtures/deepFreeze';
import { effectiveConfidence } from './effectiveConfidence';

const doubt = { en: 'SYNTHETIC: the account may describe another facility', ko: 'SYNTHETIC 의심' };
const sound = (sourceId: string) => ({ sourceId, quote: 'SYNTHETIC words' });
const doubtful = (sourceId: string) => ({ sourceId, quote: 'SYNTHETIC words', doubt });

describe('effectiveConfidence', () => {
  it('reads "single source, link doubtful" when the one source is doubtful', () => {
    const result = effectiveConfidence(deepFreeze({ confidence: 'single_source', sources: [doubtful('SYNTHETIC-a')] }));
    expect(result).toEqual({ confidence: 'single_source', linkDoubtful: true, doubts: [doubt], label: 'single_source_link_doubtful' });
  });

  it('keeps a single source without doubt as it is', () => {
    expect(effectiveConfidence(deepFreeze({ confidence: 'single_source', sources: [sound('SYNTHETIC-a')] })).label).toBe('single_source');
  });

  it('keeps "corroborated" while two sources without doubt remain, and lists the doubt', () => {
    const result = effectiveConfidence(deepFreeze({ confidence: 'corroborated', sources: [sound('SYNTHETIC-a'), sound('SYNTHETIC-b'), doubtful('SYNTHETIC-c')] }));
    expect(result).toMatchObject({ label: 'corroborated', linkDoubtful: false, doubts: [doubt] });
  });

  it('marks "corroborated" doubtful when it needs a doubtful source to reach two', () => {
    const result = effectiveConfidence(deepFreeze({ confidence: 'corroborated', sources: [sound('SYNTHETIC-a'), doubtful('SYNTHETIC-b')] }));
    expect(result.label).toBe('corroborated_link_doubtful');
  });

  it('marks an illustrative element drawn by analogy with a doubtful source', () => {
    expect(effectiveConfidence(deepFreeze({ confidence: 'illustrative', sources: [doubtful('SYNTHETIC-a')] })).label).toBe('illustrative_link_doubtful');
    expect(effectiveConfidence(deepFreeze({ confidence: 'illustrative', sources: [] })).label).toBe('illustrative');
  });
});
