import { useTranslation } from 'react-i18next';

/**
 * "Naar de inhoud": the first thing a keyboard reaches, hidden until it has the focus. It moves
 * the focus to the page's content, past the header and the navigation.
 */
export function SkipLink({ target }: { target: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={`#${target}`}
      className="skip-link"
      onClick={(event) => {
        const main = document.getElementById(target);
        if (main === null) return;
        // The router owns the URL; move the focus without a #fragment in it.
        event.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      {t('nav.skipToContent')}
    </a>
  );
}
