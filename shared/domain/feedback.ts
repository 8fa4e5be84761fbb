import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { inEnglishDigits, MAX_TEXT_BYTES, MAX_TEXT_CHARACTERS } from './limits';
import { ISO_WEEK_PATTERN } from './iso-week';
import { wellFormed } from './utf8';
import { hasWords, NO_WORDS } from './has-words';

export { hasWords, NO_WORDS };

export const CHANNELS = ['web', 'sms', 'kiosk'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A case moves only forward through these. */
/**
 * `forwarding`: an escalation was raised for the case but no email to its holder has been accepted yet
 * (the mail service refuses, say); `escalated` only once one has, so the employee is never told a leader
 * has a case nobody could reach.
 */
export const CASE_STATUSES = ['received', 'analysed', 'forwarding', 'escalated', 'acknowledged', 'responded'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// Control characters other than tab and newline carry nothing a reader needs
// and can hide text from reviewers; they are dropped, not refused. U+FFFE and
// U+FFFF too: SQS refuses a message containing them (InvalidMessageContents).
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;

/**
 * Normalises feedback text: half a character (a lone surrogate, which only a program sends) becomes
 * U+FFFD, as UTF-8 would make it, so what is stored, queued and emailed is well-formed; then NFC,
 * line endings, no control characters, trimmed.
 */
export function cleanText(text: string): string {
  return wellFormed(text).normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '').trim();
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * How long a text is as the limit counts it, in characters: its characters once cleaned, or more when emoji and
 * letters of several bytes fill the byte limit first (then each byte is the limit's share of a character). Over
 * `MAX_TEXT_CHARACTERS` exactly when the text is refused as too long, so a person told "yours counts as 1,742"
 * knows how much to cut, whichever limit it met.
 */
export function countedLength(text: string): number {
  const cleaned = cleanText(text);
  return Math.max([...cleaned].length, Math.ceil((utf8Bytes(cleaned) * MAX_TEXT_CHARACTERS) / MAX_TEXT_BYTES));
}

// Each schema is built on its first parse (z.lazy), not at import: building
// them costs a cold start about 25 ms of CPU, which a first request that
// parses nothing (a health check, a refused link) or another schema need not pay.

/** Feedback text as accepted from any channel. Too long is a `too_big` issue, which the edge answers with 413. */
export const feedbackTextSchema = z.lazy(() =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'text is required' : 'text must be a string') })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, 'text must not be empty')
        // Characters as people count them (code points), not UTF-16 units.
        .refine((t) => [...t].length <= MAX_TEXT_CHARACTERS, {
          message: `text must be at most ${inEnglishDigits(MAX_TEXT_CHARACTERS)} characters`,
          params: { tooBig: true },
        })
        .refine((t) => utf8Bytes(t) <= MAX_TEXT_BYTES, {
          message: `text must be at most ${inEnglishDigits(MAX_TEXT_BYTES)} bytes of UTF-8 (emoji and accented letters take 2-4 bytes each)`,
          params: { tooBig: true },
        }),
    ),
);

/**
 * The text of a new report, from any channel: feedback text that says something in words (`hasWords`). An
 * answer in a case's conversation keeps `feedbackTextSchema` alone: a "?" there is a question to its sponsor.
 */
export const reportTextSchema = z.lazy(() =>
  // An empty text is refused as empty, once.
  feedbackTextSchema.refine((t) => t === '' || hasWords(t), { message: NO_WORDS, params: { noWords: true } }),
);

const optionalChoice = () =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .max(32)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

/**
 * A yes-or-no mark (urgent, about my management), read alike on every channel: a JSON boolean, a form's "on", or
 * "true"/"false", "on"/"off", "1"/"0" (any case, spaces around) and 1/0, as clients send it. A client written
 * against one channel must not lose its urgent mark on another (round 27: the JSON API took `"true"`, the kiosk
 * refused it). Anything else is refused with `<name> must be true or false`, the report NOT saved, never read as no.
 */
export const yesOrNo = (name: string) =>
  z
    .union(
      [
        z.boolean(),
        z.literal(1),
        z.literal(0),
        z
          .string()
          .trim()
          .toLowerCase()
          .pipe(z.enum(['true', 'false', 'on', 'off', '1', '0'])),
      ],
      { error: `${name} must be true or false` },
    )
    .optional()
    .transform((v) => v === true || v === 1 || v === 'true' || v === 'on' || v === '1');

/** Whether a raw field says yes as {@link yesOrNo} reads it: what the channel's budget asks before the body is parsed. */
export const saysYes = (value: unknown): boolean => {
  const read = yesOrNo('mark').safeParse(value);
  return read.success && read.data;
};

/** `POST /feedback` as JSON or as a form. Site and topic are checked against the config by the use case. */
export const webSubmissionSchema = z.lazy(() =>
  z.object({
    text: reportTextSchema,
    site: optionalChoice(),
    topic: optionalChoice(),
    escalate: yesOrNo('escalate'),
    /** "This is about my management": the case goes around the sponsor who would get it. */
    aboutManagement: yesOrNo('aboutManagement'),
  }),
);

