import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { getRequestListener } from '@hono/node-server';
import { createAnalyzeHandler } from '../functions/analyze/handler';
import { createApp } from '../functions/intake/app';
import { createSponsorApp, isSponsorPath } from '../functions/sponsor/app';
import type { DeskChannelDeps, IntakeDeps } from '../functions/intake/deps';
import type { SmsChannelDeps } from '../functions/intake/routes/sms-twilio';
import { FileDigestArchive } from '../shared/adapters/local/file-digest-archive';
import { InMemoryWindowStateStore } from '../shared/adapters/local/in-memory-window-state-store';
import { RateAndReplayState } from '../shared/use-cases/rate-and-replay-state';
import { publishDigest, type DigestDeps, type DigestOptions, type DigestRun } from '../shared/use-cases/publish-digest';
import { startDigestTimer } from './digest-timer';
import { SesMailer } from '../shared/adapters/aws/ses-mailer';
import { SqsQueue } from '../shared/adapters/aws/sqs-queue';
import type { EscalationDeps } from '../shared/use-cases/raise-escalation';
import { createEscalateHandler } from '../functions/escalate/handler';
import { createSweepHandler } from '../functions/sweep/handler';
import { createSmsEraseHandler } from '../functions/sms-erase/handler';
import { ChangeMessageVisibilityCommand } from '@aws-sdk/client-sqs';
import { TwilioMessageEraser } from '../shared/adapters/twilio/twilio-message-eraser';
import { ERASURE_MAX_TRIES } from '../shared/domain/sms-erasure';
import { OfflineAnalyzer } from '../shared/adapters/offline/offline-analyzer';
import { loadConfigFile } from '../shared/config/load-config';
import type { Config } from '../shared/config/schema';
import type { Analyzer } from '../shared/ports/analyzer';
import type { Mailer } from '../shared/ports/mailer';
import { detectUrgency } from '../shared/analysis/urgency';
import { systemClock, type Clock } from '../shared/ports/clock';
import {
  caseDesk,
  caseStore,
  caseThread,
  legalClocks,
  digestDeliveries,
  digestSnapshots,
  escalationStore,
  kioskRegistry,
  patternCounter,
  verbatimCandidates,
  weeklyFigures,
  type Table,
  sentEmails,
} from '../shared/runtime/table-adapters';
import { localDocuments, localSes, localSqs } from './aws-clients';
import { startDynamoDb } from './dynamodb-stand-in';
import { guardTableAccess } from './table-access-guard';
import type { TableRole } from '../infra/table-access';
import { close, listen } from './listen';
import { loadLocalSecrets } from './local-secrets';
import { blurFileTimes, keepDataPrivate, makePrivate, startFileTimeBlur } from './private-data-dir';
import { silenceStoreDiagnostics } from './store-diagnostics';
import { SealedWaitingRoom } from './sealed-waiting-room';
import { RoomAnswerNotices } from './room-answer-notices';
import { startSes } from './ses-stand-in';
import { SqsPoller } from './sqs-poller';
import { analysisLanes } from '../shared/runtime/analysis-lanes';
import { startSqs } from './sqs-stand-in';

export interface LocalStackOptions {
  /** 0 picks a free port (tests); `npm start` passes the documented defaults. */
  ports?: { http?: number; dynamodb?: number; sqs?: number; ses?: number };
  dataDir?: string;
  configPath?: string;
  publicUrl?: string;
  logger?: Logger;
  clock?: Clock;
  analyzer?: Analyzer;
  /** Lets the reliability tests inject faults (throttling, errors) into the SDK clients the stack uses. */
  instrumentClients?: (clients: { documents: DynamoDBDocumentClient; sqs: SQSClient }) => void;
  /** Replaces SES (aws-ses-v2-local) — for fault-injection tests. */
  mailer?: Mailer;
  env?: NodeJS.ProcessEnv;
  /** Overrides some channels' request budgets (429 beyond them); the others come from `limits.requestsPerSecond`. */
  rateLimits?: IntakeDeps['rateLimits'];
  /** Seconds a failed message stays invisible before it is retried (AWS uses 6 × the consumer timeout). */
  visibilityTimeoutSeconds?: number;
  /**
   * Erasing SMS exchanges from Twilio: the REST API's base URL (default
   * `TWILIO_API_URL`, else https://api.twilio.com), and shorter waits for tests
   * (the delay after delivery, at most 900 s; the first retry's, doubling).
   */
  smsErasure?: { twilioApiUrl?: string; maxDelaySeconds?: number; retryBaseSeconds?: number };
  /** How often every data file's times are set back to the week's start (default 5 s; see `startFileTimeBlur`). */
  fileTimeBlurSeconds?: number;
}

