import { randomUUID } from 'node:crypto';
import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { emergencyLine } from '../../../shared/domain/emergency';
import { CASE_STATUSES, type CaseStatus, countedLength } from '../../../shared/domain/feedback';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import type { MessageKey } from '../../../shared/i18n/catalogue';
import type { StatusWithConversation } from '../../../shared/use-cases/case-conversation';
import type { CaseStatusView } from '../../../shared/use-cases/get-case-status';
import { keepLang, type PageLanguage, withLang } from '../page-language';
import { layout } from './layout';
import { dayIn, zoneOfDay } from '../../../shared/i18n/moments';
import { hoursInWords } from './durations';
import { emptyCheckOnField, emptyCheckOnForm, lengthCheckOnField, lengthCounter } from './check-before-sending';
import { smsNumbers } from './confirmation';
import { localPlaceholders } from './placeholders';
import { langOf } from './text-lang';
import { threadList } from './thread';
import { oneLine, strong, strongOneLine, type Words, wordsFor } from './words';

// Non-ASCII characters in `html` templates are written as escapes (\u00b7 for ·, \u25a0 for ■, \u2713 for ✓): esbuild
// escapes those of plain strings but not of tagged templates, and one such character makes Node decode the whole
// bundle file as two-byte text at a cold start (docs/performance-log.md, "Eleventh round").

/** Most feedback is read, sorted and counted; only an escalated case has a leader, an acknowledgement and an answer ahead. */
const ORDINARY_PATH: readonly CaseStatus[] = ['received', 'analysed'];
/** The steps of a case passed on, one of them being passed on (`forwarding`) until an email to a leader was accepted. */
const PASSED_ON_PATH: readonly CaseStatus[] = CASE_STATUSES.filter((status) => status !== 'forwarding');

/** The answer form's id: the language switch's buttons belong to it, so switching carries the typed answer over. */
const ANSWER_FORM = 'answer-form';
/** A key as this page writes them (a UUID): anything else posted back is replaced by a fresh one. */
const FORM_KEY = /^[0-9a-f-]{36}$/;

/** The form field that carries `AnswerState.sentAfter` from one showing of the case's page to the next. */
export const SENT_FIELD = 'sent';
/** The form field that carries `AnswerState.sentNow` with it. */
export const SENT_NOW_FIELD = 'now';

/** The example of a case code the pages show. */
const EXAMPLE = '7KQ4M-XW9TR';

/** What the employee's answer form shows again after a refusal, and whether their last answer is still on its way. */
export interface AnswerState {
  /** Why the answer was refused. */
  error?: MessageKey;
  text?: string;
  /**
   * The form's key, kept while the same answer's form comes back (a language switch), so a send whose answer
   * was lost and is sent again from the page in another language is still taken once.
   */
  key?: string;
  /** The answer sent when the employee had written N messages (`?sent=N` on old links); told until it is in the thread. */
  sentAfter?: number;
  /**
   * That answer was emailed to the case's holder at once (an urgent case nobody has acknowledged yet:
   * `reachesSponsor: 'at-once'` in JSON), so the notice says it went now, not "by the end of this hour".
   */
  sentNow?: boolean;
  /** The employee has just said the report is about the person handling it (`POST /status/object`). */
  objected?: boolean;
  /**
   * The answer in `text` was not sent: these words may point to the person who wrote it (`AnswerSinglesOut`).
   * The page names them, to change, or to send as they are.
   */
  singledOut?: readonly string[];
}

/** The answer form's field (and the address's parameter) that sends an answer whose words were named, as it is. */
export const ANYWAY_FIELD = 'anyway';

/**
 * By when the employee will hear back, in their words; nothing once answered
 * or without a deadline. A deadline gone by is said to be passed, with what
 * happened then (leadership has the case), never promised "at the latest".
 */
