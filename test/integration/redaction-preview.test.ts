import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments, localSqs } from '../../local/aws-clients';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { systemClock } from '../../shared/ports/clock';
import { enrolKiosk } from '../../shared/use-cases/enrol-kiosk';
import { captureOutput } from '../support/capture-output';
import { startTestStack, tempDataDir } from '../support/local-stack';

// A name and a number no other test writes, so any trace of them is this test's.
const NAME = 'Thaddeus Quimbleworth';
const PHONE = '+44 7700 900461';
const TEXT = `${NAME} at the loading dock keeps swearing at us, ring him on ${PHONE}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Issue 14, item 5: the preview runs the redactor and keeps nothing, on the real stand-ins. */
describe('the redaction preview (form, API and kiosk) stores nothing and logs nothing', () => {
  const dataDir = tempDataDir();
  const output = captureOutput();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  const answers: { status: number; body: string }[] = [];
  let itemsBefore = 0;
  let tableAfter: Record<string, unknown>[] = [];
  let queued = 0;
  let outbox = '';

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      logger: new Logger({ serviceName: 'preview-test', logLevel: 'DEBUG' }),
    });
    const table = localDocuments(stack.urls.dynamodb);
    const { token } = await enrolKiosk(
      {
        kiosks: new DynamoDbKioskRegistry(table, stack.tableName, systemClock),
        config: stack.config,
        clock: systemClock,
      },
      { site: 'plant2', name: 'Break room' },
    );
    itemsBefore = ((await table.send(new ScanCommand({ TableName: stack.tableName }))).Items ?? []).length;
    const post = async (contentType: string, body: string, path = '/feedback/preview') => {
      const res = await fetch(`${stack.urls.app}${path}`, {
        method: 'POST',
        headers: {
          'content-type': contentType,
          ...(path.startsWith('/kiosk') ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      answers.push({ status: res.status, body: await res.text() });
    };
    await post('application/json', JSON.stringify({ text: TEXT }));
    await post(
      'application/x-www-form-urlencoded',
      new URLSearchParams({ text: TEXT, site: 'plant2', topic: 'safety', escalate: 'on' }).toString(),
    );
    // Refused ones too: a refusal is logged, and must not carry the text.
    await post('application/json', JSON.stringify({ text: `${TEXT} `.repeat(40) }));
    await post('application/json', `{"text": "${NAME}`);
    // The kiosk's own preview, with its site: the same promise.
    await post('application/json', JSON.stringify({ text: TEXT }), '/kiosk/preview');
    await post('application/json', JSON.stringify({ text: `${TEXT} `.repeat(40) }), '/kiosk/preview');
    tableAfter = (await table.send(new ScanCommand({ TableName: stack.tableName }))).Items ?? [];
    const sqs = localSqs(stack.urls.sqs);
    for (const url of [stack.queues.analysis.url, stack.queues.analysis.dlqUrl]) {
      const { Attributes = {} } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      queued +=
        Number(Attributes.ApproximateNumberOfMessages ?? 0) +
        Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0);
    }
    outbox = await (await fetch(`${stack.urls.outbox}/store`)).text();
    await stack.stop();
  });
  afterAll(() => {
    output.restore();
    dataDir.remove();
  });

  it('Should show the employee what will be removed', () => {
    expect(answers.map((a) => a.status)).toEqual([200, 200, 413, 400, 200, 413]);
    expect(JSON.parse(answers[0]!.body).changes).toEqual(
      expect.arrayContaining([
        { original: NAME, replacement: '[NAME]' },
        { original: PHONE, replacement: '[PHONE]' },
      ]),
    );
    expect(answers[1]!.body).toContain(`‘${NAME}’ will be replaced by [NAME]`);
    expect(JSON.parse(answers[4]!.body)).toEqual(JSON.parse(answers[0]!.body));
  });

  it('Should add nothing to the table, the queues or the outbox', () => {
    expect(tableAfter).toHaveLength(itemsBefore);
    expect(JSON.stringify(tableAfter)).not.toContain('Quimbleworth');
    expect(queued).toBe(0);
    expect(outbox).not.toContain('Quimbleworth');
  });

  it('Should write none of the text to a log or a data file', () => {
    const logs = output.text();
    expect(logs).toContain('"message":"request refused"'); // the logs were really captured
    const onDisk = filesUnder(dataDir.path)
      .filter((f) => !f.endsWith('secrets.json'))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('\n');
    for (const [where, text] of Object.entries({ logs, disk: onDisk })) {
      for (const secret of ['Quimbleworth', 'Thaddeus', '900461', 'loading dock'])
        expect(text, where).not.toContain(secret);
    }
  });
});
