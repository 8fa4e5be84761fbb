/**
 * `npm start`: the whole pipeline on this machine. Ports and places come
 * from the environment (see docs/local-stack.md). It runs as
 * `node --import tsx`, one process, not under the `tsx` command: that
 * wrapper gives its child 30 ms to acknowledge Ctrl-C, then kills it, so on
 * a busy machine the stop was cut short before "Stopped." was said
 * (`test/integration/ctrl-c-on-a-busy-machine.test.ts`). It also runs with
 * V8's `--no-regexp-tier-up` (every pattern compiled to machine code on its
 * first run: a third less CPU for redaction and urgency), which must be on
 * node's command line (infra/constructs/regexps-compiled-at-once.ts); tests
 * that start the stack as a child take package.json's arguments as they are.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { WeekOnlyLogFormatter } from './week-only-log-formatter';
import { ConfigError } from '../shared/errors';
import { isoWeekOf } from '../shared/domain/iso-week';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number (0-65535), not '${raw}'`);
    process.exit(1);
  }
  return value;
}

const httpPort = port('PORT', 3000);

/** `--clock <time>` (or `--clock=<time>`) after `npm start --`, else the CLOCK variable; '' is this machine's time. */
function clockSetting(args: string[]): string {
  for (const [i, arg] of args.entries()) {
    if (arg.startsWith('--clock=')) return arg.slice('--clock='.length);
    if (arg === '--clock') return args[i + 1] ?? '';
  }
  return process.env.CLOCK ?? '';
}

/** Said loudly, first and last: every date this stack shows and stores comes from it. */
function clockBanner(at: Date, timeZone: string, week: string): string {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  const rule = '*'.repeat(100);
  return `
${rule}
  The clock is set to ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC (${local} in ${timeZone}, week ${week}), not this machine's time.
  Every part of this stack runs on it (reports, deadlines and reminders, the weekly digest), moving on as time
  passes; npm run digest and npm run kiosk started with the same DATA_DIR use it too. To jump to a later week, stop
  (Ctrl-C) and start again with a later CLOCK; an earlier week than this data has run in is refused.
${rule}`;
}
// Loading the pipeline's code takes seconds (longer on a busy machine): say so first, so a silent terminal does not
// look stuck. The stack is imported after this line for that reason.
console.log('Starting Listening Post…');
try {
  const { startLocalStack } = await import('./start-local-stack');
  const stack = await startLocalStack({
    ports: {
      http: httpPort,
      dynamodb: port('DYNAMODB_PORT', 8000),
      sqs: port('SQS_PORT', 9324),
      ses: port('SES_PORT', 8005),
    },
    dataDir: process.env.DATA_DIR || '.data',
    clockSetting: clockSetting(process.argv.slice(2)),
    configPath: process.env.CONFIG || undefined,
    publicUrl: process.env.PUBLIC_URL || undefined,
    logger: new Logger({
      serviceName: 'listening-post-local',
      logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? 'WARN',
      logFormatter: new WeekOnlyLogFormatter(),
    }),
  });
  const { urls } = stack;
  const banner = stack.clockSetTo
    ? clockBanner(stack.clockSetTo, stack.config.timezone, isoWeekOf(stack.clockSetTo, stack.config.timezone))
    : '';
  if (banner) console.log(banner);
  // The helper commands find the stack by the same variables: a port chosen here must be given to them too, or
  // a command pasted as printed answers "Nothing answers on …".
  const samePorts = ['PORT', 'DYNAMODB_PORT', 'SQS_PORT', 'SES_PORT', 'DATA_DIR', 'CONFIG', 'PUBLIC_URL']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join('');
  // A command that pastes as printed: a real site id (the others listed after it), no <placeholder> a shell reads
  // as a redirection.
  const siteIds = stack.config.sites.map((site) => site.id);
  const kioskSites =
    siteIds.length > 1 ? `   other sites: ${siteIds.slice(1, 8).join(', ')}${siteIds.length > 8 ? ', …' : ''}` : '';
  console.log(`
${stack.config.programName} is running locally (data in ${process.env.DATA_DIR || '.data'}/)

  Feedback form     ${urls.form}
  Case status       ${urls.status}
  SMS (Twilio)      ${urls.smsTwilio}   (try it: ${samePorts}npm run sms -- --from +15551234567 "hello")
  Kiosk app         ${urls.app}/kiosk   (enrol a tablet: ${samePorts}npm run kiosk -- enroll --site ${siteIds[0] ?? 'main'} --name "Break room"${kioskSites})
${
  process.env.PUBLIC_URL
    ? ''
    : `                    A tablet or phone reaches this laptop at its network address, not 127.0.0.1: start with
                    PUBLIC_URL=http://192.168.1.20:${urls.app.split(':').pop()} (your laptop's address) before enrolling, so the kiosk's
                    "visit … from any phone" and the receipts name an address that opens elsewhere (docs/kiosk.md).
`
}  Health            ${urls.health}
  Outbox (email)    ${urls.outbox}
  DynamoDB API      ${urls.dynamodb}   (table ${stack.tableName})
  SQS API           ${urls.sqs}
    analysis queue        ${stack.queues.analysis.url}
    its DLQ               ${stack.queues.analysis.dlqUrl}
    urgent lane           ${stack.queues.analysisPriority.url}
    its DLQ               ${stack.queues.analysisPriority.dlqUrl}
    marked-urgent lane    ${stack.queues.analysisMarked.url}
    its DLQ               ${stack.queues.analysisMarked.dlqUrl}
    escalation queue      ${stack.queues.escalation.url}
    its DLQ               ${stack.queues.escalation.dlqUrl}
    urgent escalations    ${stack.queues.escalationPriority.url}
    its DLQ               ${stack.queues.escalationPriority.dlqUrl}
    SMS erasure queue     ${stack.queues.smsErase.url}
    its DLQ               ${stack.queues.smsErase.dlqUrl}

Press Ctrl-C to stop.${stack.clockSetTo ? `  (The clock is set to ${stack.clockSetTo.toISOString().slice(0, 16).replace('T', ' ')} UTC at start, not this machine's time.)` : ''}`);

  // An urgent case not yet emailed (its email throttled, or past its holder's emails for the hour) waits for the
  // sweep, whose timer starts with the stack: without this first sweep, every restart put it off a whole
  // `escalation.sweepMinutes`, and a stack restarted more often than that never sent it (attack round 28).
  const firstSweep = setTimeout(() => void stack.sweep().catch(() => undefined), 2_000);
  firstSweep.unref();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearTimeout(firstSweep);
    console.log(`\n${signal}: finishing queued work and stopping…`);
    try {
      await stack.stop();
    } catch (error) {
      // Each part is stopped on its own (a failure does not stop the rest): still say how it ended.
      console.error(`Something could not be stopped cleanly (${(error as Error).message}).`);
    }
    console.log('Stopped. Your data is kept for next time.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `A port is already in use (${(error as Error).message}). Stop the other program, or choose ports with PORT, DYNAMODB_PORT, SQS_PORT and SES_PORT.`,
    );
  } else {
    console.error(error);
  }
  process.exit(1);
}
