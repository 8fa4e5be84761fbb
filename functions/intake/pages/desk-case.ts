import { html } from 'hono/html';
import type { Config, Sponsor } from '../../../shared/config/schema';
import { deskStateOf, handOverTargets, type DeskCase } from '../../../shared/domain/case-desk';
import { recipientsAt, type AuditEntry } from '../../../shared/domain/escalation';
import { describeEscalation } from '../../../shared/email/escalation-email';
import { hourInZone } from '../../../shared/email/hour-in-zone';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import { MAX_HAND_OVER_REASON_CHARACTERS } from '../../../shared/use-cases/case-desk';
import { MAX_SPONSOR_MESSAGE_CHARACTERS } from '../../../shared/use-cases/case-conversation';
import { MAX_RESPONSE_CHARACTERS } from '../../../shared/use-cases/answer-escalation';
import { clockInWords, deskCaseHref, deskHref } from './case-desk';
import { layout } from './layout';

/** What the page says after an action, or what is wrong with what was sent, and what was typed (kept on an error). */
export interface DeskCaseMessages {
  notice?: string;
  error?: string;
  typed?: { message?: string; response?: string; reason?: string };
}

/** One line of the audit trail in words. Stored details are short; a reroute is never in them (it is for leadership only). */
function auditInWords(a: AuditEntry): string {
  switch (a.event) {
    case 'raised':
      return 'Raised';
    case 'notified':
      return `Emailed ${a.detail.replace(/^emailed /, '')}`;
    case 'acknowledged':
      return 'Acknowledged';
    case 'responded':
      return 'Response published for the employee';
    case 're-escalated':
      return 'Not acknowledged in time, so passed on';
    case 'handed-over':
      return `Handed over ${a.detail.replace(/^by /, 'by ')}`;
    case 'closed':
      return `Closed ${a.detail}`;
    default:
      return a.event;
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * One case from the desk: what was said, its clock, the conversation, and
 * everything the sponsor can do: acknowledge, write to the employee,
 * publish a response ("you said, we did"), hand it over ("not mine") with
 * a reason, and close it. Every action is a POST form: mail scanners open
 * links, and opening must change nothing.
 */
export function deskCasePage(
  config: Config,
  sponsor: Sponsor,
  token: string,
  e: DeskCase,
  thread: ThreadMessage[],
  now: Date,
  messages: DeskCaseMessages = {},
) {
  const { about, reasons, what, language, site, topics } = describeEscalation(config, e);
  const state = deskStateOf(e, now);
  const action = deskCaseHref(token, e.id);
  const closed = state === 'closed';
  // A sponsor without a backup (or whose backup the case goes around) hands straight to the leadership list: offered once.
  const targets = handOverTargets(e)
    .map((level) => ({ level, names: recipientsAt(config, e.sponsorId, level, e.reroute?.bypassed).names }))
    .filter((t, i, all) => all.findIndex((o) => o.names === t.names) === i);
  const body = html`
<p><a href="${deskHref(token)}">← All your cases</a></p>
<h1>${e.urgent ? 'Urgent: ' : ''}${about}</h1>
${messages.notice ? html`<div class="notice" role="status"><p>${messages.notice}</p></div>` : ''}
${messages.error ? html`<div class="error-summary" role="alert"><h2>There is a problem</h2><p>${messages.error}</p></div>` : ''}
<p class="clock">${clockInWords(config, { escalation: e, state })}</p>
<dl>
  <dt><strong>Why it came to you</strong></dt><dd>${reasons.charAt(0).toUpperCase() + reasons.slice(1)}</dd>
  <dt><strong>Site</strong></dt><dd>${site}</dd>
  <dt><strong>Topic</strong></dt><dd>${topics}</dd>
  <dt><strong>Raised</strong></dt><dd>${hourInZone(e.raisedAt, config.timezone, 'around')}</dd>
</dl>
<h2>${e.pattern ? 'Pattern' : e.textWithheld ? 'What was said' : 'What was said (personal details removed)'}</h2>
${language ? html`<p>Written in ${language}.</p>` : ''}
<blockquote class="verbatim">${what}</blockquote>
${e.response ? html`<h2>Your published response</h2><p class="response">${e.response}</p>` : ''}
${
  e.caseKey
    ? html`<h2>Conversation with the employee</h2>
${
  thread.length
    ? html`<ol class="thread">${thread.map((m) => html`<li class="from-${m.from}"><p class="who">${m.from === 'sponsor' ? 'You' : 'The employee'}, ${m.day}</p><p class="said">${m.text}</p></li>`)}</ol>`
    : html`<p>No messages yet.</p>`
}`
    : ''
}
${
  closed
    ? html`<p>This case is closed.</p>`
    : html`<h2>What you can do</h2>
${
  e.status === 'raised'
    ? html`<form method="post" action="${action}"><input type="hidden" name="action" value="acknowledge"><div><button type="submit">Acknowledge</button></div></form>`
    : ''
}
${
  e.caseKey
    ? html`<form method="post" action="${action}">
  <input type="hidden" name="action" value="reply">
  <div>
    <label for="message">Write to the employee</label>
    <p class="hint" id="message-hint">A question or an update. They read it with their case code; you are emailed when they answer. Up to ${count(MAX_SPONSOR_MESSAGE_CHARACTERS)} characters. Do not name anyone.</p>
    <textarea id="message" name="message" maxlength="${MAX_SPONSOR_MESSAGE_CHARACTERS}" aria-describedby="message-hint">${messages.typed?.message ?? ''}</textarea>
  </div>
  <div><button type="submit">Send message</button></div>
</form>
<form method="post" action="${action}">
  <input type="hidden" name="action" value="respond">
  <div>
    <label for="response">${e.response ? 'Change your published response' : 'Publish a response: you said, we did'}</label>
    <p class="hint" id="response-hint">What was done about it. Shown to the employee with their case code, and counted in the weekly digest without naming you or the day. Up to ${count(MAX_RESPONSE_CHARACTERS)} characters. Do not name anyone.</p>
    <textarea id="response" name="response" maxlength="${MAX_RESPONSE_CHARACTERS}" aria-describedby="response-hint">${messages.typed?.response ?? e.response ?? ''}</textarea>
  </div>
  <div><button type="submit">Publish response</button></div>
</form>`
    : html`<p>This is a pattern across several people, so there is no one to write to; the weekly digest reports what was done.</p>`
}
${
  targets.length
    ? html`<form method="post" action="${action}">
  <input type="hidden" name="action" value="hand-over">
  <fieldset>
    <legend>Not yours? Hand it over</legend>
    ${targets.map((t, i) => html`<div class="check"><input type="radio" id="to-${t.level}" name="to" value="${t.level}"${i === 0 ? html` checked` : ''}><label for="to-${t.level}">${t.names}</label></div>`)}
  </fieldset>
  <div>
    <label for="reason">Why it is not yours</label>
    <p class="hint" id="reason-hint">Kept in the case's history for whoever takes it. Up to ${count(MAX_HAND_OVER_REASON_CHARACTERS)} characters.</p>
    <textarea id="reason" name="reason" maxlength="${MAX_HAND_OVER_REASON_CHARACTERS}" aria-describedby="reason-hint">${messages.typed?.reason ?? ''}</textarea>
  </div>
  <div><button type="submit">Hand over</button></div>
</form>`
    : ''
}
<form method="post" action="${action}"><input type="hidden" name="action" value="close"><div><button type="submit" class="secondary">Close this case</button></div></form>`
}
<h2>History</h2>
<ol>${e.audit.map((a) => html`<li>${hourInZone(a.at, config.timezone, 'around').replace(/^around /, 'Around ')}: ${auditInWords(a)}</li>`)}</ol>
<p><a href="${deskHref(token)}">← All your cases</a></p>`;
  return layout({ title: `${sponsor.name}: ${about}`, programName: config.programName, body, audience: 'sponsor' });
}
