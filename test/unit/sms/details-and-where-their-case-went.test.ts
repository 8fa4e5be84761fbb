import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analyseBatch, saveAnalysisOf } from '../../../shared/use-cases/analyse-feedback';
import { MAX_DETAIL_WAITS } from '../../../shared/use-cases/detail-and-its-case';
import { exampleConfig } from '../../support/fixtures';
import { InMemoryPatternCounter, InMemoryQueue, InMemoryWeeklyFigures } from '../../support/in-memory';
import { smsTestApp } from '../../support/sms';

// sms40, items 1 and 2. Calm words texted while the sender's urgent case is on its way wait 20 seconds behind it as
// its details. Read then, they go where the case went:
// - still on its way (a queue slower than those seconds): they wait behind it again, and reach its holder with it;
//   until 2026-12-06 they were kept as an ordinary answer, told to its holder only at the end of their hour;
// - analysed and passed to no one (the intake's reading was on the safe side, or analysis disagreed): they are read
//   as reports under the case (counted in the week, their own urgency read); until 2026-12-06 they were kept in a
//   conversation nobody reads.

const FROM = '+15557773402';
const FIRE = 'There is a fire in the paint shop, bay 3';
const CALM = 'also the parking lot lights by gate 4 have been out for weeks';
const WORSE = 'and now someone collapsed by the door and is not breathing';

async function detailsBehind(text = CALM) {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  await env.text(FIRE, { From: FROM });
  env.clock.set('2026-11-18T15:30:20Z');
  await env.text(text, { From: FROM });
  const details = (env.queue.messages as AnalysisMessage[]).find((m) => m.text === text);
  expect(details).toMatchObject({ threadAnswer: true, followUp: true });
  const raised: EscalationMessage[] = [];
  const again = new InMemoryQueue();
  const figures = new InMemoryWeeklyFigures();
  const deps = {
    config: exampleConfig,
    cases: env.store,
    analyzer: new OfflineAnalyzer(),
    figures,
    clock: env.clock,
    detailsQueue: again,
    escalation: {
      queue: { enqueue: async (e: EscalationMessage) => void raised.push(e) },
      patterns: new InMemoryPatternCounter(),
      detectUrgency: (t: string) => detectUrgency(t).categories,
    },
  };
  const read = async (message: AnalysisMessage) =>
    saveAnalysisOf(deps, message, (await analyseBatch(deps, [message])).get(message.id)!);
  return { env, details: details!, raised, again, figures, read };
}

describe('details read by analysis, by where their case went', () => {
  it('Should queue them behind the case again while it is not yet analysed, or waits for the escalation stage', async () => {
    const { env, details, raised, again, figures, read } = await detailsBehind();
    await read(details);
    expect(again.messages).toEqual([expect.objectContaining({ id: details.id, text: CALM, waitedBehind: 1 })]);
    await env.store.markAnalysed(details.caseKey);
    await env.store.markBeingPassedOn(details.caseKey);
    await read(again.messages[0]!);
    expect(again.messages[1]).toMatchObject({ id: details.id, waitedBehind: 2 });
    // Nothing told, nothing counted meanwhile.
    expect(raised).toEqual([]);
    expect(figures.contributions.size).toBe(0);
  });

  it('Should stop waiting after a bounded number of times', async () => {
    const { details, again, read } = await detailsBehind();
    await expect(read({ ...details, waitedBehind: MAX_DETAIL_WAITS })).rejects.toThrow(/case threads/);
    expect(again.messages).toEqual([]);
  });

  it('Should read them as a report under a case passed to no one: counted in the week, no one emailed', async () => {
    const { env, details, raised, again, figures, read } = await detailsBehind();
    await env.store.markAnalysed(details.caseKey);
    await read(details);
    expect(again.messages).toEqual([]);
    expect(raised).toEqual([]);
    expect([...figures.contributions.values()]).toEqual([
      expect.objectContaining({ channel: 'sms', site: 'hq', topics: ['facilities'] }),
    ]);
    // Counted under a token of its own: the case's own count is not taken by its details.
    expect([...figures.contributions.keys()][0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('Should raise them when their own words are urgent, under the case', async () => {
    // Words urgent on their own are filed apart at the intake; read calm there and urgent by analysis, they are raised.
    const { env, details, raised, read } = await detailsBehind(CALM);
    await env.store.markAnalysed(details.caseKey);
    await read({ ...details, text: WORSE });
    expect(raised).toEqual([
      expect.objectContaining({ reasons: ['urgent-topic'], caseKey: details.caseKey, redactedText: WORSE }),
    ]);
  });
});
