import { html } from 'hono/html';
import { boxAttributes, type SponsorPageError, sponsorErrorSummary } from './sponsor-error';
import type { Config } from '../../../shared/config/schema';
import { type DeskCase, isClosing } from '../../../shared/domain/case-desk';
import { heldByLeadership, holderIdOf, type Escalation } from '../../../shared/domain/escalation';
import { acknowledgeByIn, acknowledgementOverdue, feedbackDeadline } from '../../../shared/email/deadlines';
import { describeEscalation, writtenInFor } from '../../../shared/email/describe-escalation';
import { deadlineWords, momentWords } from '../../../shared/i18n/moments';
import { sponsorTranslator, type SponsorKey } from '../../../shared/i18n/sponsor';
import { holderOf } from '../../../shared/i18n/sponsor/reader';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../../shared/use-cases/case-conversation';
import { resultNotice } from './result-notice';
import { sponsorLayout } from './sponsor-layout';
import { historyList, reportedWords, sponsorThread } from './sponsor-words';
import { caseRef, clockInWords } from './case-desk';
import { unsentNote } from './unsent-note';
import type { SponsorBox } from '../unsent-boxes';
import { addressHiddenNote } from './address-hidden';

/** What the page says after an action: the notices of the desk's actions of the same name. */
export type AckNotice = 'acknowledge' | 'respond' | 'reply';

/** The case page at one moment, for one request. */
export interface CasePageView {
  /** The injected clock's time: what is overdue is decided by it, never by the system clock. */
  now: Date;
  notice?: AckNotice;
  error?: SponsorPageError;
  thread?: readonly ThreadMessage[];
  /** A message the sponsor wrote that was refused, given back to correct. */
  draftMessage?: string;
  /** A response the sponsor wrote that was refused (empty, too long), given back whole: the published one stays as it is. */
  draftResponse?: string;
  /**
   * Boxes whose words were posted with another button and are given back unsent (in `draftMessage` and
   * `draftResponse`): the page says so at its top.
   */
  unsent?: readonly SponsorBox[];
  deskHref?: string;
  /** This case on the holder's desk, where it can be handed over or closed (this page does neither). */
  deskCaseHref?: string;
}

/**
 * What a sponsor sees behind their signed link, in their language: the
 * matter, the one deadline that binds them, the history, the conversation,
 * and what they can do: acknowledge, write to the employee, publish a
 * response; and a link to all their cases (their desk). Every action is a
 * POST: mail scanners open links, and opening must change nothing.
 */
