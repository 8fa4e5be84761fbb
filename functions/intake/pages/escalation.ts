import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import type { Escalation } from '../../../shared/domain/escalation';
import { describeEscalation } from '../../../shared/email/escalation-email';
import { hourInZone } from '../../../shared/email/hour-in-zone';
import { MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { LEADERSHIP } from '../../../shared/domain/escalation';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../../shared/use-cases/case-conversation';
import { deadlineOf } from '../../../shared/use-cases/legal-clocks';
import { layout } from './layout';
import { dayInWords, threadList } from './thread';

/** The day and hour in the configured zone, named; never the minute (escalations keep only the hour). */
const when = (config: Config, iso: string | undefined, how: 'around' | 'by' = 'around') =>
  iso ? hourInZone(iso, config.timezone, how) : '';

/** Where the matter stands, in a sentence. */
function statusInWords(config: Config, e: Escalation, overdue: boolean): string {
  const acknowledged = e.acknowledgedAt ? ` ${when(config, e.acknowledgedAt)}` : '';
  if (e.status === 'responded') return `Answered; acknowledged${acknowledged}`;
  if (e.status === 'acknowledged') return `Acknowledged${acknowledged}; no answer published yet`;
  return overdue ? 'Waiting for acknowledgement, and overdue' : 'Waiting for acknowledgement';
}

/** One line of the audit trail, as a person would tell it. Stored entries keep their own short details; this reads them. */
function auditInWords(e: Escalation, a: Escalation['audit'][number]): string {
  switch (a.event) {
    case 'raised': {
      const to = /^for (.+?):/.exec(a.detail)?.[1];
      return to ? `Raised and routed to ${to}` : 'Raised';
    }
    case 'notified':
      return /processed after all/.test(a.detail)
        ? 'The text could be shown after all, and was emailed'
        : `Emailed to ${a.detail.replace(/^emailed /, '')}`;
    case 'acknowledged':
      return 'Acknowledged';
    case 'responded':
      return 'Answer published for the employee';
    case 're-escalated': {
      const to = /now with (.+)$/.exec(a.detail)?.[1];
      return to ? `Not acknowledged in time, so passed on to ${to}` : 'Not acknowledged in time, so passed on';
    }
    default:
      return e.status;
  }
}

/**
 * What a sponsor sees behind their signed link: the matter, its SLA, the
 * audit trail, and the two things they can do: acknowledge, and answer.
 * Both are POSTs: mail scanners open links, and opening must change nothing.
 */
export function escalationPage(
  config: Config,
  e: Escalation,
  token: string,
  notice?: string,
  error?: string,
  thread?: readonly ThreadMessage[],
  draftMessage = '',
) {
  const { about, reasons, what, language, translation } = describeEscalation(config, e);
  const overdue = e.status === 'raised' && Date.parse(e.slaDueAt) < Date.now();
  const acknowledgeBy = e.caseKey
    ? deadlineOf(config, 'acknowledge', e.raisedAt).toISOString().slice(0, 10)
    : undefined;
  const feedbackBy =
    e.caseKey && e.acknowledgedAt
      ? deadlineOf(config, 'feedback', e.acknowledgedAt).toISOString().slice(0, 10)
      : undefined;
  // Whom the case went around is for leadership alone: shown only once it is theirs.
  const leadershipHolds = e.sponsorId === LEADERSHIP || e.level >= 2;
  const body = html`
<h1>${e.urgent ? 'Urgent: ' : ''}${about}</h1>
${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ''}
${error ? html`<div class="error-summary" role="alert"><h2>There is a problem</h2><p>${error}</p></div>` : ''}
<dl>
  <dt><strong>Why it came to you</strong></dt><dd>${reasons.charAt(0).toUpperCase() + reasons.slice(1)}</dd>
  <dt><strong>Raised</strong></dt><dd>${when(config, e.raisedAt)}</dd>
  <dt><strong>Acknowledge</strong></dt><dd>${when(config, e.slaDueAt, 'by')}${overdue ? ' (overdue)' : ''}</dd>
  <dt><strong>Where it stands</strong></dt><dd>${statusInWords(config, e, overdue)}</dd>
  ${acknowledgeBy && e.status === 'raised' ? html`<dt><strong>Legal deadline to acknowledge</strong></dt><dd>${dayInWords(acknowledgeBy)}</dd>` : ''}
  ${feedbackBy && e.status !== 'responded' ? html`<dt><strong>Legal deadline to tell the employee what is being done</strong></dt><dd>${dayInWords(feedbackBy)}</dd>` : ''}
</dl>
${
  leadershipHolds && e.reroute
    ? html`<div class="notice"><p>This case was routed around ${e.reroute.bypassed.map((id) => config.sponsors.find((s) => s.id === id)?.name ?? id).join(', ')}: ${e.reroute.reasons.map((r) => (r === 'named' ? 'the report names them' : 'the employee said it is about their management')).join(', and ')}. They have not been told of it.</p></div>`
    : ''
}
<h2>${e.pattern ? 'Pattern' : e.textWithheld ? 'What was said' : 'What was said (personal details removed)'}</h2>
${language ? html`<p>Written in ${language}.</p>` : ''}
<blockquote class="verbatim">${what}</blockquote>
${translation ? html`<h2>In ${translation.name} (machine translation)</h2><blockquote class="verbatim">${translation.text}</blockquote>` : ''}
${
  e.status === 'raised'
    ? html`<form method="post" action="/ack/${token}"><input type="hidden" name="action" value="acknowledge"><div><button type="submit">Acknowledge</button></div></form>`
    : ''
}
${
  e.caseKey
    ? html`<form method="post" action="/ack/${token}">
  <input type="hidden" name="action" value="respond">
  <div>
    <label for="response">${e.response ? 'Change your response' : 'Your response to the employee'}</label>
    <p class="hint" id="response-hint">Shown to the employee when they check their case code. Up to ${MAX_RESPONSE_CHARACTERS.toLocaleString('en-US')} characters. Do not name anyone.</p>
    <textarea id="response" name="response" maxlength="${MAX_RESPONSE_CHARACTERS}" aria-describedby="response-hint">${e.response ?? ''}</textarea>
  </div>
  <div><button type="submit">Publish response</button></div>
</form>`
    : html`<p>This is a pattern across several people, so there is no one to answer directly; the weekly digest reports what was done.</p>`
}
${
  e.caseKey && thread
    ? html`<h2>Conversation with the employee</h2>
<p class="hint" id="message-hint">The employee reads this with their case code and can answer; they never learn who you are beyond your role, and you never learn who they are. Up to ${MAX_SPONSOR_MESSAGE_CHARACTERS.toLocaleString('en-US')} characters. Do not name anyone: names are removed.</p>
${threadList(thread, 'sponsor')}
<form method="post" action="/ack/${token}">
  <input type="hidden" name="action" value="message">
  <div>
    <label for="message">Write to the employee</label>
    <textarea id="message" name="message" maxlength="${MAX_SPONSOR_MESSAGE_CHARACTERS}" aria-describedby="message-hint">${draftMessage}</textarea>
  </div>
  <div><button type="submit">Send to the employee</button></div>
</form>`
    : ''
}
<h2>Audit trail</h2>
<ol>${e.audit.map((a) => html`<li>${when(config, a.at).replace(/^around /, 'Around ')}: ${auditInWords(e, a)}</li>`)}</ol>`;
  return layout({ title: `Escalation: ${about}`, programName: config.programName, body, audience: 'sponsor' });
}
