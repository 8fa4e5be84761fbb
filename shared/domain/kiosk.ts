import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { cleanText, feedbackTextSchema, hasWords, yesOrNo } from './feedback';
import { MAX_KIOSK_COMMENT_PARTS } from './limits';

/** What the four faces mean, 1 (very unhappy) to 4 (very happy); the labels are shown under the faces. */
export const KIOSK_RATINGS = [
  { rating: 1, label: 'Very unhappy' },
  { rating: 2, label: 'Unhappy' },
  { rating: 3, label: 'Happy' },
  { rating: 4, label: 'Very happy' },
] as const;

const TOKEN_PREFIX = 'lpk_';

/**
 * A new kiosk token: 256 random bits, base64url, prefixed so secret scanners
 * and people recognise it. Shown once at enrolment; only its hash is kept.
 */
export function newKioskToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The only form in which a kiosk token is stored. A plain SHA-256 is enough
 * here (unlike case codes, which are short): the token has 256 bits, so the
 * hash cannot be reversed by guessing.
 */
export function kioskTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether a string has the shape of a kiosk token; anything else is refused without a table read. */
export function looksLikeKioskToken(token: string): boolean {
  return /^lpk_[A-Za-z0-9_-]{43}$/.test(token);
}

const ENROLMENT_CODE_PREFIX = 'lpe_';

/** How long an enrolment link works, at least: a day to take it to the tablet (see {@link enrolmentLinkValidUntil}). */
export const ENROLMENT_LINK_HOURS = 24;

/**
 * A new one-use enrolment code, for the link the operator opens on the
 * tablet: 256 random bits, base64url, `lpe_` so it is not taken for a
 * token. The tablet exchanges it once for its token; only its hash is kept.
 */
export function newEnrolmentCode(): string {
  return `${ENROLMENT_CODE_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The only form in which an enrolment code is stored (as a token's: 256 bits, so a plain SHA-256). */
export const enrolmentCodeHash = (code: string): string => createHash('sha256').update(code, 'utf8').digest('hex');

/** Whether a string has the shape of an enrolment code; anything else is refused without a table read. */
export function looksLikeEnrolmentCode(code: string): boolean {
  return /^lpe_[A-Za-z0-9_-]{43}$/.test(code);
}

/**
 * Until when a link made now works: {@link ENROLMENT_LINK_HOURS} on, rounded
 * up to the hour, so the table holds no enrolment time finer than the hour
 * (an exact one would date the writes around it; anonymity promise 3).
 */
export function enrolmentLinkValidUntil(now: Date): Date {
  const HOUR = 3_600_000;
  return new Date(Math.ceil((now.getTime() + ENROLMENT_LINK_HOURS * HOUR) / HOUR) * HOUR);
}

const KIOSK_ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short kiosk id for the operator to type (`revoke k-7hq2mx`); it names a tablet, never a person. */
export function newKioskId(): string {
  const bytes = randomBytes(6);
  return `k-${[...bytes].map((b) => KIOSK_ID_ALPHABET[b % KIOSK_ID_ALPHABET.length]).join('')}`;
}

export const kioskIdSchema = z.string().regex(/^k-[a-z0-9]{6}$/, 'a kiosk id looks like k-7hq2mx');

/** The label an operator gives a tablet at enrolment ("Plant 2 break room"). */
export const kioskNameSchema = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(60, 'name must be at most 60 characters');

// Empty or whitespace-only text is the same as no text: a tap alone is feedback. So is a comment without words
// (a "?", a "!!!": `hasWords`): the face tapped is what it says, and it is kept; the kiosk, offline,
// could not give back a refused comment to whoever typed it, long gone.
const optionalText = () =>
  z.preprocess(
    (v) => (typeof v === 'string' && !hasWords(cleanText(v)) ? undefined : v),
    feedbackTextSchema.optional(),
  );

/**
 * `POST /kiosk/feedback`. The site is never read from the body (it comes
 * from the kiosk's token); a body with any field not here, `site` included,
 * is refused whole, so words in it are never dropped unseen
 * (functions/intake/unread-fields.ts).
 */
// Built on its first parse (z.lazy), not at import: a cold start that takes no kiosk submission need not build it.
export const kioskSubmissionSchema = z.lazy(() =>
  z.object({
    // Refinements, not min/max: the edge answers `too_big` with 413, and a rating of 5 is a 400.
    rating: z
      .int({
        error: (issue) =>
          issue.input === undefined
            ? 'rating is required: 1 (very unhappy) to 4 (very happy)'
            : 'rating must be a whole number from 1 to 4',
      })
      .refine((r) => r >= 1 && r <= 4, 'rating must be a whole number from 1 to 4'),
    // No length check: a topic the config does not have (too long to be one
    // included) is sent on with no topic, as the outbox may hold a topic the
    // config has since renamed or removed (`onUnknownTopic` in submit-feedback).
    topic: z
      .string({ error: 'topic must be a string' })
      .trim()
      .optional()
      .transform((v) => (v === '' || v === undefined || v.length > 32 ? undefined : v)),
    text: optionalText(),
    /**
     * The rest of a comment longer than one report, left on the screen: its parts after `text`, each within a
     * report's limit, in the order written. One item, one case: the parts that read urgent are its report, the
     * others its details (shared/use-cases/kiosk-long-comment.ts).
     */
    more: z
      .array(optionalText(), { error: "more must be a list of the comment's further parts" })
      .max(MAX_KIOSK_COMMENT_PARTS - 1, `more must hold at most ${MAX_KIOSK_COMMENT_PARTS - 1} parts`)
      .optional()
      .transform((parts) => parts?.filter((part): part is string => part !== undefined)),
    // Read as the JSON API reads them (`yesOrNo`): `"true"` is the mark on every channel.
    escalate: yesOrNo('escalate'),
    /** "This is about my management": the case goes around the sponsor who would get it. */
    aboutManagement: yesOrNo('aboutManagement'),
    /**
     * Left on the screen when it went back to the start, neither sent nor marked urgent: its words are kept only if
     * they read urgent (functions/intake/routes/kiosk.ts), else the face and topic alone.
     */
    leftUnsent: z.boolean({ error: 'leftUnsent must be true or false' }).default(false),
    /** The language the kiosk's screen was in when the comment was written (`en`, `fr`, …): a hint for analysis. */
    language: z
      .string({ error: 'language must be a language code such as en or fr' })
      .regex(/^[a-z]{2,3}$/, 'language must be a language code such as en or fr')
      .optional(),
    key: z
      .string({
        error: (issue) =>
          issue.input === undefined
            ? 'key is required: a new random id (such as a UUID) for each submission'
            : 'key must be a string',
      })
      .regex(/^[A-Za-z0-9_-]{8,64}$/, 'key must be 8-64 letters, digits, dashes or underscores (a UUID will do)'),
  }),
);
export type KioskSubmission = z.infer<typeof kioskSubmissionSchema>;
