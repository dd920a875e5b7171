/** HTTP front doors: API Gateway (REST, HTTP, WebSocket, authorizers), Function URLs, ALB, CloudFront. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';

/** The full `requestContext.identity` API Gateway sends (REST API and REQUEST authorizers); unset values are null. */
const restIdentity = {
  accessKey: null, accountId: null, apiKey: null, apiKeyId: null, caller: null, clientCert: null,
  cognitoAuthenticationProvider: null, cognitoAuthenticationType: null, cognitoIdentityId: null, cognitoIdentityPoolId: null,
  principalOrgId: null, sourceIp: '203.0.113.10', user: null, userAgent: 'curl/8.5.0', userArn: null,
};

const v2Context = (domainName: string, apiId: string, routeKey: string) => ({
  accountId: '123456789012', apiId, domainName, domainPrefix: apiId,
  http: {method: 'POST', path: '/orders', protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'curl/8.5.0'},
  requestId: 'JKJaXmPLvHcESHA=', routeKey, stage: '$default', time: '24/Nov/2026:12:00:00 +0000', timeEpoch: 1764000000000,
});

export const HTTP_EVENTS: readonly EventTemplate[] = [
  {
    id: 'apigateway-aws-proxy', service: 'Amazon API Gateway', name: 'REST API proxy (payload 1.0)', awsType: 'APIGatewayProxyEvent', sam: 'apigateway aws-proxy',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html', asOf: AS_OF,
    fields: [{label: 'Method', path: ['httpMethod']}, {label: 'Path', path: ['path']}, {label: 'Body', path: ['body']}],
    event: {
      resource: '/orders/{id}', path: '/orders/1234', httpMethod: 'POST',
      headers: {'Content-Type': 'application/json', Host: 'abcdef1234.execute-api.us-east-1.amazonaws.com', 'User-Agent': 'curl/8.5.0'},
      multiValueHeaders: {'Content-Type': ['application/json'], Host: ['abcdef1234.execute-api.us-east-1.amazonaws.com'], 'User-Agent': ['curl/8.5.0']},
      queryStringParameters: {verbose: 'true'}, multiValueQueryStringParameters: {verbose: ['true']},
      pathParameters: {id: '1234'}, stageVariables: null,
      requestContext: {
        accountId: '123456789012', apiId: 'abcdef1234', resourceId: 'a1b2c3', stage: 'prod', requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        requestTime: '24/Nov/2026:12:00:00 +0000', requestTimeEpoch: 1764000000000, path: '/prod/orders/1234', resourcePath: '/orders/{id}',
        httpMethod: 'POST', protocol: 'HTTP/1.1', domainName: 'abcdef1234.execute-api.us-east-1.amazonaws.com',
        identity: restIdentity, authorizer: null,
      },
      body: '{"quantity":2}', isBase64Encoded: false,
    },
  },
  {
    id: 'apigateway-http-api-proxy', service: 'Amazon API Gateway', name: 'HTTP API (payload 2.0)', awsType: 'APIGatewayProxyEventV2', sam: 'apigateway http-api-proxy',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html', asOf: AS_OF,
    fields: [{label: 'Route', path: ['routeKey']}, {label: 'Body', path: ['body']}],
    event: {
      version: '2.0', routeKey: 'POST /orders', rawPath: '/orders', rawQueryString: 'verbose=true', cookies: ['session=abc123'],
      headers: {'content-type': 'application/json', host: 'abcdef1234.execute-api.us-east-1.amazonaws.com'},
      queryStringParameters: {verbose: 'true'},
      requestContext: v2Context('abcdef1234.execute-api.us-east-1.amazonaws.com', 'abcdef1234', 'POST /orders'),
      body: '{"quantity":2}', isBase64Encoded: false,
    },
  },
  {
    id: 'function-url', service: 'AWS Lambda', name: 'Function URL request (payload 2.0)', awsType: 'LambdaFunctionURLEvent',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html', asOf: AS_OF,
    fields: [{label: 'Path', path: ['rawPath']}, {label: 'Body', path: ['body']}],
    event: {
      version: '2.0', routeKey: '$default', rawPath: '/orders', rawQueryString: '', headers: {'content-type': 'application/json', host: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-east-1.on.aws'},
      requestContext: {...v2Context('a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-east-1.on.aws', 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6', '$default'), domainPrefix: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'},
      body: '{"quantity":2}', isBase64Encoded: false,
    },
  },
  {
    id: 'apigateway-websocket-message', service: 'Amazon API Gateway', name: 'WebSocket API message', awsType: 'APIGatewayProxyWebsocketEventV2',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-mapping-template-reference.html', asOf: AS_OF,
    fields: [{label: 'Route', path: ['requestContext', 'routeKey']}, {label: 'Body', path: ['body']}],
    event: {
      requestContext: {
        routeKey: 'sendmessage', messageId: 'GXLKJfX4CGYCF5A=', eventType: 'MESSAGE', extendedRequestId: 'GXLKJHE9CGYFa5Q=',
        requestTime: '24/Nov/2026:12:00:00 +0000', messageDirection: 'IN', stage: 'production', connectedAt: 1763999990000, requestTimeEpoch: 1764000000000,
        identity: {sourceIp: '203.0.113.10'}, requestId: 'GXLKJHE9CGYFa5Q=', domainName: 'abcdef1234.execute-api.us-east-1.amazonaws.com',
        connectionId: 'GXLKAfX1iGYCGZA=', apiId: 'abcdef1234',
      },
      body: '{"action":"sendmessage","message":"hello"}', isBase64Encoded: false,
    },
  },
  {
    id: 'apigateway-authorizer', service: 'Amazon API Gateway', name: 'Lambda authorizer (TOKEN)', awsType: 'APIGatewayTokenAuthorizerEvent', sam: 'apigateway authorizer',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html', asOf: AS_OF,
    fields: [{label: 'Token', path: ['authorizationToken']}],
    event: {type: 'TOKEN', authorizationToken: 'allow', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/orders'},
  },
  {
    id: 'apigateway-request-authorizer', service: 'Amazon API Gateway', name: 'Lambda authorizer (REQUEST)', awsType: 'APIGatewayRequestAuthorizerEvent', sam: 'apigateway request-authorizer',
    source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html', asOf: AS_OF,
    fields: [{label: 'Authorization header', path: ['headers', 'Authorization']}],
    event: {
      type: 'REQUEST', methodArn: 'arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/orders', resource: '/orders', path: '/orders', httpMethod: 'GET',
      headers: {Authorization: 'Bearer example-token', Host: 'abcdef1234.execute-api.us-east-1.amazonaws.com'},
      queryStringParameters: {}, pathParameters: {}, stageVariables: {},
      requestContext: {accountId: '123456789012', apiId: 'abcdef1234', httpMethod: 'GET', requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', resourcePath: '/orders', stage: 'prod', identity: restIdentity, path: '/prod/orders', protocol: 'HTTP/1.1', requestTimeEpoch: 1764000000000, resourceId: 'a1b2c3'},
      multiValueHeaders: {Authorization: ['Bearer example-token'], Host: ['abcdef1234.execute-api.us-east-1.amazonaws.com']}, multiValueQueryStringParameters: {},
    },
  },
  {
    id: 'alb-request', service: 'Elastic Load Balancing', name: 'Application Load Balancer request', awsType: 'ALBEvent', sam: 'alb request',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html', asOf: AS_OF,
    fields: [{label: 'Method', path: ['httpMethod']}, {label: 'Path', path: ['path']}, {label: 'Body', path: ['body']}],
    event: {
      requestContext: {elb: {targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/my-target-group/6d0ecf831eec9f09'}},
      httpMethod: 'GET', path: '/', queryStringParameters: {query: '1234ABCD'},
      headers: {accept: 'text/html', host: 'lambda-alb-123578498.us-east-1.elb.amazonaws.com', 'user-agent': 'curl/8.5.0', 'x-forwarded-for': '203.0.113.10', 'x-forwarded-port': '80', 'x-forwarded-proto': 'http'},
      body: '', isBase64Encoded: false,
    },
  },
  {
    id: 'cloudfront-viewer-request', service: 'Amazon CloudFront', name: 'Lambda@Edge viewer request', awsType: 'CloudFrontRequestEvent', 
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html', asOf: AS_OF,
    fields: [{label: 'URI', path: ['Records', 0, 'cf', 'request', 'uri']}, {label: 'Query string', path: ['Records', 0, 'cf', 'request', 'querystring']}],
    event: {Records: [{cf: {
      config: {distributionDomainName: 'd111111abcdef8.cloudfront.net', distributionId: 'EDFDVBD6EXAMPLE', eventType: 'viewer-request', requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='},
      request: {clientIp: '203.0.113.178', headers: {host: [{key: 'Host', value: 'd111111abcdef8.cloudfront.net'}], 'user-agent': [{key: 'User-Agent', value: 'curl/8.5.0'}]}, method: 'GET', querystring: 'size=large', uri: '/picture.jpg'},
    }}]},
  },
];
