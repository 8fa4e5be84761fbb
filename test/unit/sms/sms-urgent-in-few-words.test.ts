import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createSmsInboundHandler } from '../../../functions/sms-inbound/handler';
import { exampleConfig, fixedClock, inMemoryRateState, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryQueue } from '../../support/in-memory';
import { CapturingSmsSender, PLANT2_NUMBER, snsInboundSms } from '../../support/sms';

const EMPLOYEE = '+447700900462';

// "911 bay 3 fire" was texted without the word URGENT: the reply gave no emergency line, because the detector read
// nothing in it. The emergency line follows the detector; "marked urgent" stays the sender's own request (the receipt
// claims only what was stored), so it is not expected here.
describe('an urgent text in few words, without the word URGENT', { timeout: 60_000 }, () => {
  it.each([
    '911 bay 3 fire',
    'theres a guy in the parking lot w a gun',
    'lockout tagout not done, they told us to work on live machine',
  ])('Should be answered with the emergency line: %j', async (text) => {
    const clock = fixedClock();
    const sender = new CapturingSmsSender();
    const handler = createSmsInboundHandler({
      config: exampleConfig,
      cases: new InMemoryCaseStore(),
      queue: new InMemoryQueue(),
      clock,
      pepper: TEST_PEPPER,
      rateState: inMemoryRateState(clock),
      sender,
      logger: new Logger({ serviceName: 'sms-inbound-test', logLevel: 'SILENT' }),
    });
    await handler(snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: text }));
    expect(sender.sent.map((sent) => sent.text)).toEqual([
      expect.stringMatching(/^Thank you\. Your case code is /),
      'If you or someone else is in danger now, call 911.',
    ]);
  });
});
