import type { Config } from '../config/schema';
import type { EscalationMessage } from '../domain/escalation';
import type { AnalysisMessage } from '../domain/feedback';
import type { Analysis } from '../ports/analyzer';
import { threadDay, threadExpiry } from '../ports/case-thread';
import type { AnalyseFeedbackDeps, SaveOutcome } from './analyse-feedback';
import { caseEscalation } from './escalate-if-needed';

/** The analysis helpers a thread answer shares with a submission, passed in so both read text the same way. */
export interface AnswerReading {
  topicsOf(config: Config, message: AnalysisMessage, urgentCategories: readonly string[]): Set<string>;
  urgentCategoriesOf(detectUrgency: (text: string) => string[], text: string): string[];
}

/**
 * Saves an employee's answer in their case's conversation, once analysed:
 * - if it is urgent it escalates, as a submission would (around anyone it names);
 * - the redacted answer is added to the thread (once, however often delivered);
 * - the case's sponsor is told, through the escalation queue (`threadAnswer`).
 * It is counted in no figures, offered to no digest sample and no pattern:
 * the conversation stays between the employee and the sponsor.
 */
export async function saveThreadAnswer(
  deps: AnalyseFeedbackDeps,
  message: AnalysisMessage,
  result: Analysis,
  reading: AnswerReading,
): Promise<SaveOutcome> {
  if (!deps.threads) throw new Error('an answer in a conversation needs the case threads');
  const record = await deps.cases.findCase(message.caseKey);
  if (!record) return 'case-missing';

  let urgentCategories: string[] = [];
  if (deps.escalation) {
    urgentCategories = reading.urgentCategoriesOf(deps.escalation.detectUrgency, message.text);
    const topics = [...reading.topicsOf(deps.config, message, urgentCategories)];
    // Urgent first, as for any submission: its own escalation, id from this answer's delivery.
    const urgent = caseEscalation(deps.config, {
      message,
      sentiment: result.sentiment,
      topics,
      redactedText: result.redactedText,
      urgentCategories,
      language: result.language,
    });
    if (urgent) await deps.escalation.queue.enqueue(urgent);
  }

  const stored = await deps.threads.append(
    record.caseKey,
    { from: 'employee', text: result.redactedText, day: threadDay(deps.clock.now()), onceKey: message.id },
    threadExpiry(deps.config, record.week),
  );
  if (!stored) return 'saved'; // the thread filled up meanwhile (the intake refuses answers to a full one)

  if (deps.escalation) {
    const notice: EscalationMessage = {
      escalationId: `case:${record.id}`,
      threadAnswer: true,
      reasons: ['requested'],
      caseKey: record.caseKey,
      week: message.week,
      site: record.site,
      topics: [],
      urgentCategories,
      redactedText: result.redactedText,
      language: result.language,
    };
    await deps.escalation.queue.enqueue(notice);
  }
  return 'saved';
}
