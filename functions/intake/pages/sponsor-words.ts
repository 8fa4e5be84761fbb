import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import type { AuditEntry } from '../../../shared/domain/escalation';
import type { Language } from '../../../shared/i18n/languages';
import { dayIn, momentIn } from '../../../shared/i18n/moments';
import { sponsorText } from '../../../shared/i18n/sponsor';
import type { ThreadMessage } from '../../../shared/ports/case-thread';

/** A name kept in an audit detail, in the reader's language: the leadership list is the service's words, not a person's. */
const nameIn = (language: Language, name: string) =>
  name === 'the leadership list' ? sponsorText(language, 'sponsor.leadershipList') : name;

/** What one audit entry says, picked out of its stored detail (short, English, never shown as it is). */
function auditParams(language: Language, a: AuditEntry): Record<string, string> {
  const who = (pattern: RegExp) => {
    const found = pattern.exec(a.detail)?.[1];
    return found ? nameIn(language, found) : undefined;
  };
  switch (a.event) {
    case 'raised': {
      const to = who(/^for (.+?):/);
      return to ? { event: 'routed', who: to } : { event: 'raised' };
    }
    case 'notified':
      return /processed after all/.test(a.detail)
        ? { event: 'text-shown' }
        : { event: 'emailed', who: nameIn(language, a.detail.replace(/^emailed /, '')) };
    case 're-escalated': {
      const to = who(/now with (.+)$/);
      return to ? { event: 'passed-to', who: to } : { event: 'passed' };
    }
    case 'rerouted': {
      const to = who(/now with (.+)$/);
      return to ? { event: 'rerouted-to', who: to } : { event: 'rerouted' };
    }
    case 'handed-over': {
      const [, by = '', to = '', reason = ''] = /^by (.+?) to (.+?): ([\s\S]*)$/.exec(a.detail) ?? [];
      return { event: 'handed-over', who: nameIn(language, by), to: nameIn(language, to), reason };
    }
    case 'closed':
      return { event: 'closed', who: nameIn(language, a.detail.replace(/^by /, '')) };
    default:
      return { event: a.event };
  }
}

/** The case's history, oldest first, each entry with the hour it happened in the reader's language and zone. */
export function historyList(config: Config, language: Language, audit: readonly AuditEntry[]) {
  return html`<ol>${audit.map(
    (a) =>
      html`<li>${sponsorText(language, 'sponsor.audit.line', {
        time: momentIn(language, a.at, config.timezone),
        what: sponsorText(language, 'sponsor.audit', auditParams(language, a)),
      })}</li>`,
  )}</ol>`;
}

/**
 * A case's conversation as its sponsor reads it, oldest first: who wrote
 * each message ("You", "The employee") and its day, the finest time a
 * conversation keeps, in the one day format of every sponsor page.
 */
export function sponsorThread(language: Language, messages: readonly Pick<ThreadMessage, 'from' | 'text' | 'day'>[]) {
  if (!messages.length) return html`<p class="hint">${sponsorText(language, 'sponsor.thread.none')}</p>`;
  return html`<ol class="thread">
${messages.map(
  (m) =>
    html`<li class="message from-${m.from}"><p class="meta"><strong>${sponsorText(language, 'sponsor.thread.meta', { from: m.from, day: dayIn(language, m.day) })}</strong></p><p class="text">${m.text}</p></li>`,
)}
</ol>`;
}
