import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedTwilioRequest, smsTestApp, twilioFields } from '../../support/sms';

const ANY_TEXT = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    'URGENT',
    'STATUS',
    'STATUS ABCDE-FGHJK',
    '#',
    '#nope hi',
    'URGENT #plant2',
    '\u0000',
    '💥'.repeat(900),
  ),
);

/**
 * Twilio signs whatever a phone sent, and whatever it sends itself: a signed
 * text with any body, number or id is answered in TwiML (a 200) or refused
 * with a 4xx, never a 5xx, which Twilio would retry and then drop.
 */
describe('signed texts with any content (generated)', () => {
  it('Should answer every signed text with a 2xx or 4xx, never a 5xx, and keep at most one case', {
    timeout: 120_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        ANY_TEXT,
        fc.option(ANY_TEXT),
        fc.option(ANY_TEXT),
        fc.option(ANY_TEXT),
        fc.option(fc.constantFrom('0', '1', '-1', 'x', '99')),
        async (body, from, to, sid, numMedia) => {
          const { app, store } = smsTestApp();
          const fields = twilioFields({
            Body: body,
            ...(from !== null ? { From: from } : {}),
            ...(to !== null ? { To: to } : {}),
            ...(sid !== null ? { MessageSid: sid, SmsSid: sid, SmsMessageSid: sid } : {}),
            ...(numMedia !== null ? { NumMedia: numMedia } : {}),
          });
          const res = await app.request('/sms/twilio', signedTwilioRequest(fields));
          await res.text();
          expect(res.status).toBeLessThan(500);
          expect(store.cases.size).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
