import { html } from 'hono/html';
import type { Config, Sponsor } from '../../../shared/config/schema';
import { BY_CLOSE, deskStateOf, handOverMenu, isClosing, type DeskCase } from '../../../shared/domain/case-desk';
import { heldByLeadership, holderIdOf } from '../../../shared/domain/escalation';
import { feedbackDeadline } from '../../../shared/email/deadlines';
import { describeEscalation, writtenInFor } from '../../../shared/email/describe-escalation';
import { deadlineWords, momentWords } from '../../../shared/i18n/moments';
import { sponsorText, sponsorTranslator, type SponsorTranslator } from '../../../shared/i18n/sponsor';
import { sponsorLanguage } from '../../../shared/i18n/sponsor/reader';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { MAX_HAND_OVER_REASON_CHARACTERS } from '../../../shared/use-cases/case-desk';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../../shared/use-cases/case-conversation';
import { caseRef, clockInWords, closedNote, deskCaseHref, deskHref } from './case-desk';
import {
  boxAttributes,
  choiceAttributes,
  choiceFirst,
  type SponsorPageError,
  sponsorErrorSummary,
} from './sponsor-error';
import { resultNotice } from './result-notice';
import { sponsorLayout } from './sponsor-layout';
import { unsentNote } from './unsent-note';
import type { SponsorBox } from '../unsent-boxes';
import { historyList, reportedWords, sponsorThread } from './sponsor-words';
import { addressHiddenNote } from './address-hidden';

/** What the page says after an action, or what is wrong with what was sent, and what was typed (kept on an error). */
export interface DeskCaseMessages {
  notice?: string;
  error?: SponsorPageError;
  typed?: { message?: string; response?: string; reason?: string };
  /**
   * The sponsor pressed close on an urgent case nobody has acknowledged: not closed yet, the page says what
   * closing it would do and asks again (`UnacknowledgedUrgentClose`).
   */
  confirmClose?: boolean;
  /** Boxes whose words (in `typed`) were posted with another button and are given back unsent. */
  unsent?: readonly SponsorBox[];
  /** The action not done because words typed would have been left behind (`leavesWordsBehind`). */
  held?: 'close' | 'hand-over';
  /**
   * A hand-over not done yet: its reason holds words that may point to one person (`HandOverReasonSinglesOut`).
   * The page names them by the reason's box and asks again; `chosen` is whom the sponsor chose.
   */
  singledOutReason?: readonly string[];
  chosen?: number;
}

/** The one form of the page's actions; the close's confirmation, above it, belongs to it too. */
const FORM_ID = 'case-actions';

/**
 * Enter in a choice (the hand-over's radio buttons) presses a form's first button that can be pressed. The
 * page has one form for every action, so that first button is a hidden one that does nothing (`stay`): the
 * page comes back with what is typed still in its boxes, rather than acknowledging the case or sending a
 * message. (Chromium skips a disabled first button for a radio's Enter, so it must be an enabled one.)
 */
const NO_ENTER = html`<button type="submit" form="${FORM_ID}" name="action" value="stay" hidden></button>`;

/**
 * One case from the desk, in the sponsor's language: what was said, its
 * clock, the conversation, and everything the sponsor can do: acknowledge,
 * write to the employee, publish a response ("you said, we did"), hand it
 * over ("not mine") with a reason, and close it. Every action is a POST
 * form: mail scanners open links, and opening must change nothing.
 */
