import { describe, expect, it } from 'vitest';
import { caseKeyFor } from '../../../shared/domain/case-code';
import { appWithFakes, inMemoryRateState, TEST_PEPPER } from '../../support/fixtures';
import { codeIn, repliesOf, signedTwilioRequest, smsChannel, smsTestApp, twilioFields } from '../../support/sms';

// Attack round 28 (F10): under `npm start` the link from a number to its urgent case of the last five minutes lives
// in the local stack's memory only (local/start-local-stack.ts: InMemoryWindowStateStore), as the hour's rate
// state does, so no file on the laptop ever ties a number's HMAC to a case. A restart within those minutes forgets
// it: the details texted after it are a report of their own. This is decided, and written in docs/sms.md and
// docs/local-stack.md; this test holds the documented behaviour, so a change to it is a change to the docs too.

const FROM = '+15557772701';

describe('details after an urgent text, across a local restart', () => {
  it('Should file details after a restart as a report of their own, read as any report is, the urgent case untouched', async () => {
    const before = smsTestApp();
    before.clock.set('2026-11-18T15:30:00Z');
    const code = codeIn((await before.text('There is a fire in the paint shop, bay 3', { From: FROM }))[0]);
    await before.store.advanceStatus(caseKeyFor(code, TEST_PEPPER), 'escalated');

    // The same table and queues, a new process: what `npm start` builds at every start, its rate state new.
    before.clock.set('2026-11-18T15:31:00Z');
    const after = appWithFakes({
      clock: before.clock,
      sms: smsChannel(before.clock),
      cases: before.store,
      queue: before.queue,
      rateState: inMemoryRateState(before.clock),
    });
    const text = async (body: string) =>
      repliesOf(await after.app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body, From: FROM }))));

    const replies = await text('2 people still inside, near the spray booth');
    expect(replies[0]).toMatch(/Your case code is/);
    expect(replies[0]).not.toContain(code);
    const sent = before.queue.messages as { threadAnswer?: boolean }[];
    expect(sent.filter((m) => m.threadAnswer)).toEqual([]);
    expect(before.store.cases.size).toBe(2);

    // Words that read urgent alone are escalated whatever the restart forgot: the same danger as the report just
    // made after it, still on its way to a sponsor, so an urgent report of their own (attack att33, F3).
    expect(await text('he is not breathing, send an ambulance')).toEqual([
      expect.stringMatching(/is marked urgent for a senior leader/),
      expect.stringMatching(/call 911/),
    ]);
  });
});
