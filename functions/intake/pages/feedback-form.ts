import { randomUUID } from 'node:crypto';
import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { emergencyLine } from '../../../shared/domain/emergency';
import { countedLength } from '../../../shared/domain/feedback';
import { NO_WORDS } from '../../../shared/domain/has-words';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import type { ErrorCode } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import type { RedactionPreview } from '../../../shared/use-cases/preview-redaction';
import { keepLang, type PageLanguage, withLang } from '../page-language';
import { layout } from './layout';
import {
  emptyCheckOnField,
  emptyCheckOnForm,
  lengthCheckOnField,
  lengthCounter,
  noWordsCheckOnField,
} from './check-before-sending';
import { hint, link, type Words, wordsFor } from './words';
import { localPlaceholders } from './placeholders';
import { UNREAD_FIELDS } from '../unread-fields';
import { REPEATED_FIELD } from '../middleware/repeated-field-error';

export interface FormState {
  text?: string;
  site?: string;
  topic?: string;
  escalate?: boolean;
  /** "This is about my management" was ticked. */
  aboutManagement?: boolean;
  /** The refused fields (`form` for the whole form), each with the refusal's own message. */
  errors?: Record<string, string>;
  /** Why the whole form was refused (busy, unavailable, …), to say what to do about it. */
  errorCode?: ErrorCode;
  /** What redaction will change in the text, when the employee asked to review it first. */
  preview?: RedactionPreview;
  /** Refused on "Check what will be removed": an empty box is told to be filled to check, not "before sending". */
  checking?: boolean;
  /**
   * A report refused as not saved (a spent budget, a box sent twice): the refusal names the emergency number (of
   * this site, if any).
   */
  urgentRefused?: { site?: string };
  /**
   * The report's retry key, sent again with every try of the same report so
   * that a retry whose first answer was lost gets the first receipt, not a
   * second case. Kept while the form comes back (an error, a preview, a
   * language switch); a new form gets a fresh random one. Bound to the
   * words when claimed (`routes/form-key.ts`): other words under it are a
   * new report, never refused.
   */
  formKey?: string;
}

/** The review step's answer: each change in words, then the text as it will be read. */
function previewPanel(words: Words, preview: RedactionPreview) {
  const { t } = words;
  // `data-stale`: what the page script says in it once the text is changed after the check (`in-place-script.ts`).
  return html`<section class="notice preview" id="preview" aria-labelledby="preview-title" tabindex="-1" data-stale="${t('web.preview.stale')}">
<h2 id="preview-title">${t('web.preview.heading')}</h2>
${
  preview.changes.length
    ? html`<p>${t('web.preview.changes')}</p>
<ul>${preview.changes.map((change) => html`<li>${t('web.preview.change', { original: change.original, replacement: localPlaceholders(words.language, change.replacement) })}</li>`)}</ul>`
    : html`<p>${t('web.preview.none')}</p>`
}
${
  // Kept words that may still point to the writer ("the only woman in the maintenance team"): named, never removed.
  preview.singledOut.length
    ? html`<div class="singled-out" id="singled-out"><p>${t('web.preview.singledOut')}</p>
<ul>${preview.singledOut.map((phrase) => html`<li>${t('web.preview.singledOutItem', { phrase: localPlaceholders(words.language, phrase) })}</li>`)}</ul></div>`
    : ''
}
<p>${t('web.preview.readAs')}</p>
<blockquote class="verbatim" dir="auto">${localPlaceholders(words.language, preview.redactedText)}</blockquote>
<p class="hint">${t('web.preview.nothingSent')}</p>
</section>`;
}

/**
 * The reasons the form is refused, in the employee's words and language.
 * The API's messages name fields and bytes for the developers who read
 * them; a person at the form needs to know what to do instead.
 */
