import { html } from 'hono/html';
import { layout } from './layout';

/** Any error shown to a browser: what went wrong in plain words, and a way back. */
export function errorPage(programName: string, title: string, message: string) {
  const body = html`
<h1>${title}</h1>
<p>${message}</p>
<p><a href="/">Back to the feedback form</a></p>`;
  return layout({ title, programName, body });
}
