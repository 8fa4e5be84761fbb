import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { IntakeDeps } from '../functions/intake/deps';
import type { Config } from '../shared/config/schema';
import type { Analyzer } from '../shared/ports/analyzer';
import type { Clock } from '../shared/ports/clock';
import type { Mailer } from '../shared/ports/mailer';
import type { DigestOptions, DigestRun } from '../shared/use-cases/publish-digest';
import type { SealedWaitingRoom } from './sealed-waiting-room';
import type { SqsPoller } from './sqs-poller';

/* What `startLocalStack` takes and what it hands back: the laptop's whole pipeline, seen from outside. */

export interface LocalStackOptions {
  /** 0 picks a free port (tests); `npm start` passes the documented defaults. */
  ports?: { http?: number; dynamodb?: number; sqs?: number; ses?: number };
  dataDir?: string;
  configPath?: string;
  publicUrl?: string;
  logger?: Logger;
  clock?: Clock;
  /**
   * `npm start`'s CLOCK: a day or a time with its zone (`2026-11-02T09:00Z`) the whole stack runs on from now,
   * moving on with real time, or '' for this machine's time; checked against the weeks the data folder has run in
   * and kept there for the helpers (local/set-clock.ts). Takes the place of `clock` when given.
   */
  clockSetting?: string;
  analyzer?: Analyzer;
  /** Lets the reliability tests inject faults (throttling, errors) into the SDK clients the stack uses. */
  instrumentClients?: (clients: { documents: DynamoDBDocumentClient; sqs: SQSClient }) => void;
  /** Replaces SES (aws-ses-v2-local) — for fault-injection tests. */
  mailer?: Mailer;
  env?: NodeJS.ProcessEnv;
  /** Overrides some channels' request budgets (429 beyond them); the others come from `limits.requestsPerSecond`. */
  rateLimits?: IntakeDeps['rateLimits'];
  /** How long a report refused by a spent budget waits for the urgency detector still loading (10 s unless set). */
  urgencyWaitMs?: number;
  /** Seconds a failed message stays invisible before it is retried (AWS uses 6 × the consumer timeout). */
  visibilityTimeoutSeconds?: number;
  /**
   * Erasing SMS exchanges from Twilio: the REST API's base URL (default
   * `TWILIO_API_URL`, else https://api.twilio.com), and shorter waits for tests
   * (the delay after delivery, at most 900 s; the first retry's, doubling).
   */
  smsErasure?: { twilioApiUrl?: string; maxDelaySeconds?: number; retryBaseSeconds?: number };
  /** How often each dead-letter queue is counted, to tell the operator of a new message there (default 10 s). */
  deadLetterCheckSeconds?: number;
  /** How often every data file's times are set back to the week's start (default 5 s; see `startFileTimeBlur`). */
  fileTimeBlurSeconds?: number;
}

export interface LocalStack {
  config: Config;
  /** The time the stack was started on when `clockSetting` set one (it has moved on since); else undefined. */
  clockSetTo?: Date;
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
    /** The marked lane of analysis: reports only ticked urgent, taken after the priority lane. */
    analysisMarked: { url: string; dlqUrl: string };
    escalation: { url: string; dlqUrl: string };
    /** The escalation queue's priority lane: escalations of reports urgent in their own words, sent first. */
    escalationPriority: { url: string; dlqUrl: string };
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
