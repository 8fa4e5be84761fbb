import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/feedback';
import type { CaseStatusView } from '../../../shared/use-cases/get-case-status';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import type { StatusWithConversation } from '../../../shared/use-cases/case-conversation';
import { layout } from './layout';
import { dayInWords, threadList } from './thread';

const STEP_LABELS: Record<CaseStatus, string> = {
  received: 'Received',
  analysed: 'Read and sorted by topic',
  escalated: 'Passed to a senior leader',
  acknowledged: 'Acknowledged by that leader',
  responded: 'Answered',
};

/** Most feedback is read, sorted and counted; only an escalated case has a leader, an acknowledgement and an answer ahead. */
const ORDINARY_PATH: readonly CaseStatus[] = ['received', 'analysed'];

/** What happens next, in the words of someone waiting for it. */
const WHAT_NEXT: Record<CaseStatus, string> = {
  received:
    'It will be read in a moment: personal details are removed and it is sorted by topic. If it is urgent, or you asked for it to be, it then goes straight to a senior leader, who can answer you here.',
  analysed:
    "Like most feedback, it now counts in the weekly report the leadership team reads, with everyone else's. It does not get a personal answer: that happens only when something urgent is passed to a senior leader.",
  escalated:
    'A senior leader has it and has been asked to acknowledge it soon. Any answer they write will appear on this page.',
  acknowledged: 'The senior leader has read it. Any answer they write will appear on this page.',
  responded: 'The senior leader has answered; their answer is below.',
};

/** By when the employee will hear back, in their words; nothing once answered or without a deadline. */
function hearBack(view: Partial<StatusWithConversation> & CaseStatusView) {
  if (view.status === 'escalated' && view.acknowledgeBy)
    return html`<p class="deadline">It will be acknowledged by <strong>${dayInWords(view.acknowledgeBy)}</strong> at the latest.</p>`;
  if (view.status === 'acknowledged' && view.feedbackBy)
    return html`<p class="deadline">You will hear what is being done by <strong>${dayInWords(view.feedbackBy)}</strong> at the latest.</p>`;
  return '';
}

/** The conversation with the senior leader, and the form to answer (it works without JavaScript). */
function conversation(view: StatusWithConversation, answer: { error?: string; text?: string; sent?: boolean }) {
  const code = view.caseCode;
  return html`<h2 id="conversation">Conversation with the senior leader</h2>
${view.newMessages ? html`<p class="notice" role="status">There is a new message for you.</p>` : ''}
${answer.sent ? html`<div class="notice" role="status"><p>Your answer was sent. Personal details are removed before the senior leader reads it; it appears here in a moment.</p></div>` : ''}
${threadList(view.messages, 'employee')}
${
  view.canAnswer
    ? html`<form method="post" action="/status/${code}/messages">
  ${answer.error ? html`<div class="error-summary" role="alert"><h3>There is a problem</h3><p><a href="#answer">${answer.error}</a></p></div>` : ''}
  <div>
    <label for="answer">Your answer</label>
    <p class="hint" id="answer-hint">Anonymous, like your feedback: names and other personal details are removed before anyone reads it. Up to ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters.</p>
    <textarea id="answer" name="text" maxlength="${MAX_TEXT_CHARACTERS}" aria-describedby="answer-hint"${answer.error ? html` aria-invalid="true"` : ''}>${answer.text ?? ''}</textarea>
  </div>
  <div><button type="submit">Send answer</button></div>
</form>
<p class="hint">By text message: send <strong>${code}</strong> followed by your answer.</p>`
    : ''
}`;
}

/** Where a case is: the steps that apply to it, the current one marked, and what comes next. */
export function statusPage(
  config: Config,
  view: CaseStatusView | StatusWithConversation,
  answer: { error?: string; text?: string; sent?: boolean } = {},
) {
  const withThread = 'messages' in view && (view.canAnswer || view.messages.length > 0) ? view : undefined;
  const steps = ORDINARY_PATH.includes(view.status) ? ORDINARY_PATH : CASE_STATUSES;
  const current = steps.indexOf(view.status);
  const body = html`
<h1>Case ${view.caseCode}</h1>
<p class="status">Status: ${STEP_LABELS[view.status]}</p>
<ol class="steps">
${steps.map((s, i) => html`<li${i === current ? html` aria-current="step"` : ''}>${STEP_LABELS[s]}${i < current ? ' ✓' : ''}</li>`)}
</ol>
<p class="what-next">${WHAT_NEXT[view.status]}</p>
${hearBack(view)}
${view.response ? html`<h2>The answer</h2><p class="response">${view.response}</p>` : ''}
${withThread ? conversation(withThread, answer) : ''}
<p><a href="/">Send more feedback</a></p>`;
  return layout({
    title: `${answer.error ? 'Error: ' : ''}Case ${view.caseCode}`,
    programName: config.programName,
    body,
  });
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
