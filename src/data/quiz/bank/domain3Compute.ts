/**
 * Question bank, domain 3 (Design High-Performing Architectures), task statements 3.2 and 3.4:
 * sizing and starting functions, choosing the compute mode, and the network path in front.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_3_COMPUTE: readonly QuizQuestion[] = [
  question({
    id: 'd3-concurrency-littles-law',
    domain: 3, taskStatement: '3.2',
    stem: 'An API receives a steady 2,000 requests per second and each invocation takes 300 ms on average. About how much concurrency does the function need, and does it fit the default account quota?',
    options: [
      wrong('2,000; it exceeds the default quota of 1,000.', 'Concurrency is requests per second times duration, not requests per second.'),
      wrong('6,000; a quota increase is needed.', '2,000 × 0.3 s is 600, not 6,000.'),
      right('About 600; it fits within the default 1,000, leaving headroom for other functions and spikes.', 'Concurrency ≈ rate × average duration = 2,000/s × 0.3 s = 600.'),
      wrong('About 7; each environment handles 300 requests per second.', 'An on-demand environment serves one request at a time.'),
    ],
    learnMore: '/docs/scaling/concurrency', source: S.concurrency, asOf: CHECKED,
  }),
  question({
    id: 'd3-scaling-time-to-5000',
    domain: 3, taskStatement: '3.2',
    stem: 'A function with no provisioned concurrency suddenly needs 5,000 concurrent environments (the account quota was raised to 10,000). Roughly how soon can Lambda provide them, and what removes the ramp?',
    options: [
      wrong('Instantly; Lambda has no scaling rate limit.', 'Each function scales by 1,000 execution environments every 10 seconds.'),
      right('In about 50 seconds at 1,000 execution environments every 10 seconds; provisioned concurrency set in advance avoids the ramp.', 'Pre-initialised environments are ready before the spike arrives.'),
      wrong('In about 10 minutes at 500 per minute after an initial burst of 3,000.', 'That was the account-level burst model before late 2023.'),
      wrong('Never; a single function is capped at 1,000 environments.', 'A function can scale up to the account\'s concurrency quota.'),
    ],
    learnMore: '/docs/scaling/concurrency-simulator', source: S.scaling, asOf: CHECKED,
    staleTrap: 'Until late 2023 Lambda scaled with an account-level burst (500–3,000) and then 500 per minute; since then each function scales by 1,000 environments every 10 seconds.',
  }),
  question({
    id: 'd3-snapstart-java-spiky',
    domain: 3, taskStatement: '3.2',
    stem: 'A Java 21 Spring Boot function behind an API has 6-second cold starts. Traffic is spiky and unpredictable, and the team wants a big cold-start improvement without paying for idle capacity. What should they enable first?',
    options: [
      wrong('Provisioned concurrency sized for peak.', 'It removes cold starts but bills for the environments all the time.'),
      wrong('More memory alone.', 'It helps somewhat but does not avoid the framework start-up.'),
      wrong('A scheduled ping every 5 minutes.', 'It keeps one environment warm, not the many a spike needs.'),
      right('Lambda SnapStart on a published version.', 'Lambda restores a snapshot of the initialised environment; for Java managed runtimes there is no extra SnapStart charge.'),
    ],
    learnMore: '/docs/newer-features/snapstart-streaming-and-new-modes', source: S.snapStart, asOf: CHECKED,
  }),
  question({
    id: 'd3-no-gpu-lambda',
    domain: 3, taskStatement: '3.2',
    stem: 'A team wants to run GPU-accelerated image-generation inference on demand, a few minutes per request. Which statement is correct?',
    options: [
      right('Lambda does not offer GPUs; use a GPU instance (EC2, SageMaker, or AWS Batch on GPU instances) and trigger it from Lambda or a queue if needed.', 'Lambda provides CPU, memory and ephemeral storage only.'),
      wrong('Set the function memory to 10,240 MB to get a GPU.', 'Memory adds vCPUs, not GPUs.'),
      wrong('Use a container image with CUDA libraries.', 'The libraries need GPU hardware Lambda does not provide.'),
      wrong('Enable SnapStart to load the GPU driver faster.', 'There is no GPU to load.'),
    ],
    learnMore: '/docs/basics/when-not-to-use-lambda', source: B.ec2AcceleratedComputing, asOf: CHECKED,
  }),
  question({
    id: 'd3-managed-instances-steady',
    domain: 3, taskStatement: '3.2',
    stem: 'A high-throughput, steady API already runs on Lambda. The team wants to keep the Lambda programming model but run on specific Graviton compute-optimised EC2 instance types, with no cold starts and EC2 pricing discounts. Which option fits?',
    options: [
      wrong('Provisioned concurrency on arm64.', 'It keeps environments warm but still on standard Lambda capacity and pricing.'),
      wrong('Rewrite the service for ECS on Fargate.', 'Possible, but it drops the Lambda model the team wants to keep.'),
      right('Lambda Managed Instances with a capacity provider that allows those instance types.', 'Managed Instances run functions on EC2 capacity Lambda manages, with EC2 pricing options and no per-request cold starts.'),
      wrong('Lambda@Edge.', 'Edge functions run at CloudFront locations with tighter limits.'),
    ],
    learnMore: '/docs/newer-features/snapstart-streaming-and-new-modes', source: B.managedInstances, asOf: CHECKED,
  }),
  question({
    id: 'd3-managed-instances-thread-safety',
    domain: 3, taskStatement: '3.2',
    stem: 'A function moved to Lambda Managed Instances starts returning other users\' data under load. Its code keeps the current request\'s user in a module-level variable. Why does this break now?',
    options: [
      wrong('Managed Instances share /tmp between functions.', 'The failure is in memory, within one function.'),
      wrong('Managed Instances do not support environment variables.', 'Unrelated to the bug.'),
      wrong('The capacity provider is in the wrong VPC.', 'Network placement does not mix up request data.'),
      right('Execution environments on Managed Instances handle several requests at once (multi-concurrency), so per-request state in globals is shared between concurrent requests.', 'Code must be safe for concurrent requests; keep request data in local scope.'),
    ],
    learnMore: '/docs/lifecycle/state-and-sessions', source: B.managedInstances, asOf: CHECKED,
  }),
  question({
    id: 'd3-extension-overhead',
    domain: 3, taskStatement: '3.2',
    stem: 'After adding a third-party monitoring extension, a function\'s billed duration rose by about 40 ms per invocation even though the handler is unchanged. What is the most likely reason?',
    options: [
      wrong('Extensions are billed at a higher rate per GB-second.', 'Extensions share the function\'s memory and rate.'),
      right('The external extension does work after the handler returns (for example flushing telemetry), and that time is part of the billed invocation.', 'Extensions run in the same environment and can extend the invoke phase; choose efficient extensions or batch their work.'),
      wrong('Extensions disable the INIT phase.', 'They add to INIT; they do not disable it.'),
      wrong('Extensions force the function into a VPC.', 'They do not change network configuration.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: B.extensions, asOf: CHECKED,
  }),
  question({
    id: 'd3-kinesis-enhanced-fan-out',
    domain: 3, taskStatement: '3.5',
    stem: 'Five Lambda consumers read the same Kinesis stream and they increasingly see read throttling and rising latency, because they share each shard\'s 2 MB/s read throughput. What improves their performance?',
    options: [
      wrong('Set the batch size to 10,000 on all five.', 'Bigger batches do not add read throughput per shard.'),
      wrong('Enable SnapStart on the consumers.', 'The bottleneck is the stream read, not start-up.'),
      right('Register the consumers with enhanced fan-out, so each gets its own 2 MB/s per shard pushed over HTTP/2.', 'Enhanced fan-out gives dedicated throughput per consumer and lower propagation delay.'),
      wrong('Reduce the stream\'s retention period.', 'Retention does not affect read throughput.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.kinesisEnhancedFanOut, asOf: CHECKED,
  }),
  question({
    id: 'd3-sqs-esm-provisioned-mode',
    domain: 3, taskStatement: '3.2',
    stem: 'A queue that is empty most of the day receives bursts of hundreds of thousands of messages, and the team needs the consumer to reach high concurrency within seconds rather than ramping up gradually. Which event source mapping feature addresses this?',
    options: [
      right('Provisioned mode for the SQS event source mapping, with a minimum and maximum number of event pollers.', 'Provisioned pollers are ready in advance and scale faster than the default on-demand polling.'),
      wrong('A larger visibility timeout.', 'It affects redelivery, not how quickly pollers scale.'),
      wrong('A FIFO queue.', 'FIFO scales by message group and is usually slower to fan out.'),
      wrong('Reserved concurrency of 0.', 'That stops the function entirely.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.esmProvisionedMode, asOf: CHECKED,
  }),
  question({
    id: 'd3-api-gateway-cache',
    domain: 3, taskStatement: '3.4',
    stem: 'A REST API serves a product catalogue that changes hourly. Every GET invokes a function that reads DynamoDB, and latency at peak is too high. What improves latency and reduces invocations most simply?',
    options: [
      wrong('Increase function memory to the maximum.', 'It speeds each invocation a little but every request still invokes it.'),
      wrong('Add provisioned concurrency.', 'It removes cold starts but not the per-request work.'),
      wrong('Switch the table to provisioned capacity.', 'Capacity mode does not reduce the number of reads.'),
      right('Enable API Gateway stage caching for the GET methods with a TTL that matches the data\'s freshness.', 'Cached responses return without invoking the function.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiCaching, asOf: CHECKED,
  }),
  question({
    id: 'd3-cloudfront-global-api',
    domain: 3, taskStatement: '3.4',
    stem: 'A Regional API in us-east-1 serves users worldwide. Most responses can be cached for 60 seconds, and Asian users complain about latency. What improves their experience with the least change?',
    options: [
      wrong('Move the function to ap-southeast-1 only.', 'It helps Asia and hurts everyone else.'),
      right('Put a CloudFront distribution in front of the API with a 60-second cache policy.', 'Edge locations serve cached responses near users and keep connections to the origin warm.'),
      wrong('Increase the function\'s memory.', 'The latency is mostly network distance.'),
      wrong('Enable X-Ray.', 'It measures latency; it does not reduce it.'),
    ],
    learnMore: '/docs/edge/lambda-at-edge', source: B.apiEndpointTypes, asOf: CHECKED,
  }),
  question({
    id: 'd3-regional-vs-edge-endpoint',
    domain: 3, taskStatement: '3.4',
    stem: 'All clients of an internal-facing REST API run in the same Region as the API. The API was created as edge-optimized by default. Which endpoint type is the better fit?',
    options: [
      wrong('Edge-optimized, because CloudFront always lowers latency.', 'For same-Region clients, the detour through an edge location adds latency.'),
      wrong('Private, because all clients are in AWS.', 'Private APIs need VPC endpoints and are only reachable from VPCs; the scenario says internal-facing in the Region, not VPC-only.'),
      right('Regional, which serves same-Region clients directly and lets you add your own CloudFront distribution if needed.', 'Regional endpoints suit clients in the same Region.'),
      wrong('WebSocket.', 'That is an API type for two-way connections, not an endpoint type.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiEndpointTypes, asOf: CHECKED,
  }),
  question({
    id: 'd3-route53-latency-routing',
    domain: 3, taskStatement: '3.4',
    stem: 'A serverless API is deployed in eu-west-1 and ap-northeast-1 with a shared custom domain. Users should reach whichever Region gives them the lowest latency. What should be configured?',
    options: [
      wrong('A weighted routing policy with 50/50 weights.', 'Weights split traffic randomly, not by latency.'),
      wrong('A single CloudFront distribution with one origin.', 'One origin means one Region.'),
      wrong('Geolocation routing by continent.', 'Location is a proxy for latency; AWS measures latency directly with latency-based routing.'),
      right('Route 53 latency-based routing records pointing at each Region\'s API custom domain.', 'Route 53 answers with the Region that has the lowest measured latency for the user.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.route53Latency, asOf: CHECKED,
  }),
  question({
    id: 'd3-parallel-downstream-calls',
    domain: 3, taskStatement: '3.2',
    stem: 'A Node.js handler calls three independent APIs one after the other (about 200 ms each) before responding. How can its latency be reduced most?',
    options: [
      right('Start the three calls concurrently (for example with Promise.all) and await them together.', 'The handler then waits about as long as the slowest call, not the sum.'),
      wrong('Raise memory to 10,240 MB.', 'The time is spent waiting on the network, not on CPU.'),
      wrong('Use provisioned concurrency.', 'It removes cold starts, not waiting on APIs.'),
      wrong('Move the function into a VPC.', 'It adds no speed and may need a NAT to reach the APIs.'),
    ],
    learnMore: '/docs/functions/handlers-and-context', source: S.bestPractices, asOf: CHECKED,
  }),
  question({
    id: 'd3-container-image-cold-start',
    domain: 3, taskStatement: '3.2',
    stem: 'A team packages a function as a 3 GB container image. Which practice helps its cold starts most?',
    options: [
      wrong('Rebuild the base image from scratch on every deploy.', 'Changing the lower layers defeats Lambda\'s caching of shared image layers.'),
      wrong('Store the image in a public registry outside AWS.', 'Lambda pulls images from Amazon ECR only.'),
      right('Build on a stable AWS base image and put rarely changing dependencies in lower layers, application code on top.', 'Lambda caches and lazily loads image contents; stable, shared lower layers are more likely to be cached.'),
      wrong('Add all test fixtures to the image so nothing is downloaded later.', 'A larger image means more to load.'),
    ],
    learnMore: '/docs/functions/deployment-packages-and-layers', source: S.images, asOf: CHECKED,
  }),
  question({
    id: 'd3-sdk-timeouts-shorter',
    domain: 3, taskStatement: '3.2',
    stem: 'A function with a 10-second timeout sometimes hangs on a slow downstream call and is killed by Lambda, leaving no useful error in the logs and retrying the whole event. What is the better practice?',
    options: [
      wrong('Raise the function timeout to 15 minutes.', 'Hangs then cost more and still fail.'),
      right('Set connect and request timeouts on the SDK or HTTP client shorter than the function timeout, and handle the error in code.', 'The function can log, clean up and return a meaningful failure before Lambda stops it.'),
      wrong('Remove the timeout on the HTTP client.', 'That makes the hang last until the function timeout.'),
      wrong('Enable provisioned concurrency.', 'Start-up is not the problem.'),
    ],
    learnMore: '/docs/configuration/timeout-storage-architecture', source: S.timeout, asOf: CHECKED,
  }),
  question({
    id: 'd3-bundle-smaller-init',
    domain: 3, taskStatement: '3.2',
    stem: 'A Node.js function zip contains the whole node_modules folder (120 MB unzipped) and imports several large libraries it rarely uses. Cold starts take 1.5 seconds. Which changes help most? (Choose two.)',
    options: [
      right('Bundle and tree-shake the code (for example with esbuild) so only the modules actually used are shipped.', 'Less code to load and parse during INIT.'),
      wrong('Move node_modules into /tmp at run time.', 'Copying at run time makes the cold start slower.'),
      right('Import rarely used libraries lazily, inside the code path that needs them.', 'INIT only loads what every invocation needs.'),
      wrong('Increase the timeout.', 'Timeout does not affect start-up.'),
      wrong('Add the libraries as five separate layers.', 'Layers are extracted into the same environment; the code still loads.'),
    ],
    learnMore: '/docs/lifecycle/cold-and-warm-starts', source: S.bestPractices, asOf: CHECKED,
  }),
  question({
    id: 'd3-power-tuning',
    domain: 3, taskStatement: '3.2',
    stem: 'A team must choose a memory setting for a new CPU-heavy function that balances speed and cost, based on measurements rather than guesses. What is the most direct approach?',
    options: [
      wrong('Always use 128 MB, the cheapest setting.', 'A CPU-bound function at 128 MB can run so long that it costs more.'),
      wrong('Always use the maximum, 10,240 MB.', 'Beyond the point where the code stops getting faster, extra memory only costs more.'),
      wrong('Pick the setting with the lowest price per GB-second.', 'The price per GB-second is the same at every memory size.'),
      right('Run the function at several memory sizes with a representative payload (for example with AWS Lambda Power Tuning) and compare duration and cost.', 'Duration shrinks with more CPU until it stops; the curve shows the best setting.'),
    ],
    learnMore: '/docs/configuration/memory-and-cpu', source: S.memory, asOf: CHECKED,
  }),
];
