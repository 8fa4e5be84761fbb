import type { Config } from '../config/schema';
import { localPlaceholders } from '../i18n/placeholders';
import { translate, type Language, type MessageKey } from '../i18n/translate';
import type { MessageParams } from '../i18n/message-format';
import { MAX_TEXT_CHARACTERS } from './limits';
import type { CaseStatus } from './feedback';
import { numberedSmsParts, plainPunctuation, smsSegmentCount, toGsm7, truncateGsm7 } from './gsm7';

/**
 * Every text the SMS channel sends, from the message catalogue in the
 * employee's language (`shared/i18n/`). Each fits two segments (one when a
 * shorter wording allows), whatever the configured names: in GSM-7 when its
 * letters allow, else in UCS-2 (an accent GSM-7 lacks: á, ç, ê). Only a case's published response may run to
 * several, numbered, messages.
 */

/** Segments a reply may take: one message on every phone, two at most on the bill. */
export const MAX_REPLY_SEGMENTS = 2;
const GSM7_TWO_PARTS = 2 * 153;

/**
 * The cheapest variant that keeps the language's own letters: the first that
 * fits one segment, else the first that fits two. Failing both, the first
 * that fits two once the accents GSM-7 lacks are dropped (its 306 septets
 * hold far more than UCS-2's 134 units); failing that, the last, cut to fit.
 */
function firstThatFits(language: Language, variants: readonly [MessageKey, MessageParams?][]): string {
  const texts = variants.map(([key, params]) => plainPunctuation(translate(language, key, params)));
  const natural =
    texts.find((t) => smsSegmentCount(t) === 1) ?? texts.find((t) => smsSegmentCount(t) <= MAX_REPLY_SEGMENTS);
  if (natural !== undefined) return natural;
  const gsm = texts.map(toGsm7);
  return (
    gsm.find((t) => smsSegmentCount(t) <= MAX_REPLY_SEGMENTS) ?? truncateGsm7(gsm[gsm.length - 1]!, GSM7_TWO_PARTS)
  );
}

const only =
  (key: MessageKey, params?: MessageParams) =>
  (language: Language = 'en') =>
    firstThatFits(language, [[key, params]]);

export function acceptedReply(
  caseCode: string,
  { escalate, pictures }: { escalate: boolean; pictures: boolean },
  language: Language = 'en',
): string {
  const params = { code: caseCode, urgent: escalate ? 'yes' : 'no' };
  return pictures
    ? firstThatFits(language, [
        ['sms.acceptedWithPictures.full', params],
        ['sms.acceptedWithPictures.short', params],
      ])
    : firstThatFits(language, [
        ['sms.accepted.full', params],
        ['sms.accepted.short', params],
      ]);
}

export function helpReply(config: Pick<Config, 'programName' | 'organisation'>, language: Language = 'en'): string {
  const params = { program: config.programName, organisation: config.organisation.replace(/\.+$/, '') };
  return firstThatFits(language, [
    ['sms.help.full', params],
    ['sms.help.short', params],
    ['sms.help.minimal', params],
  ]);
}

/**
 * A text over its sender's hourly budget, not saved: when the hour's budget starts again, in minutes; 0 for
 * a copy refused in an hour that is over, whose sender can send it again now.
 */
export const throttledReply = (language: Language = 'en', minutes = 60) =>
  minutes > 0
    ? firstThatFits(language, [['sms.throttled', { minutes }]])
    : firstThatFits(language, [['sms.throttledLastHour', {}]]);
/** A question over its sender's hourly budget of questions, not answered: when it starts again, in minutes (0: now). */
export const questionsThrottledReply = (language: Language = 'en', minutes = 60) =>
  minutes > 0
    ? firstThatFits(language, [['sms.questionsThrottled', { minutes }]])
    : firstThatFits(language, [['sms.questionsThrottledLastHour', {}]]);
