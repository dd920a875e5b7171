import {useEffect, useState} from 'react';
import {newShuffleSeed} from '@site/src/core/quiz/shuffleOptions';

/** A fixed seed during SSR and hydration (same markup on server and client), then a new one per visit. */
export function useSessionSeed(): string {
  const [seed, setSeed] = useState('0');
  useEffect(() => setSeed(newShuffleSeed()), []);
  return seed;
}
