/**
 * `npm run digest -- --week 2026-W47 [--to someone@example.com] [--dry-run] [--resend]`
 *
 * Builds a week's digest on demand against the running `npm start`, from
 * the same environment: `DYNAMODB_PORT` (8000), `SES_PORT` (8005),
 * `DATA_DIR` (`.data`: secrets, and the archive under `digests/`), `CONFIG`,
 * and `PUBLIC_URL` (`http://127.0.0.1:$PORT`) for the web-view links. It runs on the stack's clock: the time
 * `CLOCK` set it to, when it was started with one (kept in `DATA_DIR/clock.json`).
 * Without `--week` it builds the last complete week. `--to` sends only the
 * leadership digest, to the addresses given; `--dry-run` sends nothing and
 * writes each email it would send under `DATA_DIR/digest-preview/`. A
 * digest goes once per week and recipient: a second run sends nothing and
 * says so, unless `--resend`.
 * Prints each step, then where everything went.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { localDocuments, localSes } from '../local/aws-clients';
import { loadLocalSecrets } from '../local/local-secrets';
import { stackClock } from '../local/set-clock';
import { DynamoDbDigestDeliveries } from '../shared/adapters/aws/dynamodb-digest-deliveries';
import { DynamoDbDigestSnapshots } from '../shared/adapters/aws/dynamodb-digest-snapshots';
import { DynamoDbEscalationStore } from '../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbLegalClocks } from '../shared/adapters/aws/dynamodb-legal-clocks';
import { DynamoDbVerbatimCandidates } from '../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbWeeklyFigures } from '../shared/adapters/aws/dynamodb-weekly-figures';
import { SesMailer } from '../shared/adapters/aws/ses-mailer';
import { FileDigestArchive } from '../shared/adapters/local/file-digest-archive';
import { loadConfigFile } from '../shared/config/load-config';
import type { Config } from '../shared/config/schema';
import { isoWeekAsTyped, isoWeekOf } from '../shared/domain/iso-week';
import { describeWeek, lastCompleteWeek } from '../shared/digest/weeks';
import { ConfigError, ValidationError } from '../shared/errors';
import type { LegalClocks } from '../shared/ports/legal-clocks';
import type { Email } from '../shared/ports/mailer';
import { publishDigest, type DigestDeps } from '../shared/use-cases/publish-digest';
import { missingStackData } from './stack-data-dir';
import { stackFailureLine } from './stack-failure-line';

// The local stack's table (local/start-local-stack.ts), not imported
// from there: that module loads the whole runtime. The digest's integration
// test runs this CLI against the real local stack, so a drift fails it.
const LOCAL_TABLE_NAME = 'listening-post';

const USAGE = `Usage: npm run digest -- [--week 2026-W47] [--to someone@example.com ...] [--dry-run] [--resend]

  --week      the ISO week to report, such as 2026-W47 or 2026-w47 (default: the last complete week)
  --to        send the leadership digest only, and to these addresses instead of the configured recipients
  --dry-run   build and archive, send nothing; write each email it would send to DATA_DIR/digest-preview/ to open
  --resend    send again to recipients who already had this week's digest (it goes once per week and recipient otherwise)

It talks to the running npm start (DYNAMODB_PORT, SES_PORT, DATA_DIR, CONFIG, PUBLIC_URL or PORT).`;

export interface DigestCliDeps extends Omit<DigestDeps, 'progress' | 'clocks'> {
  /** Required here: without them leadership's digest would list no case near or past a legal deadline. */
  clocks: LegalClocks;
  /** Where the outbox can be read, for the summary. */
  outboxUrl?: string;
  /**
   * Where a dry run writes each email it would have sent (`DATA_DIR/digest-preview`), so whoever runs it can open
   * the digest itself rather than only read that it was built.
   */
  previewDir?: string;
  out(line: string): void;
  err(line: string): void;
}

/**
 * The CLI without its process: returns the exit code.
 *
 * @example
 * const code = await runDigestCli(['--week', '2026-W47', '--dry-run'], deps);
 */
