import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { layout } from './layout';

/** After a web submission: the case code, and why it matters. */
export function confirmationPage(config: Config, caseCode: string) {
  const body = html`
<h1>Thank you, we have it</h1>
<p>Your case code is</p>
<p><output class="code" id="case-code" aria-label="Case code ${caseCode.split('').join(' ')}">${caseCode}</output></p>
<p>Write it down or take a picture of it. It is the only way to follow your feedback: we do not know who you are, so we cannot look it up for you.</p>
<p><a href="/status/${caseCode}">See the status of this case</a> · <a href="/">Send more feedback</a></p>`;
  return layout({ title: 'Feedback received', programName: config.programName, body });
}