export async function escalationPage(
  config: Config,
  e: Escalation,
  token: string,
  { now, notice, error, thread, draftMessage = '', draftResponse, unsent = [], deskHref, deskCaseHref }: CasePageView,
) {
  const { language } = holderOf(config, e);
  // Whom the case goes around is the leadership list's to read, in the history and as an author in the conversation.
  const around = heldByLeadership(config, e) ? [] : (e.reroute?.bypassed ?? []);
  const t = sponsorTranslator(language);
  const at = (iso: string | undefined) => momentWords(language, iso ?? '', config.timezone);
  const { title, reasons, what, heading, translation } = describeEscalation(config, e, language);
  const writtenIn = await writtenInFor(e, language);
  const overdue = acknowledgementOverdue(config, e, now);
  const acknowledgeBy = acknowledgeByIn(language, config, e);
  // A closed case is read-only from every link too: its page offers nothing to send.
  const closed = Boolean((e as DeskCase).closedAt);
  // Closed, or closing: no deadline binds the sponsor any more (the desk's page of the case shows none either).
  const feedbackBy = e.status === 'acknowledged' && !closed ? feedbackDeadline(config, e) : undefined;
  const standing = e.status === 'raised' && overdue ? 'overdue' : e.status;
  const closing = closed && isClosing(e as DeskCase, now);
  const row = (label: SponsorKey, value: string) => html`<dt><strong>${t(label)}</strong></dt><dd>${value}</dd>`;
  const body = html`
${deskHref ? html`<p><a href="${deskHref}">${t('sponsor.desk.link')}</a></p>` : ''}
${
  // Closed by mistake: its desk page keeps it open until the close is in effect, and this page has no such button.
  deskCaseHref && (!closed || closing)
    ? html`<p><a href="${deskCaseHref}">${t(closing ? 'sponsor.desk.keepOpenThere' : 'sponsor.desk.handOverOrClose')}</a></p>`
    : ''
}
<h1>${t('sponsor.desk.caseLink', { title, ref: caseRef(e.id) })}</h1>
${resultNotice(notice ? t('sponsor.notice', { action: notice }) : undefined)}
${sponsorErrorSummary(t, error)}
${unsentNote(t, unsent)}
<dl>
  ${row('sponsor.label.why', reasons)}
  ${row('sponsor.label.raised', t('sponsor.around', { ...at(e.raisedAt) }))}
  ${e.status === 'raised' ? row('sponsor.label.acknowledgeBy', overdue ? t('sponsor.overdue', { when: acknowledgeBy }) : acknowledgeBy) : ''}
  ${feedbackBy ? row('sponsor.label.feedbackBy', t('sponsor.feedbackDue', { ...deadlineWords(language, feedbackBy, config.timezone), months: config.legalClocks.feedbackMonths })) : ''}
  ${row(
    'sponsor.label.standing',
    // Closed or closing: said as the desk says it, with when, once (the note below says only what still undoes it).
    closed
      ? clockInWords(config, { escalation: e as DeskCase, state: 'closed' }, language, now)
      : t('sponsor.standing', { status: standing, ...at(e.acknowledgedAt) }),
  )}
</dl>
${reportedWords(config, e, language, { heading, what, translation }, writtenIn)}
${closing ? html`<p>${t('sponsor.desk.closingNoteHere')}</p>` : ''}
${
  // One form around every action: whichever button is pressed, what is typed in every box goes with it, and
  // the server gives back (unsent) whatever its button does not send. Each button names its action.
  closed ? '' : html`<form method="post" action="/ack/${token}" id="case-actions">`
}
${
  e.status === 'raised' && !closed
    ? html`<div class="action"><div><button type="submit" name="action" value="acknowledge">${t('sponsor.acknowledge')}</button></div></div>`
    : ''
}
${
  closed
    ? e.response
      ? html`<h2>${t('sponsor.desk.published')}</h2><p class="response" dir="auto">${e.response}</p>${addressHiddenNote(language, e.response)}`
      : ''
    : e.caseKey
      ? html`<div class="action">
  <div>
    <label for="response">${t('sponsor.response.label', { has: e.response ? 'yes' : 'no' })}</label>
    <p class="hint" id="response-hint">${t('sponsor.response.hint', { max: MAX_RESPONSE_CHARACTERS })}</p>${addressHiddenNote(language, e.response)}
    <textarea id="response" name="response" ${boxAttributes('response', error, unsent)}>${draftResponse ?? e.response ?? ''}</textarea>
  </div>
  <div><button type="submit" name="action" value="respond">${t('sponsor.response.button')}</button></div>
</div>`
      : html`<p>${t('sponsor.patternNoOne')}</p>`
}
${
  e.caseKey && thread
    ? html`<h2>${t('sponsor.conversation.heading')}</h2>
${sponsorThread(config, language, thread, { ids: [holderIdOf(config, e)], around })}
${
  closed
    ? ''
    : html`<div class="action">
  <div>
    <label for="message">${t('sponsor.message.label')}</label>
    <p class="hint" id="message-hint">${t('sponsor.message.hint', { max: MAX_SPONSOR_MESSAGE_CHARACTERS })}</p>
    <textarea id="message" name="message" ${boxAttributes('message', error, unsent)}>${draftMessage}</textarea>
  </div>
  <div><button type="submit" name="action" value="message">${t('sponsor.message.button')}</button></div>
</div>`
}`
    : ''
}
${closed ? '' : html`</form>`}
<h2>${t('sponsor.history')}</h2>
${historyList(config, language, e.audit, around)}`;
  return sponsorLayout({
    // The tab reads as the page's heading, whichever link opened the case (the email's or the desk's).
    title: t('sponsor.desk.caseLink', { title, ref: caseRef(e.id) }),
    refused: Boolean(error),
    programName: config.programName,
    body,
    language,
  });
}
