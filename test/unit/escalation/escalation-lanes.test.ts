import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { ESCALATION_REASONS, type EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { caseEscalation } from '../../../shared/use-cases/escalate-if-needed';
import { escalationLanes } from '../../../shared/use-cases/escalation-lanes';
import { exampleConfig } from '../../support/fixtures';

class Recorded {
  readonly messages: EscalationMessage[] = [];
  async enqueue(message: EscalationMessage) {
    this.messages.push(message);
  }
}

const lanes = () => ({ priority: new Recorded(), normal: new Recorded() });

/** The escalation analysis raises for a report, as `escalateIfNeeded` builds it. */
const escalationFor = (over: Partial<AnalysisMessage> & { text: string }, topics: string[] = []) => {
  const message: AnalysisMessage = {
    id: crypto.randomUUID(),
    caseKey: 'a'.repeat(64),
    channel: 'web',
    week: '2026-W49',
    escalate: false,
    site: 'hq',
    ...over,
  };
  const escalation = caseEscalation(exampleConfig, {
    message,
    sentiment: 'NEGATIVE',
    topics,
    redactedText: message.text,
    urgentCategories: detectUrgency(message.text).categories,
  });
  if (!escalation) throw new Error(`no escalation for ${message.text}`);
  return escalation;
};

describe('the escalation queue’s two lanes, as analysis fills them', () => {
  it.each([
    [
      'a Spanish gun threat, ticked too',
      { text: 'hay un tipo con una pistola dice que va a matar al supervisor', escalate: true },
    ],
    ['a French locked fire exit', { text: 'La sortie de secours est fermée à clé depuis lundi' }],
    ['an English gas leak, not ticked', { text: 'There is a gas leak in bay 3, it smells really strong' }],
  ])('Should send %s on the priority lane', async (_, over) => {
    const queues = lanes();
    const escalation = escalationFor(over);
    await escalationLanes(queues).enqueue(escalation);
    expect(queues.priority.messages).toEqual([escalation]);
    expect(queues.normal.messages).toEqual([]);
  });

  it('Should send a report on a topic the config marks urgent on the priority lane, whatever its words', async () => {
    const urgentTopic = exampleConfig.topics.find((t) => t.urgent)!.id;
    const queues = lanes();
    // Chosen by the employee, as the form's topic list offers it: a keyword alone must also report a problem.
    await escalationLanes(queues).enqueue(
      escalationFor({ text: 'Please look at the rota', topic: urgentTopic }, [urgentTopic]),
    );
    expect(queues.priority.messages).toHaveLength(1);
  });

  it.each([
    ['ticked, its words calm', { text: 'URGENT coffee is too weak', escalate: true }],
    ['asking in words only', { text: 'es urgente: el café está frío otra vez' }],
    [
      'a kiosk box ticked on a calm note',
      { text: 'The lockers need new keys', escalate: true, channel: 'kiosk' as const },
    ],
  ])('Should send a report %s on the normal lane: asking is free for anyone', async (_, over) => {
    const queues = lanes();
    await escalationLanes(queues).enqueue(escalationFor(over));
    expect(queues.normal.messages).toHaveLength(1);
    expect(queues.priority.messages).toEqual([]);
  });

  it('Should put every escalation on exactly one lane, unchanged, the priority lane exactly when its words or topic are urgent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...ESCALATION_REASONS], { minLength: 1 }),
        fc.string(),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        async (reasons, redactedText, urgentCategories) => {
          const escalation: EscalationMessage = {
            escalationId: `case:${crypto.randomUUID()}`,
            reasons,
            week: '2026-W49',
            topics: [],
            urgentCategories,
            redactedText,
          };
          const queues = lanes();
          await escalationLanes(queues).enqueue(escalation);
          const urgent = reasons.includes('urgent-topic');
          expect(queues.priority.messages).toEqual(urgent ? [escalation] : []);
          expect(queues.normal.messages).toEqual(urgent ? [] : [escalation]);
        },
      ),
    );
  });
});
