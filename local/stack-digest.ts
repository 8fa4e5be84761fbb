import { join } from 'node:path';
import { FileDigestArchive } from '../shared/adapters/local/file-digest-archive';
import type { Config } from '../shared/config/schema';
import type { Clock } from '../shared/ports/clock';
import type { Mailer } from '../shared/ports/mailer';
import {
  digestDeliveries,
  digestSnapshots,
  escalationStore,
  legalClocks,
  type Table,
  verbatimCandidates,
  weeklyFigures,
} from '../shared/runtime/table-adapters';
import { publishDigest, type DigestDeps, type DigestOptions } from '../shared/use-cases/publish-digest';

/**
 * The weekly digest on the laptop, wired as the digest Lambda is: the table
 * under the digest's grants, archived under `DATA_DIR/digests/` (S3 on AWS).
 * `deps.publicUrl` is set once the server listens; the archive is shared
 * with the sponsors' app, which shows archived digests.
 */
export function localDigest({
  config,
  table,
  dataDir,
  mailer,
  clock,
  linkSigningKey,
}: {
  config: Config;
  /** The table as the digest function is granted it. */
  table: Table;
  dataDir: string;
  mailer: Mailer;
  clock: Clock;
  linkSigningKey: string;
}) {
  const archive = new FileDigestArchive(join(dataDir, 'digests'), {
    retentionDays: config.retention.digestDays,
    clock,
  });
  const deps: DigestDeps = {
    config,
    figures: weeklyFigures(table),
    verbatims: verbatimCandidates(table),
    escalations: escalationStore(table),
    clocks: legalClocks(table),
    archive,
    deliveries: digestDeliveries(table),
    snapshots: digestSnapshots(table),
    mailer,
    clock,
    linkSigningKey,
    publicUrl: '',
  };
  /** Builds, archives and sends a week's digest now. */
  const digest = (week: string, options: Omit<DigestOptions, 'week'> = {}) => publishDigest(deps, { ...options, week });
  return { archive, deps, digest };
}
