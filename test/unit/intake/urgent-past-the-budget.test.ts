import { describe, expect, it } from 'vitest';
import { READINGS_PER_BUDGET } from '../../../functions/intake/middleware/rate-limit';
import { appWithFakes, json } from '../../support/fixtures';

// Reading a refused report's words for urgency costs CPU, so a flood of long calm reports may have only
// so many read (five times the channel's budget); past that, a report its employee marked urgent is still
// taken, and any other is refused unread, as one that may be urgent. Every refusal gives the emergency number.

const CALM = 'The vending machine on floor 3 is out of coffee. '.repeat(30);
const DANGER = /NOT saved\. .*If you or someone else is in danger now, call/;

describe('the JSON API past a spent budget, under a flood of long calm reports', () => {
  it('Should read only so many refused reports, then refuse unread with whom to call, and still take one marked urgent', async () => {
    const { app, queue } = appWithFakes({ rateLimits: { api: { perSecond: 0.001, burst: 1 } } });
    expect((await app.request('/feedback', json({ text: 'first one in' }))).status).toBe(201);

    for (let i = 0; i < READINGS_PER_BUDGET; i += 1) {
      const read = await app.request('/feedback', json({ text: `${CALM}${i}` }));
      expect(read.status).toBe(429);
      // Read and not urgent: still told it was NOT saved, and whom to call (the detector can miss danger).
      const { error: readRefusal } = (await read.json()) as { error: { message: string } };
      expect(readRefusal.message).toMatch(DANGER);
      expect(readRefusal.message).not.toMatch(/even urgent ones/);
    }
    const unread = await app.request('/feedback', json({ text: 'there is a man with a gun in the parking lot' }));
    expect(unread.status).toBe(429);
    const { error } = (await unread.json()) as { error: { message: string } };
    expect(error.message).toMatch(DANGER);
    // Unread, and told so truthfully (attacker's report: "even urgent ones" said of a report nobody read), with
    // what would still take it: marked urgent, as the next one is.
    expect(error.message).toMatch(/yours was not read, and was NOT saved\. .*marked urgent if it is/);
    expect(error.message).not.toMatch(/even urgent ones/);

    const marked = await app.request('/feedback', json({ text: 'There is smoke in the paint shop', escalate: true }));
    expect(marked.status).toBe(201);
    expect(queue.messages).toHaveLength(2);
  });
});