function hearBack({ h, language }: Words, view: Partial<StatusWithConversation> & CaseStatusView, timeZone: string) {
  // A closed case promises nothing more: no day to hear back by.
  if (view.closed) return '';
  // The installation's day: its zone is named, so an employee elsewhere does not read their own day's end.
  const by = (day: string) => ({ day: strong(dayIn(language, day)), zone: zoneOfDay(language, day, timeZone) });
  const overdueDay = view.overdue === 'acknowledge' ? view.acknowledgeBy : view.feedbackBy;
  if (view.overdue && overdueDay)
    return html`<p class="deadline overdue">${h('web.status.overdue', { deadline: view.overdue, ...by(overdueDay) })}</p>`;
  // The feedback clock runs once the acknowledgement is met (a case closed unacknowledged, then reopened, too).
  if (view.status !== 'responded' && view.feedbackBy)
    return html`<p class="deadline">${h('web.status.feedbackBy', by(view.feedbackBy))}</p>`;
  if (view.status === 'escalated' && view.acknowledgeBy)
    return html`<p class="deadline">${h('web.status.acknowledgeBy', by(view.acknowledgeBy))}</p>`;
  return '';
}

/**
 * Which time to acknowledge applies to this case: the short one if urgent; `unknown` names both; `met` when the
 * acknowledgement is already met though nobody acknowledged it (closed unacknowledged, within its hour or reopened):
 * its feedback clock runs, so the page no longer says a leader "is asked to acknowledge it" (newbie51).
 */
function urgencyOf(view: Partial<StatusWithConversation>): 'urgent' | 'standard' | 'unknown' | 'met' {
  if (view.status === 'escalated' && view.feedbackBy) return 'met';
  if (view.urgent === undefined) return 'unknown';
  return view.urgent ? 'urgent' : 'standard';
}

/** The leader's messages since the employee last wrote: the new ones, counted as the notice says them (one at least). */
function newCount(messages: StatusWithConversation['messages']): number {
  let count = 0;
  for (let i = messages.length - 1; i >= 0 && messages[i]!.from === 'sponsor'; i--) count++;
  return Math.max(1, count);
}

/**
 * How to answer by text message, with the number to text: the installation's one number, or every site's
 * (the same list for everyone, as on the receipt), or none where SMS is not set up.
 */
function answerBySms({ h, language }: Words, config: Config, code: string, asked: 'yes' | 'no') {
  const numbers = smsNumbers(config, language);
  if (new Set(numbers.map((n) => n.number)).size === 1)
    return html`<p class="hint">${h('web.status.answerBySmsTo', { code: strongOneLine(code), number: numbers[0]!.number, asked })}</p>`;
  if (numbers.length > 1)
    return html`<p class="hint">${h('web.status.answerBySmsSites', { code: strongOneLine(code), asked })}</p><ul class="numbers hint">${numbers.map((n) => html`<li>${h('web.receipt.smsNumber', { site: n.site, number: n.number })}</li>`)}</ul>`;
  return html`<p class="hint">${h('web.status.answerBySms', { code: strongOneLine(code), asked })}</p>`;
}

/** Whether the employee's last answer is still on its way: sent (`sentAfter`), not yet in the thread. */
function onItsWayIn(view: StatusWithConversation, answer: AnswerState): boolean {
  const mine = view.messages.filter((m) => m.from === 'employee').length;
  return answer.sentAfter !== undefined && mine <= answer.sentAfter;
}

/**
 * The answer still on its way, carried by the page's forms: "Check again" or a language switch right after sending
 * shows the case again still saying it was sent (not a thread without it, as if it were lost) until it is in.
 */
function sentField(answer: AnswerState) {
  return html`<input type="hidden" name="${SENT_FIELD}" value="${answer.sentAfter}">${answer.sentNow ? html`<input type="hidden" name="${SENT_NOW_FIELD}" value="1">` : ''}`;
}

