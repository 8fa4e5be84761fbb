import { Logger } from '@aws-lambda-powertools/logger';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { loadLocalSecrets } from '../../local/local-secrets';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../shared/config/schema';
import { fixedClock } from './fixtures';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';
import { newMessageSid, PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from './sms';

type TestStack = Awaited<ReturnType<typeof startTestStack>>;
type RateLimit = { perSecond: number; burst: number };

/**
 * The real local stack for the tests of one `describe` that text it as Twilio
 * does: every channel's budget roomy unless `rateLimits` says otherwise, and
 * `deliver(fields)`: posts them signed with the stack's own Twilio token and
 * gives back the status and what the phone would show. Call it inside the
 * `describe`.
 */
export function useSmsStack(options: {
  serviceName: string;
  startsAt: string;
  rateLimits?: Partial<Record<IntakeChannel, RateLimit>>;
  /** Writes a config file into the stack's data folder and gives its path (the example config when absent). */
  config?: (dataDir: string) => string;
}) {
  const dataDir = tempDataDir();
  const clock = fixedClock(options.startsAt);
  let stack: TestStack | undefined;
  let token = '';

  beforeAll(async () => {
    const roomy = { perSecond: 1000, burst: 1000 };
    stack = await startTestStack({
      dataDir: dataDir.path,
      clock,
      configPath: options.config?.(dataDir.path),
      logger: new Logger({ serviceName: options.serviceName, logLevel: 'SILENT' }),
      rateLimits: { ...Object.fromEntries(INTAKE_CHANNELS.map((c) => [c, roomy])), ...options.rateLimits },
    });
    token = loadLocalSecrets(dataDir.path, {}).TWILIO_AUTH_TOKEN;
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const bound = lateBound(() => stack, 'the local stack');
  /**
   * Posts `sent` under the signature Twilio made for `signed`: the real text when they are the same, a forgery
   * (a captured signature over other fields) when they differ.
   */
  const post = (signed: Record<string, string>, sent: Record<string, string> = signed) =>
    fetch(
      bound.urls.smsTwilio,
      signedTwilioRequest(signed, { url: bound.urls.smsTwilio, token, body: new URLSearchParams(sent).toString() }),
    );
  const deliver = async (fields: Record<string, string>) => {
    const res = await post(fields);
    return { status: res.status, replies: await repliesOf(res) };
  };
  /** One text as Twilio delivers it, which the stack must take (200); what the phone would show. */
  const text = async (From: string, Body: string, To = PLANT2_NUMBER, MessageSid = newMessageSid()) => {
    const { status, replies } = await deliver(twilioFields({ Body, From, To, MessageSid }));
    expect(status, Body).toBe(200);
    return replies;
  };
  /** Every item of the table, as an operator scanning it sees them. */
  const tableItems = async () => {
    const documents = localDocuments(bound.urls.dynamodb);
    try {
      return (await documents.send(new ScanCommand({ TableName: bound.tableName }))).Items ?? [];
    } finally {
      documents.destroy();
    }
  };
  const caseCount = async () => (await tableItems()).filter((item) => item.type === 'case').length;
  return { stack: bound, clock, deliver, post, text, tableItems, caseCount };
}
