import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import type { RedactionPreview } from '../../../shared/use-cases/preview-redaction';
import { layout } from './layout';

export interface FormState {
  text?: string;
  site?: string;
  topic?: string;
  escalate?: boolean;
  /** "This is about my management" was ticked. */
  aboutManagement?: boolean;
  /** A message per field name, or `form` for the whole form. */
  errors?: Record<string, string>;
  /** What redaction will change in the text, when the employee asked to review it first. */
  preview?: RedactionPreview;
}

/** The review step's answer: each change in words, then the text as it will be read. */
function previewPanel(preview: RedactionPreview) {
  return html`<section class="notice preview" id="preview" aria-labelledby="preview-title" tabindex="-1">
<h2 id="preview-title">Before you send</h2>
${
  preview.changes.length
    ? html`<p>These details will be removed before anyone reads your feedback:</p>
<ul>${preview.changes.map((change) => html`<li>‘${change.original}’ will be replaced by ${change.replacement}</li>`)}</ul>`
    : html`<p>We found no names, phone numbers or other personal details to remove. Please check that nothing else in it points to you or to someone else.</p>`
}
<p>What will be read:</p>
<blockquote class="verbatim">${preview.redactedText}</blockquote>
<p class="hint">Nothing has been sent or kept yet. Change your text below if you want, then send it.</p>
</section>`;
}

const TOO_LONG = `Your feedback is too long for one message. Please shorten it to ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters or fewer (emoji and some letters count as more than one), or send it in two parts.`;

/**
 * The reasons the form is refused, in the employee's words. The API's
 * messages name fields and bytes for the developers who read them; a person at
 * the form needs to know what to do instead.
 */
function forEmployees(field: string, message: string): string {
  const tooLong = /at most|too (big|large|long)|request body/i.test(message);
  if (field === 'text') return tooLong ? TOO_LONG : 'Write your feedback in the box before sending it.';
  if (field === 'site') return 'Choose where you work from the list, or “Prefer not to say”.';
  if (field === 'topic') return 'Choose a topic from the list, or “Not sure / something else”.';
  if (field === 'escalate') return 'Tick the urgent box, or leave it empty.';
  if (tooLong) return TOO_LONG;
  return message.charAt(0).toUpperCase() + message.slice(1); // already written for people: busy, or could not be saved just now
}

/**
 * The web form. Works with no JavaScript at all; after an error it comes back
 * with what was typed still in it, so nothing the employee wrote is lost.
 */
export function feedbackFormPage(config: Config, state: FormState = {}) {
  const errors = Object.fromEntries(
    Object.entries(state.errors ?? {}).map(([field, message]) => [field, forEmployees(field, message)]),
  );
  const errorList = Object.entries(errors);
  // No attribute at all when nothing describes the field: an empty one is an error to screen readers and checkers.
  const describedBy = (field: string, hint?: string) => {
    const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return ids ? html` aria-describedby="${ids}"` : '';
  };
  const fieldError = (field: string) =>
    errors[field] ? html`<p class="field-error" id="${field}-error">${errors[field]}</p>` : '';
  const body = html`
<h1>Tell us what's on your mind</h1>
<p class="lead">Praise, problems, ideas: it goes to the leaders who can act on it, without your name.</p>
${
  errorList.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="errors">
<h2>There is a problem</h2>
<ul>${errorList.map(([field, message]) => html`<li><a href="#${field === 'form' ? 'text' : field}">${message}</a></li>`)}</ul>
</div>`
    : ''
}
${state.preview ? previewPanel(state.preview) : ''}
<form method="post" action="/feedback" accept-charset="UTF-8" novalidate>
  <div>
    <label for="text">Your feedback</label>
    <p class="hint" id="text-hint">Up to ${MAX_TEXT_CHARACTERS.toLocaleString('en-US')} characters. Names and phone numbers are removed before anyone reads it.</p>
    ${fieldError('text')}
    <textarea id="text" name="text" maxlength="${MAX_TEXT_CHARACTERS}" required${describedBy('text', 'text-hint')}${errors.text ? html` aria-invalid="true"` : ''}>${state.text ?? ''}</textarea>
  </div>
  <div>
    <label for="site">Where do you work? <span class="hint">(optional)</span></label>
    ${fieldError('site')}
    <select id="site" name="site"${describedBy('site')}${errors.site ? html` aria-invalid="true"` : ''}>
      <option value="">Prefer not to say</option>
      ${config.sites.map((s) => html`<option value="${s.id}"${state.site === s.id ? html` selected` : ''}>${s.name}</option>`)}
    </select>
  </div>
  <div>
    <label for="topic">What is it about? <span class="hint">(optional)</span></label>
    ${fieldError('topic')}
    <select id="topic" name="topic"${describedBy('topic')}${errors.topic ? html` aria-invalid="true"` : ''}>
      <option value="">Not sure / something else</option>
      ${config.topics.map((t) => html`<option value="${t.id}"${state.topic === t.id ? html` selected` : ''}>${t.name}</option>`)}
    </select>
  </div>
  <div class="check">
    <input type="checkbox" id="escalate" name="escalate" value="on"${state.escalate ? html` checked` : ''}>
    <label for="escalate">This is urgent: ask a senior leader to look at it now</label>
  </div>
  <div class="check">
    <input type="checkbox" id="aboutManagement" name="aboutManagement" value="on"${state.aboutManagement ? html` checked` : ''} aria-describedby="aboutManagement-hint">
    <label for="aboutManagement">This is about my management</label>
    <p class="hint" id="aboutManagement-hint">It then goes to someone above them, never to the leader who would normally read it.</p>
  </div>
  <div class="actions"><button type="submit">Send anonymously</button> <button type="submit" class="secondary" formaction="/feedback/preview">Check what will be removed</button></div>
</form>
<p>Already sent something? <a href="/status">Check its status with your case code</a>.</p>`;
  return layout({
    title: errorList.length ? 'Error: Send feedback' : 'Send feedback',
    programName: config.programName,
    body,
  });
}
