import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateQueueCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { createSqsServer } from 'local-aws-sqs';
import { localSqs } from './aws-clients';
import { close } from './listen';

export interface QueuePair {
  url: string;
  arn: string;
  dlqUrl: string;
}

export interface SqsStandIn {
  endpoint: string;
  /** Creates a queue and its DLQ with the same redrive settings as on AWS. */
  createQueuePair(name: string, options: { visibilityTimeoutSeconds: number; maxReceiveCount: number }): Promise<QueuePair>;
  close(): Promise<void>;
}

/** The SQS API (JSON protocol) from `local-aws-sqs`, on 127.0.0.1. */
export async function startSqs({ port }: { port: number }): Promise<SqsStandIn> {
  const server: Server = await createSqsServer({ port, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = localSqs(endpoint);
  return {
    endpoint,
    async createQueuePair(name, { visibilityTimeoutSeconds, maxReceiveCount }) {
      const dlq = await client.send(new CreateQueueCommand({ QueueName: `${name}-dlq`, Attributes: { MessageRetentionPeriod: '1209600' } }));
      const dlqAttributes = await client.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }));
      const queue = await client.send(
        new CreateQueueCommand({
          QueueName: name,
          Attributes: {
            VisibilityTimeout: String(visibilityTimeoutSeconds),
            RedrivePolicy: JSON.stringify({ maxReceiveCount, deadLetterTargetArn: dlqAttributes.Attributes!.QueueArn }),
          },
        }),
      );
      const attributes = await client.send(new GetQueueAttributesCommand({ QueueUrl: queue.QueueUrl, AttributeNames: ['QueueArn'] }));
      return { url: queue.QueueUrl!, arn: attributes.Attributes!.QueueArn!, dlqUrl: dlq.QueueUrl! };
    },
    close: async () => {
      client.destroy();
      await close(server);
    },
  };
}
