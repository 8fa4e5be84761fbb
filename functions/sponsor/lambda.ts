import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createSponsorApp } from '../intake/app';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { once } from '../../shared/runtime/once';
import { secretString } from '../../shared/runtime/secret-string';

// Sponsors' signed links (`/ack/{token}`) and the digest's web view
// (`/digest/{week}`), apart from the employee-facing intake: this function
// alone may change escalations from the web, and it holds no pepper, no
// queue and no Twilio token.
const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const tableName = requireEnv('TABLE_NAME');
const linkSigningKeySecretArn = requireEnv('LINK_SIGNING_KEY_SECRET_ARN');
const digestBucket = process.env.DIGEST_BUCKET;
const logger = new Logger({ serviceName: 'sponsor' });
const metrics = new PowertoolsMetrics('sponsor');

// The link-signing key is fetched once, on the first request of an execution environment.
const app = once(async () => {
  const linkSigningKey = await secretString(linkSigningKeySecretArn, 'link-signing key');
  return handle(
    createSponsorApp({
      config,
      cases: new DynamoDbCaseStore(documents, tableName, systemClock),
      clock: systemClock,
      logger,
      metrics,
      escalations: { store: new DynamoDbEscalationStore(documents, tableName, systemClock), linkSigningKey },
      // Without the bucket every digest link is refused.
      digests: digestBucket ? { archive: new S3DigestArchive(new S3Client({}), digestBucket), linkSigningKey } : undefined,
    }),
  );
});

export async function handler(event: LambdaEvent, context: Context) {
  try {
    return await (await app())(event, context);
  } finally {
    metrics.flush();
  }
}
