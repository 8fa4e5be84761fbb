import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsInboundHandler } from '../../functions/sms-inbound/handler';
import { localDocuments, localSqs } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { captureOutput } from '../support/capture-output';
import { fixedClock, inMemoryRateState } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';
import {
  CapturingSmsSender,
  codeIn,
  newMessageSid,
  PLANT2_NUMBER,
  repliesOf,
  signedTwilioRequest,
  snsInboundSms,
  twilioFields,
} from '../support/sms';

type Stack = Awaited<ReturnType<typeof startTestStack>>;

/** Until the analysis has been through the case (it may go on to be escalated, as urgent texts are). */
async function waitUntilRead(stack: Stack, code: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { status, body } = await stack.statusOf(code);
    if (status === 200 && body.status !== 'received') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`case ${code} was not analysed within ${timeoutMs} ms`);
}

/** What the local stack holds and needs to be talked to as Twilio and as End User Messaging would. */
function smsClient(stack: Stack, dataDir: string, logger = new Logger({ serviceName: 'sms-it', logLevel: 'SILENT' })) {
  const secrets = loadLocalSecrets(dataDir, {});
  const documents = localDocuments(stack.urls.dynamodb);
  const sqs = localSqs(stack.urls.sqs);
  return {
    secrets,
    documents,
    sqs,
    /** Texts the stack through its Twilio webhook, signed with the generated auth token; returns what the phone shows. */
    async text(body: string, fields: Record<string, string> = {}, { token = secrets.TWILIO_AUTH_TOKEN } = {}) {
      const res = await fetch(
        stack.urls.smsTwilio,
        signedTwilioRequest(twilioFields({ Body: body, ...fields }), { url: stack.urls.smsTwilio, token }),
      );
      return { status: res.status, replies: await repliesOf(res) };
    },
    async items(): Promise<Record<string, unknown>[]> {
      return (await documents.send(new ScanCommand({ TableName: stack.tableName }))).Items ?? [];
    },
    async caseCount(): Promise<number> {
      return (await this.items()).filter((item) => item.type === 'case').length;
    },
    /** The End User Messaging Lambda wired to the stack's table and queue, replying through a capturing sender. */
    eumHandler(clock: ReturnType<typeof fixedClock>) {
      const sender = new CapturingSmsSender();
      const handler = createSmsInboundHandler({
        config: stack.config,
        cases: new DynamoDbCaseStore(documents, stack.tableName, clock),
        queue: new SqsQueue(sqs, stack.queues.analysis.url),
        clock,
        pepper: secrets.PEPPER,
        rateState: inMemoryRateState(clock),
        sender,
        logger,
      });
      return { handler, sender };
    },
    close() {
      documents.destroy();
      sqs.destroy();
    },
  };
}

