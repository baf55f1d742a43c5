import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../store/sessionStore';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { AboutLink } from '../ui/about/AboutLink';
import { SkipLink } from '../ui/SkipLink';

/**
 * The page's one banner: the skip link first, the atlas's name, About the data, interview mode and the language. Compact, so views
 * keep the screen.
 */
export function AppHeader({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const language = useSessionStore((state) => state.language);
  const page = useSessionStore((state) => state.page);
  const openAbout = useSessionStore((state) => state.openAbout);
  return (
    <header className="app-header" inert={hidden}>
      <SkipLink />
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <AboutLink current={page === 'about'} onOpen={openAbout} />
        {/* A full page load: interview mode runs on its own, without the map or any imagery. */}
        <a href={language ? `/interview?lang=${language}` : '/interview'}>{t('nav.interview')}</a>
        <LanguageSwitch />
      </nav>
    </header>
  );
}
