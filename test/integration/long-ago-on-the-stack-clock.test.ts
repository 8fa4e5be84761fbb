import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { useTestStack } from '../support/test-stack';

// A newcomer trying several weeks starts the stack on a clock of their own. An accident told as last year's by that
// clock ("In 2026 a worker was crushed by a pallet here", read in 2027) is history, counted in the digest, not an
// escalation; told as this year's, it is a report a leader must see. The analysis reads the year off the stack's
// clock, not this machine's.
describe('an accident in a named year, on a stack whose clock is set', () => {
  const stack = useTestStack({ clock: fixedClock('2027-03-03T15:00:00Z') });

  it("Should analyse an accident of the clock's last year as history, and escalate one of its own year", async () => {
    const history = await stack.submit({ text: 'In 2026 a worker was crushed by a pallet here, it was awful.' });
    const now = await stack.submit({ text: 'In 2027 a worker was crushed by a pallet here, it was awful.' });
    await stack.waitForStatus(history.caseCode, 'analysed');
    await stack.waitForStatus(now.caseCode, 'escalated');
    expect((await stack.statusOf(history.caseCode)).body.status).toBe('analysed');
  });
});
