import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { getRequestListener } from '@hono/node-server';
import { createAnalyzeHandler } from '../functions/analyze/handler';
import { createApp } from '../functions/intake/app';
import { createSponsorApp, isSponsorPath } from '../functions/sponsor/app';
import type { DeskChannelDeps } from '../functions/intake/deps';
import type { SmsChannelDeps } from '../functions/intake/routes/sms-twilio';
import { InMemoryWindowStateStore } from '../shared/adapters/local/in-memory-window-state-store';
import { RateAndReplayState } from '../shared/use-cases/rate-and-replay-state';
import { startDigestTimer } from './digest-timer';
import { localDigest } from './stack-digest';
import { SesMailer } from '../shared/adapters/aws/ses-mailer';
import { SqsQueue } from '../shared/adapters/aws/sqs-queue';
import type { EscalationDeps } from '../shared/use-cases/raise-escalation';
import { createEscalateHandler } from '../functions/escalate/handler';
import { createSweepHandler } from '../functions/sweep/handler';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { loadConfigFile } from '../shared/config/load-config';
import { detectUrgency } from '../shared/analysis/urgency';
import { systemClock } from '../shared/ports/clock';
import { startClock } from './set-clock';
import {
  caseDesk,
  caseStore,
  caseThread,
  legalClocks,
  escalationStore,
  kioskRegistry,
  patternCounter,
  verbatimCandidates,
  weeklyFigures,
  type Table,
  sentEmails,
  heldPatterns,
} from '../shared/runtime/table-adapters';
import type { HeldPatterns } from '../shared/ports/held-patterns';
import { localDocuments, localSes, localSqs } from './aws-clients';
import { startDynamoDb } from './dynamodb-stand-in';
import { guardTableAccess } from './table-access-guard';
import type { TableRole } from '../infra/table-access';
import { closeAfterUnreadBody } from './close-after-unread-body';
import { keepAlivePastStalls } from './keep-alive-past-stalls';
import { close, listen } from './listen';
import { loadLocalSecrets } from './local-secrets';
import { blurFileTimes, keepDataPrivate, makePrivate, startFileTimeBlur } from './private-data-dir';
import { silenceStoreDiagnostics } from './store-diagnostics';
import { SealedWaitingRoom } from './sealed-waiting-room';
import { RoomAnswerNotices } from './room-answer-notices';
import { startSes } from './ses-stand-in';
import { SqsPoller } from './sqs-poller';
import { requestsTakeTurns } from './requests-take-turns';
import { UrgentWorkWatch } from './urgent-work-watch';
import { analysisLanes } from '../shared/runtime/analysis-lanes';
import { escalationLanes } from '../shared/use-cases/escalation-lanes';
import { markedUrgentAllowance } from '../shared/use-cases/marked-urgent-allowance';
import { urgentWordsAllowance } from '../shared/use-cases/urgent-words-allowance';
import { quietSources } from '../shared/use-cases/quiet-source';
import { startSqs } from './sqs-stand-in';
import type { LocalStack, LocalStackOptions } from './local-stack-types';
import { createStackQueues, queueUrls } from './stack-queues';
import { watchDeadLetters } from './dead-letter-watch';
import { smsEraseWorker, twilioIsReal } from './sms-erase-worker';

export type { LocalStack, LocalStackOptions } from './local-stack-types';
export { MAX_RECEIVES } from './stack-queues';

export const TABLE_NAME = 'listening-post';

