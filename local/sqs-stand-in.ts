import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CreateQueueCommand, GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { createRequestHandler } from 'local-aws-sqs';
import { localSqs } from './aws-clients';
import { close, listen } from './listen';
import { KEY_POOL_CADENCE_MS, QueueJournal } from './queue-journal';

export interface QueuePair {
  url: string;
  arn: string;
  dlqUrl: string;
}

export interface SqsStandIn {
  endpoint: string;
  /** Creates a queue and its DLQ with the same redrive settings as on AWS. */
  createQueuePair(
    name: string,
    options: { visibilityTimeoutSeconds: number; maxReceiveCount: number },
  ): Promise<QueuePair>;
  /** Sends again every message a previous run accepted but never finished; call once the queues exist. */
  replayUnfinished(): Promise<number>;
  close(): Promise<void>;
}

/** A message's stamps as SQS answers them (JSON, or the Query protocol's XML): milliseconds since 1970. */
const STAMPS =
  /("(?:SentTimestamp|ApproximateFirstReceiveTimestamp)"\s*:\s*"|<Name>(?:SentTimestamp|ApproximateFirstReceiveTimestamp)<\/Name>\s*<Value>)(\d{1,15})/g;

/**
 * A receive's answer with each message's stamps on the hour: local-aws-sqs stamps a message to the millisecond, and
 * any local user may read a queue, the DLQs' for 14 days, where a message names its case (op43). The hour is the
 * finest time an escalation keeps; on the hour a stamp has as many digits, so the answer keeps its length.
 */
export function onTheHour(chunk: unknown): unknown {
  const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
  if (text === undefined || !/Timestamp/.test(text)) return chunk;
  const hourly = text.replace(STAMPS, (_, before: string, ms: string) => {
    const stamp = String(Math.floor(Number(ms) / 3_600_000) * 3_600_000);
    return before + (stamp.length === ms.length ? stamp : ms.replace(/\d/g, '0'));
  });
  return typeof chunk === 'string' ? hourly : Buffer.from(hourly, 'utf8');
}

const queueNameOf = (queueUrl: unknown) => (typeof queueUrl === 'string' ? queueUrl.split('/').pop() : undefined);

/** local-aws-sqs receipt handles are base64 of a random prefix and JSON naming the message. */
function messageIdOf(receiptHandle: unknown): string | undefined {
  if (typeof receiptHandle !== 'string') return undefined;
  const decoded = Buffer.from(receiptHandle, 'base64').toString('utf8');
  return /"MessageId":"([^"]+)"/.exec(decoded)?.[1];
}

/**
 * The SQS API (JSON protocol) from `local-aws-sqs`, on 127.0.0.1, made
 * durable: local-aws-sqs keeps queues in memory, so every message sent is
 * also written to an encrypted journal under `DATA_DIR/queues` (each under a
 * key of its own, erased when the message is deleted), and what was never
 * deleted is sent again on the next start. Killing the process loses no
 * accepted submission.
 */
