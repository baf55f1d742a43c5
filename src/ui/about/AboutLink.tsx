import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../store/sessionStore';

/**
 * A link to /about that opens the page in place (a real link: it can be opened in a new tab or copied). The
 * language the link names is kept.
 */
export function AboutLink({ current = false, onOpen }: { current?: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const language = useSessionStore((state) => state.language);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a href={language ? `/about?lang=${language}` : '/about'} onClick={open} aria-current={current ? 'page' : undefined}>
      {t('honest.about.link')}
    </a>
  );
}
