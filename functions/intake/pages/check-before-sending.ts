import { html } from 'hono/html';
import type { Words } from './words';

/**
 * What the page script needs to refuse an empty form itself, before it sends anything
 * (`in-place-script.ts`): a post the server would refuse (400) shows as an error in the console of
 * anyone with the browser's tools open, and costs a round trip to say what the page already knows.
 * On the form: the problem's heading and the tab's title with "Error:" as the server's page has them.
 * Without JavaScript nothing changes: the form posts and the server's page says the same.
 *
 * @param pageTitle the page's own title, before "Error:" and the programme's name are added
 * @param heading the problem's heading level, as the server's page has it where the form is
 */
export function emptyCheckOnForm({ t }: Words, pageTitle: string, programName: string, heading: 'h2' | 'h3' = 'h2') {
  const errorTitle = t('web.page.title', {
    title: t('web.page.errorTitle', { title: pageTitle }),
    program: programName,
  });
  // The title without "Error:", for when the problems shown are put right as the text is changed.
  const title = t('web.page.title', { title: pageTitle, program: programName });
  return html` data-problem="${t('web.problem')}" data-problem-heading="${heading}" data-error-title="${errorTitle}" data-title="${title}"`;
}

/** On a field that must not be sent empty: the words the server's page would say for it. */
export const emptyCheckOnField = (message: string) => html` data-empty-error="${message}"`;

/**
 * On a field whose text must say something in words (`hasWords`: a new report, not an answer): the words the
 * server's page would say for a text of "?!" alone. The page script checks it as the server does.
 */
export const noWordsCheckOnField = (message: string) => html` data-no-words-error="${message}"`;

/**
 * On a box with a length limit: the limit, the words the server's page would say for a text over it, and the
 * counter's words with `{used}` for the page script to fill in (`in-place-script.ts`). No `maxlength`: a browser
 * cuts a longer paste to it without a word, and the end of what was written, often what matters most, is lost.
 * The script counts as the server does and refuses a text over the limit before sending; without JavaScript the
 * server's page refuses it, with the text kept in the box.
 */
export function lengthCheckOnField({ t }: Words, max: number, message: string) {
  return html` data-max-chars="${max}" data-long-error="${message}" data-count-words="${t('web.page.characterCount', { used: '{used}', max })}"`;
}

/** Where the page script says how much of a box is used (hidden without JavaScript, which is what fills it). */
export const lengthCounter = (fieldId: string) => html`<p class="hint count" id="${fieldId}-count" hidden></p>`;
