import { describe, expect, it } from 'vitest';
import { outbox, waitFor } from '../support/outbox';
import { GUN_THREAT, useFloodStack } from '../support/report-flood';

const FLOOD = 60;

/**
 * Anyone can tick "urgent": a flood of ticked reports with calm words (all
 * inside the budget, all taken) must never stand in front of a report whose
 * own words say someone is in danger. With the worker paused, the flood is
 * queued first and the real report last; once the worker resumes, the real
 * one is analysed and escalated first. Order, not timing: before the fix
 * every ticked report shared one first-in, first-out lane with it, so the
 * whole flood was worked (and emailed) before it.
 */
describe('a report urgent in its own words is escalated before a flood of ticked-only ones', () => {
  const { stack, waiting, submitEach, untilRaised } = useFloodStack();

  it('Should analyse and email the gun threat first, while the ticked flood still waits', async () => {
    const before = (await outbox(stack.urls.outbox)).length;
    await stack.analysisPoller.stop();
    const flood = await submitEach(FLOOD, (i) => ({ text: `URGENT coffee ${i}`, site: 'hq', escalate: true }));
    // Ticked too, as an attacker's reports are: the words decide, not the box.
    const { status, caseCode: realCode } = await stack.submit({ text: GUN_THREAT, site: 'hq', escalate: true });
    expect(status).toBe(201);
    expect(await waiting(stack.queues.analysisPriority.url)).toBe(1);
    expect(await waiting(stack.queues.analysisMarked.url)).toBe(FLOOD);

    stack.analysisPoller.start();
    await stack.waitForStatus(realCode, 'escalated', 60_000);
    const stillWaiting = (await Promise.all(flood.map((code) => stack.statusOf(code)))).filter(
      (s) => s.body.status === 'received',
    ).length;
    expect(stillWaiting).toBeGreaterThan(0);

    // The sponsor's first urgent email of the run is the real one, not buried under the flood's.
    const first = await waitFor('the first urgent email', async () =>
      (await outbox(stack.urls.outbox)).slice(before).find((e) => e.subject.startsWith('Urgent')),
    );
    expect(first.body.text).not.toContain('coffee');

    // Nothing of the flood is lost for it: each ticked report is still analysed and escalated (past the
    // hour's few emails one by one, told with the others in the sweep's one email: marked-urgent-flood.test.ts).
    await untilRaised(flood, 240_000);
    await stack.sweep();
    for (const code of flood) await stack.waitForStatus(code, 'escalated', 120_000);
  }, 300_000);
});
