import { html } from 'hono/html';
import type { Config } from '../../../shared/config/schema';
import { BY_CLOSE, handedAround } from '../../../shared/domain/case-desk';
import { heldByLeadership, LEADERSHIP, type AuditEntry, type Escalation } from '../../../shared/domain/escalation';
import type { Language } from '../../../shared/i18n/languages';
import { dayIn, momentWords } from '../../../shared/i18n/moments';
import { sponsorText, sponsorTranslator } from '../../../shared/i18n/sponsor';
import { localPlaceholders } from '../../../shared/i18n/placeholders';
import type { ThreadMessage } from '../../../shared/ports/case-thread';
import type { describeEscalation } from '../../../shared/email/describe-escalation';
import { langOf } from './text-lang';
import { addressHiddenNote } from './address-hidden';

/** A name kept in an audit detail, in the reader's language: the leadership list is the service's words, not a person's. */
const nameIn = (language: Language, name: string) =>
  name === 'the leadership list' ? sponsorText(language, 'sponsor.leadershipList') : name;

/**
 * What one audit entry says, picked out of its stored detail (short, English,
 * never shown as it is), or nothing. A name in `hidden` (a sponsor the case
 * goes around, for a reader who is not the leadership list) is never shown:
 * the entry is told without it, or not at all.
 */
function auditParams(
  language: Language,
  a: AuditEntry,
  hidden: ReadonlySet<string>,
): Record<string, string> | undefined {
  const who = (pattern: RegExp) => {
    const found = pattern.exec(a.detail)?.[1];
    return found && !hidden.has(found) ? nameIn(language, found) : undefined;
  };
  switch (a.event) {
    case 'raised': {
      const to = who(/^for (.+?):/);
      return to ? { event: 'routed', who: to } : { event: 'raised' };
    }
    case 'notified': {
      if (/processed after all/.test(a.detail)) return { event: 'text-shown' };
      const to = who(/^emailed (.+)$/);
      return to ? { event: 'emailed', who: to } : undefined;
    }
    case 're-escalated': {
      const to = who(/now with (.+)$/);
      return to ? { event: 'passed-to', who: to } : { event: 'passed' };
    }
    case 'rerouted': {
      // Where it went, and so whom it went around, is the leadership list's alone: anyone else reads "passed on".
      if (hidden.size) return { event: 'rerouted' };
      const instead = handedAround(a.detail);
      if (instead) return { event: 'rerouted-instead', who: nameIn(language, instead.to), instead: instead.around };
      const to = who(/now with (.+)$/);
      return to ? { event: 'rerouted-to', who: to } : { event: 'rerouted' };
    }
    case 'handed-over': {
      const [, by = '', to = '', reason = ''] = /^by (.+?) to (.+?): ([\s\S]*)$/.exec(a.detail) ?? [];
      if (hidden.has(by) || hidden.has(to)) return { event: 'other' };
      return { event: 'handed-over', who: nameIn(language, by), to: nameIn(language, to), reason };
    }
    case 'closed': {
      // A holder the case now goes around closed it: anyone but the leadership list reads who held it before.
      const by = a.detail.replace(/^by /, '');
      return hidden.has(by) ? { event: 'closed-earlier' } : { event: 'closed', who: nameIn(language, by) };
    }
    // The close met the clock to acknowledge: nobody acknowledged anything, and the history says the case
    // was closed without it (a reader must not take an urgent case closed this way for one someone saw first).
    case 'acknowledged':
      return a.detail.startsWith(BY_CLOSE) ? { event: 'closed-unacknowledged' } : { event: a.event };
    case 'kept-open': {
      const by = a.detail.replace(/^by /, '');
      return hidden.has(by) ? { event: 'kept-open-earlier' } : { event: 'kept-open', who: nameIn(language, by) };
    }
    default:
      return { event: a.event };
  }
}

/** Entries an employee's answer causes keep only its day (docs/anonymity.md): shown as a day, never a made-up hour. */
const KEEPS_THE_DAY: readonly AuditEntry['event'][] = ['rerouted', 'made-urgent', 'reopened'];

/**
 * The case's history, oldest first, each entry with the hour it happened in
 * the reader's language and zone (the day, for what an answer caused).
 * `around`: the sponsors the case goes around, whose names a reader who is
 * not the leadership list never reads here (pass none to the list itself).
 */
