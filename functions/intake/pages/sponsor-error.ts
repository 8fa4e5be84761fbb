import { html } from 'hono/html';
import type { SponsorTranslator } from '../../../shared/i18n/sponsor';
import type { SponsorField, SponsorProblem } from './sponsor-refusal';

/**
 * What a sponsor's page was refused for: the words, and the box to fix when one is (`refusedField`); `also`, the
 * other boxes' problems found at the same time (`sponsorRefusals`), said together so one more press is enough.
 */
export interface SponsorPageError {
  words: string;
  field?: SponsorField;
  also?: readonly (SponsorProblem & { field: SponsorField })[];
}

/** The problems of a refusal as the page says them, the first one's box first. */
export function pageError(problems: readonly SponsorProblem[]): SponsorPageError {
  const [first, ...rest] = problems;
  const also = rest.flatMap((problem) => (problem.field ? [{ words: problem.words, field: problem.field }] : []));
  return {
    words: first?.words ?? '',
    ...(first?.field ? { field: first.field } : {}),
    ...(also.length ? { also } : {}),
  };
}

/** The id of the words a box's problem is said in: one problem is the summary's paragraph, several each an item. */
function saidIn(error: SponsorPageError, field: SponsorField) {
  return error.also?.length ? `sponsor-error-${field}` : 'sponsor-error';
}

/** Whether the refusal is about this box (or choice), and whether it is the first one, which takes the focus. */
function about(error: SponsorPageError | undefined, field: SponsorField) {
  if (!error) return { refused: false, first: false };
  return {
    refused: error.field === field || Boolean(error.also?.some((p) => p.field === field)),
    first: error.field === field,
  };
}

/**
 * The refusal at the top of a sponsor's page. The page is long (three boxes on the desk), so the words
 * link to the box to fix, as the employees' pages do, rather than leave the sponsor to scroll for it.
 */
export function sponsorErrorSummary(t: SponsorTranslator, error: SponsorPageError | undefined) {
  if (!error) return '';
  // A refusal no box can fix (the case closed meanwhile) takes focus itself, so it is read out first rather
  // than the page's top; one about a box leaves focus to that box (`boxAttributes`, `choiceAttributes`).
  const focus = error.field ? '' : html` tabindex="-1" autofocus`;
  const { field, also } = error;
  if (field && also?.length) {
    const items = [{ words: error.words, field }, ...also].map(
      (problem) => html`<li id="sponsor-error-${problem.field}"><a href="#${problem.field}">${problem.words}</a></li>`,
    );
    return html`<div class="error-summary" role="alert"><h2>${t('sponsor.problem')}</h2><ul id="sponsor-error">${items}</ul></div>`;
  }
  const words = field ? html`<a href="#${field}">${error.words}</a>` : error.words;
  return html`<div class="error-summary" role="alert"${focus}><h2>${t('sponsor.problem')}</h2><p id="sponsor-error">${words}</p></div>`;
}

/** The hand-over's choice of whom, when the refusal is that none was chosen: marked, and described by the refusal. */
export function choiceAttributes(error: SponsorPageError | undefined) {
  return error && about(error, 'to').refused ? html` aria-describedby="${saidIn(error, 'to')}"` : '';
}

/** Whether the hand-over's choice of whom takes the focus: it is the first problem said. */
export const choiceFirst = (error: SponsorPageError | undefined) => about(error, 'to').first;

/**
 * A box's description, and, when the refusal is about it, that it is wrong and why; when its words were
 * given back unsent (another button was pressed), the note saying so (`unsentNote`).
 */
export function boxAttributes(
  field: SponsorField,
  error: SponsorPageError | undefined,
  unsent: readonly string[] = [],
) {
  const note = unsent.includes(field) ? ' unsent-note' : '';
  const { refused, first } = about(error, field);
  if (!error || !refused) return html` aria-describedby="${field}-hint${note}"`;
  // Focus on the first box to fix, as the employee's form moves it there: the page needs no script for it.
  const focus = first ? html` autofocus` : '';
  return html` aria-describedby="${field}-hint ${saidIn(error, field)}${note}" aria-invalid="true"${focus}`;
}
