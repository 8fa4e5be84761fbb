import { describe, expect, it } from 'vitest';
import { useFloodStack } from '../support/report-flood';

const BACKLOG = 150;
const CALM = (i: number) =>
  `The vending machine on floor ${i % 7} has run out of tea again, could it be refilled more often`;

/**
 * Issue 12: an urgent report never waits behind a backlog. With the worker
 * paused, a flood of calm submissions is queued, then urgent ones; once it
 * resumes, each urgent one is escalated while calm ones are still waiting.
 * Order, not timing: the worker takes the priority lane first.
 */
describe('urgent reports jump the analysis backlog, on the local stack', () => {
  const { stack, waiting, submitEach } = useFloodStack();

  it.each([
    [
      'read as urgent from its text (Spanish, no box ticked)',
      { text: 'Hay una fuga de gas en la nave 3, huele muchísimo y nadie hace nada', site: 'plant2' },
      'analysisPriority',
    ],
    // Urgent only by a keyword of an urgent topic, its words calm: analysis escalates it, so the lane must not hold it back.
    ['urgent by a safety keyword alone', { text: 'Oil on the floor by press 4', site: 'plant2' }, 'analysisPriority'],
    [
      'urgent by a harassment keyword alone',
      { text: 'I was threatened by a coworker', site: 'plant2' },
      'analysisPriority',
    ],
    [
      'marked urgent by the employee',
      { text: 'Please look at the loading bay rota', site: 'plant2', escalate: true },
      'analysisMarked',
    ],
  ] as const)(
    'Should escalate a report %s before a backlog of calm ones is analysed',
    async (_, urgent, lane) => {
      await stack.analysisPoller.stop();
      const calm = await submitEach(BACKLOG, (i) => ({ text: CALM(i), site: 'hq' }));
      const { caseCode: urgentCode } = await stack.submit(urgent);
      // Queued, in the order sent, and the urgent one in a lane of its own: by its words, or only ticked.
      expect(await waiting(stack.queues.analysis.url)).toBe(BACKLOG);
      expect(await waiting(stack.queues[lane].url)).toBe(1);

      stack.analysisPoller.start();
      await stack.waitForStatus(urgentCode, 'escalated', 30_000);
      const stillWaiting = (await Promise.all(calm.map((code) => stack.statusOf(code)))).filter(
        (s) => s.body.status === 'received',
      ).length;
      expect(stillWaiting).toBeGreaterThan(0);
      // Nothing calm is lost for it: the backlog drains after.
      for (const code of calm) await stack.waitForStatus(code, 'analysed', 60_000);
    },
    180_000,
  );

  it('Should keep calm reports, and their order, on the normal lane', async () => {
    await stack.analysisPoller.stop();
    await stack.submit({ text: CALM(1), site: 'hq' });
    expect(await waiting(stack.queues.analysisPriority.url)).toBe(0);
    expect(await waiting(stack.queues.analysisMarked.url)).toBe(0);
    expect(await waiting(stack.queues.analysis.url)).toBe(1);
    stack.analysisPoller.start();
  });

  it('Should keep praise that names an urgent topic on the normal lane, and escalate none of it', async () => {
    await stack.analysisPoller.stop();
    const praise = [
      'The forklift training course was excellent',
      'Thanks for fixing the wet floor sign so quickly',
      'The anti-bullying workshop was well run',
    ];
    const codes: string[] = [];
    for (const text of praise) codes.push((await stack.submit({ text, site: 'hq' })).caseCode);
    expect(await waiting(stack.queues.analysisPriority.url)).toBe(0);
    expect(await waiting(stack.queues.analysis.url)).toBe(praise.length);
    stack.analysisPoller.start();
    for (const code of codes) await stack.waitForStatus(code, 'analysed', 60_000);
  }, 120_000);
});