export function historyList(
  config: Config,
  language: Language,
  audit: readonly AuditEntry[],
  around: readonly string[] = [],
) {
  const hidden = new Set(config.sponsors.filter((s) => around.includes(s.id)).map((s) => s.name));
  // A case already with the leadership list is reminded every period; its history says it got there once.
  let lastClimb: string | undefined;
  // Someone acknowledged it before: a close that met the clock later did so for a holder it came to after (a
  // hand-over, an answer that moved it), and "nobody had acknowledged it" would deny the line above.
  let acknowledgedBefore = false;
  const lines = audit.flatMap((a) => {
    if (a.event === 're-escalated') {
      if (a.detail === lastClimb) return [];
      lastClimb = a.detail;
    } else if (a.event === 'rerouted' || a.event === 'handed-over' || a.event === 'reopened') lastClimb = undefined;
    let what = auditParams(language, a, hidden);
    if (what?.event === 'closed-unacknowledged' && acknowledgedBefore) what = { event: 'closed-unacknowledged-again' };
    if (what?.event === 'acknowledged') acknowledgedBefore = true;
    if (!what) return [];
    const when = KEEPS_THE_DAY.includes(a.event)
      ? { at: 'day', day: dayIn(language, a.at) }
      : { at: 'hour', ...momentWords(language, a.at, config.timezone) };
    return [
      html`<li>${sponsorText(language, 'sponsor.audit.line', { ...when, what: sponsorText(language, 'sponsor.audit', what) })}</li>`,
    ];
  });
  return html`<ol>${lines}</ol>`;
}

/** Who reads a conversation: the holder (a sponsor's id, or `leadership`), and the sponsors whose names they may not read. */
export interface ThreadReader {
  ids: readonly string[];
  around: readonly string[];
}

/**
 * Who wrote a message, as the reader says it: "You" only for what the reader
 * wrote; an earlier holder by name (the leadership list too), unless the
 * case goes around them and the reader is not the leadership list; a
 * message stored before authors were kept, "A senior leader".
 */
function authorOf(config: Config, m: Pick<ThreadMessage, 'from' | 'by'>, reader: ThreadReader) {
  if (m.from !== 'sponsor') return { from: 'employee' };
  if (!m.by) return { from: 'sponsor' };
  if (reader.ids.includes(m.by)) return { from: 'you' };
  if (m.by === LEADERSHIP) return { from: 'leadership' };
  if (reader.around.includes(m.by)) return { from: 'earlier' };
  const sponsor = config.sponsors.find((s) => s.id === m.by);
  return sponsor ? { from: 'named', name: sponsor.name } : { from: 'sponsor' };
}

/**
 * A case's conversation as a sponsor reads it, oldest first: who wrote each
 * message (see `authorOf`) and its day, the finest time a conversation
 * keeps, in the one day format of every sponsor page.
 */
export function sponsorThread(
  config: Config,
  language: Language,
  messages: readonly (Pick<ThreadMessage, 'from' | 'by' | 'text' | 'day'> & { language?: string })[],
  reader: ThreadReader,
) {
  if (!messages.length) return html`<p class="hint">${sponsorText(language, 'sponsor.thread.none')}</p>`;
  return html`<ol class="thread">
${messages.map(
  (m) =>
    html`<li class="message from-${m.from}"><p class="meta"><strong>${sponsorText(language, 'sponsor.thread.meta', { ...authorOf(config, m, reader), day: dayIn(language, m.day) })}</strong></p><p class="text" dir="auto"${m.language !== language ? langOf(m.language) : ''}>${localPlaceholders(language, m.text)}</p>${m.from === 'sponsor' ? addressHiddenNote(language, m.text) : ''}</li>`,
)}
</ol>`;
}

/**
 * Whom a case was routed around, and why: for the leadership list alone, once the case is theirs (never for a
 * sponsor standing in for it), on the case page and the desk's case page alike. Nothing for anyone else.
 */
export function rerouteNotice(config: Config, e: Escalation, language: Language) {
  if (!e.reroute || !heldByLeadership(config, e)) return '';
  const t = sponsorTranslator(language);
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  return html`<div class="notice"><p>${t('sponsor.reroute', {
    names: list(e.reroute.bypassed.map((id) => config.sponsors.find((s) => s.id === id)?.name ?? id)),
    reasons: list(
      e.reroute.reasons.map((r) => t(r === 'named' ? 'sponsor.reroute.named' : 'sponsor.reroute.management')),
    ),
  })}</p></div>`;
}

/**
 * What the employee said, as both case pages show it (the signed link's and the desk's): whom the case
 * went around (for the leadership list), the words as stored with the language they were written in,
 * and their translation.
 */
export function reportedWords(
  config: Config,
  e: Escalation,
  language: Language,
  { heading, what, translation }: Pick<ReturnType<typeof describeEscalation>, 'heading' | 'what' | 'translation'>,
  writtenIn: string | undefined,
) {
  return html`${rerouteNotice(config, e, language)}
<h2>${heading}</h2>
${writtenIn ? html`<p>${writtenIn}</p>` : ''}
<blockquote class="verbatim" dir="auto"${e.pattern || e.textWithheld ? '' : langOf(e.language)}>${what}</blockquote>
${translation ? html`<h2>${translation.heading}</h2><blockquote class="verbatim" dir="auto"${langOf(translation.language)}>${translation.text}</blockquote>` : ''}`;
}
