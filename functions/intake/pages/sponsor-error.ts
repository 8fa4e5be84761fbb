import { html } from 'hono/html';
import type { SponsorTranslator } from '../../../shared/i18n/sponsor';
import type { SponsorField } from './sponsor-refusal';

/** What a sponsor's page was refused for: the words, and the box to fix when one is (`refusedField`). */
export interface SponsorPageError {
  words: string;
  field?: SponsorField;
}

/**
 * The refusal at the top of a sponsor's page. The page is long (three boxes on the desk), so the words
 * link to the box to fix, as the employees' pages do, rather than leave the sponsor to scroll for it.
 */
export function sponsorErrorSummary(t: SponsorTranslator, error: SponsorPageError | undefined) {
  if (!error) return '';
  const words = error.field ? html`<a href="#${error.field}">${error.words}</a>` : error.words;
  // A refusal no box can fix (the case closed meanwhile) takes focus itself, so it is read out first rather
  // than the page's top; one about a box leaves focus to that box (`boxAttributes`, `choiceAttributes`).
  const focus = error.field ? '' : html` tabindex="-1" autofocus`;
  return html`<div class="error-summary" role="alert"${focus}><h2>${t('sponsor.problem')}</h2><p id="sponsor-error">${words}</p></div>`;
}

/** The hand-over's choice of whom, when the refusal is that none was chosen: marked, and described by the refusal. */
export function choiceAttributes(error: SponsorPageError | undefined) {
  return error?.field === 'to' ? html` aria-describedby="sponsor-error"` : '';
}

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
  return error?.field === field
    ? // Focus on the box to fix, as the employee's form moves it there: the page needs no script for it.
      html` aria-describedby="${field}-hint sponsor-error${note}" aria-invalid="true" autofocus`
    : html` aria-describedby="${field}-hint${note}"`;
}
