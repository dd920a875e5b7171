/** The worked examples of "What a Lambda design really costs", priced live on the site and in tests. */
export interface DesignPreset {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly usage: string;
}

const HTTP_API = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: HTTP API + Lambda + DynamoDB
Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      MemorySize: 1024
      Events:
        Api:
          Type: HttpApi
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
      KeySchema: [{AttributeName: id, KeyType: HASH}]
`;

const HTTP_API_USAGE = `version: 0.1
resource_usage:
  OrdersFunction:
    monthly_requests: 20000000   # about 7.6 requests a second
    request_duration_ms: 120
    monthly_data_ingested_gb: 10
  OrdersTable:
    monthly_write_request_units: 5000000
    monthly_read_request_units: 20000000
    storage_gb: 10
`;

const SQS_WORKER = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: An SQS queue and the worker that drains it
Resources:
  JobsQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      MemorySize: 512
      Timeout: 10
      Events:
        Jobs:
          Type: SQS
          Properties:
            Queue: !GetAtt JobsQueue.Arn
            BatchSize: 10
`;

const SQS_WORKER_USAGE = `version: 0.1
resource_usage:
  JobsQueue:
    monthly_requests: 13000000   # 10M sends + receives, deletes and empty long polls
  Worker:
    monthly_requests: 1000000    # 10M messages in batches of 10
    request_duration_ms: 2000
    monthly_data_ingested_gb: 3
`;

const VPC_NAT = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: A VPC function that reaches the internet through a NAT gateway
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: 10.0.0.0/16}
  PrivateSubnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}
  PublicSubnet:
    Type: AWS::EC2::Subnet
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}
  NatGateway:
    Type: AWS::EC2::NatGateway
    Properties: {SubnetId: !Ref PublicSubnet, ConnectivityType: private}
  FunctionSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: {GroupDescription: function, VpcId: !Ref Vpc}
  Fetcher:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      MemorySize: 1024
      VpcConfig:
        SubnetIds: [!Ref PrivateSubnet]
        SecurityGroupIds: [!Ref FunctionSecurityGroup]
`;

const VPC_NAT_USAGE = `version: 0.1
resource_usage:
  Fetcher:
    monthly_requests: 5000000
    request_duration_ms: 200
    monthly_data_ingested_gb: 2
    monthly_nat_data_processed_gb: 300   # calls to a third-party API and to S3 without an endpoint
`;

export const DESIGN_PRESETS: readonly DesignPreset[] = [
  {id: 'http-api', title: 'HTTP API + Lambda + DynamoDB + logs', template: HTTP_API, usage: HTTP_API_USAGE},
  {id: 'sqs-worker', title: 'An SQS worker', template: SQS_WORKER, usage: SQS_WORKER_USAGE},
  {id: 'vpc-nat', title: 'A VPC function behind a NAT gateway', template: VPC_NAT, usage: VPC_NAT_USAGE},
];
