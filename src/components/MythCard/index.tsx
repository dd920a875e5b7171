import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getMyth, MYTHS, type Myth} from '@site/src/data/myths.ts';
import styles from './styles.module.css';

/** Says when the old note stopped being true, in words a reader can scan. */
function sinceText(since: string): string {
  if (since === 'never') return 'This was never accurate.';
  if (since === 'unpublished') return 'Changed at a date AWS did not publish.';
  const date = new Date(`${since}T00:00:00Z`);
  const formatted = date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  return `True since ${formatted}.`;
}

function MythBody({myth}: {myth: Myth}): ReactNode {
  return (
    <div role="note" className={styles.card} aria-labelledby={`myth-${myth.id}`} data-myth-id={myth.id}>
      <p className={styles.title} id={`myth-${myth.id}`}>
        <span className={styles.badge}>Myth vs now</span> {myth.topic}
      </p>
      <dl className={styles.pair}>
        <div className={styles.old}>
          <dt>Older notes say</dt>
          <dd>{myth.olderNotesSay}</dd>
        </div>
        <div className={styles.now}>
          <dt>True now</dt>
          <dd>{myth.trueNow}</dd>
        </div>
      </dl>
      <p className={styles.meta}>
        {sinceText(myth.since)}{myth.note ? ` ${myth.note}` : ''}{' '}
        <Link href={myth.source}>Source</Link> (as of {myth.asOf}).
      </p>
    </div>
  );
}

/** One "myth vs now" card, by id from src/data/myths.ts. An unknown id fails the build. */
export default function MythCard({id}: {id: string}): ReactNode {
  return <MythBody myth={getMyth(id)} />;
}

/** Every myth, in the order of src/data/myths.ts, each with a link to the page where it lives. */
export function MythList(): ReactNode {
  return (
    <div>
      {MYTHS.map((myth) => (
        <section key={myth.id} className={styles.listItem}>
          <MythBody myth={myth} />
          <p className={styles.seeAlso}>
            Explained on:{' '}
            {myth.pages.map((page, index) => (
              <span key={page}>
                {index > 0 ? ', ' : ''}
                <Link to={`/docs/${page}`}>{page}</Link>
              </span>
            ))}
          </p>
        </section>
      ))}
    </div>
  );
}
