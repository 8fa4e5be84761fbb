import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../shared/config/schema';
import { fixedClock } from './fixtures';
import { lateBound } from './late-bound';
import { startTestStack, tempDataDir } from './local-stack';
import { repliesOf, signedTwilioRequest } from './sms';

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
  const deliver = async (fields: Record<string, string>) => {
    const res = await fetch(bound.urls.smsTwilio, signedTwilioRequest(fields, { url: bound.urls.smsTwilio, token }));
    return { status: res.status, replies: await repliesOf(res) };
  };
  return { stack: bound, clock, deliver };
}
