import { readsAllClear } from '../analysis/answer-all-clear';
import { urgentTopicsReported } from '../analysis/urgency/topic-keywords';
import type { Config } from '../config/schema';
import { sponsorsNamedIn } from '../domain/conflicts';
import type { EscalationMessage } from '../domain/escalation';
import type { AnalysisMessage } from '../domain/feedback';
import type { Analysis } from '../ports/analyzer';
import { threadDay, threadExpiry } from '../ports/case-thread';
import type { AnalyseFeedbackDeps, SaveOutcome } from './analyse-feedback';
import { urgentByWhatItReports } from './answer-on-a-live-urgent-case';
import { detectorOn } from './detector-on-clock';

/** The analysis helpers a thread answer shares with a submission, passed in so both read text the same way. */
export interface AnswerReading {
  topicsOf(config: Config, message: AnalysisMessage, urgentCategories: readonly string[]): Set<string>;
  urgentCategoriesOf(detectUrgency: (text: string) => string[], text: string): string[];
}

/**
 * Saves an employee's answer in their case's conversation, once analysed:
 * - every answer is read for sponsors' names in its raw text (the only place
 *   a name still is), as a first report is: the case then goes around them;
 * - an urgent answer re-escalates the case's own escalation, never a new
 *   one: the same route, around the same people (`notify-thread-answer.ts`).
 * - any answer with content on a case urgent and still live (open, not yet acknowledged),
 *   as the intake read it and told the employee (`atOnce`,
 *   `answer-on-a-live-urgent-case.ts`), is told to its holder and shown at once;
 * - any answer in a case urgent in what it reports, open, whose holder has
 *   written in its conversation (asked something), is told to its holder
 *   and shown at once, as an urgent one is, unless it only says all is well
 *   (`readsAllClear`): that one waits for its hour like any answer;
 *   Urgent as a report is (`readsUrgentTopic`): the detector flags its words,
 *   or an urgent topic's keyword is in a clause reporting a problem ("the wet
 *   floor is still there and someone slipped"); a keyword in thanks or praise
 *   ("the wet floor sign is back, thanks") is an ordinary answer;
 * - the redacted answer is added to the thread (once, however often delivered),
 *   kept from every sponsor it names: the escalation stage moves the case
 *   around them only after this, and meanwhile the sponsor it names may
 *   still hold the case and open its page (neither the answer nor a "new
 *   answer" mark shows there);
 * - a closed case's conversation takes no answer (the thread refuses it);
 * - the case's holder is told, through the escalation queue (`threadAnswer`).
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

  const queue = deps.escalation?.queue;
  // Courtesy alone texted after the report ("thanks", "ok", "merci", "👍") says nothing new: it is wanted now only as
  // the answer to what the holder asked ("is anyone still inside? reply yes or no"), as any answer is then.
  const courtesy = message.followUp === true && message.courtesy === true;
  const followUp = message.followUp === true && !courtesy;
  const read =
    deps.escalation && answerNotice(deps, detectorOn(deps.escalation, deps.clock), message, result, record, reading);
  // In a case urgent and still open whose holder has asked something, an answer goes at once unless it only
  // says all is well: they need it now ("which floor?"), and batching meant for anonymity must not hold it.
  const inUrgentCase =
    read !== undefined &&
    !read.reasons.includes('urgent-topic') &&
    // The intake found the case urgent and still live, and told the employee their answer goes now: it does, in
    // whatever words ("ahora hay dos en el piso y no despiertan" waited for the hour: attack att42, F0).
    (message.atOnce === true ||
      (!readsAllClear(message.text) &&
        // Details texted minutes after the report go at once however the case became urgent, its URGENT mark too:
        // "URGENT need a supervisor at the north gate" then "it is by bay 4" waited for the hour (attack round 28, F1).
        (message.followUp === true || urgentByWhatItReports(deps.config, record)) &&
        (await caseUrgentAndOpen(deps.threads, record.caseKey, followUp))));
  const notice =
    read && inUrgentCase ? { ...read, inUrgentCase: true, ...(message.followUp ? { followUp: true } : {}) } : read;
  const urgent = notice?.reasons.includes('urgent-topic') === true || inUrgentCase;
  // Urgent first, as for any submission: its holder is told before any bookkeeping.
  if (notice && urgent) await queue?.enqueue(notice);
  const named = notice?.namedSponsors ?? sponsorsNamedIn(deps.config, message.text, record.site);
  const stored = await deps.threads.append(
    record.caseKey,
    {
      from: 'employee',
      text: result.redactedText,
      day: threadDay(deps.clock.now(), deps.config.timezone),
      onceKey: message.id,
      ...(message.hour ? { hour: message.hour } : {}),
      ...(message.turn ? { turn: message.turn } : {}),
      ...(named.length ? { notFor: named } : {}),
      // Its holder is emailed it at once (above), so no page need wait for the hour. Courtesy texted minutes after
      // the report is shown at once too, as its details are: its time tells no more than theirs.
      ...(urgent || courtesy ? { shownAtOnce: true } : {}),
    },
    threadExpiry(deps.config, record.week),
  );
  // The thread filled up or was closed meanwhile (the intake refuses answers to a full or closed one): nobody is told of it.
  if (!stored) return 'saved';
  // Courtesy nobody asked for is kept on the case's page, never emailed: "thanks" is no news to act on.
  if (notice && !urgent && !courtesy) await queue?.enqueue(notice);
  return 'saved';
}

/**
 * Whether the case is urgent (noted on its thread with its deadline, or by an urgent answer), not closed,
 * and its holder has written in its conversation: they asked something and wait for the answer to act.
 * An answer nobody asked for, in words not urgent, keeps to its hour, so its time does not identify its writer;
 * except details texted within minutes of the report (`followUp`), which its holder needs now.
 */
