import React from 'react';
import {encodeCalculatorHash, type CalculatorState} from '@site/src/core/calculator/calculatorState';
import type {FunctionUsage, PricingOptions} from '@site/src/core/pricing/types';

interface Props {
  readonly fn: FunctionUsage;
  readonly options?: PricingOptions;
  readonly children: React.ReactNode;
}

/**
 * "Try it" on a pricing page: opens the calculator with the page's example filled in. The state
 * travels in the URL hash (#calc=…), the calculator's own share-link format, so nothing is sent
 * anywhere and the reader can change the numbers from there. A plain <a>, because the hash is
 * state rather than a heading anchor for the build's link checker.
 */
export default function TryInCalculator({fn, options = {freeTier: true}, children}: Props): React.JSX.Element {
  const state: CalculatorState = {fn, options, bill: []};
  return (
    <a className="button button--sm button--primary" href={`/docs/pricing/calculator${encodeCalculatorHash(state)}`} data-try-it>
      {children}
    </a>
  );
}
