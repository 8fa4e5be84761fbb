import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments, localSqs } from '../../local/aws-clients';
import { captureOutput } from '../support/capture-output';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { waitFor } from '../support/outbox';

// What an employee might give away, in the forms people really write them.
const PHONE_FORMS = ['+1 (312) 555-0147', '312-555-0147', '3125550147', '5550147'];
const EMAIL = 'jordan.doe@example.org';
const USER_AGENT = 'Mozilla/5.0 (Secret-Device-Fingerprint 4471)';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('anonymity: after a run with personal data in the feedback', () => {
  const dataDir = tempDataDir();
  const output = captureOutput();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let tableDump = '';
  let queueDump = '';
  let outbox = '';

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      logger: new Logger({ serviceName: 'anonymity-test', logLevel: 'DEBUG' }),
    });
    const codes: string[] = [];
    codes.push(
      (await stack.submit({ text: `Call me at +1 (312) 555-0147 or mail ${EMAIL}, the ladder is broken`, site: 'hq' }))
        .caseCode,
    );
    const formRes = await fetch(`${stack.urls.app}/feedback`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': USER_AGENT,
        'x-forwarded-for': '203.0.113.77',
      },
      body: new URLSearchParams({ text: `my cell is 312-555-0147, email ${EMAIL}`, site: 'plant2' }).toString(),
    });
    codes.push((await formRes.text()).match(/id="case-code"[^>]*>([^<]+)</)![1]!);
    // Read and stored (a broken ladder may also go on to a sponsor, as a safety matter).
    for (const code of codes)
      await waitFor(`case ${code} read`, async () =>
        ['analysed', 'escalated'].includes((await stack.statusOf(code)).body.status ?? '') ? true : undefined,
      );
    // A refused submission must not leak either.
    await stack.submit({ text: `${EMAIL} `.repeat(200) });

    const { Items = [] } = await localDocuments(stack.urls.dynamodb).send(
      new ScanCommand({ TableName: stack.tableName }),
    );
    tableDump = JSON.stringify(Items);
    const sqs = localSqs(stack.urls.sqs);
    for (const url of [
      stack.queues.analysis.url,
      stack.queues.analysis.dlqUrl,
      stack.queues.analysisPriority.url,
      stack.queues.analysisPriority.dlqUrl,
      stack.queues.analysisMarked.url,
      stack.queues.analysisMarked.dlqUrl,
      stack.queues.escalation.url,
      stack.queues.escalation.dlqUrl,
      stack.queues.escalationPriority.url,
      stack.queues.escalationPriority.dlqUrl,
    ]) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
      );
      queueDump += JSON.stringify(Messages);
    }
    outbox = await (await fetch(`${stack.urls.outbox}/store`)).text();
    await stack.stop();
  });
  afterAll(() => {
    output.restore();
    dataDir.remove();
  });

  it('Should have kept the analysed feedback, redacted', () => {
    expect(tableDump).toContain('[PHONE]');
    expect(tableDump).toContain('[EMAIL]');
  });

  it.each(PHONE_FORMS)(
    'Should hold no trace of the phone number %s in the table, queues, outbox, logs or data files',
    (phone) => {
      const files = filesUnder(dataDir.path).filter((f) => !f.endsWith('secrets.json'));
      const onDisk = files.map((f) => readFileSync(f).toString('latin1')).join('\n');
      for (const [where, text] of Object.entries({
        table: tableDump,
        queues: queueDump,
        outbox,
        logs: output.text(),
        disk: onDisk,
      })) {
        expect(text, where).not.toContain(phone);
      }
    },
  );

  it('Should hold no email address, IP address or user agent anywhere', () => {
    for (const [where, text] of Object.entries({ table: tableDump, queues: queueDump, outbox, logs: output.text() })) {
      expect(text, where).not.toContain(EMAIL);
      expect(text, where).not.toContain('203.0.113.77');
      expect(text, where).not.toContain('Secret-Device-Fingerprint');
    }
    expect(output.text()).toContain('"message":"request"'); // the logs were really captured
  });

  it('Should log no line for an accepted submission, whose time would date its case', () => {
    const lines = output
      .text()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(0);
    const accepted = lines.filter((line) => [200, 201].includes(Number(line.status)) && line.method === 'POST');
    expect(accepted).toEqual([]);
    expect(lines.filter((line) => /accepted/.test(String(line.message)) || line.outcome === 'accepted')).toEqual([]);
  });
});
