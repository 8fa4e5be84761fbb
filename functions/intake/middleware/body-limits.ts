import {
  MAX_BODY_BYTES,
  MAX_KIOSK_COMMENT_PARTS,
  MAX_TEXT_BYTES,
  MAX_TEXT_CHARACTERS,
} from '../../../shared/domain/limits';

/** How a body is sent: a form (`application/x-www-form-urlencoded`) or JSON. */
export type Encoding = 'form' | 'json';

/** The largest body each encoding may have on one route; anything else (another type, no type) gets the smallest. */
export interface BodyLimits {
  form: number;
  json: number;
}

/**
 * The most bytes one character of accepted text can take on the wire, by
 * how many bytes of UTF-8 it is once accepted (1 to 4). Text is counted
 * after it is normalised (NFC, CRLF → LF), so what was sent can be longer
 * than what is counted: a Hangul syllable typed as its three jamo is 9 bytes
 * of UTF-8, 27 once percent-encoded; a line break a browser sends as CRLF is
 * `%0D%0A`, or `\u000d\u000a` from a JSON encoder that escapes everything;
 * a character outside the BMP is four `%XX` or a `\uXXXX` surrogate pair, and
 * the newest decompose into three of them (36 bytes). The table is checked
 * against every code point by test/unit/intake/body-limits.test.ts.
 */
export const MOST_BYTES_SENT_PER_CHARACTER: Record<Encoding, readonly [number, number, number, number]> = {
  form: [6, 18, 27, 36],
  json: [12, 18, 24, 36],
};

/** What a route's text may hold once accepted: characters, and (for submissions) bytes of UTF-8. */
export interface TextLimit {
  characters: number;
  bytes?: number;
}

/**
 * The most bytes a text within `limit` can take when sent in `encoding`,
 * however it is escaped or normalised: the best mix of characters of each
 * UTF-8 length under both limits (a linear programme of two constraints,
 * whose optimum is one kind of character alone or two together).
 */
export function mostBytesSent(encoding: Encoding, limit: TextLimit): number {
  const cost = MOST_BYTES_SENT_PER_CHARACTER[encoding];
  const bytes = limit.bytes ?? limit.characters * 4;
  let most = 0;
  for (let a = 1; a <= 4; a++) {
    most = Math.max(most, cost[a - 1]! * Math.min(limit.characters, Math.floor(bytes / a)));
    for (let b = a + 1; b <= 4; b++) {
      // All characters used, all bytes used: nB of b-byte characters, the rest a-byte ones.
      const nB = (bytes - a * limit.characters) / (b - a);
      if (nB < 0 || nB > limit.characters) continue;
      const whole = Math.floor(nB);
      most = Math.max(most, cost[b - 1]! * whole + cost[a - 1]! * (limit.characters - whole));
    }
  }
  return most;
}

/**
 * Room for everything in a body but its text: field names, separators, and
 * short fields (site, topic, checkboxes, keys) escaped the longest way.
 */
export const OTHER_FIELDS_BYTES = 4 * 1024;

/** The body limits of a route whose one long field is a text within `limit`. */
export const bodyLimitsFor = (limit: TextLimit, otherFields = OTHER_FIELDS_BYTES): BodyLimits => ({
  form: mostBytesSent('form', limit) + otherFields,
  json: mostBytesSent('json', limit) + otherFields,
});

/** Routes that take an employee's text: a submission, a preview, an answer in a conversation, the form's language switch. */
export const EMPLOYEE_TEXT_BODY = bodyLimitsFor({ characters: MAX_TEXT_CHARACTERS, bytes: MAX_TEXT_BYTES });
/**
 * A kiosk's submission: a comment left on the screen longer than one report comes as one item, in as many parts
 * as `MAX_KIOSK_COMMENT_PARTS` (shared/use-cases/kiosk-long-comment.ts), sealed or not.
 */
export const KIOSK_FEEDBACK_BODY = bodyLimitsFor({
  characters: MAX_TEXT_CHARACTERS * MAX_KIOSK_COMMENT_PARTS,
  bytes: MAX_TEXT_BYTES * MAX_KIOSK_COMMENT_PARTS,
});
/**
 * Routes that take a sponsor's answer or message: as many characters as a
 * submission, with no byte limit (the use cases' `MAX_RESPONSE_CHARACTERS`
 * and `MAX_SPONSOR_MESSAGE_CHARACTERS`, not imported so that the employees'
 * intake does not load the sponsors' code; a test holds them equal).
 */
export const SPONSOR_TEXT_BODY = bodyLimitsFor({ characters: MAX_TEXT_CHARACTERS });
/** Routes with short fields only. */
export const SHORT_FIELDS_BODY: BodyLimits = { form: MAX_BODY_BYTES, json: MAX_BODY_BYTES };

/** The limit for a request's declared Content-Type: its encoding's, else the smaller (it will be refused as the wrong type). */
export function bodyLimitOf(contentType: string | undefined, limits: BodyLimits): number {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return limits.form;
  if (type === 'application/json') return limits.json;
  return Math.min(limits.form, limits.json);
}
