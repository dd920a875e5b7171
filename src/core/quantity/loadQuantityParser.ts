import type {QuantityParser} from './types.ts';

let loading: Promise<QuantityParser> | undefined;

/**
 * Loads mathjs and builds the quantity parser on first use (a dynamic import, so pages carry no
 * mathjs until someone edits an input). Later calls share the same promise.
 */
export function loadQuantityParser(): Promise<QuantityParser> {
  loading ??= Promise.all([import('./createLambdaMath.ts'), import('./createQuantityParser.ts')]).then(([mathModule, parserModule]) =>
    parserModule.createQuantityParser(mathModule.createLambdaMath()),
  );
  return loading;
}
