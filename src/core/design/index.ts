/** Lambda Lab's design estimator: template + usage → the whole monthly bill. Pure: no DOM, no Node. */
export {readDesign, type Design, type DesignResource, type DesignFunction, type ResourceStatus} from './readDesign.ts';
export {readUsage, EMPTY_USAGE, type UsageFile} from './readUsage.ts';
export {estimateDesign, type DesignEstimate, type DesignLine, type DesignOptions, type ResourceSummary} from './estimateDesign.ts';
export {lambdaShareText, totalLeavesOut} from './totalCaveats.ts';
export {usageTemplate} from './usageTemplate.ts';
export {diffEstimates, exceedsThreshold, type EstimateDiff, type DiffRow} from './diffEstimates.ts';
export {usageKeysFor, DATA_TRANSFER_ID} from './usageKeys.ts';
export {designToCsv, designToJson, designToMarkdown} from './exportDesign.ts';
export {formatUsage} from './formatUsage.ts';
export {DESIGN_PRESETS, type DesignPreset} from './presets.ts';
