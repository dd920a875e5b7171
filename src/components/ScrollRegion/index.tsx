import {useEffect, useRef, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Lets wide content (tables, diagrams) scroll sideways on narrow screens instead of shrinking, and
 * makes it reachable by keyboard while — and only while — it actually overflows (WCAG 2.1.1,
 * axe "scrollable-region-focusable").
 */
export default function ScrollRegion({label, children}: {label: string; children: ReactNode}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  // Focusable until measured, so the server-rendered page is never a keyboard trap.
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    // Mermaid renders its SVG after mount; watch for it.
    const mutations = new MutationObserver(measure);
    mutations.observe(element, {childList: true, subtree: true});
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, []);
  return (
    <div
      ref={ref}
      className={styles.scroll}
      role="group"
      aria-label={overflows ? `${label} (scrolls sideways)` : label}
      tabIndex={overflows ? 0 : undefined}>
      {children}
    </div>
  );
}