export async function deskCasePage(
  config: Config,
  sponsor: Sponsor,
  token: string,
  e: DeskCase,
  thread: ThreadMessage[],
  now: Date,
  messages: DeskCaseMessages = {},
) {
  const language = sponsorLanguage(config, sponsor);
  const t = sponsorTranslator(language);
  const writtenIn = await writtenInFor(e, language);
  const { title, reasons, what, heading, translation, site, topics } = describeEscalation(config, e, language);
  const state = deskStateOf(config, e, now);
  const action = deskCaseHref(token, e.id);
  const unsent = messages.unsent ?? [];
  const closed = state === 'closed';
  const feedbackBy = state === 'acknowledged' ? feedbackDeadline(config, e) : undefined;
  const leadershipList = sponsorText(language, 'sponsor.leadershipList');
  // Whom the case goes around is the leadership list's to read; any other reader reads neither their names nor their words' author.
  const around = heldByLeadership(config, e) ? [] : (e.reroute?.bypassed ?? []);
  // The same menu whomever the case goes around (the server goes around them); a sponsor without a backup is offered the leadership list once.
  const targets = handOverMenu(config, e).map((target) => ({
    ...target,
    names: target.names === 'the leadership list' ? leadershipList : target.names,
  }));
  // One form around every action: whichever button is pressed, what is typed in every box goes with it, and
  // the server gives back (unsent) whatever its button does not send. Each button names its action; each
  // action is set apart (`.action`) so a button is not read with the next box.
  const body = html`
<p><a href="${deskHref(token)}">${t('sponsor.desk.back')}</a></p>
<h1>${t('sponsor.desk.caseLink', { title, ref: caseRef(e.id) })}</h1>
${resultNotice(messages.notice)}
${sponsorErrorSummary(t, messages.error)}
${unsentNote(t, unsent, messages.held)}
${messages.confirmClose && !closed ? confirmCloseStep(t, action, acknowledgedBefore(e)) : ''}
<p class="clock">${clockInWords(config, { escalation: e, state }, language, now)}</p>
<dl>
  <dt><strong>${t('sponsor.label.why')}</strong></dt><dd>${reasons}</dd>
  <dt><strong>${t('sponsor.label.site')}</strong></dt><dd>${site}</dd>
  <dt><strong>${t('sponsor.label.topic')}</strong></dt><dd>${topics}</dd>
  <dt><strong>${t('sponsor.label.raised')}</strong></dt><dd>${t('sponsor.around', { ...momentWords(language, e.raisedAt, config.timezone) })}</dd>
  ${feedbackBy ? html`<dt><strong>${t('sponsor.label.feedbackBy')}</strong></dt><dd>${t('sponsor.feedbackDue', { ...deadlineWords(language, feedbackBy, config.timezone), months: config.legalClocks.feedbackMonths })}</dd>` : ''}
</dl>
${reportedWords(config, e, language, { heading, what, translation }, writtenIn)}
${e.response ? html`<h2>${t('sponsor.desk.published')}</h2><p class="response" dir="auto">${e.response}</p>${addressHiddenNote(language, e.response)}` : ''}
${e.caseKey ? html`<h2>${t('sponsor.conversation.heading')}</h2>${sponsorThread(config, language, thread, { ids: [holderIdOf(config, e)], around })}` : ''}
${
  closed
    ? html`<p id="closed-note">${closedNote(e, language, now)}</p>
${
  // Closed by mistake: until the close is in effect (the end of its hour) it can be undone.
  isClosing(e, now)
    ? html`<form method="post" action="${action}"><input type="hidden" name="action" value="keep-open"><div><button type="submit" aria-describedby="closed-note">${t('sponsor.desk.keepOpen')}</button></div></form>`
    : ''
}`
    : html`<h2>${t('sponsor.desk.canDo')}</h2>
<form method="post" action="${action}" id="${FORM_ID}">
${NO_ENTER}
${
  e.status === 'raised'
    ? html`<div class="action"><div><button type="submit" name="action" value="acknowledge">${t('sponsor.acknowledge')}</button></div></div>`
    : ''
}
${
  e.caseKey
    ? html`<div class="action">
  <div>
    <label for="message">${t('sponsor.message.label')}</label>
    <p class="hint" id="message-hint">${t('sponsor.message.hint', { max: MAX_SPONSOR_MESSAGE_CHARACTERS })}</p>
    <textarea id="message" name="message" ${boxAttributes('message', messages.error, unsent)}>${messages.typed?.message ?? ''}</textarea>
  </div>
  <div><button type="submit" name="action" value="reply">${t('sponsor.message.button')}</button></div>
</div>
<div class="action">
  <div>
    <label for="response">${t('sponsor.response.label', { has: e.response ? 'yes' : 'no' })}</label>
    <p class="hint" id="response-hint">${t('sponsor.response.hint', { max: MAX_RESPONSE_CHARACTERS })}</p>
    <textarea id="response" name="response" ${boxAttributes('response', messages.error, unsent)}>${messages.typed?.response ?? e.response ?? ''}</textarea>
  </div>
  <div><button type="submit" name="action" value="respond">${t('sponsor.response.button')}</button></div>
</div>`
    : html`<p>${t('sponsor.patternNoOne')}</p>`
}
${
  targets.length
    ? html`<div class="action">
  <fieldset id="to"${choiceAttributes(messages.error)}>
    <legend>${t('sponsor.desk.handOver')}</legend>
    ${
      // Nobody chosen until the sponsor chooses: a case handed to the first name by a press of the button
      // would go to the wrong person. Pressed with no choice, the page asks for one and focuses the first.
      targets.map(
        (target, i) =>
          html`<div class="check"><input type="radio" id="to-${target.level}" name="to" value="${target.level}"${messages.chosen === target.level ? html` checked` : ''}${i === 0 && choiceFirst(messages.error) ? html` autofocus` : ''}><label for="to-${target.level}">${target.names}</label></div>`,
      )
    }
  </fieldset>
  <div>
    <label for="reason">${t('sponsor.desk.reason')}</label>
    <p class="hint" id="reason-hint">${t('sponsor.desk.reasonHint', { max: MAX_HAND_OVER_REASON_CHARACTERS })}</p>
    <textarea id="reason" name="reason" ${boxAttributes('reason', messages.error, unsent)}>${messages.typed?.reason ?? ''}</textarea>
  </div>
  ${messages.singledOutReason?.length ? reasonSinglesOutStep(t, messages.singledOutReason) : ''}
  <div><button type="submit" name="action" value="hand-over">${t('sponsor.desk.handOverButton')}</button></div>
</div>`
    : ''
}
<div class="action"><p class="hint" id="close-hint">${t('sponsor.desk.closeHint')}</p><div><button type="submit" name="action" value="close" class="secondary" aria-describedby="close-hint">${t('sponsor.desk.close')}</button></div></div>
</form>`
}
<h2>${t('sponsor.history')}</h2>
${historyList(config, language, e.audit, around)}
<p><a href="${deskHref(token)}">${t('sponsor.desk.back')}</a></p>`;
  return sponsorLayout({
    // The tab reads as the page's heading, whichever link opened the case (the email's or the desk's).
    title: t('sponsor.desk.caseLink', { title, ref: caseRef(e.id) }),
    refused: Boolean(messages.error),
    programName: config.programName,
    body,
    language,
  });
}

