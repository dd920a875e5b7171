/** AWS pages that many facts cite. One place, so a moved page is fixed once. */
export const SOURCES = {
  pricing: 'https://aws.amazon.com/lambda/pricing/',
  priceListApi: 'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSLambda/current/index.json',
  quotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  memory: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  timeout: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  ephemeralStorage: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
  scaling: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
  reservedConcurrency: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  invokeApi: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
  createFunctionApi: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
  tieredPricingBlog: 'https://aws.amazon.com/blogs/compute/introducing-tiered-pricing-for-aws-lambda/',
  initBillingBlog: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
} as const;
