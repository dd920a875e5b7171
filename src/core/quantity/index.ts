/** Quantity parsing. Import createLambdaMath only from Node code or lazily; browsers use loadQuantityParser. */
export {loadQuantityParser} from './loadQuantityParser.ts';
export {HOURS_PER_MONTH, type QuantityParser} from './types.ts';
