import { html } from 'hono/html';

/**
 * What a sponsor's action did ("Acknowledged.", "Handed over."), at the top of the page it leaves them on.
 * The page is loaded afresh after every action (POST, redirect, GET) and carries no script, so without
 * this a keyboard or screen-reader user would start again at the top of a long page, told nothing:
 * `autofocus` puts focus on the message itself (focusable by `tabindex="-1"`, not in the Tab order), so it
 * is read out first and the next Tab goes on from there.
 */
export function resultNotice(words: string | undefined) {
  if (!words) return '';
  return html`<div class="notice" role="status" id="result" tabindex="-1" autofocus><p>${words}</p></div>`;
}
