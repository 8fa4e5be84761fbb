import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

// Issue 14, item 4: the sponsor's case page (/ack) said "overdue" by the
// machine's clock while the desk, the sweep and the emails read the
// installation's clock. Here that clock is injected, and set in the past:
// by the machine's clock the case would long be overdue. On the real
// stand-ins, with the sponsors' routes as `npm start` serves them.

const OVERDUE = /\(overdue\)/;

describe('the case page’s "overdue", by the installation’s clock', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock);
  const pageAt = async (url: string) => {
    const res = await withinBudget(url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    return res.text();
  };
  /** The case's clock on the page, "Acknowledge by …". */
  const acknowledgeBy = (page: string) => /<dt><strong>Acknowledge by<\/strong><\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1];

  it('Should not call a fresh case overdue, however late the machine’s own clock is', async () => {
    expect(Date.now()).toBeGreaterThan(clock.now().getTime() + 7 * 86_400_000);
    const page = await pageAt(held.ack);
    expect(acknowledgeBy(page)).toMatch(/^\w+day, November 18, 2026 at \d+ (AM|PM) Central Time$/);
    expect(page).not.toMatch(OVERDUE);
  });

  it('Should call it overdue once that clock passes its deadline, as the desk does', async () => {
    clock.set('2026-11-19T15:00:00Z');
    const page = await pageAt(held.ack);
    expect(acknowledgeBy(page)).toMatch(OVERDUE);
    expect(await pageAt(held.desk)).toMatch(/Overdue: it was due to be acknowledged by/);
  });
});