/**
 * A hand-over's reason that may point to one person (op44a): the words, and a choice. Change them in the box and
 * press "Hand over" again, or hand over with the words as they are (they reach the next holder and the case's
 * history). A button of the page's one form: the reason and the choice of whom go with it.
 */
function reasonSinglesOutStep(t: SponsorTranslator, phrases: readonly string[]) {
  return html`<div class="warning" role="alert" id="reason-singles-out">
<h3>${t('sponsor.desk.reasonSinglesOut.heading')}</h3>
<p id="reason-singles-out-text">${t('sponsor.desk.reasonSinglesOut.text')}</p>
<ul>${phrases.map((phrase) => html`<li>${t('sponsor.desk.reasonSinglesOut.item', { phrase })}</li>`)}</ul>
<div class="actions"><button type="submit" name="action" value="hand-over-confirmed" class="secondary" aria-describedby="reason-singles-out-text">${t('sponsor.desk.reasonSinglesOut.button')}</button></div>
</div>`;
}

/**
 * Someone acknowledged it before, and it is waiting for acknowledgement again: it changed hands since (a
 * hand-over, an answer that moved it). The close's question says so rather than "nobody has acknowledged it",
 * which the history just below would deny.
 */
const acknowledgedBefore = (e: DeskCase): boolean =>
  e.audit.some((a) => a.event === 'acknowledged' && !a.detail.startsWith(BY_CLOSE));

/**
 * The second step of closing an urgent case nobody has acknowledged, at the top of its page: what closing
 * it does (it counts as the acknowledgement, so it no longer climbs), the close again, confirmed,
 * and the way back to the case without closing it. Forms and a link: no script is needed.
 */
function confirmCloseStep(t: SponsorTranslator, action: string, again: boolean) {
  // Its button belongs to the page's one form (the `form` attribute), so what is typed in the boxes below goes with it.
  const params = { again: again ? 'yes' : 'no' };
  return html`<div class="warning" role="alert" id="confirm-close">
<h2>${t('sponsor.desk.confirmClose.heading', params)}</h2>
<p id="confirm-close-text">${t('sponsor.desk.confirmClose.text', params)}</p>
${NO_ENTER}<div class="actions"><button type="submit" form="${FORM_ID}" name="action" value="close-confirmed" aria-describedby="confirm-close-text">${t('sponsor.desk.confirmClose.button')}</button> <a href="${action}">${t('sponsor.desk.confirmClose.back')}</a></div>
</div>`;
}