function forEmployees(field: string, message: string, code: ErrorCode | undefined, checking = false): MessageKey {
  const tooLong = code === 'too_large' || /at most|too (big|large|long)|request body/i.test(message);
  if (field === 'text')
    return tooLong
      ? 'web.form.error.tooLong'
      : message === NO_WORDS
        ? checking
          ? 'web.form.error.noWordsCheck'
          : 'web.form.error.noWords'
        : checking
          ? 'web.form.error.emptyCheck'
          : 'web.form.error.empty';
  if (message === UNREAD_FIELDS) return 'web.form.error.unreadFields';
  if (message === REPEATED_FIELD) return 'web.form.error.repeated';
  if (field === 'site') return 'web.form.error.site';
  if (field === 'topic') return 'web.form.error.topic';
  if (field === 'escalate') return 'web.form.error.escalate';
  if (tooLong) return 'web.form.error.tooLong';
  if (code === 'too_many_requests') return 'web.form.error.busy';
  if (code === 'idempotency_key_reused') return 'web.form.error.reused';
  if (code === 'unavailable') return 'web.form.error.unavailable';
  return 'web.form.error.unreadable';
}

/**
 * A refusal's words. A text refused as too long says how long it was and how much to cut: without JavaScript no
 * counter is shown while typing, so the refusal is the only place a person learns it.
 */
function refusalWords(t: Words['t'], key: MessageKey, text: string | undefined): string {
  const max = MAX_TEXT_CHARACTERS;
  const used = key === 'web.form.error.tooLong' && text !== undefined ? countedLength(text) : 0;
  return used > max ? t('web.form.error.tooLongCounted', { used, max, over: used - max }) : t(key, { max });
}

/**
 * The web form. Works with no JavaScript at all; after an error it comes back
 * with what was typed still in it, so nothing the employee wrote is lost.
 * Its language switch is made of the form's own buttons: switching language
 * carries what was typed over to the form in the other language.
 */