/** The conversation with the senior leader, and the form to answer (it works without JavaScript). */
function conversation(
  config: Config,
  words: Words,
  page: PageLanguage,
  view: StatusWithConversation,
  answer: AnswerState,
) {
  const { t } = words;
  const code = view.caseCode;
  // The notice lasts until the answer shows in the thread: a reload after that does not claim it again.
  const onItsWay = onItsWayIn(view, answer);
  const max = MAX_TEXT_CHARACTERS;
  // Before the leader has written or published a response, nothing was asked: the box is for a message, not an
  // answer (the words above it say so).
  const asked = view.response || view.messages.some((m) => m.from === 'sponsor') ? 'yes' : 'no';
  return html`<h2 id="conversation">${t('web.status.conversation')}</h2>
${view.newMessages ? html`<p class="notice" role="status">${t('web.status.newMessage', { count: newCount(view.messages) })}</p>` : ''}
${onItsWay ? html`<div class="notice" role="status"><p>${t('web.status.sent', { asked, now: answer.sentNow ? 'yes' : 'no' })}</p></div>` : ''}
${view.messages.length ? threadList(view.messages, 'employee', words.language, { employeeLanguages: view.reportLanguage ? [view.reportLanguage] : [] }) : view.canAnswer && !onItsWay ? html`<p class="hint">${t('web.status.nothingYet', { answered: view.response ? 'yes' : 'no' })}</p>` : ''}
${view.closed ? html`<p class="notice" role="status">${t('web.status.closed')}</p>` : ''}
${
  view.canAnswer
    ? html`<form method="post" action="${keepLang(page, '/status/answer')}" id="${ANSWER_FORM}" autocomplete="off" novalidate${emptyCheckOnForm(words, t('web.status.pageTitle'), config.programName, 'h3')}>
  ${answer.error ? html`<div class="error-summary" role="alert"><h3>${t('web.problem')}</h3><p><a href="#answer">${answerRefusal(words, answer, asked)}</a></p></div>` : ''}
  <input type="hidden" name="code" value="${code}">
  ${onItsWay ? sentField(answer) : ''}
  <input type="hidden" name="key" value="${answer.key && FORM_KEY.test(answer.key) ? answer.key : randomUUID()}">
  <div>
    <label for="answer">${t('web.status.answer', { asked })}</label>
    <p class="hint" id="answer-hint">${t('web.status.answerHint', { max, asked })}</p>
    <textarea id="answer" name="text"${emptyCheckOnField(t('web.status.error.empty', { max, asked }))}${lengthCheckOnField(words, max, t('web.status.error.tooLong', { max, asked }))} aria-describedby="answer-hint"${answer.error ? html` aria-invalid="true"` : ''}>${answer.text ?? ''}</textarea>
    ${lengthCounter('answer')}
  </div>
  ${answer.singledOut?.length ? singledOutStep(words, page, answer.singledOut) : ''}
  <div><button type="submit">${t('web.status.sendAnswer', { asked })}</button></div>
</form>
${answerBySms(words, config, code, asked)}`
    : ''
}`;
}

/**
 * An answer not sent yet because its words may point to its writer (op44a): the words, as the feedback form's
 * preview names them, and a button that sends the answer in the box as it is. Changed and sent with the usual
 * button, it is read again. Its address says "as it is" too, for a browser whose script cannot name the button.
 */
function singledOutStep(words: Words, page: PageLanguage, phrases: readonly string[]) {
  const { t } = words;
  return html`<div class="singled-out" role="alert" id="singled-out"><h3>${t('web.status.singledOut.heading')}</h3><p id="singled-out-text">${t('web.preview.singledOut')}</p>
<ul>${phrases.map((phrase) => html`<li>${t('web.preview.singledOutItem', { phrase: localPlaceholders(words.language, phrase) })}</li>`)}</ul>
<div><button type="submit" class="secondary" name="${ANYWAY_FIELD}" value="1" formaction="${keepLang(page, `/status/answer?${ANYWAY_FIELD}=1`)}" aria-describedby="singled-out-text">${t('web.status.singledOut.send')}</button></div></div>`;
}

/**
 * The case's page is posted (its code never in an address), so it never changes by itself and a reload brings
 * back the empty form: "Check again" posts the code once more (with any answer typed so far, kept, never sent)
 * and shows what is new. Nothing is to come for feedback read and counted, nor for a closed case.
 */
