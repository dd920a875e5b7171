/** Example inputs for the "Load an example" buttons: each shows several rules at work. */
export const EXAMPLES = {
  sam: `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
  WorkerMemory:
    Type: Number
    Default: 1024
Globals:
  Function:
    Runtime: python3.13
    Timeout: 30
    Architectures: [arm64]
Resources:
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60
  ApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.api
      Environment:
        Variables:
          TABLE: !Sub '\${AWS::StackName}-orders'
      Events:
        Get:
          Type: Api
          Properties: {Path: /orders, Method: get}
  WorkerFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.worker
      MemorySize: !Ref WorkerMemory
      Events:
        Orders:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
            BatchSize: 10
`,
  serverless: `service: thumbnails
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
functions:
  rewrite:
    handler: edge.handler
    timeout: 10
    environment:
      SECRET: abc
    events:
      - cloudFront:
          eventType: viewer-request
`,
  cli: `aws lambda create-function --function-name CreateThumbnail \\
  --zip-file fileb://function.zip --handler index.handler \\
  --runtime nodejs12.x --timeout 10 --memory-size 1024 \\
  --role arn:aws:iam::123456789012:role/lambda-s3 \\
  --environment "Variables={BUCKET=thumbs}" \\
  --snap-start ApplyOn=PublishedVersions
`,
} as const;

export type ExampleId = keyof typeof EXAMPLES;
