import { createHmac } from 'node:crypto';
import type { RateAndReplayState } from '../../../shared/use-cases/rate-and-replay-state';

/**
 * The web form's own retry key. Its page carries a random `formKey` (a
 * UUID made with the page), which anyone who sees the page's source can
 * read, and anyone can post a made-up one first. So the key never stands
 * alone: a submission's key is the form key with a digest of what was sent
 * (keyed by the form key, so the table's records say nothing of the words).
 * Every try of one filled-in form sends the same words, so a retry whose
 * answer was lost gets the first receipt; other words under the same form
 * key are another report, taken as a new one. Nobody, whatever key they
 * post first, can make the employee's own report be refused.
 */

const FORM_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What of a form's submission a retry repeats: everything the employee wrote or chose. */
export interface FormWords {
  text: string;
  site?: string;
  topic?: string;
  escalate: boolean;
  aboutManagement?: boolean;
}

/** The form's key as sent, if it is one we made (a page from before the key, or a made-up one: none, sent unkeyed). */
export const formKeyOf = (value: string | undefined): string | undefined =>
  value !== undefined && FORM_KEY.test(value) ? value : undefined;

/** The submission's idempotency key: the form key bound to these words. */
export function submissionKeyOf(formKey: string, words: FormWords): string {
  const content = JSON.stringify([
    words.text,
    words.site ?? null,
    words.topic ?? null,
    words.escalate,
    words.aboutManagement === true,
  ]);
  return `form:${formKey}:${createHmac('sha256', formKey).update(content, 'utf8').digest('base64url')}`;
}

/**
 * Whether the form key had already sent a report other than `caseCode` (within the hour and the
 * next): the page then says this one was sent as a new report. The first case sent under a form key
 * is noted for that, as any retry record is (sealed under the hour's key). Asked after the report is
 * saved, so a failure here never refuses it: it is then told as any other.
 */
export async function sentBeforeAsAnother(
  rateState: RateAndReplayState,
  formKey: string,
  caseCode: string,
): Promise<boolean> {
  try {
    const first = await rateState.claim(`form-sent:${formKey}`, caseCode, caseCode);
    return first.kind === 'retry' && first.caseCode !== caseCode;
  } catch {
    return false;
  }
}