function checkAgain({ t }: Words, page: PageLanguage, view: CaseStatusView | StatusWithConversation, form: string) {
  if (view.status === 'analysed' || ('closed' in view && view.closed)) return '';
  return html`<div class="check-again"><p class="hint" id="check-again-hint">${t('web.status.checkAgainHint')}</p><div><button type="submit" class="secondary" form="${form}" formaction="${keepLang(page, '/status')}" formnovalidate aria-describedby="check-again-hint">${t('web.status.checkAgain')}</button></div></div>`;
}

/** Statuses at which the case is with a senior leader, who may be the person it is about. */
const WITH_A_LEADER: readonly CaseStatus[] = ['escalated', 'acknowledged', 'responded'];

/**
 * Where the employee says their report is about the person handling it (closed or not): a button, as a form
 * of its own that posts the code (never in an address), and once pressed, what happens now.
 */
function objection({ t }: Words, page: PageLanguage, view: CaseStatusView | StatusWithConversation, done: boolean) {
  const closed = 'closed' in view && view.closed ? 'yes' : 'no';
  if (done)
    return html`<div class="notice" role="status" id="objected"><p>${t('web.status.object.done', { closed })}</p></div>`;
  return html`<h2 id="objection">${t('web.status.object.heading')}</h2>
<form method="post" action="${keepLang(page, '/status/object')}" id="object-form" autocomplete="off">
  <input type="hidden" name="code" value="${view.caseCode}">
  <p class="hint" id="object-hint">${t('web.status.object.hint', { closed })}</p>
  <div><button type="submit" class="secondary" aria-describedby="object-hint">${t('web.status.object.button')}</button></div>
</form>`;
}

/**
 * Where a case is: the steps that apply to it, each one reached ticked
 * (and said, for a screen reader), the current one marked, and what comes
 * next: first the service level the receipt promised, then the law's days
 * as the latest it may take. Only days are shown, never a time.
 */
export function statusPage(
  config: Config,
  page: PageLanguage,
  view: (CaseStatusView | StatusWithConversation) & { responseLanguage?: string },
  answer: AnswerState = {},
) {
  const words = wordsFor(page.language);
  const { t, h } = words;
  const withThread =
    'messages' in view && (view.canAnswer || view.closed || view.messages.length > 0) ? view : undefined;
  // Where the employee can answer, the switch is the answer form's own buttons (as the web form's are): what they
  // typed comes back in its box in the other language, never sent. Elsewhere a hidden form posts the code alone.
  const answerForm = withThread?.canAnswer === true;
  const steps = ORDINARY_PATH.includes(view.status) ? ORDINARY_PATH : PASSED_ON_PATH;
  // Being passed on is the step "Passed to a senior leader" not yet reached: marked current, not ticked.
  const forwarding = view.status === 'forwarding';
  const current = forwarding ? steps.indexOf('escalated') : steps.indexOf(view.status);
  const reached = forwarding ? current - 1 : current;
  // Closed by its holder, whatever step it had reached: the page says so first.
  const shownStatus = 'closed' in view && view.closed ? 'closed' : view.status;
  // A leader who has written in the conversation: "any answer they write will appear" above their message read as if
  // nothing had come (nc44), so the line points to what is there.
  const written = 'messages' in view && view.messages.some((m) => m.from === 'sponsor') ? 'yes' : 'no';
  const body = html`
<h1>${h('web.status.title', { code: oneLine(view.caseCode) })}</h1>
<p class="status">${t('web.status.now', { status: shownStatus })}</p>
<ol class="steps">
${steps.map((s, i) => html`<li${i === current ? html` aria-current="step"` : ''}>${t('web.status.step', { status: s })}${i <= reached ? html` <span aria-hidden="true">\u2713</span><span class="visually-hidden">${t('web.status.reached')}</span>` : ''}</li>`)}
</ol>
<p class="what-next">${t('web.status.next', { status: shownStatus, response: view.response ? 'yes' : 'no', written, urgency: urgencyOf(view), urgent: hoursInWords(page.language, config.slas.urgentHours), standard: hoursInWords(page.language, config.slas.standardHours) })}</p>
${hearBack(words, view, config.timezone)}
${checkAgain(words, page, view, answerForm ? ANSWER_FORM : 'case-language')}
${ORDINARY_PATH.includes(view.status) ? '' : html`<p class="emergency" id="emergency">${emergencyLine(config, page.language)}</p>`}
${view.response ? html`<h2>${t('web.status.response')}</h2><p class="response" dir="auto"${view.responseLanguage !== page.language ? langOf(view.responseLanguage) : ''}>${localPlaceholders(page.language, view.response)}</p>` : ''}
${withThread ? conversation(config, words, page, withThread, answer) : ''}
${WITH_A_LEADER.includes(view.status) ? objection(words, page, view, answer.objected === true) : ''}
<p><a href="${keepLang(page, '/')}">${t('web.sendMore')}</a></p>
${answerForm ? '' : html`<form id="case-language" method="post" action="${keepLang(page, '/status')}" autocomplete="off" hidden><input type="hidden" name="code" value="${view.caseCode}">${withThread && onItsWayIn(withThread, answer) ? sentField(answer) : ''}</form>`}`;
  // Never the code: a browser's history keeps titles, next to the second the page was opened.
  const title = t('web.status.pageTitle');
  return layout({
    title: answer.error ? t('web.page.errorTitle', { title }) : title,
    programName: config.programName,
    body,
    language: page.language,
    // The code never goes in an address (a browser's history would date the visit to the case): the switch posts it,
    // with the answer typed so far where there is a box for one (`POST /status` shows it again, never sends it).
    languages: {
      languages: page.offered,
      form: answerForm ? ANSWER_FORM : 'case-language',
      action: (language) => withLang('/status', language),
    },
  });
}

