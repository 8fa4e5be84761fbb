import { ValidationError } from '../../shared/errors';

/** "a, b and c", for a developer reading which fields there are. */
const listed = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** What the form's page is told of such a refusal (no field's name: the person at the form never chose one). */
export const UNREAD_FIELDS = 'the form sent fields this service does not read';

/**
 * A report refused for fields the route does not read: `unread` are those sent, `read` those the route
 * reads, kept apart so that a Spanish or French refusal can say them in its own words (`json-error.ts`).
 */
export class UnreadFieldsError extends ValidationError {
  constructor(
    readonly unread: readonly string[],
    readonly read: readonly string[],
  ) {
    const which = unread.length === 1 ? 'a field' : 'fields';
    // A client's own urgency flag (`"urgent": true`, `"priority": "high"`) is no words to put in text: say the one
    // this service reads, so whoever fixes the client marks the report as it meant to.
    const flag = read.includes('escalate') ? unread.find((name) => URGENCY_FLAG.test(name)) : undefined;
    const toMark = flag === undefined ? '' : `; to mark a report urgent, send "escalate": true instead of ${flag}`;
    super(
      `the report has ${which} this service does not read (${listed(unread)}), so it was not taken: put everything you want to say in text${toMark} (the fields read are ${listed(read)})`,
      unread.map((name) => ({
        path: name,
        message:
          name === flag
            ? `${name} is not a field this service reads: to mark a report urgent, send "escalate": true`
            : `${name} is not a field this service reads: put what you want to say in text`,
      })),
    );
    this.name = 'UnreadFieldsError';
  }
}

/**
 * Refuses a report whose body has fields the route does not read: words
 * sent in one (`{"text": "ok", "comment": "There is a fire in bay 3"}`)
 * would otherwise be dropped without anyone knowing, and a person's words
 * are never lost silently. The refusal names each such field and those read;
 * as every refusal of a report, it says the report was NOT saved and gives
 * the emergency number (`json-error.ts`, `respond.ts`). `ignored` are fields
 * a shipped client may send that carry no words and are knowingly not read.
 */
export function refuseUnreadFields(body: unknown, read: readonly string[], ignored: readonly string[] = []): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  const unread = Object.keys(body).filter((name) => !read.includes(name) && !ignored.includes(name));
  if (unread.length === 0) return;
  throw new UnreadFieldsError(unread, read);
}

/** Names a client may give its own urgency flag: `urgent`, `isUrgent`, `is_urgent`, `priority`, `severity` … */
const URGENCY_FLAG = /^(is_?)?(urgent|urgency|priority|emergency|severity|critical|important|escalated?)$/i;
