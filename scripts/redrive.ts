/**
 * `npm run redrive [-- --dry-run] [-- --queue analysis-priority|analysis-marked|analysis|escalation-priority|escalation|sms-erase]`
 *
 * Moves what waits in the dead-letter queues of the running `npm start`
 * (`SQS_PORT`, 9324) back to their queues: each analysis lane's DLQ to its
 * queue, each escalation lane's DLQ to its queue, the SMS erasure DLQ to
 * the SMS erasure queue. `--dry-run` moves
 * nothing: it says how many wait in each and what to check before moving
 * them (a message moved back before its cause is fixed fails again and
 * returns to the DLQ). Prints counts only: a message may hold an employee's
 * unredacted words, so no body is ever shown.
 *
 * On AWS, use the SQS console's "Start DLQ redrive" on the DLQ, or
 * `aws sqs start-message-move-task --source-arn <DLQ arn>`.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  QueueDoesNotExist,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { localSqs } from '../local/aws-clients';

export const REDRIVEN_QUEUES = [
  'analysis-priority',
  'analysis-marked',
  'analysis',
  'escalation-priority',
  'escalation',
  'sms-erase',
] as const;
type QueueName = (typeof REDRIVEN_QUEUES)[number];

/** What the operator should look at before moving a queue's dead letters back. */
const CHECK_FIRST: Record<QueueName, string> = {
  'analysis-priority':
    'the analyzer, as for the analysis DLQ below: these are urgent reports (an urgent topic, or text read as urgent), so a sponsor may be waiting for each. Fix the cause and move them back first',
  'analysis-marked':
    'the analyzer, as for the analysis DLQ below: these are reports their writers marked urgent, so a sponsor may be waiting for each. Fix the cause and move them back right after the analysis-priority ones',
  analysis:
    "the analyzer: with LOG_LEVEL=INFO, `npm start` logs 'message failed' with the error's name for each failure. Fix what makes it fail (for example a bug in the analyzer, or a Comprehend quota on AWS) before moving them back, or they will fail again and return here after 5 tries",
  'escalation-priority':
    'email, as for the escalation DLQ below: these are escalations of reports urgent in their own words (a threat, an injury, an urgent topic), so a sponsor must hear of each now. Fix the cause and move them back first, before the escalation ones',
  escalation:
    "email: is the outbox (aws-ses-v2-local) running, and on AWS is the sending identity verified, out of the SES sandbox and within quota? The escalate log says 'escalation failed' with the error's name. Sponsors are waiting for these: fix the cause, then move them back at once",
  'sms-erase':
    "Twilio: these texts and replies are still in Twilio's message log. The sms-erase log says 'sms erasure to be retried' with the error's name: TwilioApiError with HTTP 401 means TWILIO_AUTH_TOKEN is not that account's token; MessageNotDeletableYetError means Twilio still refuses to delete them. Fix the cause, then move them back",
};

export interface RedriveReport {
  queue: QueueName;
  waiting: number;
  moved: number;
}

/**
 * Moves up to the number of messages waiting when it starts from each DLQ to
 * its queue (so a message that fails again is not moved round and round),
 * sending each before deleting it: a crash half-way leaves a copy in both,
 * which the consumers handle as a redelivery, never none.
 */
export async function redrive(
  sqs: SQSClient,
  { dryRun = false, queues = [...REDRIVEN_QUEUES] }: { dryRun?: boolean; queues?: QueueName[] } = {},
): Promise<RedriveReport[]> {
  const reports: RedriveReport[] = [];
  for (const queue of queues) {
    const [target, dlq] = await Promise.all([queueUrl(sqs, queue), queueUrl(sqs, `${queue}-dlq`)]);
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    const waiting = Number(Attributes?.ApproximateNumberOfMessages ?? 0);
    let moved = 0;
    while (!dryRun && moved < waiting) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: dlq,
          MaxNumberOfMessages: Math.min(10, waiting - moved),
          WaitTimeSeconds: 0,
          VisibilityTimeout: 60,
        }),
      );
      if (Messages.length === 0) break;
      const sent = await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: target,
          Entries: Messages.map((m, i) => ({ Id: String(i), MessageBody: m.Body ?? '' })),
        }),
      );
      const ok = new Set((sent.Successful ?? []).map((s) => s.Id));
      const done = Messages.filter((_, i) => ok.has(String(i)));
      if (done.length) {
        await sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: dlq,
            Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
          }),
        );
      }
      moved += done.length;
      if (done.length < Messages.length)
        throw new Error(`the ${queue} queue refused ${Messages.length - done.length} message(s); they stay in its DLQ`);
    }
    reports.push({ queue, waiting, moved });
  }
  return reports;
}

async function queueUrl(sqs: SQSClient, name: string): Promise<string> {
  try {
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: name }));
    if (QueueUrl) return QueueUrl;
  } catch (error) {
    if (!(error instanceof QueueDoesNotExist || (error instanceof Error && error.name.includes('NonExistentQueue'))))
      throw error;
  }
  throw new Error(`there is no '${name}' queue: is \`npm start\` running?`);
}

/** The lines printed for a run, for the operator. */
export function describeRedrive(reports: RedriveReport[], dryRun: boolean): string[] {
  const lines: string[] = [];
  for (const { queue, waiting, moved } of reports) {
    if (dryRun) {
      lines.push(`${queue} DLQ: ${waiting} message${waiting === 1 ? '' : 's'} waiting.`);
      if (waiting) lines.push(`  Check first: ${CHECK_FIRST[queue]}.`);
    } else {
      lines.push(
        `${queue} DLQ: moved ${moved} of ${waiting} message${waiting === 1 ? '' : 's'} back to the ${queue} queue.`,
      );
    }
  }
  if (dryRun) {
    const waiting = reports.some((report) => report.waiting > 0);
    // With every DLQ empty there is nothing to move back, so nothing to tell the operator to run.
    lines.push(waiting ? 'Nothing was moved. Run `npm run redrive` to move them back.' : 'Nothing is waiting.');
  }
  return lines;
}

const USAGE =
  'Usage: npm run redrive -- [--dry-run] [--queue analysis-priority|analysis-marked|analysis|escalation-priority|escalation|sms-erase]';

export async function runRedriveCli(args: string[], sqs: SQSClient, print: (line: string) => void): Promise<number> {
  let values: { 'dry-run'?: boolean; queue?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { 'dry-run': { type: 'boolean' }, queue: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    print(USAGE);
    return 0;
  }
  const queues = values.queue === undefined ? [...REDRIVEN_QUEUES] : REDRIVEN_QUEUES.filter((q) => q === values.queue);
  if (!queues.length) {
    print(
      `Unknown queue '${values.queue}': choose analysis-priority, analysis-marked, analysis, escalation-priority, escalation or sms-erase.\n${USAGE}`,
    );
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  try {
    for (const line of describeRedrive(await redrive(sqs, { dryRun, queues }), dryRun)) print(line);
    return 0;
  } catch (error) {
    const unreachable = (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
    print(
      `Could not redrive: ${unreachable ? 'nothing answers on the SQS port: is `npm start` running, with the same SQS_PORT?' : (error as Error).message}`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // This Node is the developer's, not the Lambda's: the SDK's notice about it says nothing to an operator.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sqs = localSqs(`http://127.0.0.1:${process.env.SQS_PORT ?? 9324}`);
  process.exitCode = await runRedriveCli(process.argv.slice(2), sqs, (line) => console.log(line));
  sqs.destroy();
}