async function caseUrgentAndOpen(
  threads: NonNullable<AnalyseFeedbackDeps['threads']>,
  caseKey: string,
  followUp: boolean,
) {
  const summary = await threads.summary(caseKey);
  // Details texted within minutes of the urgent report ("2 people still inside") are wanted now, asked or not:
  // their time tells the holder only that they came minutes after a report whose own hour the holder was told.
  return summary.urgent === true && (followUp || summary.sponsorWrote === true) && !summary.closed;
}

/** The notice for the case's holder: the answer redacted, whom its raw text names, and whether it is urgent. */
function answerNotice(
  deps: AnalyseFeedbackDeps,
  detectUrgency: (text: string) => string[],
  message: AnalysisMessage,
  result: Analysis,
  record: { id: string; caseKey: string; site?: string },
  reading: AnswerReading,
): EscalationMessage {
  const urgentCategories = reading.urgentCategoriesOf(detectUrgency, message.text);
  // Read as a first report's words are (`readsUrgentTopic`; an answer has no topic chosen): a keyword alone
  // names a topic, it makes the answer urgent only where it reports a problem.
  const urgent = urgentCategories.length > 0 || urgentTopicsReported(message.text, deps.config.topics).length > 0;
  // The topics the holder's email names; none on an ordinary answer, which `isUrgent` would read as urgent.
  const urgentTopics = urgent
    ? [...reading.topicsOf(deps.config, message, urgentCategories)].filter(
        (t) => deps.config.topics.find((c) => c.id === t)?.urgent,
      )
    : [];
  const namedSponsors = sponsorsNamedIn(deps.config, message.text, record.site);
  return {
    escalationId: `case:${record.id}`,
    threadAnswer: true,
    answerId: message.id,
    ...(message.hour ? { hour: message.hour } : {}),
    // 'requested' only fills the required field: an answer is urgent by its words alone.
    reasons: urgent ? ['urgent-topic'] : ['requested'],
    caseKey: record.caseKey,
    week: message.week,
    site: record.site,
    topics: urgentTopics,
    urgentCategories,
    redactedText: result.redactedText,
    language: result.language,
    ...(namedSponsors.length ? { namedSponsors } : {}),
  };
}

/**
 * The employee says the report is about whoever handles the case (`employeeObjects`): no words for the
 * thread, nothing counted; the escalation stage takes the case around its holder with the hour's answers.
 */
export async function saveObjection(deps: AnalyseFeedbackDeps, message: AnalysisMessage): Promise<SaveOutcome> {
  const record = await deps.cases.findCase(message.caseKey);
  if (!record) return 'case-missing';
  await deps.escalation?.queue.enqueue(objectionNotice(message, record));
  return 'saved';
}

/** The employee's objection, for the escalation stage to take the case around its holder (`notify-thread-answer.ts`). */
function objectionNotice(
  message: AnalysisMessage,
  record: { id: string; caseKey: string; site?: string },
): EscalationMessage {
  return {
    escalationId: `case:${record.id}`,
    threadAnswer: true,
    objection: true,
    answerId: message.id,
    ...(message.hour ? { hour: message.hour } : {}),
    reasons: ['requested'],
    caseKey: record.caseKey,
    week: message.week,
    site: record.site,
    topics: [],
    urgentCategories: [],
    redactedText: '',
  };
}
