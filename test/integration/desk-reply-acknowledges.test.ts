import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../shared/ports/clock';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
  body: new URLSearchParams(fields).toString(),
});
const HOUR = 3_600_000;

/** Issue 14: writing to the employee from the desk shows the case was seen, exactly as from the case's own link. */
describe('a question from the case desk acknowledges the case', () => {
  const dataDir = tempDataDir();
  let now = Date.now();
  const clock: Clock = { now: () => new Date(now) };
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should mark the case acknowledged for the employee, stop the clock and never climb to the backup', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    const desk = deskLinkIn(email)!;
    const casePath = (await (await withinBudget(desk)).text()).match(/href="(\/desk\/[\w.-]+\/case\/[^"]+)"/)![1]!;

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
