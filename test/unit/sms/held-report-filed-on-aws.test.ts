import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createSmsInboundHandler } from '../../../functions/sms-inbound/handler';
import { exampleConfig, fixedClock, inMemoryRateState, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryQueue } from '../../support/in-memory';
import { CapturingSmsSender, PLANT2_NUMBER, snsInboundSms } from '../../support/sms';

/*
 * sms56: on AWS a held SMS report (its words may show who wrote it: `report-singles-out.ts`) is filed as written when
 * its time is up by the sms-inbound function, which a schedule invokes every ten minutes with `{ fileHeldReports:
 * true }` (`infra/constructs/inbound-sms.ts`). With sms51 it was forgotten with the hour's key: a report the detector
 * read calm, and perhaps urgent, was never filed.
 */
describe('the End User Messaging function, invoked by its schedule', () => {
  it('Should file a held report whose time is up as written, and nothing before it', async () => {
    const clock = fixedClock('2026-11-18T15:30:00Z');
    const queue = new InMemoryQueue();
    const sender = new CapturingSmsSender();
    const handler = createSmsInboundHandler({
      config: exampleConfig,
      cases: new InMemoryCaseStore(),
      queue,
      clock,
      pepper: TEST_PEPPER,
      rateState: inMemoryRateState(clock),
      sender,
      logger: new Logger({ serviceName: 'sms-inbound-test', logLevel: 'SILENT' }),
    });
    const body = 'soy la única cajera del turno de noche y la máquina de café nunca funciona';
    await handler(
      snsInboundSms({ originationNumber: '+447700900461', destinationNumber: PLANT2_NUMBER, messageBody: body }),
    );
    expect(sender.sent.map((s) => s.text).join(' ')).toMatch(/Si no hace nada/);
    expect(queue.messages).toEqual([]);

    clock.set('2026-11-18T15:45:00Z');
    await handler({ fileHeldReports: true });
    expect(queue.messages).toEqual([]);

    clock.set('2026-11-18T16:15:00Z');
    await handler({ fileHeldReports: true });
    expect(queue.messages).toEqual([expect.objectContaining({ channel: 'sms', site: 'plant2', text: body })]);
    await handler({ fileHeldReports: true });
    expect(queue.messages).toHaveLength(1);
  });
});
