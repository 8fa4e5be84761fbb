import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analyseBatch, saveAnalysisOf } from '../../../shared/use-cases/analyse-feedback';
import { readsUrgentInItself } from '../../../shared/use-cases/reads-urgent';
import { urgentLane } from '../../../shared/use-cases/urgent-lane';
import { exampleConfig } from '../../support/fixtures';
import { InMemoryPatternCounter, InMemoryQueue, InMemoryWeeklyFigures } from '../../support/in-memory';
import { codeIn, smsTestApp } from '../../support/sms';
import { systemClock } from '../../../shared/ports/clock';

// Attack round 31 (atp31, F1): details texted within minutes of an urgent report, which its case could not take
// (still being analysed), were filed as a report of their own under the first report's urgent topic, stored as the
// case's chosen `topic`. An SMS cannot choose a topic, so every SMS case holding one was such details: the operator
// reading the table (for as long as cases are kept, years after the five-minute link record was forgotten) paired it
// with the other urgent SMS case of that site, hour and topic, and knew both came from one person. The followed
// topic now travels on the analysis message alone: it routes the details and makes them urgent, and is stored nowhere
// a case's own words could not have put it.

const FROM = '+15557773101';
const FIRE = 'There is a fire in the paint shop, bay 3';
const GAS = 'There is a strong gas smell by the boiler room door';
// Calm details texted while the case is on its way now wait behind it and go into its conversation (op39 F1, below):
// details filed apart are words urgent on their own (of the same danger) or details after two reports.
const DETAILS = 'two people are still trapped in the spray booth by door 9, one is not breathing';
const CALM = 'it is the spray booth by door 9, not the one by the canteen';

type Sent = AnalysisMessage & { threadAnswer?: boolean };

/** Each way details become a report of their own while the urgent case is still on its way. */
const WAYS: [name: string, send: (env: ReturnType<typeof smsTestApp>) => Promise<void>][] = [
  [
    'plain details',
    async (env) => {
      await env.text(FIRE, { From: FROM });
      env.clock.set('2026-11-18T15:30:20Z');
      await env.text(DETAILS, { From: FROM });
    },
  ],
  [
    'details after a mistyped code',
    async (env) => {
      await env.text(FIRE, { From: FROM });
      env.clock.set('2026-11-18T15:30:20Z');
      await env.text(`7KQ4M-XW9TQ ${DETAILS}`, { From: FROM });
    },
  ],
  [
    'details after two urgent reports on one topic',
    async (env) => {
      await env.text(FIRE, { From: FROM });
      env.clock.set('2026-11-18T15:30:10Z');
      await env.text(GAS, { From: FROM });
      env.clock.set('2026-11-18T15:30:20Z');
      await env.text(DETAILS, { From: FROM });
    },
  ],
];

describe('details filed apart from the urgent report they follow', () => {
  it.each(WAYS)('Should store no topic an SMS cannot choose on any case (%s)', async (_name, send) => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    await send(env);
    const sms = [...env.store.cases.values()].filter((c) => c.channel === 'sms');
    expect(sms.length).toBeGreaterThan(1);
    for (const stored of sms) expect(stored.topic).toBeUndefined();
    // Still routed where the fire went, by the message alone (read, never stored).
    const details = (env.queue.messages as Sent[]).find((m) => !m.threadAnswer && m.text.includes('spray booth'));
    expect(details).toMatchObject({ followsTopic: 'safety', escalate: false });
    expect(details?.topic).toBeUndefined();
  });

  it('Should file calm details, texted while the case is on its way, as no case at all: they wait behind it', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const fire = codeIn((await env.text(FIRE, { From: FROM }))[0]);
    env.clock.set('2026-11-18T15:30:20Z');
    expect((await env.text(CALM, { From: FROM }))[0]).toContain(`Your words were added to case ${fire}`);
    expect(env.store.cases.size).toBe(1);
    const details = (env.queue.messages as Sent[]).find((m) => m.text === CALM);
    expect(details).toMatchObject({ threadAnswer: true, escalate: false });
    expect(details?.followsTopic).toBeUndefined();
  });

  it('Should still raise the details at once, as urgent, under the followed topic', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const fire = codeIn((await env.text(FIRE, { From: FROM }))[0]);
    env.clock.set('2026-11-18T15:30:20Z');
    const reply = await env.text(DETAILS, { From: FROM });
    expect(reply[0]).toMatch(/marked urgent for a senior leader/);
    expect(reply[0]).not.toContain(fire);
    const details = (env.queue.messages as Sent[]).find((m) => m.text === DETAILS)!;

    // The intake's lane: urgent in itself (its followed topic), never behind a flood of ticked reports.
    const lanes = { priority: new InMemoryQueue(), marked: new InMemoryQueue(), normal: new InMemoryQueue() };
    const lane = urgentLane(lanes, {
      readsUrgent: (r) => readsUrgentInItself(exampleConfig.topics, r, undefined, systemClock),
    });
    await lane.enqueue(details);
    expect(lanes.priority.messages).toHaveLength(1);

    // Analysis: escalated for its urgent topic, the topic on the escalation and in the analysis, not on the case.
    const raised: EscalationMessage[] = [];
    const deps = {
      config: exampleConfig,
      cases: env.store,
      analyzer: new OfflineAnalyzer(),
      figures: new InMemoryWeeklyFigures(),
      clock: env.clock,
      escalation: {
        queue: { enqueue: async (e: EscalationMessage) => void raised.push(e) },
        patterns: new InMemoryPatternCounter(),
        detectUrgency: (text: string) => detectUrgency(text).categories,
      },
    };
    const result = (await analyseBatch(deps, [details])).get(details.id)!;
    await saveAnalysisOf(deps, details, result);
    expect(raised).toEqual([expect.objectContaining({ reasons: ['urgent-topic'], caseKey: details.caseKey })]);
    expect(raised[0]!.topics).toContain('safety');
    const stored = env.store.cases.get(details.caseKey)!;
    expect(stored.topic).toBeUndefined();
    expect(stored.analysis?.topics).toContain('safety');
  });
});
