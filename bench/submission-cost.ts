import { Logger } from '@aws-lambda-powertools/logger';
import { startLocalStack } from '../local/start-local-stack';
import { outbox } from '../local/outbox';
import { ANALYSIS_BATCH_SIZE } from '../infra/constructs/analysis-pipeline';
import { comprehendRequestRates } from '../shared/adapters/aws/comprehend/request-rates';
import { AWS_PRICES } from './aws-prices';
import { pollUntil } from './poll-until';
import { median, round } from './stats';

/** Memory of each function as deployed (ListeningPostFunction defaults; analyze has 1,024 MB). */
const MEMORY_GB = { intake: 0.5, analyze: 1, escalate: 0.5 };

interface Counted {
  dynamoDb: { writeUnits: number; readUnits: number; calls: Record<string, number> };
  sqsSends: number;
  emails: number;
}

export interface SubmissionCost {
  submissions: number;
  per1000: {
    apiRequests: number;
    dynamoDbWriteUnits: number;
    dynamoDbReadUnits: number;
    sqsRequests: number;
    sesEmails: number;
    lambdaRequests: number;
    lambdaGbSeconds: { offline: number; comprehend: number };
    comprehendUnits: number;
  };
  /** US dollars per 1,000 submissions, by service, for each analysis engine. */
  dollarsPer1000: { offline: Record<string, number>; comprehend: Record<string, number> };
  dynamoDbCallsPer1000: Record<string, number>;
  prices: typeof AWS_PRICES;
}

/**
 * What 1,000 submissions cost on AWS, from calls counted on the local stack:
 * every DynamoDB call with the capacity dynalite reports for it (the same
 * unit rules as on-demand), every SQS send, every email. SQS receives and
 * deletes are modelled as the Lambda poller makes them (one receive and one
 * delete batch per 10 messages), since the local poller short-polls. Lambda
 * time: the intake's local POST latency (an upper bound: dynalite is slower
 * than DynamoDB), and for analyze the offline analyzer's measured time per
 * batch, or with Comprehend the time its PII requests take at this
 * invocation's paced share of the default quotas, whichever is longer.
 */
