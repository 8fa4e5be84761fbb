// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { S3Client } from '@aws-sdk/client-s3';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { sesMailerFromEnv } from '../../shared/runtime/ses-mailer-from-env';
import {
  digestDeliveries,
  digestSnapshots,
  escalationStore,
  legalClocks,
  verbatimCandidates,
  weeklyFigures,
} from '../../shared/runtime/table-adapters';
import { tableEntry } from '../../shared/runtime/table-entry';
import { createDigestHandler } from './handler';

const bucket = requireEnv(ENV.digestBucket);
const publicUrl = requireEnv(ENV.publicUrl);
const linkSigningKey = secretFromEnv('linkSigningKey');

export const handler = tableEntry('digest', async ({ config, table, logger, metrics }) =>
  createDigestHandler({
    config,
    figures: weeklyFigures(table),
    verbatims: verbatimCandidates(table),
    escalations: escalationStore(table),
    clocks: legalClocks(table),
    archive: new S3DigestArchive(new S3Client({}), bucket),
    deliveries: digestDeliveries(table),
    snapshots: digestSnapshots(table),
    mailer: sesMailerFromEnv(config.mail.from),
    clock: table.clock,
    // Fetched by each run beside its reads (Powertools keeps it an hour), not before the handler is built.
    linkSigningKey,
    publicUrl,
    logger,
    metrics,
  }),
);
