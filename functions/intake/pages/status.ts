import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/feedback';
import type { CaseStatusView } from '../../../shared/use-cases/get-case-status';
import { layout } from './layout';

const STEP_LABELS: Record<CaseStatus, string> = {
  received: 'Received',
  analysed: 'Read and sorted by topic',
  escalated: 'Passed to a senior leader',
  acknowledged: 'Acknowledged by that leader',
  responded: 'Answered',
};

/** Where a case is, as a list of steps with the current one marked. */
export function statusPage(config: Config, view: CaseStatusView) {
  const current = CASE_STATUSES.indexOf(view.status);
  const body = html`
<h1>Case ${view.caseCode}</h1>
<p class="status">Status: ${STEP_LABELS[view.status]}</p>
<ol class="steps">
${CASE_STATUSES.map((s, i) => html`<li${i === current ? html` aria-current="step"` : ''}>${STEP_LABELS[s]}${i < current ? ' ✓' : ''}</li>`)}
</ol>
${view.response ? html`<h2>The response</h2><p class="response">${view.response}</p>` : ''}
<p><a href="/">Send more feedback</a></p>`;
  return layout({ title: `Case ${view.caseCode}`, programName: config.programName, body });
}

/** The no-JavaScript way to reach `/status/:code`: a form that asks for the code. */
export function statusLookupPage(config: Config, error?: string, typed = '') {
  const body = html`
<h1>Check a case</h1>
${error ? html`<div class="error-summary" role="alert"><h2>There is a problem</h2><p>${error}</p></div>` : ''}
<form method="get" action="/status">
  <div>
    <label for="code">Case code</label>
    <p class="hint" id="code-hint">Ten letters and digits, like 7KQ4M-XW9TR.</p>
    <input type="text" id="code" name="code" value="${typed}" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint"${error ? html` aria-invalid="true"` : ''}>
  </div>
  <div><button type="submit">Check</button></div>
</form>`;
  return layout({ title: error ? 'Error: Check a case' : 'Check a case', programName: config.programName, body });
}
