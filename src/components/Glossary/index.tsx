import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {GLOSSARY} from '@site/src/data/glossary';

/** The glossary: every term with its anchor (a Heading, so links to it are checked at build time). */
export default function Glossary(): React.JSX.Element {
  const terms = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div>
      {terms.map((term) => (
        <section key={term.id}>
          <Heading as="h2" id={term.id}>
            {term.term}
          </Heading>
          <p>{term.definition}</p>
          <p>
            Taught in <Link to={term.taught}>{term.taught.replace(/^\/docs\//, '').replace(/#.*$/, '')}</Link>.
          </p>
        </section>
      ))}
    </div>
  );
}
