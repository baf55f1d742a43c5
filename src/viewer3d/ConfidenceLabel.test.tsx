// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from '../i18n/setupI18n';
import { ConfidenceLabel } from './ConfidenceLabel';
import { SourceList } from './SourceList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(element: React.ReactElement): HTMLDivElement {
  const container = document.createElement('div');
  act(() => createRoot(container).render(element));
  return container;
}

const doubt = { en: 'SYNTHETIC: the account may describe another facility', ko: '합성: 다른 시설에 관한 증언일 수 있음' };

describe('a plan element whose source may describe another place', () => {
  beforeAll(() => {
    setupI18n();
  });

  it('reads "single source, link doubtful", not plain "single source"', () => {
    const doubtful = render(<ConfidenceLabel element={{ confidence: 'single_source', sources: [{ sourceId: 'SYNTHETIC-account', doubt }] }} />);
    expect(doubtful.textContent).toBe('Single source, and its link to this place is doubtful');
    expect(doubtful.querySelector('[data-link-doubtful]')).not.toBeNull();
    const sound = render(<ConfidenceLabel element={{ confidence: 'single_source', sources: [{ sourceId: 'SYNTHETIC-account' }] }} />);
    expect(sound.textContent).toBe('Single source');
  });

  it('says why beside the source', () => {
    const list = render(<SourceList references={[{ sourceId: 'SYNTHETIC-account', doubt }]} sources={new Map()} t={i18next.t} language="en" />);
    expect(list.querySelector('.source-doubt')?.textContent).toContain(doubt.en);
  });
});