export async function startSqs({
  port,
  dataDir,
  encryptionKey,
  watch,
}: {
  port: number;
  dataDir: string;
  encryptionKey: string;
  /** Told of every message accepted and deleted, as the journal is (the stack's `UrgentWorkWatch`). */
  watch?: { sent(queueName: string, messageId: string): void; deleted(messageId: string): void };
}): Promise<SqsStandIn> {
  const journal = new QueueJournal(join(dataDir, 'queues', 'journal.jsonl'), Buffer.from(encryptionKey, 'hex'));
  // Key files come and go only at whole multiples of the cadence, whenever submissions come (see `QueueJournal`).
  let ticking: NodeJS.Timeout | undefined;
  const firstTick = setTimeout(
    () => {
      journal.tick();
      ticking = setInterval(() => journal.tick(), KEY_POOL_CADENCE_MS).unref();
    },
    KEY_POOL_CADENCE_MS - (Date.now() % KEY_POOL_CADENCE_MS),
  ).unref();
  let handle: ReturnType<typeof createRequestHandler>['requestHandler'] | undefined;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const replay = Object.assign(Readable.from([body]), { headers: req.headers, method: req.method, url: req.url });
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (res.statusCode < 300) record(String(req.headers['x-amz-target'] ?? ''), body, chunk);
      return end(onTheHour(chunk), ...rest);
    }) as ServerResponse['end'];
    await handle!(replay as unknown as IncomingMessage, res);
  });

  function record(target: string, requestBody: Buffer, responseBody: unknown) {
    const action = target.split('.')[1];
    if (!action || !['SendMessage', 'SendMessageBatch', 'DeleteMessage', 'DeleteMessageBatch'].includes(action)) return;
    let request: Record<string, any>;
    let response: Record<string, any>;
    try {
      request = JSON.parse(requestBody.toString('utf8'));
      response =
        typeof responseBody === 'string' || Buffer.isBuffer(responseBody) ? JSON.parse(responseBody.toString()) : {};
    } catch {
      return; // the Query protocol, or an error answer: nothing was accepted
    }
    const queueName = queueNameOf(request.QueueUrl);
    const sent = (queue: string, messageId: string, body: string) => {
      journal.sent(queue, messageId, body);
      watch?.sent(queue, messageId);
    };
    const deleted = (messageId: string) => {
      journal.deleted(messageId);
      watch?.deleted(messageId);
    };
    if (action === 'SendMessage' && queueName && response.MessageId)
      sent(queueName, response.MessageId, request.MessageBody);
    if (action === 'SendMessageBatch' && queueName) {
      for (const ok of response.Successful ?? []) {
        const entry = (request.Entries ?? []).find((e: { Id: string }) => e.Id === ok.Id);
        if (entry) sent(queueName, ok.MessageId, entry.MessageBody);
      }
    }
    if (action === 'DeleteMessage') {
      const id = messageIdOf(request.ReceiptHandle);
      if (id) deleted(id);
    }
    if (action === 'DeleteMessageBatch') {
      for (const ok of response.Successful ?? []) {
        const id = messageIdOf((request.Entries ?? []).find((e: { Id: string }) => e.Id === ok.Id)?.ReceiptHandle);
        if (id) deleted(id);
      }
    }
  }

  const endpoint = await listen(server, port);
  const actualPort = Number(new URL(endpoint).port);
  handle = createRequestHandler({
    port: actualPort,
    hostname: '127.0.0.1',
    emulateQueueCreationLifecycle: false,
  }).requestHandler;
  const client = localSqs(endpoint);
  const urls = new Map<string, string>();

  return {
    endpoint,
    async createQueuePair(name, { visibilityTimeoutSeconds, maxReceiveCount }) {
      const dlq = await client.send(
        new CreateQueueCommand({ QueueName: `${name}-dlq`, Attributes: { MessageRetentionPeriod: '1209600' } }),
      );
      const dlqAttributes = await client.send(
        new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      const queue = await client.send(
        new CreateQueueCommand({
          QueueName: name,
          Attributes: {
            VisibilityTimeout: String(visibilityTimeoutSeconds),
            RedrivePolicy: JSON.stringify({ maxReceiveCount, deadLetterTargetArn: dlqAttributes.Attributes!.QueueArn }),
          },
        }),
      );
      const attributes = await client.send(
        new GetQueueAttributesCommand({ QueueUrl: queue.QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      urls.set(name, queue.QueueUrl!);
      urls.set(`${name}-dlq`, dlq.QueueUrl!);
      return { url: queue.QueueUrl!, arn: attributes.Attributes!.QueueArn!, dlqUrl: dlq.QueueUrl! };
    },
    async replayUnfinished() {
      const unfinished = journal.unfinished();
      for (const message of unfinished) {
        const url = urls.get(message.queueName);
        // Sent again through this server, so the copy is journalled before the
        // original is struck off. A message that had been moved to a DLQ
        // comes back to its queue, is retried and ends in the DLQ again.
        if (url) await client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: message.body }));
        journal.deleted(message.messageId);
      }
      journal.compact();
      return unfinished.length;
    },
    close: async () => {
      clearTimeout(firstTick);
      clearInterval(ticking);
      client.destroy();
      await close(server);
      journal.compact();
    },
  };
}
