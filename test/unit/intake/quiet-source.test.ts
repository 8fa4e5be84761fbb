import { beforeAll, describe, expect, it } from 'vitest';
import { InMemoryWindowStateStore } from '../../../shared/adapters/local/in-memory-window-state-store';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analysisLanes } from '../../../shared/runtime/analysis-lanes';
import { RateAndReplayState } from '../../../shared/use-cases/rate-and-replay-state';
import { quietSources, smsSource, webSource } from '../../../shared/use-cases/quiet-source';
import { exampleConfig, fixedClock } from '../../support/fixtures';

// Attack round 40, F11: one web client's 31 fire reports spent the Plant 2 manager's hour of urgent emails, and
// a real report texted by someone else waited for the sweep's list. The intake now marks an urgent report from a
// source that sent few this hour (`quietSource`), which is emailed on its own past a flood; never the source.

class Recorded {
  readonly messages: AnalysisMessage[] = [];
  async enqueue(message: AnalysisMessage) {
    this.messages.push(message);
  }
}

const message = (over: Partial<AnalysisMessage>): AnalysisMessage => ({
  id: crypto.randomUUID(),
  caseKey: 'a'.repeat(64),
  channel: 'web',
  week: '2026-W47',
  escalate: false,
  text: 'The canteen coffee is too weak',
  ...over,
});

function intake() {
  const clock = fixedClock('2026-11-18T15:05:00Z');
  const rateState = new RateAndReplayState(new InMemoryWindowStateStore(clock), clock);
  const lanes = { normal: new Recorded(), priority: new Recorded(), marked: new Recorded() };
  const queue = analysisLanes(exampleConfig, lanes, clock, quietSources(rateState, 3));
  const sent = () => [...lanes.priority.messages, ...lanes.marked.messages, ...lanes.normal.messages];
  return { clock, lanes, queue, sent };
}

/** Urgent in their words, in several languages and spellings; and only ticked. */
const URGENT = [
  'Fire in the boiler house, thick smoke, get everyone out',
  'hay humo saliendo del cuarto eléctrico y huele a quemado, la gente tose',
  'Marek spadł z rusztowania i nie oddycha',
  'someone collapsed in the freezer and isnt breathing',
];

describe('a source’s urgent reports of the hour, as the intake counts them', () => {
  // The detector's rules load on the first report, as on a cold intake: once, before the tests' own time.
  beforeAll(async () => {
    await intake().queue.enqueue(message({ text: URGENT[0]! }));
  }, 120_000);

  it('Should mark the first three urgent reports of one source quiet, not the ones after', async () => {
    const { queue, sent } = intake();
    for (const text of [...URGENT, URGENT[0]!])
      await queue.enqueue(message({ text, site: 'plant2' }), { source: webSource('plant2') });
    expect(sent().map((m) => m.quietSource === true)).toEqual([true, true, true, false, false]);
  });

  it('Should count each source apart: a flood on the web form at one site leaves a phone, and another site, quiet', async () => {
    const { queue, lanes } = intake();
    for (let i = 0; i < 10; i++)
      await queue.enqueue(message({ text: `${URGENT[0]} on level ${i}`, site: 'plant2' }), {
        source: webSource('plant2'),
      });
    const texted = message({ channel: 'sms', text: URGENT[3]!, site: 'plant2' });
    await queue.enqueue(texted, { source: smsSource('+1 (555) 810-0001') });
    const elsewhere = message({ text: URGENT[1]!, site: 'warehouse' });
    await queue.enqueue(elsewhere, { source: webSource('warehouse') });
    expect(lanes.priority.messages.at(-2)).toEqual({ ...texted, quietSource: true });
    expect(lanes.priority.messages.at(-1)).toEqual({ ...elsewhere, quietSource: true });
  });

  it('Should count ticked reports apart from those urgent in their words: ticks never spend the words’ places', async () => {
    const { queue, lanes } = intake();
    for (let i = 0; i < 6; i++)
      await queue.enqueue(message({ text: `please call me about item ${i}`, escalate: true }), { source: 'kiosk:k1' });
    expect(lanes.marked.messages.map((m) => m.quietSource === true)).toEqual([true, true, true, false, false, false]);
    await queue.enqueue(message({ channel: 'kiosk', text: URGENT[2]! }), { source: 'kiosk:k1' });
    expect(lanes.priority.messages[0]!.quietSource).toBe(true);
  });

  it('Should count a new hour afresh', async () => {
    const { queue, clock, sent } = intake();
    for (const text of URGENT) await queue.enqueue(message({ text }), { source: 'kiosk:k2' });
    clock.set('2026-11-18T16:00:01Z');
    await queue.enqueue(message({ text: URGENT[0]! }), { source: 'kiosk:k2' });
    expect(sent().map((m) => m.quietSource === true)).toEqual([true, true, true, false, true]);
  });

  it('Should leave calm reports, and reports with no source, unmarked, and never queue the source', async () => {
    const { queue, sent } = intake();
    await queue.enqueue(message({ text: 'the canteen closes too early' }), { source: 'kiosk:k3' });
    await queue.enqueue(message({ text: URGENT[0]! }));
    expect(sent().map((m) => m.quietSource)).toEqual([undefined, undefined]);
    expect(JSON.stringify(sent())).not.toContain('kiosk:k3');
  });
});
