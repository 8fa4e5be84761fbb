// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { S3Client } from '@aws-sdk/client-s3';
import { handle } from 'hono/aws-lambda';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbLegalClocks } from '../../shared/adapters/aws/dynamodb-legal-clocks';
import { DynamoDbSentEmails } from '../../shared/adapters/aws/dynamodb-sent-emails';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { configFromEnv, optionalEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { sesMailerFromEnv } from '../../shared/runtime/ses-mailer-from-env';
import { tableFromEnv } from '../../shared/runtime/table';
import { createSponsorApp } from './app';

// Sponsors' signed links (`/ack/{token}`), their case desks (`/desk/{token}`)
// and the digest's web view (`/digest/{week}`), apart from the employee-facing intake: this function
// alone may change escalations from the web, and it holds no pepper, no
// queue and no Twilio token.
// Adapters built here, not through shared/runtime/table-adapters, whose import
// evaluates every adapter module (and their zod schemas) at each cold start.
const config = configFromEnv();
const table = tableFromEnv();
const digestBucket = optionalEnv(ENV.digestBucket);
const linkSigningKey = secretFromEnv('linkSigningKey');

export const handler = lambdaEntry('sponsor', async ({ logger, metrics }) => {
  const key = await linkSigningKey();
  const escalations = new DynamoDbEscalationStore(table.documents, table.name, table.clock);
  return handle(
    createSponsorApp({
      config,
      cases: new DynamoDbCaseStore(table.documents, table.name, table.clock),
      clock: table.clock,
      logger,
      metrics,
      escalations: { store: escalations, linkSigningKey: key, routing: escalations },
      threads: new DynamoDbCaseThread(table.documents, table.name, table.clock),
      clocks: new DynamoDbLegalClocks(table.documents, table.name, table.clock),
      // Sponsors' case desks; a hand-over emails whoever takes the case. Without PUBLIC_URL, its links use the URL the desk was opened on.
      desk: {
        store: new DynamoDbCaseDesk(table.documents, table.name, escalations),
        mailer: sesMailerFromEnv(config.mail.from),
        sentEmails: new DynamoDbSentEmails(table.documents, table.name, table.clock),
        publicUrl: optionalEnv(ENV.publicUrl) ?? '',
      },
      // Without the bucket every digest link is refused.
      digests: digestBucket
        ? { archive: new S3DigestArchive(new S3Client({}), digestBucket), linkSigningKey: key }
        : undefined,
    }),
  );
});