/**
 * The analysis queue message: the only place the raw text ever exists, and
 * only until it has been analysed. No sender identifiers, no time of day
 * but an answer's hour (on the hour, which SQS's own timestamp tells finer).
 */
export const analysisMessageSchema = z.lazy(() =>
  z.object({
    id: z.uuid(),
    caseKey: z.string().regex(/^[0-9a-f]{64}$/),
    /**
     * What the week's counters know the case by (`weeklyTokenFor`): not
     * derivable from anything the case stores. A message queued before it
     * existed has none, and is counted under the case's id as it was then.
     */
    weeklyToken: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    channel: z.enum(CHANNELS),
    week: z.string().regex(ISO_WEEK_PATTERN),
    site: z.string().optional(),
    topic: z.string().optional(),
    /**
     * The urgent topic of the urgent report these words follow: details texted within minutes of it that its case
     * could not take, filed as a report of their own (`follow-up-details.ts`). Read as a chosen topic is, for its
     * urgency and its route, and never stored: a case holding a topic its channel cannot choose (SMS has no topic)
     * would say, for as long as cases are kept, which other urgent case of that hour its sender wrote.
     */
    followsTopic: z.string().optional(),
    escalate: z.boolean(),
    rating: z.int().min(1).max(4).optional(),
    /** May be empty: a kiosk tap with no comment is feedback too. */
    text: z.string().max(MAX_TEXT_BYTES),
    /** The employee's answer in their case's conversation, not a new submission: it is added to the thread and counted nowhere. */
    threadAnswer: z.boolean().optional(),
    /**
     * An answer that is details texted within minutes of the urgent report it follows (`follow-up-details.ts`):
     * told to the case's holder at once while the case is urgent and open, asked or not.
     */
    followUp: z.boolean().optional(),
    /**
     * With `followUp`: courtesy alone ("thanks", "ok", "gracias", "merci", "👍"), no new content. Kept on the case and
     * shown on its page, told to its holder at once only when they asked something in its conversation (a "yes" to
     * "is anyone still inside?"); otherwise no email: an executive handling an emergency was emailed "Urgent: the
     * employee answered: thanks" (session 38).
     */
    courtesy: z.boolean().optional(),
    /**
     * An answer with content on an urgent case still live (`answer-on-a-live-urgent-case.ts`): the intake read the
     * case so and told the employee it goes to its holder now, so analysis tells its holder at once, whatever its words.
     */
    atOnce: z.boolean().optional(),
    /**
     * With `threadAnswer`: not an answer but the employee saying the report is about whoever handles the case
     * (`employeeObjects`): no words (`text` is empty), and the case goes around its holder at the end of the hour.
     */
    objection: z.boolean().optional(),
    /**
     * An answer's turn, as the intake accepted it (`CaseThread.takeTurn`): the thread lists answers in the order
     * they were sent, whichever analysis took first. A number in the case's own count, never a time.
     */
    turn: z.int().min(1).max(100_000).optional(),
    /**
     * Details queued behind their report (`followUp`): how many times analysis found the case still on its way and
     * queued them behind it again (`detail-and-its-case.ts`), so they reach its holder with it.
     */
    waitedBehind: z.int().min(1).max(1_000).optional(),
    /** An answer's hour, on the hour, when it was accepted: it waits under that hour, however late analysis runs. */
    hour: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/)
      .optional(),
    /** The employee said it is about their own management: it must go around the sponsor who would get it. */
    aboutManagement: z.boolean().optional(),
    /**
     * Urgent, and among the first few of its kind its source sent this hour (`quiet-source.ts`): emailed on its
     * own even past its holder's hour of such emails. One bit, never the source.
     */
    quietSource: z.literal(true).optional(),
    /**
     * The language a kiosk's screen was in, which messages queued by earlier
     * versions carry: read by nothing, as the report's language is only what
     * its words show (stored, the screen's would name the kiosk or its user).
     */
    languageHint: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
  }),
);
export type AnalysisMessage = z.infer<typeof analysisMessageSchema>;

/** A case as stored: never the raw text, never a sender, never a time of day. */
export interface CaseRecord {
  id: string;
  caseKey: string;
  channel: Channel;
  week: string;
  site?: string;
  topic?: string;
  escalateRequested: boolean;
  /** Kiosk taps: 1 (very unhappy) to 4 (very happy). */
  rating?: number;
  status: CaseStatus;
  /**
   * Analysis queued an escalation for the case (urgent, or asked to be): until the escalation stage takes it
   * (`forwarding`), its employee is shown it being passed on, never "read and sorted by topic" (att33 F4).
   */
  beingPassedOn?: true;
  analysis?: StoredAnalysis;
  /** The sponsor's published answer, if any. */
  response?: string;
}

export interface StoredAnalysis {
  language: string;
  sentiment: Sentiment;
  sentimentScores: SentimentScores;
  redactedText: string;
  keyPhrases: string[];
  topics: string[];
}

export type Sentiment = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL' | 'MIXED';
export interface SentimentScores {
  positive: number;
  negative: number;
  neutral: number;
  mixed: number;
}
