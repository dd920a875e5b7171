import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

import styles from './index.module.css';

const PATHS = [
  {
    title: 'Learn',
    to: '/docs/intro',
    text: 'How Lambda really works today: the execution environment, invocation models, scaling, security and the numbers that changed since older notes were written.',
  },
  {
    title: 'Estimate',
    to: '/docs/pricing/calculator',
    text: 'Price a design to the cent before you build it: requests, GB-seconds, tiers, the free tier once per account, INIT billing, arm64 against x86.',
  },
  {
    title: 'Playground',
    to: '/docs/playground',
    text: 'Write a handler and watch it behave like Lambda in your browser: cold and warm starts, timeouts, memory, the REPORT line and what each run costs.',
  },
  {
    title: 'Exam prep',
    to: '/docs/exam',
    text: 'SAA-C03 scenario questions with an explanation for every option, the numbers to remember and the traps stale notes still teach.',
  },
];

export default function Home(): ReactNode {
  return (
    <Layout
      title="Learn and price AWS Lambda"
      description="An interactive field guide to AWS Lambda and a cost-estimation toolkit: calculator, memory/CPU mapper, limits checker, handler playground and SAA-C03 exam prep.">
      <main className="container">
        <header className={styles.hero}>
          <Heading as="h1">Lambda Lab</Heading>
          <p className={styles.tagline}>
            An interactive field guide to AWS Lambda, and a toolkit to price a Lambda design before anyone builds it.
          </p>
          <p className={styles.lede}>
            Every number is sourced and dated. Everything runs in your browser, works offline, and has a
            command-line twin (<code>lambda-lab</code>) for your terminal and CI.
          </p>
        </header>
        <nav aria-label="Where to start" className={styles.cards}>
          {PATHS.map((path) => (
            <Link key={path.title} to={path.to} className={styles.card}>
              <Heading as="h2">{path.title}</Heading>
              <p>{path.text}</p>
            </Link>
          ))}
        </nav>
      </main>
    </Layout>
  );
}
