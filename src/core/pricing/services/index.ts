/** Every service pricer's model, by key (the design estimator pools meters across all of them). */
import {apiGatewayModel} from './apiGateway.ts';
import {cloudWatchLogsModel} from './cloudWatchLogs.ts';
import {dataTransferModel} from './dataTransfer.ts';
import {dynamoDbModel} from './dynamodb.ts';
import {eventBridgeModel} from './eventBridge.ts';
import {loadBalancerModel} from './loadBalancer.ts';
import {s3Model} from './s3.ts';
import {secretsModel} from './secrets.ts';
import {snsModel} from './sns.ts';
import {sqsModel} from './sqs.ts';
import {stepFunctionsModel} from './stepFunctions.ts';
import type {ServiceModel} from './types.ts';
import {vpcModel} from './vpc.ts';
import {xrayModel} from './xray.ts';

export const SERVICE_MODELS: Readonly<Record<string, ServiceModel>> = Object.fromEntries(
  [apiGatewayModel, cloudWatchLogsModel, dataTransferModel, dynamoDbModel, eventBridgeModel, loadBalancerModel, s3Model, secretsModel, snsModel, sqsModel, stepFunctionsModel, vpcModel, xrayModel].map((model) => [model.key, model as ServiceModel]),
);
export {priceMeters} from './priceMeters.ts';
export type * from './types.ts';
