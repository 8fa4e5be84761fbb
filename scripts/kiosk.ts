/**
 * `npm run kiosk -- enroll --site <id> --name <label> [--language <code>]` | `list` | `revoke <id>`
 *
 * Writes straight to the table, so it needs no running intake:
 * - locally (default): the dynalite of the running `npm start`, on
 *   `DYNAMODB_PORT` (8000), table `listening-post`; the tablet URL starts
 *   with `PUBLIC_URL` (`http://127.0.0.1:$PORT`);
 * - on AWS: set `TABLE_NAME` to the deployed table and `PUBLIC_URL` to the
 *   stack's `ApiUrl`; the usual AWS credentials and region apply
 *   (`AWS_PROFILE`, `AWS_REGION`, ...).
 * `CONFIG` names the config file whose sites may be enrolled (default: the
 * example config).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { localDocuments } from '../local/aws-clients';
import { stackClock } from '../local/set-clock';
import { loadConfigFile } from '../shared/config/load-config';
import type { Config } from '../shared/config/schema';
import { kioskIdSchema } from '../shared/domain/kiosk';
import { kioskLanguage } from '../shared/domain/kiosk-language';
import { catalogueOf } from '../shared/i18n/languages';
import { ConfigError, ValidationError } from '../shared/errors';
import { systemClock, type Clock } from '../shared/ports/clock';
import type { Kiosk, KioskRegistry } from '../shared/ports/kiosk-registry';
import { documentClient } from '../shared/runtime/aws-clients';
import { kioskRegistry } from '../shared/runtime/table-adapters';
import { enrolKiosk } from '../shared/use-cases/enrol-kiosk';
import { stackFailureLine } from './stack-failure-line';

// The local stack's table (local/start-local-stack.ts). Not imported from
// there: that module loads the whole runtime, seconds of start-up for a CLI.
// The CLI's integration test runs against the real local stack, so a drift fails it.
const LOCAL_TABLE_NAME = 'listening-post';

export interface KioskCliDeps {
  kiosks: KioskRegistry;
  config: Config;
  clock: Clock;
  /** Where the tablet reaches the intake, without a trailing slash; undefined if unknown (enrol refuses then). */
  publicUrl: string | undefined;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `Usage:
  npm run kiosk -- enroll --site <site id> --name <label>   enrol a tablet; prints its one-use link and, on the last line, the link's code, labelled
       [--language <code>]                                  the language it starts in (default: the site's, else defaultLanguage)
  npm run kiosk -- list                                      every kiosk, revoked ones too, and whether its link was used
  npm run kiosk -- revoke <kiosk id>                         the tablet's token (and its link, if unused) stops working at once

Locally it uses the running npm start (DYNAMODB_PORT, PORT or PUBLIC_URL).
Against AWS set TABLE_NAME (the deployed table) and PUBLIC_URL (the ApiUrl output).`;

/**
 * The CLI without its process: returns the exit code. The enrolment's last
 * line names the link's one-use code and ends with it, so a person reading
 * it knows what it is and scripts still take it with
 * `tail -n 1 | awk '{print $NF}'` (for a client that is not the kiosk app to
 * exchange it with `POST /kiosk/enrol`). The tablet's token is never printed.
 *
 * @example
 * const code = await runKioskCli(['enroll', '--site', 'hq', '--name', 'Lobby'], deps);
 */
