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
 * the page), coloured by the theme's CSS variables, shrunk to fit narrow columns. Screen readers get
 * the title and a description in words instead of the drawing.
 */
export default function Diagram({svg, title, description}: Props): ReactNode {
  return (
    <figure className={`ll-diagram ${styles.figure}`}>
      <div role="img" aria-label={`${title}. ${description}`} className={styles.picture} dangerouslySetInnerHTML={{__html: svg}} />
    </figure>
  );
}
