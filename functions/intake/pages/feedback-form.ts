import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { layout } from './layout';

export interface FormState {
  text?: string;
  site?: string;
  topic?: string;
  escalate?: boolean;
  /** A message per field name, or `form` for the whole form. */
  errors?: Record<string, string>;
}

/**
 * The web form. Works with no JavaScript at all; after an error it comes back
 * with what was typed still in it, so nothing the employee wrote is lost.
 */
export function feedbackFormPage(config: Config, state: FormState = {}) {
  const errors = state.errors ?? {};
  const errorList = Object.entries(errors);
  const describedBy = (field: string, hint?: string) => [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) => (errors[field] ? html`<p class="field-error" id="${field}-error">${errors[field]}</p>` : '');
  const body = html`
<h1>Tell us what's on your mind</h1>
<p class="lead">Praise, problems, ideas: it goes to the leaders who can act on it, without your name.</p>
${errorList.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="errors">
<h2>There is a problem</h2>
<ul>${errorList.map(([field, message]) => html`<li><a href="#${field === 'form' ? 'text' : field}">${message}</a></li>`)}</ul>
</div>`
    : ''}
<form method="post" action="/feedback" accept-charset="UTF-8" novalidate>
  <div>
    <label for="text">Your feedback</label>
    <p class="hint" id="text-hint">Up to ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters. Names and phone numbers are removed before anyone reads it.</p>
    ${fieldError('text')}
    <textarea id="text" name="text" maxlength="${MAX_TEXT_CHARACTERS}" required aria-describedby="${describedBy('text', 'text-hint')}"${errors.text ? html` aria-invalid="true"` : ''}>${state.text ?? ''}</textarea>
  </div>
  <div>
    <label for="site">Where do you work? <span class="hint">(optional)</span></label>
    ${fieldError('site')}
    <select id="site" name="site" aria-describedby="${describedBy('site')}"${errors.site ? html` aria-invalid="true"` : ''}>
      <option value="">Prefer not to say</option>
      ${config.sites.map((s) => html`<option value="${s.id}"${state.site === s.id ? html` selected` : ''}>${s.name}</option>`)}
    </select>
  </div>
  <div>
    <label for="topic">What is it about? <span class="hint">(optional)</span></label>
    ${fieldError('topic')}
    <select id="topic" name="topic" aria-describedby="${describedBy('topic')}"${errors.topic ? html` aria-invalid="true"` : ''}>
      <option value="">Not sure / something else</option>
      ${config.topics.map((t) => html`<option value="${t.id}"${state.topic === t.id ? html` selected` : ''}>${t.name}</option>`)}
    </select>
  </div>
  <div class="check">
    <input type="checkbox" id="escalate" name="escalate" value="on"${state.escalate ? html` checked` : ''}>
    <label for="escalate">This is urgent: ask a senior leader to look at it now</label>
  </div>
  <div><button type="submit">Send anonymously</button></div>
</form>
<p>Already sent something? <a href="/status">Check its status with your case code</a>.</p>`;
  return layout({ title: errorList.length ? 'Error: Send feedback' : 'Send feedback', programName: config.programName, body });
}