export interface LocalStack {
  config: Config;
  urls: {
    app: string;
    form: string;
    status: string;
    health: string;
    outbox: string;
    dynamodb: string;
    sqs: string;
    smsTwilio: string;
  };
  queues: {
    analysis: { url: string; dlqUrl: string };
    /** The priority lane of analysis: urgent submissions. */
    analysisPriority: { url: string; dlqUrl: string };
    escalation: { url: string; dlqUrl: string };
    smsErase: { url: string; dlqUrl: string };
  };
  tableName: string;
  /** Where ordinary answers wait for their hour, out of dynalite (tests read it to know an answer is held). */
  waitingRoom: SealedWaitingRoom;
  analysisPoller: SqsPoller;
  escalatePoller: SqsPoller;
  /** Deletes delivered SMS exchanges from Twilio. */
  smsErasePoller: SqsPoller;
  /** Runs the SLA sweep now (it also runs every `escalation.sweepMinutes`). */
  sweep(): Promise<{ moved: number; failed: number; reminded: number; passed: number }>;
  /** Builds, archives (`DATA_DIR/digests/`) and sends a week's digest now (it also runs weekly at `digest.day`/`time`). */
  digest(week: string, options?: Omit<DigestOptions, 'week'>): Promise<DigestRun>;
  stop(): Promise<void>;
}