export async function runDigestCli(args: string[], deps: DigestCliDeps): Promise<number> {
  let values: { week?: string; to?: string[]; 'dry-run'?: boolean; resend?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        week: { type: 'string' },
        to: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        resend: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    deps.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    deps.out(USAGE);
    return 0;
  }
  // Typed as people type it ("2026-w48", "2026W48"): one week either way, read as that week.
  const week =
    values.week === undefined ? lastCompleteWeek(deps.clock.now(), deps.config.timezone) : isoWeekAsTyped(values.week);
  if (!week) {
    deps.err(
      `--week must be an ISO week: the year, W and the week's number from 1 to 53, such as 2026-W47 (2026-w47 and 2026W47 are read the same), not '${values.week}'.\n\n${USAGE}`,
    );
    return 2;
  }
  // Most years have 52 ISO weeks: 2025-W53 would silently be 2026-W01.
  const lastOfYear = isoWeekOf(new Date(Date.UTC(Number(week.slice(0, 4)), 11, 28)), 'UTC');
  if (week > lastOfYear) {
    deps.err(`${week.slice(0, 4)} has no week ${Number(week.slice(6))}: its last week is ${lastOfYear}.`);
    return 2;
  }
  const to = values.to
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const badAddress = to?.find((address) => !z.email().safeParse(address).success);
  if (badAddress) {
    deps.err(`--to must be an email address, not '${badAddress}'.`);
    return 2;
  }

  deps.out(
    `Weekly digest for ${week} (${describeWeek(week)})${values['dry-run'] ? ', dry run: nothing will be sent' : ''}`,
  );
  let run: Awaited<ReturnType<typeof publishDigest>>;
  try {
    run = await publishDigest(
      { ...deps, progress: (line) => deps.out(`  … ${line}`) },
      { week, to, dryRun: values['dry-run'], resend: values.resend },
    );
  } catch (error) {
    if (error instanceof ValidationError) {
      deps.err(error.message);
      return 2;
    }
    throw error;
  }

  deps.out('');
  for (const d of run.digests) {
    // Whom it is for, once: the sponsor's name as the config gives it ("Dana Whitfield (COO)"), not also their id.
    deps.out(`Digest for ${d.key.sponsorId ? d.audience : 'the leadership team'}`);
    deps.out(`  sent to   ${d.sentTo.length ? d.sentTo.join(', ') : `nobody (${d.skipped})`}`);
    if (d.archivedAt) deps.out(`  archive   ${d.archivedAt}`);
    deps.out(`  web view  ${d.webView}`);
    if (d.preview && deps.previewDir) deps.out(`  open      ${writePreview(deps.previewDir, d.key, d.preview)}`);
  }
  if (run.total === undefined) {
    // A newcomer's first run: what they sent today is in this week, which no digest counts until it is over.
    deps.out('');
    // Said with the number it takes, and for a newcomer already on a clock of their own (trying several weeks), the
    // next step that fits: more reports in a week, then the clock moved on, not "set a clock" once more.
    const k = deps.config.anonymity.k;
    deps.out(
      `${week} had fewer than ${k} submissions, too few to show counts without pointing to someone. A week’s feedback is counted in its digest once the week is over: send ${k} or more in one week (on a clock of your own, CLOCK=… npm start, then restart it a week on: see docs/digest.md), or see a digest full of figures now with npm run digest:sample.`,
    );
  }
  if (run.alreadySent) {
    deps.out('');
    deps.out(run.alreadySent);
  }
  if (deps.outboxUrl && run.digests.some((d) => d.sentTo.length)) {
    deps.out('');
    deps.out(`Read the emails in the outbox: ${deps.outboxUrl}`);
  }
  deps.out(
    `Done in ${Math.round(run.ms.read + run.ms.build + run.ms.deliver)} ms (reading ${Math.round(run.ms.read)} ms, building ${Math.round(run.ms.build)} ms, archiving and sending ${Math.round(run.ms.deliver)} ms).`,
  );
  return 0;
}

/** Writes the email a dry run would have sent as `<week>[.sponsor-<id>].html` and `.txt`; returns the HTML file's path. */
function writePreview(dir: string, key: { week: string; sponsorId?: string }, email: Email): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = join(dir, `${key.week}${key.sponsorId ? `.sponsor-${key.sponsorId}` : ''}`);
  writeFileSync(`${base}.html`, email.html, { mode: 0o600 });
  writeFileSync(`${base}.txt`, email.text, { mode: 0o600 });
  return `${base}.html`;
}

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const env = process.env;
  let config: Config;
  try {
    config = loadConfigFile(env.CONFIG || undefined);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  const dataDir = resolve(env.DATA_DIR || '.data');
  // Without the running stack's secrets the web-view links would be signed with new ones it refuses as forged.
  const asksForHelp = process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h');
  const missing = env.LINK_SIGNING_KEY || asksForHelp ? undefined : missingStackData(dataDir);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const dynamodbUrl = `http://127.0.0.1:${env.DYNAMODB_PORT || 8000}`;
  const outboxUrl = `http://127.0.0.1:${env.SES_PORT || 8005}`;
  const documents = localDocuments(dynamodbUrl);
  const ses = localSes(outboxUrl);
  // The running stack's time: the one its CLOCK set, when it was started with one.
  const clock = stackClock(dataDir);
  try {
    return await runDigestCli(process.argv.slice(2), {
      config,
      figures: new DynamoDbWeeklyFigures(documents, LOCAL_TABLE_NAME, clock),
      snapshots: new DynamoDbDigestSnapshots(documents, LOCAL_TABLE_NAME),
      verbatims: new DynamoDbVerbatimCandidates(documents, LOCAL_TABLE_NAME, clock),
      escalations: new DynamoDbEscalationStore(documents, LOCAL_TABLE_NAME, clock),
      clocks: new DynamoDbLegalClocks(documents, LOCAL_TABLE_NAME, clock),
      archive: new FileDigestArchive(join(dataDir, 'digests'), {
        retentionDays: config.retention.digestDays,
        clock: clock,
      }),
      deliveries: new DynamoDbDigestDeliveries(documents, LOCAL_TABLE_NAME),
      mailer: new SesMailer(ses, config.mail.from),
      clock: clock,
      linkSigningKey: loadLocalSecrets(dataDir, env).LINK_SIGNING_KEY,
      publicUrl: (env.PUBLIC_URL || `http://127.0.0.1:${env.PORT || 3000}`).replace(/\/+$/, ''),
      outboxUrl,
      previewDir: join(dataDir, 'digest-preview'),
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } catch (error) {
    console.error(
      stackFailureLine(error, {
        unreachable: `Cannot reach the local stack (DynamoDB at ${dynamodbUrl}, SES at ${outboxUrl}). Is npm start running? Set DYNAMODB_PORT and SES_PORT if it uses other ports.`,
        noTable: `There is no table ${LOCAL_TABLE_NAME} at ${dynamodbUrl}.`,
        failed: 'The digest failed',
      }),
    );
    return 1;
  } finally {
    documents.destroy();
    ses.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