export async function measureSubmissionCost({
  dataDir,
  submissions = 200,
  comprehendUnitsPer1000,
  offlineMsPerDocument,
}: {
  dataDir: string;
  submissions?: number;
  /** From the Comprehend section of the bench (counted on the real adapter). */
  comprehendUnitsPer1000: number;
  /** From the offline analyzer section: 1,000 ÷ its documents per second. */
  offlineMsPerDocument: number;
}): Promise<SubmissionCost> {
  const counted: Counted = { dynamoDb: { writeUnits: 0, readUnits: 0, calls: {} }, sqsSends: 0, emails: 0 };
  let counting = false;
  const stack = await startLocalStack({
    ports: { http: 0, dynamodb: 0, sqs: 0, ses: 0 },
    dataDir,
    logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
    env: {},
    instrumentClients: ({ documents, sqs }) => {
      documents.middlewareStack.add(
        (next, context) => async (args) => {
          const input = args.input as { ReturnConsumedCapacity?: string };
          input.ReturnConsumedCapacity ??= 'TOTAL';
          const result = await next(args);
          if (counting) {
            const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
            counted.dynamoDb.calls[name] = (counted.dynamoDb.calls[name] ?? 0) + 1;
            const output = result.output as {
              ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
            };
            const units = [output.ConsumedCapacity ?? []].flat().reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
            if (/Get|Query|Scan/.test(name)) counted.dynamoDb.readUnits += units;
            else counted.dynamoDb.writeUnits += units;
          }
          return result;
        },
        { step: 'initialize', name: 'benchCountCapacity' },
      );
      sqs.middlewareStack.add(
        (next, context) => async (args) => {
          if (counting && /^SendMessage/.test(String(context.commandName))) counted.sqsSends += 1;
          return next(args);
        },
        { step: 'initialize', name: 'benchCountSqs' },
      );
    },
  });
  const postMs: number[] = [];
  try {
    const emailsBefore = (await outbox(stack.urls.outbox)).length;
    counting = true;
    const codes: string[] = [];
    for (let i = 0; i < submissions; i += 1) {
      // One in twenty asks for escalation, so the escalation path and its email are counted too.
      const text =
        i % 20 === 0
          ? `The fire exit by store ${i} is blocked again`
          : `Canteen queue ${i} is too long at noon and the coffee machine is broken`;
      const started = performance.now();
      const res = await fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text, site: 'plant2', escalate: i % 20 === 0 }),
      });
      postMs.push(performance.now() - started);
      codes.push(((await res.json()) as { caseCode: string }).caseCode);
    }
    for (const code of codes) {
      await pollUntil(
        async () => {
          const { status } = (await (
            await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'application/json' } })
          ).json()) as { status: string };
          return status !== 'received';
        },
        { everyMs: 50, what: () => `case ${code} was never analysed` },
      );
    }
    await new Promise((r) => setTimeout(r, 1500)); // the escalations' emails
    counting = false;
    counted.emails = (await outbox(stack.urls.outbox)).length - emailsBefore;
  } finally {
    await stack.stop();
  }

  const per = (n: number) => (n * 1000) / submissions;
  const batches = 1000 / ANALYSIS_BATCH_SIZE;
  const escalations = per(submissions / 20);
  const rates = comprehendRequestRates({
    engine: 'comprehend',
    maxConcurrency: 2,
    comprehendQuotas: { detectPiiEntitiesPerSecond: 20, batchRequestsPerSecond: 10 },
  });
  const intakeGbS = 1000 * (median(postMs) / 1000) * MEMORY_GB.intake;
  const analyzeOfflineGbS = batches * ((ANALYSIS_BATCH_SIZE * offlineMsPerDocument) / 1000) * MEMORY_GB.analyze;
  // PII requests dominate: about one per document, at this invocation's paced share.
  const analyzeComprehendGbS =
    batches *
    Math.max((ANALYSIS_BATCH_SIZE * offlineMsPerDocument) / 1000, ANALYSIS_BATCH_SIZE / rates.DetectPiiEntities!) *
    MEMORY_GB.analyze;
  const escalateGbS = escalations * 0.2 * MEMORY_GB.escalate; // about 200 ms each: a few DynamoDB calls and one email
  const sqsRequests = per(counted.sqsSends) + 2 * (1000 / 10) + 2 * Math.max(1, escalations / 10);
  const per1000 = {
    apiRequests: 1000,
    dynamoDbWriteUnits: round(per(counted.dynamoDb.writeUnits)),
    dynamoDbReadUnits: round(per(counted.dynamoDb.readUnits)),
    sqsRequests: round(sqsRequests),
    sesEmails: round(per(counted.emails)),
    lambdaRequests: round(1000 + batches + escalations),
    lambdaGbSeconds: {
      offline: round(intakeGbS + analyzeOfflineGbS + escalateGbS, 2),
      comprehend: round(intakeGbS + analyzeComprehendGbS + escalateGbS, 2),
    },
    comprehendUnits: comprehendUnitsPer1000,
  };
  const common = {
    api: per1000.apiRequests * AWS_PRICES.apiRequest,
    dynamoDb:
      per1000.dynamoDbWriteUnits * AWS_PRICES.dynamoDbWriteUnit +
      per1000.dynamoDbReadUnits * AWS_PRICES.dynamoDbReadUnit,
    sqs: per1000.sqsRequests * AWS_PRICES.sqsRequest,
    ses: per1000.sesEmails * AWS_PRICES.sesEmail,
  };
  const dollars = (gbS: number, comprehend: number) => {
    const parts = {
      ...common,
      lambda: gbS * AWS_PRICES.lambdaGbSecond + per1000.lambdaRequests * AWS_PRICES.lambdaRequest,
      comprehend,
    };
    return Object.fromEntries(
      [...Object.entries(parts), ['total', Object.values(parts).reduce((a, b) => a + b, 0)]].map(([k, v]) => [
        k,
        round(v as number, 4),
      ]),
    );
  };
  return {
    submissions,
    per1000,
    dollarsPer1000: {
      offline: dollars(per1000.lambdaGbSeconds.offline, 0),
      comprehend: dollars(per1000.lambdaGbSeconds.comprehend, comprehendUnitsPer1000 * AWS_PRICES.comprehendUnit),
    },
    dynamoDbCallsPer1000: Object.fromEntries(
      Object.entries(counted.dynamoDb.calls).map(([k, v]) => [k, round(per(v))]),
    ),
    prices: AWS_PRICES,
  };
}