export const emptyReply = only('sms.empty');
/** A text of punctuation, symbols or emoji alone ("?", "!!!"): nothing was kept, and words are what is asked for. */
export const noWordsReply = only('sms.noWords');
export const picturesOnlyReply = only('sms.picturesOnly');
export const urgentOnlyReply = only('sms.urgentOnly');
/** "BAJA", "ARRÊT": a stop word carriers do not read; nothing was kept, and STOP is the word. */
export const optOutHowReply = only('sms.optOutHow');
/** A text holding only a site tag or MGMT (`#plant2`, `MGMT`): nothing after it to keep. */
export const nothingAfterReply = (start: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.nothingAfter', { start }]]);
export const tooLongReply = only('sms.tooLong', { max: MAX_TEXT_CHARACTERS });
export const statusUsageReply = only('sms.statusUsage', { example: '7KQ4M-XW9TR' });
export const unknownCaseReply = only('sms.unknownCase');
/** Something typed after STATUS that is no code at all ("7KQ4M-XW9T", a character short): how a code looks, as the web's lookup says. */
export const notACodeReply = only('sms.notACode', { example: '7KQ4M-XW9TR' });
/** Words sent after a code no case has, kept as new feedback of their own: its code, and whether it is marked urgent. */
export const wordsKeptReply = (code: string, urgent: boolean, language: Language = 'en') =>
  firstThatFits(language, [['sms.wordsKept', { code, urgent: urgent ? 'yes' : 'no' }]]);
/** Thanks, "ok" or "yes" alone: nothing to file; what to send instead. */
export const courtesyOnlyReply = only('sms.courtesyOnly');
/** Thanks or "ok" alone after an opener sent alone ("URGENT"): nothing saved yet, and the report still takes its marks. */
export const courtesyAfterOpenerReply = only('sms.courtesyAfterOpener');
/** A code typed with a 0, O, 1, I or L, which no code has: which characters to look at again. */
export const codeLeftOutReply = only('sms.codeLeftOut');
export const unavailableReply = only('sms.unavailable');
/** For a request whose form cannot be read (wrong content type, bad encoding). */
export const unreadableReply = only('sms.unreadable');
/** For a request refused because the SMS channel as a whole is over its budget. */
export const busyReply = only('sms.busy');

/**
 * After the receipt of a text that opened with a `#tag` no site has: it was saved all the same,
 * and the sites there are, as many as fit, for the next time.
 */
export function unknownSiteReply(tag: string, config: Pick<Config, 'sites'>, language: Language = 'en'): string {
  const tags = config.sites.map((s) => `#${s.id}`);
  const shown = (n: number) => tags.slice(0, n).join(' ') + (n < tags.length ? ' ...' : '');
  const variants: [MessageKey, MessageParams][] = [];
  for (let n = tags.length; n >= 1; n -= 1) variants.push(['sms.unknownSite.list', { tag, tags: shown(n) }]);
  variants.push(['sms.unknownSite.plain', { tag }]);
  return firstThatFits(language, variants);
}

/**
 * "If you or someone else is in danger now, call 911.", a text of its own after the HELP reply,
 * the receipt of a report that reads urgent, and the refusal of a text over the hour's budget:
 * on its own it keeps the language's letters, and never crowds out the receipt.
 */
export const emergencyReply = (line: string): string => plainPunctuation(line);

/**
 * The answer to `STATUS <code>`: the case's status and, once a response has
 * been published, the response, in one message when it fits two segments,
 * else split across numbered messages of one GSM-7 segment each.
 */
/** Where a case stands as its employee is told it: its step, or closed by its holder. */
export type StatusShown = CaseStatus | 'closed';

export function statusReplies(
  view: {
    caseCode: string;
    status: StatusShown;
    response?: string;
    newMessage?: string;
    overdue?: 'acknowledge' | 'feedback';
  },
  language: Language = 'en',
): string[] {
  // A legal deadline gone by: said in a text of its own after the status, with what was done about it.
  const overdue = view.overdue
    ? [firstThatFits(language, [['sms.overdue', { code: view.caseCode, deadline: view.overdue }]])]
    : [];
  return [...statusTexts(view, language), ...overdue];
}

function statusTexts(
  view: { caseCode: string; status: StatusShown; response?: string; newMessage?: string },
  language: Language,
): string[] {
  const response = view.response ? plainPunctuation(localPlaceholders(language, view.response)).trim() : '';
  // A new message and a published response are both told: an employee who texts STATUS once must not miss what
  // was done because the sponsor also wrote (the message first, as it asks for an answer; the response after it).
  if (view.newMessage) {
    const message = newMessageReplies({ ...view, newMessage: view.newMessage }, language);
    return response ? [...message, ...responseReplies(view, response, language)] : message;
  }
  if (!response) return [firstThatFits(language, [['sms.status', { code: view.caseCode, status: view.status }]])];
  return responseReplies(view, response, language);
}

function responseReplies(view: { caseCode: string; status: StatusShown }, response: string, language: Language) {
  const text = plainPunctuation(
    translate(language, 'sms.statusWithResponse', { code: view.caseCode, status: view.status, response }),
  );
  if (smsSegmentCount(text) <= MAX_REPLY_SEGMENTS) return [text];
  return numberedSmsParts(text);
}

/**
 * `STATUS <code>` when the sponsor has written since the employee last
 * looked: the status and the new message, whole, in one text when it fits
 * two segments, else across numbered one-segment texts, like a response.
 */
function newMessageReplies(
  view: { caseCode: string; status: StatusShown; newMessage: string },
  language: Language,
): string[] {
  const message = plainPunctuation(localPlaceholders(language, view.newMessage)).trim();
  const text = plainPunctuation(
    translate(language, 'sms.statusWithMessage', { code: view.caseCode, status: view.status, message }),
  );
  if (smsSegmentCount(text) <= MAX_REPLY_SEGMENTS) return [text];
  return numberedSmsParts(text);
}

/** The employee's answer is on its way to the conversation. */
export const answerSentReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.answerSent', { code }]]);
/**
 * `REPLY <code> …`, and when it reaches the case's holder, as it will: `now` on an urgent case still live
 * (`answer-on-a-live-urgent-case.ts`), else by the end of the hour, or at once if analysis reads it urgent. Until
 * attack att42 (F0) every answer was told "was sent", and one on a fire nobody had acknowledged waited for the hour.
 */
export const answerSentWhenReply = (code: string, when: 'now' | 'by-the-hour', language: Language = 'en') =>
  firstThatFits(language, [[when === 'now' ? 'sms.answerSentNow' : 'sms.answerSentByTheHour', { code }]]);
/**
 * An answer not sent yet (op44a): its words may point to the one who wrote it. Names the first such words (cut to
 * fit), how to send it as it is ("<code> SEND"), and how to change it; it is kept for the hour.
 */
export const answerHeldReply = (code: string, phrase: string, language: Language = 'en') => {
  const words = [...phrase];
  const short = words.length > 60 ? `${words.slice(0, 57).join('').trimEnd()}...` : phrase;
  return firstThatFits(language, [
    ['sms.answerHeld', { code, phrase: short }],
    ['sms.answerHeldShort', { code }],
  ]);
};
/** "<code> SEND" with no answer held for that case (sent already, or kept past its hour). */
export const nothingHeldReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.nothingHeld', { code }]]);
/**
 * Details texted while the urgent case they follow is still on its way (`details-behind-their-report.ts`): added to
 * it, and read with it whatever it turns out to be: told to its holder, or, passed to no one, read as reports.
 */
export const detailsWithCaseReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.detailsWithCase', { code }]]);
/** Courtesy alone after an urgent report ("thanks", "ok", "👍"): kept on its case, and said so. */
export const courtesyKeptReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.courtesyKept', { code }]]);
/**
 * Details texted after an urgent report that its case could not take (`follow-up-details.ts`): they were sent as a
 * new urgent report, `code`, and why (`because`, about the earlier case).
 */
export const detailsOwnReportReply = (
  code: string,
  { earlier, because }: { earlier: string; because: 'on-its-way' | 'closed' | 'full' | 'two-reports' },
  language: Language = 'en',
) =>
  firstThatFits(language, [
    [
      'sms.detailsOwnReport',
      {
        code,
        earlier,
        because: because === 'two-reports' ? 'twoReports' : because === 'on-its-way' ? 'onItsWay' : because,
      },
    ],
  ]);
/** Words sent with pictures went on, the pictures did not. */
export const picturesNotKeptReply = only('sms.picturesNotKept');
/** The case has no sponsor yet (or never will): there is no one to answer. */
export const noConversationReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.noConversation', { code }]]);
export const threadFullReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.threadFull', { code }]]);
/** The case was closed by its holder: the conversation takes nothing more. */
export const caseClosedReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.caseClosed', { code }]]);
export const replyUsageReply = only('sms.replyUsage', { example: '7KQ4M-XW9TR' });
/** The case goes to someone else at the end of the hour: the report is about the person handling it. */
export const objectedReply = (code: string, language: Language = 'en') =>
  firstThatFits(language, [['sms.objected', { code }]]);
export const objectUsageReply = only('sms.objectUsage', { example: '7KQ4M-XW9TR' });
