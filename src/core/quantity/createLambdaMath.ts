import {create, createUnitDependencies, unitDependencies, type FactoryFunctionMap, type MathJsInstance} from 'mathjs';

/**
 * A small mathjs instance: units and their conversions only (about 70 KB gz; the full library is
 * 190 KB, and the expression parser alone adds ~21 KB that typed quantities do not need). It is
 * only ever loaded through loadQuantityParser's dynamic import in the browser, so no page pays for
 * it before the first edit.
 *
 * One convention is fixed here: a month is 730 hours, as AWS's calculators use (mathjs's own month
 * is 730.5 h). Lambda's binary MB/GB are handled by the parser (it maps MB → MiB before converting).
 */
export function createLambdaMath(): MathJsInstance {
  // mathjs types its *Dependencies exports as possibly undefined; they are always defined at runtime.
  const factories = {unitDependencies, createUnitDependencies} as Record<string, FactoryFunctionMap>;
  const math = create(factories, {number: 'number'});
  math.createUnit('month', '730 hour', {override: true});
  return math;
}
