import {
  addDependencies,
  create,
  createUnitDependencies,
  divideDependencies,
  evaluateDependencies,
  multiplyDependencies,
  powDependencies,
  subtractDependencies,
  toDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  unitDependencies,
  type FactoryFunctionMap,
  type MathJsInstance,
} from 'mathjs';

/**
 * A small mathjs instance: the expression parser, units and arithmetic only (about 93 KB gz
 * instead of 190 KB for the full library). It is only ever loaded through loadQuantityParser's
 * dynamic import in the browser, so no page pays for it before the first edit.
 *
 * Two conventions are fixed here:
 * - a month is 730 hours, as AWS's calculators use (mathjs's own month is 730.5 h);
 * - `req` is a unit for counts, so "100 req/s to req/month" is a plain unit conversion.
 * Lambda's binary MB/GB are handled by the parser (it maps MB → MiB before evaluating).
 */
export function createLambdaMath(): MathJsInstance {
  // mathjs types its *Dependencies exports as possibly undefined; they are always defined at runtime.
  const factories = {
      evaluateDependencies,
      unitDependencies,
      createUnitDependencies,
      toDependencies,
      addDependencies,
      subtractDependencies,
      multiplyDependencies,
      divideDependencies,
      powDependencies,
      unaryMinusDependencies,
      unaryPlusDependencies,
  } as Record<string, FactoryFunctionMap>;
  const math = create(factories, {number: 'number'});
  math.createUnit('month', '730 hour', {override: true});
  math.createUnit('req', {aliases: ['reqs', 'request', 'requests', 'invocation', 'invocations', 'event', 'events']});
  return math;
}
