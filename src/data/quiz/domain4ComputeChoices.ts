/**
 * Domain 4 (Design Cost-Optimized Architectures), task statement 4.2: choosing between Lambda on
 * demand, provisioned concurrency, Lambda Managed Instances, Fargate and EC2. The correct option
 * sits at a different position in each question.
 */
import {question, right, wrong} from './build.ts';
import {Q_SOURCES as S} from './sources.ts';
import type {QuizQuestion} from './types.ts';

const CHECKED = '2026-12-02';
const LMI_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html';

export const DOMAIN_4_COMPUTE_CHOICE_QUESTIONS: readonly QuizQuestion[] = [
  question({
    id: 'd4-lmi-billing',
    domain: 4, taskStatement: '4.2',
    stem: 'A team moves a steady, high-throughput Lambda function to Lambda Managed Instances on three m7g.xlarge instances. Which charges make up its monthly bill?',
    options: [
      wrong('Requests and GB-seconds of duration, at the on-demand Lambda rates, as before.', 'On Managed Instances there is no GB-second duration charge: the instances are paid for instead.'),
      right('The EC2 instance price of the three instances, a management fee of 15% of their on-demand price, and $0.20 per million requests.', 'Managed Instances bill the EC2 instances, a compute management fee on the EC2 on-demand price and requests at the Lambda rate; no duration charge.'),
      wrong('Only the EC2 instances: Lambda adds nothing when it runs on your instances.', 'Lambda adds the management fee and charges for requests.'),
      wrong('Provisioned concurrency for the environments plus the EC2 instances.', 'Provisioned concurrency is not used on Managed Instances; environments stay warm on the instances.'),
    ],
    learnMore: '/docs/newer-features/compute-choices', source: S.pricing, asOf: CHECKED,
    staleTrap: 'Lambda was always billed per request and GB-second until Managed Instances launched on 2025-11-30.',
  }),
  question({
    id: 'd4-lmi-savings-plans',
    domain: 4, taskStatement: '4.2',
    stem: 'A company already has EC2 Savings Plans and wants to apply them to a Lambda workload. Which option lets the commitment reduce the Lambda workload\'s compute cost?',
    options: [
      wrong('Keep the function on demand: EC2 Instance Savings Plans cover Lambda duration.', 'EC2 Instance Savings Plans do not cover on-demand Lambda; only Compute Savings Plans do, up to 17%.'),
      wrong('Enable provisioned concurrency: it is billed as EC2 capacity.', 'Provisioned concurrency is a Lambda charge, covered only by Compute Savings Plans.'),
      right('Run the function on Lambda Managed Instances: Savings Plans and Reserved Instances apply to the EC2 instances it runs on.', 'Managed Instances run on EC2 instances in the account, so EC2 pricing options reduce the EC2 part; the management fee stays on the on-demand price.'),
      wrong('Move the function to Lambda@Edge.', 'Lambda@Edge has its own rates and no Savings Plans for EC2.'),
    ],
    learnMore: '/docs/newer-features/compute-choices', source: LMI_DOCS, asOf: CHECKED,
  }),
  question({
    id: 'd4-compute-choice-low-traffic',
    domain: 4, taskStatement: '4.2',
    stem: 'An internal API receives about 200,000 requests a month, mostly during office hours, each taking 100 ms. Which compute option is MOST cost-effective?',
    options: [
      wrong('Two EC2 instances behind a load balancer, running all month.', 'Two always-on instances cost far more than 200,000 short invocations, and add patching and scaling work.'),
      wrong('Lambda Managed Instances on the smallest instance type.', 'Managed Instances keep at least three execution environments on instances that run all month: idle capacity is paid for.'),
      wrong('A Fargate service with two tasks for Availability Zone redundancy.', 'Two tasks running all month cost more than the Lambda requests and duration, even before the load balancer.'),
      right('Lambda on demand: it bills only the requests and the milliseconds that run, and this load fits inside the monthly free tier.', '200,000 requests × 0.1 s at 1 GB is 20,000 GB-s, well inside the 1M requests and 400,000 GB-s free each month.'),
    ],
    learnMore: '/docs/newer-features/compute-choices', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-fleet-sizing-peak',
    domain: 4, taskStatement: '4.2',
    stem: 'When comparing Lambda with Fargate for a service whose peak traffic is three times its average, why must the Fargate fleet be sized for the peak rather than the average?',
    options: [
      right('Tasks that exist only for the average would be overloaded at the peak; without autoscaling the peak-sized fleet runs, and is billed, all month.', 'Fargate bills the task size you configure for as long as the tasks run, busy or idle, so idle off-peak capacity is part of its price.'),
      wrong('Fargate bills per request, so the peak sets the price.', 'Fargate bills vCPU-hours and GB-hours of running tasks, not requests.'),
      wrong('Fargate tasks cannot be scaled at all once created.', 'ECS services can scale tasks; the comparison assumes a fixed fleet to stay honest about idle capacity.'),
      wrong('AWS requires Fargate services to reserve three times the average capacity.', 'There is no such requirement.'),
    ],
    learnMore: '/docs/newer-features/compute-choices', source: 'https://aws.amazon.com/fargate/pricing/', asOf: CHECKED,
  }),
];
