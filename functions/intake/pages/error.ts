import { html } from 'hono/html';
import { layout } from './layout';

/** Any error shown to a browser: what went wrong in plain words, and a way back (employees only: a sponsor's way back is their email). */
export function errorPage(
  programName: string,
  title: string,
  message: string,
  audience: 'employee' | 'sponsor' = 'employee',
) {
  const body = html`
<h1>${title}</h1>
<p>${message}</p>
${audience === 'employee' ? html`<p><a href="/">Back to the feedback form</a></p>` : ''}`;
  return layout({ title, programName, body, audience });
}
