import { describe, expect, it } from 'vitest';
import type { Clock } from '../../shared/ports/clock';
import { caseLinksIn } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';
const HOUR = 3_600_000;

/** Issue 14: writing to the employee from the desk shows the case was seen, exactly as from the case's own link. */
describe('a question from the case desk acknowledges the case', () => {
  let now = Date.now();
  const clock: Clock = { now: () => new Date(now) };
  const held = useEscalatedCase(clock);
  const { stack } = held;

  it('Should mark the case acknowledged for the employee, stop the clock and never climb to the backup', async () => {
    const { caseCode, desk } = held;
    const casePath = caseLinksIn(await (await withinBudget(desk)).text())[0]!;

    const sent = await withinBudget(
      `${stack.urls.app}${casePath}`,
      form({ action: 'reply', message: 'Which exit do you mean?' }),
    );
    expect(sent.status).toBe(200);
    expect((await stack.statusOf(caseCode)).body.status).toBe('acknowledged');
    expect(await (await withinBudget(desk)).text()).not.toContain('Waiting for you: acknowledge');

    // Well past the urgent SLA: an acknowledged case stays where it is, and nobody else is emailed.
    now += 6 * HOUR;
    const before = (await outbox(stack.urls.outbox)).length;
    const swept = await stack.sweep();
    expect(swept.moved).toBe(0);
    const after = await outbox(stack.urls.outbox);
    expect(after.slice(before).filter((e) => e.destination.to.includes('coo@example.com'))).toEqual([]);
  });
});
