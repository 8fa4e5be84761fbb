import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { localDocuments, localSqs } from '../../local/aws-clients';
import { EMPLOYEE_TEXT_BODY } from '../../functions/intake/middleware/body-limits';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { useTestStack } from '../support/test-stack';

describe('the local pipeline: submit → queue → analyse → status', () => {
  const stack = useTestStack();

  it('Should show a submission as received at once and analysed within seconds', async () => {
    const { status, caseCode } = await stack.submit({
      text: 'The loading dock is understaffed every Friday',
      site: 'warehouse',
    });
    expect(status).toBe(201);
    expect(['received', 'analysed']).toContain((await stack.statusOf(caseCode)).body.status);
    await stack.waitForStatus(caseCode, 'analysed');
  });

  it('Should keep only redacted text in the table, and leave no message behind on the queue', async () => {
    const { caseCode } = await stack.submit({ text: 'Ring me on 07700 900123 about the rota', topic: 'scheduling' });
    await stack.waitForStatus(caseCode, 'analysed');
    const documents = localDocuments(stack.urls.dynamodb);
    const { Items = [] } = await documents.send(new ScanCommand({ TableName: stack.tableName }));
    const stored = JSON.stringify(Items);
    expect(stored).toContain('Ring me on [PHONE] about the rota');
    expect(stored).not.toContain('07700');
    expect(stored).not.toContain(caseCode);
    const sqs = localSqs(stack.urls.sqs);
    const left = await sqs.send(new ReceiveMessageCommand({ QueueUrl: stack.queues.analysis.url, WaitTimeSeconds: 0 }));
    expect(left.Messages ?? []).toHaveLength(0);
  });

  it('Should answer 404 for a case code that was never issued', async () => {
    expect((await stack.statusOf('ZZZZZ-ZZZZZ')).status).toBe(404);
  });

  it('Should refuse a body longer than any submission can be sent over a real socket, even chunked', async () => {
    const big = JSON.stringify({ text: 'x', pad: 'y'.repeat(EMPLOYEE_TEXT_BODY.json) });
    const withLength = await fetch(`${stack.urls.app}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(withLength.status).toBe(413);
    const chunked = await fetch(`${stack.urls.app}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i <= EMPLOYEE_TEXT_BODY.json / 1000; i += 1)
            controller.enqueue(new TextEncoder().encode('y'.repeat(1000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});

describe('restarting the local stack', () => {
  it('Should keep cases across a restart on the same DATA_DIR', async () => {
    const dataDir = tempDataDir();
    try {
      const first = await startTestStack({ dataDir: dataDir.path });
      const { caseCode } = await first.submit({ text: 'Please keep this after a restart' });
      await first.waitForStatus(caseCode, 'analysed');
      await first.stop();

      const second = await startTestStack({ dataDir: dataDir.path });
      try {
        expect((await second.statusOf(caseCode)).body.status).toBe('analysed');
      } finally {
        await second.stop();
      }
    } finally {
      dataDir.remove();
    }
  });
});
