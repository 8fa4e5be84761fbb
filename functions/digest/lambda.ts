import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { DynamoDbDigestDeliveries } from '../../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../../shared/adapters/aws/dynamodb-digest-snapshots';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { systemClock } from '../../shared/ports/clock';
import type { DigestRun } from '../../shared/use-cases/publish-digest';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { createDigestHandler, type DigestEvent } from './handler';
import { once } from '../../shared/runtime/once';
import { secretString } from '../../shared/runtime/secret-string';
import { sesMailerFromEnv } from '../../shared/runtime/ses-mailer-from-env';

// Created once per execution environment, reused across invocations.
const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const tableName = requireEnv('TABLE_NAME');
const bucket = requireEnv('DIGEST_BUCKET');
const publicUrl = requireEnv('PUBLIC_URL');
const linkSigningKeySecretArn = requireEnv('LINK_SIGNING_KEY_SECRET_ARN');
const logger = new Logger({ serviceName: 'digest' });
const metrics = new PowertoolsMetrics('digest');

const digestHandler = once(async () => {
  const linkSigningKey = await secretString(linkSigningKeySecretArn, 'link-signing key');
  return createDigestHandler({
    config,
    figures: new DynamoDbWeeklyFigures(documents, tableName, systemClock),
    verbatims: new DynamoDbVerbatimCandidates(documents, tableName, systemClock),
    escalations: new DynamoDbEscalationStore(documents, tableName, systemClock),
    archive: new S3DigestArchive(new S3Client({}), bucket),
    deliveries: new DynamoDbDigestDeliveries(documents, tableName),
    snapshots: new DynamoDbDigestSnapshots(documents, tableName),
    mailer: sesMailerFromEnv(config.mail.from),
    clock: systemClock,
    linkSigningKey,
    publicUrl,
    logger,
    metrics,
  });
});

export async function handler(event: DigestEvent, context: Context): Promise<DigestRun> {
  try {
    return await (await digestHandler())(event, context);
  } finally {
    metrics.flush();
  }
}