export const TABLE_NAME = 'listening-post';
export const MAX_RECEIVES = 5;

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
  const clock = options.clock ?? systemClock;
  // Before anything is written: the data folder and all in it for the owner only.
  keepDataPrivate(dataDir);
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
    silenceStoreDiagnostics(join(dataDir, 'dynamodb'));
    const dynamodb = await startDynamoDb({
      port: ports.dynamodb,
      path: join(dataDir, 'dynamodb'),
      tableName: TABLE_NAME,
    });
    stops.push(dynamodb.close);
    const sqsServer = await startSqs({ port: ports.sqs, dataDir, encryptionKey: secrets.QUEUE_ENCRYPTION_KEY });
    stops.push(sqsServer.close);
    const ses = await startSes({ port: ports.ses });
    stops.push(ses.close);

    const analysisQueue = await sqsServer.createQueuePair('analysis', {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 10,
      maxReceiveCount: MAX_RECEIVES,
    });
    // The priority lane: urgent submissions, analysed before any backlog on the analysis queue.
    const priorityQueue = await sqsServer.createQueuePair('analysis-priority', {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 10,
      maxReceiveCount: MAX_RECEIVES,
    });
    const escalationQueue = await sqsServer.createQueuePair('escalation', {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 10,
      maxReceiveCount: MAX_RECEIVES,
    });
    // Jobs that delete SMS exchanges from Twilio; only message SIDs, retried for days.
    const smsEraseQueue = await sqsServer.createQueuePair('sms-erase', {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 10,
      maxReceiveCount: ERASURE_MAX_TRIES,
    });
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

    // One worker for both lanes, taking from the analysis queue only while the priority lane is empty.
    const analysisPoller = new SqsPoller({
      sqs,
      queueUrl: priorityQueue.url,
      queueArn: priorityQueue.arn,
      thenQueues: [{ queueUrl: analysisQueue.url, queueArn: analysisQueue.arn }],
      functionName: 'analyze',
      logger,
      handler: createAnalyzeHandler({
        config,
        cases: casesAs('analyze'),
        figures: weeklyFigures(tableAs('analyze')),
        verbatims: verbatimCandidates(tableAs('analyze')),
        threads: caseThread(tableAs('analyze'), waitingRoom),
        clock,
        analyzer: options.analyzer ?? new OfflineAnalyzer(),
        logger,
        escalation: {
          queue: new SqsQueue(sqs, escalationQueue.url),
          patterns: patternCounter(tableAs('analyze')),
          detectUrgency: (text) => detectUrgency(text).categories,
        },
      }),
    });
    analysisPoller.start();
    stops.push(() => analysisPoller.stop());

    // Links in emails need the public URL, known once the server listens (below).
    const escalationDeps: EscalationDeps & { logger: Logger } = {
      logger,
      config,
      escalations: escalationsAs('escalate'),
      routing: escalationsAs('escalate'),
      answerNotices: new RoomAnswerNotices(waitingRoom, clock),
      cases: casesAs('escalate'),
      mailer: options.mailer ?? new SesMailer(sesClient, config.mail.from),
      sentEmails: sentEmails(tableAs('escalate')),
      clock,
      linkSigningKey: secrets.LINK_SIGNING_KEY,
      publicUrl: '',
      clocks: legalClocks(tableAs('escalate')),
      threads: caseThread(tableAs('escalate'), waitingRoom),
    };
    const escalatePoller = new SqsPoller({
      sqs,
      queueUrl: escalationQueue.url,
      queueArn: escalationQueue.arn,
      functionName: 'escalate',
      logger,
      handler: createEscalateHandler(escalationDeps),
    });
    escalatePoller.start();
    stops.push(() => escalatePoller.stop());
    const sweepDeps: EscalationDeps & { logger: Logger } = {
      ...escalationDeps,
      escalations: escalationsAs('sweep'),
      // An answer of an hour now over moves its case on from the sweep (see `rerouteHeldAnswers`).
      routing: escalationsAs('sweep'),
      cases: casesAs('sweep'),
      clocks: legalClocks(tableAs('sweep')),
      answerNotices: new RoomAnswerNotices(waitingRoom, clock),
      sentEmails: sentEmails(tableAs('sweep')),
      threads: caseThread(tableAs('sweep'), waitingRoom),
    };
    const sweep = createSweepHandler(sweepDeps);
    const sweepTimer = setInterval(
      () => void sweep().catch((error) => logger.error('SLA sweep failed', { errorName: (error as Error).name })),
      config.escalation.sweepMinutes * 60_000,
    );
    sweepTimer.unref();
    stops.push(async () => clearInterval(sweepTimer));
    const digestArchive = new FileDigestArchive(join(dataDir, 'digests'), {
      retentionDays: config.retention.digestDays,
      clock,
    });
    const digestDeps: DigestDeps = {
      config,
      figures: weeklyFigures(tableAs('digest')),
      verbatims: verbatimCandidates(tableAs('digest')),
      escalations: escalationsAs('digest'),
      clocks: legalClocks(tableAs('digest')),
      archive: digestArchive,
      deliveries: digestDeliveries(tableAs('digest')),
      snapshots: digestSnapshots(tableAs('digest')),
      mailer: escalationDeps.mailer,
      clock,
      linkSigningKey: secrets.LINK_SIGNING_KEY,
      publicUrl: '',
    };
    const digest = (week: string, digestOptions: Omit<DigestOptions, 'week'> = {}) =>
      publishDigest(digestDeps, { ...digestOptions, week });
    const stopDigestTimer = startDigestTimer({ config, clock, logger, run: (week) => digest(week) });
    stops.push(async () => stopDigestTimer());

    const smsErasePoller = new SqsPoller({
      sqs,
      queueUrl: smsEraseQueue.url,
      queueArn: smsEraseQueue.arn,
      functionName: 'sms-erase',
      logger,
      handler: createSmsEraseHandler({
        eraser: new TwilioMessageEraser({
          authToken: secrets.TWILIO_AUTH_TOKEN,
          apiUrl: options.smsErasure?.twilioApiUrl ?? env.TWILIO_API_URL,
        }),
        logger,
        retryLater: async (receiptHandle, seconds) => {
          await sqs.send(
            new ChangeMessageVisibilityCommand({
              QueueUrl: smsEraseQueue.url,
              ReceiptHandle: receiptHandle,
              VisibilityTimeout: seconds,
            }),
          );
        },
        retryBaseSeconds: options.smsErasure?.retryBaseSeconds,
      }),
    });
    smsErasePoller.start();
    stops.push(() => smsErasePoller.stop());

    // The public URL is known once the server listens (port 0 in tests); it is set right after, in the same tick, before any request is read.
    // Only a real account's token (TWILIO_AUTH_TOKEN) lets Twilio itself call us, or us delete its records:
    // with the generated one, every text comes from `npm run sms`, and there is nothing at Twilio to erase.
    const twilioIsReal = Boolean(env.TWILIO_AUTH_TOKEN || env.TWILIO_API_URL || options.smsErasure?.twilioApiUrl);
    const sms: SmsChannelDeps = {
      twilioAuthToken: secrets.TWILIO_AUTH_TOKEN,
      publicUrl: '',
      erasure: twilioIsReal ? new SqsQueue(sqs, smsEraseQueue.url, options.smsErasure?.maxDelaySeconds) : undefined,
    };
    // SMS and kiosk rate counters and replay records: in this process's memory
    // only, never in dynalite, whose files keep writes in order beside the cases.
    const rateState = new RateAndReplayState(new InMemoryWindowStateStore(clock), clock);
    const forgetTimer = setInterval(() => void rateState.forgetEndedWindows(), 60_000);
    forgetTimer.unref();
    stops.push(async () => clearInterval(forgetTimer));
    const app = createApp({
      config,
      cases: casesAs('intake'),
      queue: analysisLanes(config, {
        normal: new SqsQueue(sqs, analysisQueue.url),
        priority: new SqsQueue(sqs, priorityQueue.url),
      }),
      clock,
      pepper: secrets.PEPPER,
      rateState,
      logger,
      rateLimits: options.rateLimits,
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
      escalations: { store: escalationsAs('sponsor'), linkSigningKey: secrets.LINK_SIGNING_KEY },
      desk,
      digests: { archive: digestArchive, linkSigningKey: secrets.LINK_SIGNING_KEY },
      threads: caseThread(tableAs('sponsor'), waitingRoom),
      clocks: legalClocks(tableAs('sponsor')),
    });
    // As the HTTP API routes them (infra/constructs/intake-api.ts).
    const route = (request: Request) =>
      (isSponsorPath(new URL(request.url).pathname) ? sponsorApp : app).fetch(request);
    const server = createServer(getRequestListener(route));
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
    digestDeps.publicUrl = publicUrl;
    desk.publicUrl = publicUrl;
    return {
      config,
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
      queues: {
        analysis: { url: analysisQueue.url, dlqUrl: analysisQueue.dlqUrl },
        analysisPriority: { url: priorityQueue.url, dlqUrl: priorityQueue.dlqUrl },
        escalation: { url: escalationQueue.url, dlqUrl: escalationQueue.dlqUrl },
        smsErase: { url: smsEraseQueue.url, dlqUrl: smsEraseQueue.dlqUrl },
      },
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
