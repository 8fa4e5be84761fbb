/**
 * AWS list prices used by `npm run bench`'s cost per 1,000 submissions, in
 * US dollars, for us-east-1, on-demand, without free tiers. As listed on
 * AWS's public pricing pages when last reviewed (the date below); they change
 * and differ by Region, so check them before quoting a figure.
 */
export const AWS_PRICES = {
  reviewed: '2026-11-30',
  region: 'us-east-1',
  /** API Gateway HTTP API, per request (first 300 million a month). */
  apiRequest: 1.0 / 1_000_000,
  /** Lambda on arm64: per GB-second, and per request. */
  lambdaGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1_000_000,
  /** DynamoDB on-demand: per write request unit and per read request unit. */
  dynamoDbWriteUnit: 0.625 / 1_000_000,
  dynamoDbReadUnit: 0.125 / 1_000_000,
  /** SQS standard queue, per request (each 64 KB of payload is one). */
  sqsRequest: 0.4 / 1_000_000,
  /** SES, per email sent (outbound, per message). */
  sesEmail: 0.1 / 1_000,
  /** Amazon Comprehend, per unit of 100 characters (at least 3 per document per request), sentiment, key phrases, language and PII alike, first 10 million units. */
  comprehendUnit: 0.0001,
} as const;
