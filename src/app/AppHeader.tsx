import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../store/sessionStore';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SkipLink } from '../ui/SkipLink';

/**
 * The page's one banner: the skip link first, the atlas's name, interview mode and the language. Compact, so views
 * keep the screen.
 */
export function AppHeader({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const language = useSessionStore((state) => state.language);
  return (
    <header className="app-header" inert={hidden}>
      <SkipLink />
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {/* A full page load: interview mode runs on its own, without the map or any imagery. */}
        <a href={language ? `/interview?lang=${language}` : '/interview'}>{t('nav.interview')}</a>
        <LanguageSwitch />
      </nav>
    </header>
  );
}
