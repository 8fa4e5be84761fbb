import { describe, expect, it } from 'vitest';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { analysisLanes } from '../../../shared/runtime/analysis-lanes';
import { urgentLane } from '../../../shared/use-cases/urgent-lane';
import { exampleConfig } from '../../support/fixtures';

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
  week: '2026-W49',
  escalate: false,
  text: 'The canteen coffee is too weak',
  ...over,
});

describe('the analysis queue’s three lanes, as the intake fills them', () => {
  const lanes = () => ({ normal: new Recorded(), priority: new Recorded(), marked: new Recorded() });

  it.each([
    ['on an urgent topic', { topic: 'safety', text: 'Please look at the rota' }],
    ['a Spanish gas leak', { text: 'Hay una fuga de gas en la nave 3, huele muchísimo' }],
    ['a French locked fire exit', { text: 'La sortie de secours est fermée à clé depuis lundi' }],
    [
      'a Spanish gun threat, also ticked urgent',
      {
        escalate: true,
        text: 'hay un tipo con una pistola en el estacionamiento dice que va a matar al supervisor',
      },
    ],
  ])('Should put a report %s on the priority lane, unchanged', async (_, over) => {
    const l = lanes();
    const sent = message(over);
    await analysisLanes(exampleConfig, l).enqueue(sent);
    expect(l.priority.messages).toEqual([sent]);
    expect(l.marked.messages).toEqual([]);
    expect(l.normal.messages).toEqual([]);
  });

  it.each([
    ['web', 'URGENT coffee 17'],
    ['sms', 'Please look at the loading bay rota'],
    ['kiosk', 'El café de la sala de descanso está frío'],
  ] as const)(
    'Should put a %s report only ticked urgent (“%s”) on the marked lane, below the priority lane',
    async (channel, text) => {
      const l = lanes();
      const sent = message({ channel, text, escalate: true });
      await analysisLanes(exampleConfig, l).enqueue(sent);
      expect(l.marked.messages).toEqual([sent]);
      expect(l.priority.messages).toEqual([]);
      expect(l.normal.messages).toEqual([]);
    },
  );

  it.each([
    ['es urgente, el café está frío otra vez'],
    ["C'est urgent : les casiers du hall B ne ferment plus"],
    ['This is urgent please, the rota for next week is missing'],
  ])('Should put a calm report that asks in words (“%s”) on the marked lane, as the box would', async (text) => {
    // Analysis escalates it as asked for (`requested`): it must not wait behind the normal lane's backlog.
    const l = lanes();
    const sent = message({ text });
    await analysisLanes(exampleConfig, l).enqueue(sent);
    expect(l.marked.messages).toEqual([sent]);
    expect(l.priority.messages).toEqual([]);
    expect(l.normal.messages).toEqual([]);
  });

  it('Should put calm reports and empty kiosk taps on the normal lane', async () => {
    const l = lanes();
    await analysisLanes(exampleConfig, l).enqueue(message({}));
    await analysisLanes(exampleConfig, l).enqueue(message({ channel: 'kiosk', text: '', rating: 4 }));
    expect(l.normal.messages).toHaveLength(2);
    expect(l.priority.messages).toEqual([]);
    expect(l.marked.messages).toEqual([]);
  });

  it('Should send a report to the priority lane when the detector fails, never lose it', async () => {
    const l = lanes();
    const lane = urgentLane(l, {
      readsUrgent: () => {
        throw new RangeError('boom');
      },
    });
    await lane.enqueue(message({}));
    await lane.enqueue(message({ escalate: true }));
    expect(l.priority.messages).toHaveLength(2);
  });
});
