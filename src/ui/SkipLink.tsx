import { useTranslation } from 'react-i18next';
import { focusLiveHeading } from './viewFocus';

/** The first stop for the keyboard: past the header, to the heading of the view on screen. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#content"
      onClick={(event) => {
        event.preventDefault();
        focusLiveHeading();
      }}
    >
      {t('shell.skip')}
    </a>
  );
}