describe('SMS on the local stack', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:30:00Z');
  let stack: Stack;
  let sms: ReturnType<typeof smsClient>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
    sms = smsClient(stack, dataDir.path);
  });
  afterAll(async () => {
    sms.close();
    await stack.stop();
    dataDir.remove();
  });

  it('Should answer a signed text with a case code, analyse it, and answer STATUS with its progress', async () => {
    const { status, replies } = await sms.text('The canteen closes too early on Fridays', {
      From: '+13125550001',
      To: PLANT2_NUMBER,
    });
    expect(status).toBe(200);
    const code = codeIn(replies[0]);
    await stack.waitForStatus(code, 'analysed');
    expect((await sms.text(`status ${code}`, { From: '+13125550001' })).replies).toEqual([
      `Case ${code}: read and recorded.`,
    ]);
    const record = (await sms.items()).find((i) => i.type === 'case' && i.channel === 'sms');
    expect(record).toMatchObject({ site: 'plant2', status: 'analysed' });
  });

  it('Should refuse forged and unsigned requests with 403 and keep nothing', async () => {
    const before = await sms.items();
    expect((await sms.text('Forged', { From: '+13125550002' }, { token: 'not-the-token-not-the-token' })).status).toBe(
      403,
    );
    const unsigned = await fetch(stack.urls.smsTwilio, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(twilioFields({ From: '+13125550002' })).toString(),
    });
    expect(unsigned.status).toBe(403);
    expect(await sms.items()).toEqual(before);
  });

  it('Should make one case, with the same answer, when Twilio delivers a MessageSid twice', async () => {
    const before = await sms.caseCount();
    const fields = { From: '+13125550003', MessageSid: newMessageSid() };
    const first = await sms.text('Lockers in the women\u2019s changing room do not lock', fields);
    const second = await sms.text('Lockers in the women\u2019s changing room do not lock', fields);
    expect(second.replies).toEqual(first.replies);
    expect(await sms.caseCount()).toBe(before + 1);
  });

  it('Should hold back a flood: 10 an hour per sender, the next three refused politely, then silence, and open again the next hour', async () => {
    const sender = '+13125550004';
    const before = await sms.caseCount();
    for (let i = 1; i <= 10; i += 1)
      expect((await sms.text(`Note ${i}`, { From: sender })).replies[0]).toMatch(/Your case code is/);
    for (let i = 11; i <= 13; i += 1)
      expect((await sms.text(`Note ${i}`, { From: sender })).replies).toEqual([
        'You have sent a lot of messages this hour, so this one was not saved. Please try again in 30 minutes.',
        'If you or someone else is in danger now, call 911.',
      ]);
    expect((await sms.text('Note 14', { From: sender })).replies).toEqual([]);
    expect(await sms.caseCount()).toBe(before + 10);

    // The counter is not in the table: nothing there counts senders.
    expect(JSON.stringify(await sms.items())).not.toMatch(/THROTTLE|throttle/);

    clock.set('2026-11-18T16:00:05Z');
    expect((await sms.text('Note 15', { From: sender })).replies[0]).toMatch(/Your case code is/);
  });

  it('Should still answer STATUS and HELP from a sender whose submissions are spent for the hour, and hold back a flood of questions on its own budget', async () => {
    clock.set('2026-11-18T17:10:00Z');
    const sender = '+13125550007';
    const code = codeIn((await sms.text('The loading dock lights flicker all night', { From: sender })).replies[0]);
    for (let i = 2; i <= 10; i += 1) await sms.text(`More feedback ${i}`, { From: sender });
    expect((await sms.text('One too many', { From: sender })).replies[0]).toMatch(/this one was not saved/);

    expect((await sms.text(`STATUS ${code}`, { From: sender })).replies[0]).toMatch(new RegExp(`^Case ${code}: `));
    expect((await sms.text('HELP', { From: sender })).replies[0]).toMatch(/STATUS/);
    expect((await sms.text('STATUS', { From: sender })).replies).toHaveLength(1);

    // Another number floods questions: 5 per submission allowed (50), one polite refusal, then silence; its submissions are untouched.
    // (Paced under the SMS webhook's own requests-per-second limit, which is another bound.)
    const flooder = '+13125550008';
    const paced = () => new Promise((r) => setTimeout(r, 110));
    for (let i = 1; i <= 50; i += 1) {
      expect((await sms.text(`STATUS ${code}`, { From: flooder })).replies).toHaveLength(1);
      await paced();
    }
    expect((await sms.text(`STATUS ${code}`, { From: flooder })).replies).toEqual([
      'You have asked a lot of questions this hour, so this one was not answered. Please try again in 50 minutes.',
    ]);
    expect((await sms.text('HELP', { From: flooder })).replies).toEqual([]);
    expect((await sms.text('The fire door on level 2 is propped open', { From: flooder })).replies[0]).toMatch(
      /Your case code is/,
    );
  }, 90_000); // some forty texts in a row: over 30 s on a loaded machine

  it('Should let `npm run sms` send a signed text to the running stack and print the reply', async () => {
    const { PUBLIC_URL: _publicUrl, TWILIO_AUTH_TOKEN: _token, ...env } = process.env;
    const args = [
      'scripts/sms.ts',
      '--from',
      '+13125550006',
      '--to',
      PLANT2_NUMBER,
      'The heating in the',
      'canteen is broken',
    ];
    const { stdout } = await promisify(execFile)(join('node_modules', '.bin', 'tsx'), args, {
      env: { ...env, PORT: new URL(stack.urls.app).port, DATA_DIR: dataDir.path },
    });
    const code = codeIn(stdout);
    expect(stdout.trim()).toBe(
      `Thank you. Your case code is ${code}. Text STATUS ${code} to follow it. Your number is not kept.`,
    );
    expect((await stack.statusOf(code)).status).toBe(200);
  });

  it('Should say which site `npm run sms` texts when no --to is given, and how to text another', async () => {
    const { PUBLIC_URL: _publicUrl, TWILIO_AUTH_TOKEN: _token, ...env } = process.env;
    const { stdout, stderr } = await promisify(execFile)(
      join('node_modules', '.bin', 'tsx'),
      ['scripts/sms.ts', '--from', '+13125550007', 'The forklift in bay 3 has no brakes'],
      { env: { ...env, PORT: new URL(stack.urls.app).port, DATA_DIR: dataDir.path } },
    );
    expect(stderr).toMatch(/^Texting \+\d+, the number of [^.]+\. Another site: .*--to \+\d+/);
    expect(stderr).toContain(`--to ${PLANT2_NUMBER}`);
    expect(stdout).toContain('Your case code is');
  });

  it('Should say when `npm run sms` texts a number no site has, and which numbers the sites have', async () => {
    // A number of its own: a text within five minutes of the same number's urgent report is added to that case.
    const { PUBLIC_URL: _publicUrl, TWILIO_AUTH_TOKEN: _token, ...env } = process.env;
    const { stdout, stderr } = await promisify(execFile)(
      join('node_modules', '.bin', 'tsx'),
      ['scripts/sms.ts', '--from', '+13125550009', '--to', '+1555', 'The canteen closes too early'],
      { env: { ...env, PORT: new URL(stack.urls.app).port, DATA_DIR: dataDir.path } },
    );
    expect(stderr).toMatch(/^No site has the number \+1555, so the report is kept with no site\. The sites' numbers: /);
    expect(stderr).toContain(`--to ${PLANT2_NUMBER}`);
    expect(stdout).toContain('Your case code is');
  });

  it('Should take an SNS-delivered End User Messaging text end to end, replying with SendTextMessage from the texted number', async () => {
    const { handler, sender } = sms.eumHandler(clock);
    const before = await sms.caseCount();
    const event = snsInboundSms({
      originationNumber: '+447700900123',
      destinationNumber: PLANT2_NUMBER,
      messageBody: 'URGENT the emergency shower near line 2 is dry',
    });
    await handler(event);
    expect(sender.sent).toEqual([
      {
        to: '+447700900123',
        from: PLANT2_NUMBER,
        text: expect.stringMatching(/is marked urgent for a senior leader/),
      },
      {
        to: '+447700900123',
        from: PLANT2_NUMBER,
        text: 'If you or someone else is in danger now, call 911.',
      },
    ]);
    const code = codeIn(sender.sent[0]!.text);
    await waitUntilRead(stack, code);

    await handler(event); // SNS or Lambda delivering again
    expect(sender.sent.slice(2).map((s) => s.text)).toEqual(sender.sent.slice(0, 2).map((s) => s.text));
    expect(await sms.caseCount()).toBe(before + 1);
    const record = (await sms.items()).find((i) => i.type === 'case' && i.escalateRequested === true);
    expect(record).toMatchObject({ channel: 'sms', site: 'plant2' });
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Numbers from the ranges set aside for fiction and tests.
const TWILIO_SENDERS = ['+13125558317', '+447700900461'];
const EUM_SENDER = '+61491570156';
const FORMS = [...TWILIO_SENDERS, EUM_SENDER].flatMap((number) => {
  const digits = number.slice(1);
  return [number, digits, digits.slice(-10), digits.slice(-7)];
});

describe('anonymity: after a run of texts from known numbers', () => {
  const dataDir = tempDataDir();
  const output = captureOutput();
  const clock = fixedClock('2026-11-18T15:30:00Z');
  const dumps: Record<string, string> = {};
  let rateItems = -1;

  beforeAll(async () => {
    const logger = new Logger({ serviceName: 'sms-anonymity-test', logLevel: 'DEBUG' });
    const stack = await startTestStack({ dataDir: dataDir.path, clock, logger });
    const sms = smsClient(stack, dataDir.path, logger);
    // Hold the analysis queue still while texting, so every message the intake sent can be read from it.
    await stack.analysisPoller.stop();
    const codes: string[] = [];

    for (const [i, from] of TWILIO_SENDERS.entries()) {
      const code = codeIn((await sms.text(`Night shift breaks keep getting cut (${i})`, { From: from })).replies[0]);
      codes.push(code);
      await sms.text(`STATUS ${code}`, { From: from });
      await sms.text('HELP', { From: from });
      const mms = {
        From: from,
        NumMedia: '1',
        MediaUrl0: 'https://api.twilio.com/x/Media/ME0',
        MediaContentType0: 'image/jpeg',
      };
      codes.push(
        codeIn((await sms.text('#plant2 URGENT someone was hurt by the press, nobody reported it', mms)).replies[0]),
      );
      const retried = { From: from, MessageSid: newMessageSid() };
      await sms.text('Said twice', retried);
      await sms.text('Said twice', retried);
      await sms.text('Forged', { From: from }, { token: 'not-the-token-not-the-token' });
      await sms.text('STOP', { From: from });
    }
    for (let i = 0; i < 12; i += 1) await sms.text(`Note ${i}`, { From: TWILIO_SENDERS[0]! });

    const eum = sms.eumHandler(clock);
    await eum.handler(
      snsInboundSms({
        originationNumber: EUM_SENDER,
        destinationNumber: PLANT2_NUMBER,
        messageBody: 'URGENT I was threatened by a supervisor',
      }),
    );
    const code = codeIn(eum.sender.sent[0]?.text);
    codes.push(code);
    await eum.handler(
      snsInboundSms({ originationNumber: EUM_SENDER, destinationNumber: PLANT2_NUMBER, messageBody: `STATUS ${code}` }),
    );
    await eum.handler(
      snsInboundSms({ originationNumber: EUM_SENDER, destinationNumber: PLANT2_NUMBER, messageBody: 'help' }),
    );
    // The urgent receipt and HELP each come with whom to call in danger.
    expect(eum.sender.sent).toHaveLength(5);

    // Read every queued message (briefly hidden, so each is seen once), then let the pipeline run on.
    const seen = new Map<string, string>();
    // Every lane: texts urgent in their words go to the priority lane, texts only marked URGENT to the marked one.
    for (const QueueUrl of [
      stack.queues.analysis.url,
      stack.queues.analysisPriority.url,
      stack.queues.analysisMarked.url,
    ])
      for (;;) {
        const receive = new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
          VisibilityTimeout: 2,
        });
        const { Messages = [] } = await sms.sqs.send(receive);
        const fresh = Messages.filter((m) => !seen.has(m.MessageId!));
        if (fresh.length === 0) break;
        for (const m of fresh) seen.set(m.MessageId!, JSON.stringify(m));
      }
    dumps.analysisQueue = [...seen.values()].join('\n');
    stack.analysisPoller.start();
    for (const c of codes) await waitUntilRead(stack, c);
    // Escalations of the urgent texts, where they are sent, reach the outbox shortly after.
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && !(await (await fetch(`${stack.urls.outbox}/store`)).text()).includes('"subject"'))
      await new Promise((r) => setTimeout(r, 100));

    const items = await sms.items();
    rateItems = items.filter(
      (i) => /^(THROTTLE|KIOSKRATE)#/.test(String(i.pk)) || /throttle|rate/.test(String(i.type)),
    ).length;
    dumps.table = JSON.stringify(items);
    let queued = '';
    for (const pair of Object.values(stack.queues)) {
      for (const url of [pair.url, pair.dlqUrl]) {
        const { Messages = [] } = await sms.sqs.send(
          new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
        );
        queued += JSON.stringify(Messages);
      }
    }
    dumps.queuesAfter = queued;
    dumps.outbox = await (await fetch(`${stack.urls.outbox}/store`)).text();
    sms.close();
    await stack.stop();
    dumps.disk = filesUnder(dataDir.path)
      .filter((f) => !f.endsWith('secrets.json'))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('\n');
  });
  afterAll(() => {
    output.restore();
    dataDir.remove();
  });

  it('Should really have stored, queued and logged the run', () => {
    expect(rateItems).toBe(0); // sender counters live outside the table
    expect(dumps.analysisQueue).toContain('Night shift breaks keep getting cut (1)');
    expect(dumps.analysisQueue).toContain('I was threatened by a supervisor');
    expect(dumps.table).toContain('"channel":"sms"');
    // An accepted text is not logged (its time would date the case); other outcomes are.
    expect(output.text()).not.toContain('"outcome":"accepted"');
    expect(output.text()).toContain('"provider":"end-user-messaging"');
  });

  it.each(FORMS)('Should hold no trace of %s in the table, queue messages, outbox, logs or data files', (form) => {
    for (const [where, text] of Object.entries({ ...dumps, logs: output.text() }))
      expect(text, where).not.toContain(form);
  });
});