/**
 * The whole pipeline on one machine, wired exactly as on AWS but on
 * stand-ins: dynalite for DynamoDB (on disk), local-aws-sqs for SQS, a poller
 * in place of Lambda's event source mapping, aws-ses-v2-local for SES, and
 * the same hono app on a Node server. Everything listens on 127.0.0.1.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const env = options.env ?? process.env;
  const ports = { http: 3000, dynamodb: 8000, sqs: 9324, ses: 8005, ...options.ports };
  const dataDir = resolve(options.dataDir ?? '.data');
  const config = loadConfigFile(options.configPath);
  const logger = options.logger ?? new Logger({ serviceName: 'listening-post-local' });
  // Before anything is written: the data folder and all in it for the owner only.
  keepDataPrivate(dataDir);
  // `npm start`'s CLOCK (empty: this machine's time), checked against the weeks this data has run in and kept in
  // the data folder for the helpers; tests give a clock of their own instead.
  const setClock =
    options.clockSetting === undefined ? undefined : startClock(dataDir, options.clockSetting, config.timezone);
  const clock = setClock?.clock ?? options.clock ?? systemClock;
  const secrets = loadLocalSecrets(dataDir, env);

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    makePrivate(dataDir); // again, in case something was written where the umask could not be set
    blurFileTimes(dataDir, new Date());
  };
  try {
    // Every few seconds, every data file's times back to the week: no file's ctime dates one write (an answer, a visit, a submission).
    const stopBlur = startFileTimeBlur(dataDir, (options.fileTimeBlurSeconds ?? 5) * 1000, (error) =>
      logger.error('could not set the data files’ times back to the week', { errorName: (error as Error).name }),
    );
    stops.push(async () => stopBlur());
    if (setClock) {
      // The latest week reached, kept as the clock moves on: a later start may not go back before it.
      const recordTimer = setInterval(() => setClock.record(), 60_000);
      recordTimer.unref();
      stops.push(async () => {
        clearInterval(recordTimer);
        setClock.record();
      });
    }
    silenceStoreDiagnostics(join(dataDir, 'dynamodb'));
    const dynamodb = await startDynamoDb({
      port: ports.dynamodb,
      path: join(dataDir, 'dynamodb'),
      tableName: TABLE_NAME,
    });
    stops.push(dynamodb.close);
    // Urgent reports and escalations queued and not yet done: while there are any, pages take turns (below).
    const urgentWork = new UrgentWorkWatch();
    const sqsServer = await startSqs({
      port: ports.sqs,
      dataDir,
      encryptionKey: secrets.QUEUE_ENCRYPTION_KEY,
      watch: urgentWork,
    });
    stops.push(sqsServer.close);
    const ses = await startSes({ port: ports.ses });
    stops.push(ses.close);

    const queues = await createStackQueues(sqsServer, options.visibilityTimeoutSeconds);
    const {
      analysis: analysisQueue,
      priority: priorityQueue,
      marked: markedQueue,
      escalation: escalationQueue,
      escalationPriority: priorityEscalationQueue,
    } = queues;
    // Whatever a killed run had accepted but not finished is queued again, before anything else runs.
    const replayed = await sqsServer.replayUnfinished();
    if (replayed) logger.info('requeued unfinished messages from the last run', { count: replayed });
    const documents = localDocuments(dynamodb.endpoint);
    const sqs = localSqs(sqsServer.endpoint);
    const sesClient = localSes(ses.endpoint);
    options.instrumentClients?.({ documents, sqs });
    stops.push(async () => {
      documents.destroy();
      sqs.destroy();
      sesClient.destroy();
    });
    // Each function sees the table through its own grants (infra/table-access.ts),
    // refused as AWS would refuse it: a grant missing there fails here first.
    const tableAs = (role: TableRole): Table => ({
      documents: guardTableAccess(documents, role),
      name: TABLE_NAME,
      clock,
    });
    const casesAs = (role: TableRole) => caseStore(tableAs(role));
    // Ordinary answers wait for their hour out of dynalite, whose files keep the order of writes (see the class).
    const waitingRoom = new SealedWaitingRoom(
      join(dataDir, 'waiting'),
      Buffer.from(secrets.QUEUE_ENCRYPTION_KEY, 'hex'),
    );
    // Read marks live in memory until then: written last, once nothing reads the thread any more.
    stops.push(async () => waitingRoom.flush());
    const escalationsAs = (role: TableRole) => escalationStore(tableAs(role));

    // One worker for the three lanes, taking from each only while the ones before it are empty:
    // reports urgent in their words, then reports only ticked urgent, then the rest.
    const analysisPoller = new SqsPoller({
      sqs,
      queueUrl: priorityQueue.url,
      queueArn: priorityQueue.arn,
      thenQueues: [
        { queueUrl: markedQueue.url, queueArn: markedQueue.arn },
        { queueUrl: analysisQueue.url, queueArn: analysisQueue.arn },
      ],
      functionName: 'analyze',
      logger,
      handler: createAnalyzeHandler({
        config,
        cases: casesAs('analyze'),
        figures: weeklyFigures(tableAs('analyze')),
        verbatims: verbatimCandidates(tableAs('analyze')),
        threads: caseThread(tableAs('analyze'), waitingRoom),
        // Details read before their case reached its holder wait behind it again, in the ordinary lane.
        detailsQueue: new SqsQueue(sqs, analysisQueue.url),
        clock,
        analyzer: options.analyzer ?? new OfflineAnalyzer(),
        logger,
        escalation: {
          queue: escalationLanes({
            priority: new SqsQueue(sqs, priorityEscalationQueue.url),
            normal: new SqsQueue(sqs, escalationQueue.url),
          }),
          patterns: patternCounter(tableAs('analyze')),
          // On the stack's clock: "in 2025" is last year under CLOCK=2026-…, whatever this machine's year.
          detectUrgency: (text, onClock) => detectUrgency(text, onClock).categories,
        },
      }),
    });
    analysisPoller.start();
    stops.push(() => analysisPoller.stop());

    // SMS and kiosk rate counters, replay records and each holder's hourly count of emails about reports
    // only marked urgent: in this process's memory only, never in dynalite, whose files keep writes in
    // order beside the cases.
    const rateState = new RateAndReplayState(new InMemoryWindowStateStore(clock), clock);
    const forgetTimer = setInterval(() => void rateState.forgetEndedWindows(), 60_000);
    forgetTimer.unref();
    stops.push(async () => clearInterval(forgetTimer));
    // Links in emails need the public URL, known once the server listens (below).
    const escalationDeps: EscalationDeps & { logger: Logger } = {
      logger,
      config,
      escalations: escalationsAs('escalate'),
      routing: escalationsAs('escalate'),
      answerNotices: new RoomAnswerNotices(waitingRoom, clock),
      cases: casesAs('escalate'),
      patterns: patternCounter(tableAs('escalate')),
      mailer: options.mailer ?? new SesMailer(sesClient, config.mail.from),
      sentEmails: sentEmails(tableAs('escalate')),
      clock,
      linkSigningKey: secrets.LINK_SIGNING_KEY,
      publicUrl: '',
      clocks: legalClocks(tableAs('escalate')),
      threads: caseThread(tableAs('escalate'), waitingRoom),
      markedUrgent: markedUrgentAllowance(rateState, config),
      urgentWords: urgentWordsAllowance(rateState, config),
    };
    // One worker for both lanes of escalations, taking from the escalation queue only while the
    // priority lane (escalations of reports urgent in their own words) is empty.
    const escalatePoller = new SqsPoller({
      sqs,
      queueUrl: priorityEscalationQueue.url,
      queueArn: priorityEscalationQueue.arn,
      thenQueues: [{ queueUrl: escalationQueue.url, queueArn: escalationQueue.arn }],
      functionName: 'escalate',
      logger,
      handler: createEscalateHandler(escalationDeps),
    });
    escalatePoller.start();
    stops.push(() => escalatePoller.stop());
    const sweepDeps: EscalationDeps & { logger: Logger; heldPatterns: HeldPatterns } = {
      ...escalationDeps,
      escalations: escalationsAs('sweep'),
      // An answer of an hour now over moves its case on from the sweep (see `rerouteHeldAnswers`).
      routing: escalationsAs('sweep'),
      cases: casesAs('sweep'),
      patterns: patternCounter(tableAs('sweep')),
      clocks: legalClocks(tableAs('sweep')),
      answerNotices: new RoomAnswerNotices(waitingRoom, clock),
      sentEmails: sentEmails(tableAs('sweep')),
      threads: caseThread(tableAs('sweep'), waitingRoom),
      // Patterns found since the last release wait for the day's release hour.
      heldPatterns: heldPatterns(tableAs('sweep')),
    };
    const sweep = createSweepHandler(sweepDeps);
    const sweepTimer = setInterval(
      () => void sweep().catch((error) => logger.error('SLA sweep failed', { errorName: (error as Error).name })),
      config.escalation.sweepMinutes * 60_000,
    );
    sweepTimer.unref();
    stops.push(async () => clearInterval(sweepTimer));
    const digests = localDigest({
      config,
      table: tableAs('digest'),
      dataDir,
      mailer: escalationDeps.mailer,
      clock,
      linkSigningKey: secrets.LINK_SIGNING_KEY,
    });
    const { digest } = digests;
    const stopDigestTimer = startDigestTimer({ config, clock, logger, run: (week) => digest(week) });
    stops.push(async () => stopDigestTimer());

    const smsErasePoller = smsEraseWorker(
      sqs,
      queues.smsErase,
      {
        authToken: secrets.TWILIO_AUTH_TOKEN,
        apiUrl: options.smsErasure?.twilioApiUrl ?? env.TWILIO_API_URL,
        retryBaseSeconds: options.smsErasure?.retryBaseSeconds,
      },
      logger,
    );
    smsErasePoller.start();
    stops.push(() => smsErasePoller.stop());
    // The operator hears of a message that failed every try, as CloudWatch's DLQ alarms tell on AWS.
    const stopDeadLetterWatch = watchDeadLetters({
      sqs,
      logger,
      everyMs: options.deadLetterCheckSeconds === undefined ? undefined : options.deadLetterCheckSeconds * 1000,
      queues: [
        {
          name: 'analysis-priority-dlq',
          what: 'urgent reports that could not be analysed',
          dlqUrl: priorityQueue.dlqUrl,
        },
        {
          name: 'analysis-marked-dlq',
          what: 'reports marked urgent that could not be analysed',
          dlqUrl: markedQueue.dlqUrl,
        },
        { name: 'analysis-dlq', what: 'reports that could not be analysed', dlqUrl: analysisQueue.dlqUrl },
        {
          name: 'escalation-priority-dlq',
          what: 'urgent escalations whose email failed',
          dlqUrl: priorityEscalationQueue.dlqUrl,
        },
        { name: 'escalation-dlq', what: 'escalations whose email failed', dlqUrl: escalationQueue.dlqUrl },
        {
          name: 'sms-erase-dlq',
          what: 'texts Twilio could not be made to delete',
          dlqUrl: queues.smsErase.dlqUrl,
        },
      ],
    });
    stops.push(stopDeadLetterWatch);

    // The public URL is known once the server listens (port 0 in tests); it is set right after, in the same tick, before any request is read.
    const sms: SmsChannelDeps = {
      twilioAuthToken: secrets.TWILIO_AUTH_TOKEN,
      publicUrl: '',
      erasure: twilioIsReal(env, options)
        ? new SqsQueue(sqs, queues.smsErase.url, options.smsErasure?.maxDelaySeconds)
        : undefined,
    };
    const app = createApp({
      config,
      cases: casesAs('intake'),
      queue: analysisLanes(
        config,
        {
          normal: new SqsQueue(sqs, analysisQueue.url),
          priority: new SqsQueue(sqs, priorityQueue.url),
          marked: new SqsQueue(sqs, markedQueue.url),
        },
        clock,
        quietSources(rateState, config.escalation.urgentReportsPerSourcePerHour),
      ),
      clock,
      pepper: secrets.PEPPER,
      rateState,
      logger,
      rateLimits: options.rateLimits,
      urgencyWaitMs: options.urgencyWaitMs,
      kiosk: { kiosks: kioskRegistry(tableAs('intake')) },
      sms,
      threads: caseThread(tableAs('intake'), waitingRoom),
    });
    // Sponsors' links, desks and the digest web view: their own function on AWS, their own app here.
    const desk: DeskChannelDeps = {
      store: caseDesk(tableAs('sponsor')),
      mailer: escalationDeps.mailer,
      sentEmails: sentEmails(tableAs('sponsor')),
      publicUrl: '',
    };
    const sponsorApp = createSponsorApp({
      config,
      cases: casesAs('sponsor'),
      clock,
      logger,
      rateLimits: options.rateLimits,
      escalations: {
        store: escalationsAs('sponsor'),
        linkSigningKey: secrets.LINK_SIGNING_KEY,
        // A close's notice takes the case back: it opens again and goes around whoever closed it.
        routing: escalationsAs('sponsor'),
      },
      desk,
      digests: { archive: digests.archive, linkSigningKey: secrets.LINK_SIGNING_KEY },
      threads: caseThread(tableAs('sponsor'), waitingRoom),
      clocks: legalClocks(tableAs('sponsor')),
    });
    // As the HTTP API routes them (infra/constructs/intake-api.ts).
    const route = (request: Request) =>
      (isSponsorPath(new URL(request.url).pathname) ? sponsorApp : app).fetch(request);
    // A refusal sent before its body was read ends its connection (see close-after-unread-body.ts); a report waiting
    // on a connection while this process was too busy to read it is answered, not dropped (keep-alive-past-stalls.ts).
    // While urgent work waits, requests other than reports take turns, so a flood of them cannot starve it
    // (requests-take-turns.ts).
    const server = keepAlivePastStalls(
      createServer(requestsTakeTurns(closeAfterUnreadBody(getRequestListener(route)), () => urgentWork.pending)),
    );
    const appUrl = await listen(server, ports.http);
    // Stop taking submissions first, then let the poller finish what was queued.
    stops.push(async () => {
      await close(server);
      await Promise.race([analysisPoller.whenIdle(), new Promise((r) => setTimeout(r, 5000))]);
    });

    // One form, without a trailing slash, for every link built from it.
    const publicUrl = (options.publicUrl ?? config.publicUrl ?? appUrl).replace(/\/+$/, '');
    sms.publicUrl = publicUrl;
    escalationDeps.publicUrl = publicUrl;
    sweepDeps.publicUrl = publicUrl;
    digests.deps.publicUrl = publicUrl;
    desk.publicUrl = publicUrl;
    return {
      config,
      clockSetTo: setClock?.setTo,
      urls: {
        app: publicUrl,
        form: `${publicUrl}/`,
        status: `${publicUrl}/status`,
        health: `${publicUrl}/health`,
        outbox: ses.endpoint,
        dynamodb: dynamodb.endpoint,
        sqs: sqsServer.endpoint,
        smsTwilio: `${publicUrl}/sms/twilio`,
      },
      queues: queueUrls(queues),
      tableName: TABLE_NAME,
      waitingRoom,
      analysisPoller,
      escalatePoller,
      smsErasePoller,
      sweep,
      digest,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
