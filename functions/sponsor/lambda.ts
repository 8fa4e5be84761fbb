import { S3Client } from '@aws-sdk/client-s3';
import { handle } from 'hono/aws-lambda';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { configFromEnv, optionalEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { caseStore, escalationStore, tableFromEnv } from '../../shared/runtime/table-adapters';
import { createSponsorApp } from '../intake/app';

// Sponsors' signed links (`/ack/{token}`) and the digest's web view
// (`/digest/{week}`), apart from the employee-facing intake: this function
// alone may change escalations from the web, and it holds no pepper, no
// queue and no Twilio token.
const config = configFromEnv();
const table = tableFromEnv();
const digestBucket = optionalEnv(ENV.digestBucket);
const linkSigningKey = secretFromEnv('linkSigningKey');

export const handler = lambdaEntry('sponsor', async ({ logger, metrics }) => {
  const key = await linkSigningKey();
  return handle(
    createSponsorApp({
      config,
      cases: caseStore(table),
      clock: table.clock,
      logger,
      metrics,
      escalations: { store: escalationStore(table), linkSigningKey: key },
      // Without the bucket every digest link is refused.
      digests: digestBucket
        ? { archive: new S3DigestArchive(new S3Client({}), digestBucket), linkSigningKey: key }
        : undefined,
    }),
  );
});
