import {useEffect, useState, type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import SkipToContent from '@theme-original/SkipToContent';
import styles from './styles.module.css';

/**
 * Docusaurus's "Skip to main content" lands before the breadcrumbs and the page text; on a widget
 * page (the quiz) a keyboard user then still tabs through everything above the widget. A page marks
 * its widget with `data-skip-target` (and `data-skip-label`), and a second skip link goes straight
 * to the first control inside it. Pages without a target get Docusaurus's link alone.
 */
export default function SkipToContentWrapper(): ReactNode {
  const {pathname} = useLocation();
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    // Read after render: the target is part of the page content, which renders after this.
    const frame = requestAnimationFrame(() => setLabel(document.querySelector('[data-skip-target]')?.getAttribute('data-skip-label') ?? null));
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return (
    <>
      <SkipToContent />
      {label && (
        <a
          className={styles.skipLink}
          href="#"
          onClick={(event) => {
            event.preventDefault();
            const target = document.querySelector<HTMLElement>('[data-skip-target]');
            const control = target?.querySelector<HTMLElement>('input:not([disabled]), select, textarea, button') ?? target;
            if (!control) return;
            if (control === target) control.setAttribute('tabindex', '-1');
            control.focus();
            control.scrollIntoView({block: 'center'});
          }}
        >
          {label}
        </a>
      )}
    </>
  );
}
