import React, {type ComponentProps} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** The block's <pre>: focusable, so a keyboard user can scroll a wide block sideways (as in the theme). */
const Pre = React.forwardRef<HTMLPreElement, ComponentProps<'pre'>>((props, ref) => (
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  <pre ref={ref} tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />
));
Pre.displayName = 'CodeBlockPre';
export default Pre;

/** The <code> inside it, counting lines from lineNumbersStart when the block shows line numbers. */
export function Code({lineNumbersStart, ...props}: ComponentProps<'code'> & {lineNumbersStart: number | undefined}) {
  return (
    <code
      {...props}
      className={clsx(props.className, styles.codeBlockLines, lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering)}
      style={{...props.style, counterReset: lineNumbersStart === undefined ? undefined : `line-count ${lineNumbersStart - 1}`}}
    />
  );
}
