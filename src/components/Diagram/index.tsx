import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** SVG markup drawn at build time by src/remark/remarkMermaidSvg.ts. */
  svg: string;
  title: string;
  description: string;
}

/**
 * A Mermaid diagram drawn at build time: static SVG in the HTML (there with JS off, no diagram code on
 * the page), coloured by the theme's CSS variables. It shrinks with a narrow column down to 65 % of its
 * drawn size (the SVG's min-width, set at build); below that, text would be too small to read, so it
 * scrolls sideways in its own box, which the keyboard can reach and scroll (no script needed). Screen
 * readers get the title and a description in words instead of the drawing.
 */
export default function Diagram({svg, title, description}: Props): ReactNode {
  return (
    <figure className={`ll-diagram ${styles.figure}`}>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must be focusable to scroll by keyboard */}
      <div className={styles.scroll} role="region" aria-label={`Diagram: ${title} (scrolls sideways on a narrow screen)`} tabIndex={0}>
        <div role="img" aria-label={`${title}. ${description}`} className={styles.picture} dangerouslySetInnerHTML={{__html: svg}} />
      </div>
    </figure>
  );
}