export function feedbackFormPage(config: Config, page: PageLanguage, state: FormState = {}) {
  const words = wordsFor(page.language);
  const { t, h } = words;
  const max = MAX_TEXT_CHARACTERS;
  const errors = Object.fromEntries(
    Object.entries(state.errors ?? {}).map(([field, message]) => [
      field,
      refusalWords(t, forEmployees(field, message, state.errorCode, state.checking), state.text) +
        // Someone in danger, refused: where help comes at once, right in the refusal.
        (field === 'form' && state.urgentRefused
          ? ` ${emergencyLine(config, page.language, state.urgentRefused.site)}`
          : ''),
    ]),
  );
  const errorList = Object.entries(errors);
  // A report refused for what it holds (a site, a topic, the urgent box, the text): said at the top that it was NOT
  // saved, and where help comes at once, since whoever sent it may be in danger and leave before reading further.
  // Not for "Check what will be removed" (nothing was being sent), nor said twice: the whole form's refusals
  // already say they were not saved, and an urgent one refused already names the number.
  const refusedReport = errorList.length > 0 && !state.checking;
  const notSaved = refusedReport && !errors.form ? t('report.notSaved') : '';
  const help = refusedReport && !state.urgentRefused ? emergencyLine(config, page.language, state.site) : '';
  const afterErrors = [notSaved, help].filter(Boolean).join(' ');
  // No attribute at all when nothing describes the field: an empty one is an error to screen readers and checkers.
  const describedBy = (field: string, hint?: string) => {
    const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
    return ids ? html` aria-describedby="${ids}"` : '';
  };
  const fieldError = (field: string) =>
    errors[field] ? html`<p class="field-error" id="${field}-error">${errors[field]}</p>` : '';
  const body = html`
<h1>${t('web.form.heading')}</h1>
<p class="lead">${t('web.form.lead')}</p>
${
  // Before the box, not under the form: someone on a work device or network must read it before typing a word.
  html`<p class="device-note" id="no-trace">${t('web.page.noTrace')}</p>`
}
${
  errorList.length
    ? html`<div class="error-summary" role="alert" tabindex="-1" id="errors">
<h2>${t('web.problem')}</h2>
<ul>${errorList.map(([field, message]) => html`<li><a href="#${field === 'form' ? 'text' : field}">${message}</a></li>`)}</ul>
${afterErrors ? html`<p id="not-saved">${afterErrors}</p>` : ''}
</div>`
    : ''
}
${state.preview ? previewPanel(words, state.preview) : ''}
<form method="post" action="${keepLang(page, '/feedback')}" accept-charset="UTF-8" novalidate id="feedback" autocomplete="off"${emptyCheckOnForm(words, t('web.form.title'), config.programName)} data-not-saved="${t('report.notSaved')} ${emergencyLine(config, page.language)}">
  <input type="hidden" name="formKey" value="${state.formKey ?? randomUUID()}">
  <div>
    <label for="text">${t('web.form.text')}</label>
    <p class="hint" id="text-hint">${t('web.form.textHint', { max })}</p>
    ${fieldError('text')}
    <textarea id="text" name="text" required${emptyCheckOnField(t('web.form.error.empty', { max }))}${noWordsCheckOnField(t('web.form.error.noWords', { max }))}${lengthCheckOnField(words, max, t('web.form.error.tooLong', { max }))}${describedBy('text', 'text-hint')}${errors.text ? html` aria-invalid="true"` : ''}>${state.text ?? ''}</textarea>
    ${lengthCounter('text')}
  </div>
  <div>
    <label for="site">${h('web.form.site', { optional: hint(t('web.form.optional')) })}</label>
    ${fieldError('site')}
    <select id="site" name="site"${describedBy('site')}${errors.site ? html` aria-invalid="true"` : ''}>
      <option value="">${t('web.form.siteNone')}</option>
      ${config.sites.map((s) => html`<option value="${s.id}"${state.site === s.id ? html` selected` : ''}>${s.names?.[page.language] ?? s.name}</option>`)}
    </select>
  </div>
  <div>
    <label for="topic">${h('web.form.topic', { optional: hint(t('web.form.optional')) })}</label>
    ${fieldError('topic')}
    <select id="topic" name="topic"${describedBy('topic')}${errors.topic ? html` aria-invalid="true"` : ''}>
      <option value="">${t('web.form.topicNone')}</option>
      ${config.topics.map((topic) => html`<option value="${topic.id}"${state.topic === topic.id ? html` selected` : ''}>${topic.names?.[page.language] ?? topic.name}</option>`)}
    </select>
  </div>
  <div class="check">
    <input type="checkbox" id="escalate" name="escalate" value="on"${state.escalate ? html` checked` : ''}>
    <label for="escalate">${t('web.form.escalate')}</label>
  </div>
  <div class="check">
    <input type="checkbox" id="aboutManagement" name="aboutManagement" value="on"${state.aboutManagement ? html` checked` : ''} aria-describedby="aboutManagement-hint">
    <label for="aboutManagement">${t('web.form.aboutManagement')}</label>
    <p class="hint" id="aboutManagement-hint">${t('web.form.aboutManagementHint')}</p>
  </div>
  <p class="emergency" id="emergency">${emergencyLine(config, page.language)}</p>
  <div class="actions"><button type="submit">${t('web.form.send')}</button> <button type="submit" class="secondary" formaction="${keepLang(page, '/feedback/preview')}" data-empty-instead="${t('web.form.error.emptyCheck', { max })}" data-no-words-instead="${t('web.form.error.noWordsCheck', { max })}">${t('web.form.check')}</button></div>
</form>
<p>${h('web.form.follow', { link: link(keepLang(page, '/status'), t('web.form.followLink')) })}</p>`;
  const title = t('web.form.title');
  return layout({
    title: errorList.length ? t('web.page.errorTitle', { title }) : title,
    programName: config.programName,
    body,
    language: page.language,
    languages: { languages: page.offered, form: 'feedback', action: (language) => withLang('/', language) },
  });
}
