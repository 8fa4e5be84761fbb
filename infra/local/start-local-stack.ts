import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { getRequestListener } from '@hono/node-server';
import { createAnalyzeHandler } from '../../functions/analyze/handler';
import { createApp } from '../../functions/intake/app';
import { DynamoDbFeedbackStore } from '../../shared/adapters/aws/dynamodb-feedback-store';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { SqsAnalysisQueue } from '../../shared/adapters/aws/sqs-analysis-queue';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { loadConfigFile } from '../../shared/config/load-config';
import type { Config } from '../../shared/config/schema';
import type { Analyzer } from '../../shared/ports/analyzer';
import { systemClock, type Clock } from '../../shared/ports/clock';
import { localDocuments, localSqs } from './aws-clients';
import { startDynamoDb } from './dynamodb-stand-in';
import { close, listen } from './listen';
import { loadLocalSecrets } from './local-secrets';
import { startSes } from './ses-stand-in';
import { SqsPoller } from './sqs-poller';
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
  env?: NodeJS.ProcessEnv;
  /** The intake's whole-process write limit (429 beyond it). */
  writeRateLimit?: { perSecond: number; burst: number };
  /** Seconds a failed message stays invisible before it is retried (AWS uses 6 × the consumer timeout). */
  visibilityTimeoutSeconds?: number;
}

export interface LocalStack {
  config: Config;
  urls: { app: string; form: string; status: string; health: string; outbox: string; dynamodb: string; sqs: string };
  queues: { analysis: { url: string; dlqUrl: string } };
  tableName: string;
  analysisPoller: SqsPoller;
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
  const secrets = loadLocalSecrets(dataDir, env);

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  };
  try {
    const dynamodb = await startDynamoDb({ port: ports.dynamodb, path: join(dataDir, 'dynamodb'), tableName: TABLE_NAME });
    stops.push(dynamodb.close);
    const sqsServer = await startSqs({ port: ports.sqs });
    stops.push(sqsServer.close);
    const ses = await startSes({ port: ports.ses });
    stops.push(ses.close);

    const analysisQueue = await sqsServer.createQueuePair('analysis', {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 10,
      maxReceiveCount: MAX_RECEIVES,
    });
    const documents = localDocuments(dynamodb.endpoint);
    const sqs = localSqs(sqsServer.endpoint);
    stops.push(async () => {
      documents.destroy();
      sqs.destroy();
    });
    const store = new DynamoDbFeedbackStore(documents, TABLE_NAME, clock);

    const analysisPoller = new SqsPoller({
      sqs,
      queueUrl: analysisQueue.url,
      queueArn: analysisQueue.arn,
      functionName: 'analyze',
      logger,
      handler: createAnalyzeHandler({
        config,
        store,
        figures: new DynamoDbWeeklyFigures(documents, TABLE_NAME, clock),
        clock,
        analyzer: options.analyzer ?? new OfflineAnalyzer(),
        logger,
      }),
    });
    analysisPoller.start();
    stops.push(() => analysisPoller.stop());

    const app = createApp({
      config,
      store,
      queue: new SqsAnalysisQueue(sqs, analysisQueue.url),
      clock,
      pepper: secrets.PEPPER,
      logger,
      writeRateLimit: options.writeRateLimit ?? { perSecond: 200, burst: 400 },
    });
    const server = createServer(getRequestListener(app.fetch));
    const appUrl = await listen(server, ports.http);
    // Stop taking submissions first, then let the poller finish what was queued.
    stops.push(async () => {
      await close(server);
      await Promise.race([analysisPoller.whenIdle(), new Promise((r) => setTimeout(r, 5000))]);
    });

    const publicUrl = options.publicUrl ?? appUrl;
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
      },
      queues: { analysis: { url: analysisQueue.url, dlqUrl: analysisQueue.dlqUrl } },
      tableName: TABLE_NAME,
      analysisPoller,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
