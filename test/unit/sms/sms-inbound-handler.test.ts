import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import { createSmsInboundHandler, InboundSmsFailedError } from '../../../functions/sms-inbound/handler';
import { captureOutput } from '../../support/capture-output';
import { exampleConfig, fixedClock, inMemoryRateState, TEST_PEPPER } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryQueue } from '../../support/in-memory';
import { CapturingSmsSender, codeIn, PLANT2_NUMBER, snsInboundSms } from '../../support/sms';

const EMPLOYEE = '+447700900461';

function eumHandler({ logLevel = 'SILENT' }: { logLevel?: 'SILENT' | 'DEBUG' } = {}) {
  const clock = fixedClock();
  const store = new InMemoryCaseStore();
  const queue = new InMemoryQueue();
  const sender = new CapturingSmsSender();
  const handler = createSmsInboundHandler({
    config: exampleConfig,
    cases: store,
    queue,
    clock,
    pepper: TEST_PEPPER,
    rateState: inMemoryRateState(clock),
    sender,
    logger: new Logger({ serviceName: 'sms-inbound-test', logLevel }),
  });
  return { handler, store, queue, sender };
}

describe('the End User Messaging inbound SMS Lambda', () => {
  it('Should store the feedback under the texted number\u2019s site and reply from that number with the case code', async () => {
    const { handler, sender, queue } = eumHandler();
    await handler(
      snsInboundSms({
        originationNumber: EMPLOYEE,
        destinationNumber: PLANT2_NUMBER,
        messageBody: 'URGENT forklift brakes are failing',
      }),
    );
    expect(sender.sent).toEqual([
      { to: EMPLOYEE, from: PLANT2_NUMBER, text: expect.stringMatching(/is marked urgent for a senior leader/) },
      {
        to: EMPLOYEE,
        from: PLANT2_NUMBER,
        text: 'If you or someone else is in danger now, call 911.',
      },
    ]);
    expect(queue.messages).toEqual([
      expect.objectContaining({ channel: 'sms', site: 'plant2', escalate: true, text: 'forklift brakes are failing' }),
    ]);
  });

  it('Should reply in Spanish to a text written in Spanish, and to AYUDA', async () => {
    const { handler, sender } = eumHandler();
    await handler(
      snsInboundSms({
        originationNumber: EMPLOYEE,
        destinationNumber: PLANT2_NUMBER,
        messageBody: 'Los frenos de la carretilla no funcionan bien',
      }),
    );
    await handler(
      snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: 'ayuda' }),
    );
    expect(sender.sent.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Gracias\. Su código de caso es [0-9A-Z]{5}-[0-9A-Z]{5}\. Envíe ESTADO/),
      // The brakes failing read urgent: whom to call in danger follows the receipt, and the help.
      'Si usted u otra persona corre peligro ahora, llame al 911.',
      expect.stringMatching(/^Listening Post: opiniones anónimas/),
      'Si usted u otra persona corre peligro ahora, llame al 911.',
    ]);
  });

  it('Should make one case and send the same reply when SNS delivers the same inboundMessageId again', async () => {
    const { handler, sender, store } = eumHandler();
    const event = snsInboundSms({
      originationNumber: EMPLOYEE,
      destinationNumber: PLANT2_NUMBER,
      messageBody: 'Too few chairs in the canteen',
    });
    await handler(event);
    await handler(event);
    expect(sender.sent).toHaveLength(2);
    expect(codeIn(sender.sent[1]!.text)).toBe(codeIn(sender.sent[0]!.text));
    expect(store.cases.size).toBe(1);
  });

  it('Should answer STATUS and HELP with texts, and STOP with none', async () => {
    const { handler, sender } = eumHandler();
    await handler(
      snsInboundSms({
        originationNumber: EMPLOYEE,
        destinationNumber: PLANT2_NUMBER,
        messageBody: 'Noise in the packing hall',
      }),
    );
    const code = codeIn(sender.sent[0]!.text);
    await handler(
      snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: `STATUS ${code}` }),
    );
    await handler(
      snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: 'help' }),
    );
    await handler(
      snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: 'STOP' }),
    );
    expect(sender.sent.map((s) => s.text)).toEqual([
      expect.stringContaining(code),
      `Case ${code}: received; it will be read shortly.`,
      expect.stringMatching(/Reply STOP to stop/),
      'If you or someone else is in danger now, call 911.',
    ]);
  });

  it('Should drop a payload it cannot read, without retrying or logging its contents', async () => {
    const { handler, sender, store } = eumHandler({ logLevel: 'DEBUG' });
    const event = snsInboundSms({ originationNumber: EMPLOYEE, destinationNumber: PLANT2_NUMBER, messageBody: 'x' });
    const withMessage = (message: string) => ({
      Records: [{ ...event.Records[0]!, Sns: { ...event.Records[0]!.Sns, Message: message } }],
    });
    const output = captureOutput();
    try {
      await handler(withMessage(`{"originationNumber":"${EMPLOYEE}","messageBody":"no destination or id"}`));
      await handler(withMessage(`not json ${EMPLOYEE}`));
    } finally {
      output.restore();
    }
    expect(output.text().match(/inbound SMS payload not understood/g)).toHaveLength(2);
    expect(output.text()).not.toContain('7700900461');
    expect(sender.sent).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });

  it('Should throw, for Lambda to retry, an error that does not quote the number when the reply cannot be sent', async () => {
    const { handler, sender, store } = eumHandler();
    sender.fail = true;
    const event = snsInboundSms({
      originationNumber: EMPLOYEE,
      destinationNumber: PLANT2_NUMBER,
      messageBody: 'Lockers are broken',
    });
    const failure = await handler(event).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(InboundSmsFailedError);
    expect(String((failure as Error).message)).not.toContain('7700900461');
    expect((failure as Error).cause).toBeUndefined();
    // The retry makes no second case and this time the reply goes out.
    sender.fail = false;
    await handler(event);
    expect(store.cases.size).toBe(1);
    expect(sender.sent).toHaveLength(1);
  });

  it('Should throw for Lambda to retry when the table is down, having stored nothing', async () => {
    const { handler, sender, store } = eumHandler();
    store.failWrites = true;
    const event = snsInboundSms({
      originationNumber: EMPLOYEE,
      destinationNumber: PLANT2_NUMBER,
      messageBody: 'Lost?',
    });
    await expect(handler(event)).rejects.toThrow(InboundSmsFailedError);
    expect(sender.sent).toHaveLength(0);
    expect(store.cases.size).toBe(0);
  });
});