export async function runKioskCli(args: string[], deps: KioskCliDeps): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    deps.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, positionals, values } = parsed;

  if (command === 'enroll' || command === 'enrol') {
    if (!values.site || !values.name || positionals.length) {
      deps.err(`enroll needs --site and --name\n\n${USAGE}`);
      return 2;
    }
    if (!deps.publicUrl) {
      deps.err('Set PUBLIC_URL to the deployed ApiUrl, so the tablet gets a URL it can open. Nothing was enrolled.');
      return 2;
    }
    let enrolment: Awaited<ReturnType<typeof enrolKiosk>>;
    try {
      enrolment = await enrolKiosk(deps, { site: values.site, name: values.name, language: values.language });
    } catch (error) {
      if (error instanceof ValidationError) {
        deps.err(error.message);
        return 2;
      }
      throw error;
    }
    const { kiosk, code, validUntil } = enrolment;
    const siteName = deps.config.sites.find((s) => s.id === kiosk.site)?.name ?? kiosk.site;
    deps.out(`Enrolled kiosk ${kiosk.id} "${kiosk.name}" for ${siteName} (${kiosk.site}).`);
    const language = kioskLanguage(deps.config, kiosk);
    deps.out(
      kiosk.language
        ? `It starts every session in ${catalogueOf(language).name} (${language}); people can switch on its start screen.`
        : `It starts every session in its site's language, now ${catalogueOf(language).name} (${language}); people can switch on its start screen.`,
    );
    deps.out('');
    deps.out(`Open this on the tablet once, before ${untilText(validUntil)}; it works for one tablet, one time:`);
    deps.out(`  ${deps.publicUrl}/kiosk#enrol=${code}`);
    deps.out('');
    deps.out(
      'The tablet trades the link for its own token, which nobody else is shown; after that, or after that time, the link opens nothing.',
    );
    deps.out(
      `See whether it was used with: npm run kiosk -- list. Revoke (used or not) with: npm run kiosk -- revoke ${kiosk.id}`,
    );
    // Labelled: a bare code under the instructions read as something to do with it, or as noise.
    deps.out(`The link's code alone, for a client other than the kiosk app (POST /kiosk/enrol): ${code}`);
    return 0;
  }

  if (command === 'list') {
    const kiosks = await deps.kiosks.list();
    if (!kiosks.length) {
      deps.out('No kiosks are enrolled. Enrol one with: npm run kiosk -- enroll --site <id> --name <label>');
      return 0;
    }
    for (const line of table(kiosks, deps.config)) deps.out(line);
    return 0;
  }

  if (command === 'revoke') {
    // Ids are lower case, but one copied from a note or read aloud often is not: K-4MXHGX is k-4mxhgx.
    const id = kioskIdSchema.safeParse(positionals[0]?.trim().toLowerCase());
    if (positionals.length === 0) {
      deps.err(`revoke needs the id of the kiosk to revoke, such as k-7hq2mx (see npm run kiosk -- list)\n\n${USAGE}`);
      return 2;
    }
    if (positionals.length !== 1 || !id.success) {
      deps.err(
        `${positionals.join(' ')} is not a kiosk id: an id is k- and six letters or digits, such as k-7hq2mx (see npm run kiosk -- list)`,
      );
      return 2;
    }
    const before = (await deps.kiosks.list()).find((k) => k.id === id.data);
    const kiosk = await deps.kiosks.revoke(id.data);
    if (!kiosk) {
      deps.err(`There is no kiosk ${id.data} (see npm run kiosk -- list).`);
      return 1;
    }
    deps.out(
      before?.revokedAt
        ? `Kiosk ${kiosk.id} "${kiosk.name}" was already revoked (${kiosk.revokedAt}).`
        : before?.link
          ? `Revoked kiosk ${kiosk.id} "${kiosk.name}" (${kiosk.site}). Its set-up link was never used and now opens nothing.`
          : `Revoked kiosk ${kiosk.id} "${kiosk.name}" (${kiosk.site}). Its token no longer works; submissions still waiting on the tablet will be refused.`,
    );
    return 0;
  }

  deps.err(command ? `Unknown command '${command}'.\n\n${USAGE}` : USAGE);
  return 2;
}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { site: { type: 'string' }, name: { type: 'string' }, language: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  return { command, positionals: rest, values };
}

function table(kiosks: Kiosk[], config: Config): string[] {
  const rows = [
    ['ID', 'SITE', 'NAME', 'LANGUAGE', 'ENROLLED', 'STATUS'],
    ...kiosks.map((k) => [
      k.id,
      k.site,
      k.name,
      // A kiosk enrolled without a language follows its site's, which may change: say so.
      k.language ?? `${kioskLanguage(config, k)} (site's)`,
      k.enrolledAt,
      statusOf(k),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}

/** What the operator needs to know of a kiosk: revoked, its link still to be opened (or never opened in time), or in use. */
function statusOf(kiosk: Kiosk): string {
  if (kiosk.revokedAt) return `revoked ${kiosk.revokedAt}`;
  if (kiosk.link?.state === 'waiting')
    return `link not used yet (works until ${untilText(new Date(kiosk.link.validUntil))})`;
  if (kiosk.link?.state === 'expired') return 'link expired unused: revoke it and enrol the tablet again';
  return 'active';
}

/** A link's end as the operator reads it: to the minute, in UTC, said so. */
const untilText = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Where to talk to: the deployed table when TABLE_NAME is set, else the running local stack. */
function target(env: NodeJS.ProcessEnv) {
  if (env.TABLE_NAME) {
    return {
      where: `table ${env.TABLE_NAME}`,
      documents: documentClient(),
      tableName: env.TABLE_NAME,
      publicUrl: env.PUBLIC_URL || undefined,
      clock: systemClock,
    };
  }
  const endpoint = `http://127.0.0.1:${env.DYNAMODB_PORT || 8000}`;
  return {
    where: `the local stack's DynamoDB at ${endpoint}`,
    documents: localDocuments(endpoint),
    tableName: LOCAL_TABLE_NAME,
    publicUrl: env.PUBLIC_URL || `http://127.0.0.1:${env.PORT || 3000}`,
    // The running stack's time (its CLOCK, when it was started with one), so an enrolment link lasts as it says.
    clock: stackClock(resolve(env.DATA_DIR || '.data')),
  };
}

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let config: Config;
  try {
    config = loadConfigFile(process.env.CONFIG || undefined);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  const { where, documents, tableName, publicUrl, clock } = target(process.env);
  try {
    return await runKioskCli(process.argv.slice(2), {
      kiosks: kioskRegistry({ documents, name: tableName, clock }),
      config,
      clock,
      publicUrl: publicUrl?.replace(/\/+$/, ''),
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } catch (error) {
    console.error(
      stackFailureLine(error, {
        unreachable: `Cannot reach ${where}. Is npm start running? (Set DYNAMODB_PORT if it uses another port, or TABLE_NAME for AWS.)`,
        noTable: `There is no ${where}.`,
        failed: `The kiosk registry at ${where} failed`,
      }),
    );
    return 1;
  } finally {
    documents.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
