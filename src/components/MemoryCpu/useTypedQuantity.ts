import {useEffect, useState} from 'react';
import {simpleQuantities} from '@site/src/core/cpu';
import {fail, ok, type Result} from '@site/src/core/result';
import {loadQuantityParser} from '@site/src/core/quantity/loadQuantityParser';

export type QuantityKind = 'memoryMB' | 'durationMs' | 'monthlyCount';

/**
 * Reads a typed quantity ("1.5 GB", "800 ms", "250k/day"). Plain forms are read at once by a
 * small reader, so dragging and typing never wait; anything else loads the calculator's mathjs
 * parser on first use (a lazy chunk) and takes its answer and its error message.
 * @returns the result, or null while the parser loads
 */
export function useTypedQuantity(kind: QuantityKind, text: string, field: string, check: (value: number) => Result<number> = ok): Result<number> | null {
  const fast = simpleQuantities[kind](text, field);
  const [slow, setSlow] = useState<{text: string; result: Result<number>} | null>(null);
  useEffect(() => {
    if (fast.ok) return undefined;
    let current = true;
    loadQuantityParser().then(
      (parser) => current && setSlow({text, result: parser[kind](text, field)}),
      () => current && setSlow({text, result: fail(`${field}: the unit reader failed to load; type a plain value like 1024 MB or 800 ms.`)}),
    );
    return () => {
      current = false;
    };
  }, [kind, text, field, fast.ok]);
  if (fast.ok) return check(fast.value);
  if (slow?.text !== text) return null;
  return slow.result.ok ? check(slow.result.value) : slow.result;
}
