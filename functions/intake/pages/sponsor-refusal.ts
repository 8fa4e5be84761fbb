import type { ValidationError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n/languages';
import { sponsorText } from '../../../shared/i18n/sponsor';
import { CASE_IS_CLOSED, MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { MAX_HAND_OVER_REASON_CHARACTERS } from '../../../shared/use-cases/case-desk';
import {
  CASE_CLOSED,
  MAX_SPONSOR_MESSAGE_CHARACTERS,
  NO_ONE_TO_WRITE_TO,
  THREAD_FULL,
} from '../../../shared/use-cases/case-conversation';

/**
 * What was wrong with what a sponsor sent, in their language. The use cases
 * refuse in English, for logs and JSON clients; the field and the kind of
 * refusal pick the sentence here, so a French sponsor is not answered in
 * English on a French page.
 */
export function sponsorRefusal(language: Language, error: ValidationError): string {
  return refusalOf(language, error, error.issues[0]);
}

/**
 * Every problem with what was sent, each with the box (or choice) it is about, in the order of the page: the
 * hand-over refused for no choice of whom and no reason says both at once. A refusal about the case itself is one.
 */
export function sponsorRefusals(language: Language, error: ValidationError): SponsorProblem[] {
  const field = refusedField(error);
  if (!field || error.issues.length < 2)
    return [{ words: sponsorRefusal(language, error), ...(field ? { field } : {}) }];
  const problems = error.issues.flatMap((issue) => {
    const about = fieldOf(issue.path);
    return about ? [{ words: refusalOf(language, error, issue), field: about }] : [];
  });
  return problems.sort((a, b) => PAGE_ORDER.indexOf(a.field) - PAGE_ORDER.indexOf(b.field));
}

/** A problem said to a sponsor, and the box it is about, when there is one. */
export interface SponsorProblem {
  words: string;
  field?: SponsorField;
}

/** The order the boxes come on the desk's page (the choice of whom comes before the reason). */
const PAGE_ORDER: readonly (SponsorField | undefined)[] = ['message', 'response', 'to', 'reason'];

function fieldOf(path: string | undefined): SponsorField | undefined {
  return path === 'message' || path === 'response' || path === 'reason' || path === 'to' ? path : undefined;
}

function refusalOf(language: Language, error: ValidationError, issue: ValidationError['issues'][number] | undefined) {
  const said = `${error.issues.length > 1 ? '' : error.message} ${issue?.message ?? ''}`;
  const say = (why: string, max?: number) => sponsorText(language, 'sponsor.refusal', { why, max });
  if (said.includes(THREAD_FULL)) return say('thread-full');
  if (said.includes(CASE_IS_CLOSED) || said.includes(CASE_CLOSED)) return say('closed');
  if (said.includes(NO_ONE_TO_WRITE_TO)) return say('no-one');
  switch (issue?.path) {
    case 'response':
      return /empty/.test(said) ? say('response-empty') : say('response-long', MAX_RESPONSE_CHARACTERS);
    case 'message':
      return /Write a message/.test(said) ? say('message-empty') : say('message-long', MAX_SPONSOR_MESSAGE_CHARACTERS);
    case 'reason':
      return /too long/.test(said) ? say('reason-long', MAX_HAND_OVER_REASON_CHARACTERS) : say('reason-empty');
    case 'to':
      return say('target');
    case 'action':
      return /closed/.test(said) ? say('closed') : say('other');
    default:
      return say('other');
  }
}

/** The boxes of a sponsor's page a refusal can be about, and the hand-over's choice of whom (`to`). */
export type SponsorField = 'message' | 'response' | 'reason' | 'to';

/**
 * The box a refusal is about (empty, or too long), or the hand-over's choice made of no one, for the page to
 * mark and link to: undefined when the
 * refusal is about the case (closed, its conversation full, no one to write to), which no box can fix.
 */
export function refusedField(error: ValidationError): SponsorField | undefined {
  const said = `${error.message} ${error.issues[0]?.message ?? ''}`;
  if ([THREAD_FULL, CASE_IS_CLOSED, CASE_CLOSED, NO_ONE_TO_WRITE_TO].some((refusal) => said.includes(refusal)))
    return undefined;
  return fieldOf(error.issues[0]?.path);
}
