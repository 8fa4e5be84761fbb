import type { AnalysisMessage } from '../../shared/domain/feedback';

let people = 0;

/**
 * A submission as the analyze stage reads it, from someone who has not sent
 * one before in this test file: a new id and a new case key each time, so the
 * pattern rule counts each as another person. A test sets what it is about
 * (its text, site, channel, topic).
 */
export function analysisMessage(overrides: Partial<AnalysisMessage> = {}): AnalysisMessage {
  people += 1;
  return {
    id: crypto.randomUUID(),
    caseKey: people.toString(16).padStart(64, 'c'),
    channel: 'web',
    week: '2026-W47',
    site: 'plant2',
    escalate: false,
    text: '',
    ...overrides,
  };
}