/**
 * What "Check" (and Enter in the box) sends besides the code, so an empty box pressed is told what to type while a
 * language switch with it empty is not. Never named "action": a form's control of that name hides the form's own
 * address from scripts (`form.action`).
 */
export const CHECK = { name: 'check', value: 'code' } as const;

/**
 * The case lookup: a form that posts the code, so the case's page is shown at
 * `/status` and the code stays out of the browser's history and address bar.
 */
export function statusLookupPage(config: Config, page: PageLanguage, error?: MessageKey, typed = '') {
  const { t, h } = wordsFor(page.language);
  const body = html`
<h1>${t('web.lookup.title')}</h1>
<p class="device-note" id="no-trace">${t('web.page.noTrace')}</p>
${error ? html`<div class="error-summary" role="alert"><h2>${t('web.problem')}</h2><p>${h(error, { example: oneLine(EXAMPLE) })}</p></div>` : ''}
<form method="post" action="${keepLang(page, '/status')}" id="lookup" autocomplete="off">
  <div>
    <label for="code">${t('web.lookup.code')}</label>
    <p class="hint" id="code-hint">${h('web.lookup.hint', { example: oneLine(EXAMPLE) })}</p>
    <input type="text" id="code" name="code" value="${typed}" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-hint"${error ? html` aria-invalid="true"` : ''}>
  </div>
  <div><button type="submit" name="${CHECK.name}" value="${CHECK.value}">${t('web.lookup.check')}</button></div>
</form>`;
  const title = t('web.lookup.title');
  return layout({
    title: error ? t('web.page.errorTitle', { title }) : title,
    programName: config.programName,
    body,
    language: page.language,
    // The switch posts the form (never the code in an address), so a code typed before switching is kept: looked
    // up in the new language, or the empty form again if nothing was typed.
    languages: {
      languages: page.offered,
      form: 'lookup',
      action: (language) => withLang('/status', language),
      pressed: CHECK,
    },
  });
}

/**
 * Why an answer was refused. One too long says how long it was and how much to cut: without JavaScript no counter
 * shows while typing, so the refusal is the only place a person learns it.
 */
function answerRefusal({ t }: Words, answer: AnswerState, asked: 'yes' | 'no'): string {
  const max = MAX_TEXT_CHARACTERS;
  if (!answer.error) return '';
  const used = answer.error === 'web.status.error.tooLong' && answer.text ? countedLength(answer.text) : 0;
  return used > max
    ? t('web.status.error.tooLongCounted', { used, max, over: used - max })
    : t(answer.error, { max, asked });
}
