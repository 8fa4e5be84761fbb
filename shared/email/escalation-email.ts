import { html } from 'hono/html';
import { detectLanguage } from '../analysis/language';
import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Email } from '../ports/mailer';
import { hourInZone } from './hour-in-zone';

/** What each urgency category is, in a sponsor's words. */
const CATEGORY_WORDS: Record<string, string> = {
  safety: 'health and safety',
  harassment: 'harassment',
  discrimination: 'discrimination',
  fraud: 'fraud or theft',
  threat: 'a threat of violence',
  'self-harm': 'someone at risk of harming themselves',
};

/** "a threat of violence and fraud or theft" */
const listInWords = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Health & Safety" and "health and safety" read alike. */
const wordsOf = (phrase: string) =>
  ` ${phrase
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The phrases with each idea once: a phrase whose words all appear, in order,
 * within another ("harassment" within "harassment and bullying", "safety"
 * within "health and safety") is left out, as is a second copy of one.
 */
function eachIdeaOnce(phrases: string[]): string[] {
  const kept: string[] = [];
  phrases.forEach((phrase, i) => {
    const words = wordsOf(phrase);
    if (words.trim() === '') return;
    const covered = phrases.some((other, j) => {
      const otherWords = wordsOf(other);
      return j !== i && (otherWords === words ? j < i : otherWords.includes(words));
    });
    if (!covered) kept.push(phrase);
  });
  return kept;
}

/** Why it came to this sponsor, as a sentence they would say. */
function reasonInWords(config: Config, e: Escalation, reason: string): string {
  if (reason === 'requested') return 'the employee asked for it to be treated as urgent';
  if (reason === 'pattern') return 'several people raised the same problem at the same site';
  if (reason === 'urgent-topic') {
    const categories = e.urgentCategories.map((c) => CATEGORY_WORDS[c] ?? c);
    const urgentTopics = e.topics
      .filter((t) => config.topics.find((c) => c.id === t)?.urgent)
      .map((t) => config.topics.find((c) => c.id === t)!.name.toLowerCase());
    const about = eachIdeaOnce([...categories, ...urgentTopics]);
    return about.length
      ? `it appears to be about ${listInWords(about)}, which cannot wait`
      : 'it appears to be about something that cannot wait';
  }
  return reason;
}

/** Why you are told something, and sent what: a new matter, one climbing because it was not acknowledged, or the text that could not be shown before. */
export type EmailOccasion = 'new' | 'overdue' | 'text-added' | 'handed-over';

/** "Spanish" for `es`; undefined when the language is unknown (`und`) or not a language code. */
export function languageName(code: string | undefined): string | undefined {
  if (!code || code === 'und') return undefined;
  try {
    const name = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined; // not a well-formed language tag
  }
}

/**
 * The language to name to the sponsor, or undefined to say nothing of it:
 * the one the analysis found, unless the text itself clearly reads as
 * another (a name, a wrong language, would mislead more than none).
 */
function languageToName(e: Escalation): string | undefined {
  if (!e.language || e.language === 'und') return undefined;
  // Redaction marks ("[NAME]") are the service's words, not the employee's.
  const own = detectLanguage(e.redactedText.replace(/\[[A-Z_]+\]/g, ' '));
  const base = e.language.split('-')[0];
  return own === 'und' || own === base ? e.language : undefined;
}

/** Why the text is missing, for the sponsor: it was never processed, so it is never shown. */
function withheldNote(e: Escalation): string {
  const why = e.reasons.includes('requested')
    ? 'the employee marked this urgent'
    : 'it appears to concern an urgent matter';
  const about = e.urgentCategories.length
    ? ` (${listInWords(e.urgentCategories.map((c) => CATEGORY_WORDS[c] ?? c))})`
    : '';
  return `The text could not be processed safely, so it is not shown; ${why}${about}. If it can be processed later, it will be sent to you.`;
}

/** Patterns are counted in whole weeks (no case keeps its day): this one and those before it. */
function patternText({ count, windowDays }: { count: number; windowDays: number }): string {
  const weeks = Math.round(windowDays / 7);
  const span =
    weeks === 2
      ? 'this week and last week'
      : weeks > 2
        ? `this week and the ${weeks - 1} weeks before`
        : `${windowDays} days`;
  return `${count} negative comments on this site and topic, ${span}`;
}

export function describeEscalation(config: Config, e: Escalation) {
  const siteName = e.site ? (config.sites.find((s) => s.id === e.site)?.name ?? e.site) : undefined;
  const topicNames = e.topics.map((t) => config.topics.find((c) => c.id === t)?.name ?? t).join(', ') || undefined;
  const site = siteName ?? 'Not given';
  const topics = topicNames ?? 'Not given';
  /** The matter in a few words, for a subject or a heading: "Health and safety at Plant 2", "Feedback from Plant 2". */
  const about =
    topicNames && siteName
      ? `${topicNames} at ${siteName}`
      : topicNames
        ? `${topicNames} (site not given)`
        : siteName
          ? `Feedback from ${siteName}`
          : 'Feedback (no site or topic given)';
  const reasons = e.reasons.map((r) => reasonInWords(config, e, r)).join('; and ');
  const what = e.pattern ? patternText(e.pattern) : e.textWithheld ? withheldNote(e) : e.redactedText;
  const language = e.pattern || e.textWithheld ? undefined : languageName(languageToName(e));
  const translation =
    e.translation && !e.textWithheld
      ? { ...e.translation, name: languageName(e.translation.language) ?? e.translation.language }
      : undefined;
  return { site, topics, about, reasons, what, language, translation };
}

/**
 * The email to a sponsor (or backup, or leadership): what was said (redacted),
 * in which language (with a translation where configured), where, why it
 * came to them, by when to acknowledge, and the signed link. Times show the
 * day and hour in the configured zone, never the minute.
 * Table layout and inline styles so it renders in common mail clients.
 */
export function escalationEmail(
  config: Config,
  e: Escalation,
  to: string[],
  link: string,
  recipientLabel: string,
  occasion: EmailOccasion = 'new',
  deskLink?: string,
): Email {
  const { site, topics, about, reasons, what, language, translation } = describeEscalation(config, e);
  const due = hourInZone(e.slaDueAt, config.timezone, 'by');
  const raised = hourInZone(e.raisedAt, config.timezone, 'around');
  const lead =
    occasion === 'text-added'
      ? 'The text of this matter could not be shown before; it has now been processed and is below. '
      : occasion === 'overdue'
        ? `Escalated to ${recipientLabel} because it was not acknowledged in time. `
        : occasion === 'handed-over'
          ? `Handed over ${e.audit.findLast((a) => a.event === 'handed-over')?.detail ?? `to ${recipientLabel}`}. `
          : '';
  const subject = `${occasion === 'text-added' ? 'Text now available: ' : occasion === 'handed-over' ? 'Handed over to you: ' : ''}${e.urgent ? 'Urgent: ' : ''}${about}: please acknowledge ${due}`;
  const heading = e.pattern
    ? 'Pattern'
    : e.textWithheld
      ? 'What was said'
      : `What was said (personal details removed)${language ? `, written in ${language}` : ''}`;
  const text = [
    `${config.programName}: ${e.urgent ? 'urgent ' : ''}feedback for you to act on`,
    '',
    lead + `Why you: ${reasons}.`,
    `Site: ${site}`,
    `Topic: ${topics}`,
    `Raised: ${raised}`,
    `Acknowledge: ${due}`,
    '',
    `${heading}:\n${what}`,
    ...(translation ? ['', `In ${translation.name} (machine translation):\n${translation.text}`] : []),
    '',
    `Acknowledge and answer: ${link}`,
    ...(deskLink ? [`All your cases (your case desk): ${deskLink}`] : []),
    '',
    'The link is for you alone and expires. Anything you write as a response is shown to the employee who wrote this, by their case code.',
  ].join('\n');
  const cell = 'padding:6px 12px 6px 0;vertical-align:top;font:14px/1.4 Arial,sans-serif;color:#1b1f24';
  const body = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="color-scheme" content="light dark"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f1">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f1"><tr><td align="center" style="padding:16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid #d0d3d8">
<tr><td style="padding:16px 20px;font:bold 18px Arial,sans-serif;color:#1b1f24;border-bottom:3px solid ${e.urgent ? '#b3261e' : '#1f5fa8'}">${config.programName}: ${e.urgent ? 'urgent ' : ''}feedback for you to act on</td></tr>
<tr><td style="padding:12px 20px">
${lead ? html`<p style="font:14px Arial,sans-serif;color:#b3261e;margin:0 0 8px">${lead}</p>` : ''}
<table role="presentation" cellpadding="0" cellspacing="0">
<tr><td style="${cell};font-weight:bold">Why you</td><td style="${cell}">${reasons}</td></tr>
<tr><td style="${cell};font-weight:bold">Site</td><td style="${cell}">${site}</td></tr>
<tr><td style="${cell};font-weight:bold">Topic</td><td style="${cell}">${topics}</td></tr>
<tr><td style="${cell};font-weight:bold">Raised</td><td style="${cell}">${raised}</td></tr>
<tr><td style="${cell};font-weight:bold">Acknowledge</td><td style="${cell}">${due}</td></tr>
</table>
<p style="font:bold 14px Arial,sans-serif;color:#1b1f24;margin:14px 0 4px">${heading}</p>
<p style="font:15px/1.5 Georgia,serif;color:#1b1f24;margin:0;padding:10px 12px;background:#f4f4f1;border-left:4px solid #8a8f98;white-space:pre-wrap">${what}</p>
${
  translation
    ? html`<p style="font:bold 14px Arial,sans-serif;color:#1b1f24;margin:14px 0 4px">In ${translation.name} (machine translation)</p>
<p style="font:15px/1.5 Georgia,serif;color:#1b1f24;margin:0;padding:10px 12px;background:#f4f4f1;border-left:4px solid #8a8f98;white-space:pre-wrap">${translation.text}</p>`
    : ''
}
<p style="margin:18px 0"><a href="${link}" target="_blank" rel="noopener" style="display:inline-block;padding:12px 18px;background:#1f5fa8;color:#ffffff;font:bold 15px Arial,sans-serif;text-decoration:none;border-radius:4px">Acknowledge and answer</a></p>
${deskLink ? html`<p style="margin:0 0 14px"><a href="${deskLink}" target="_blank" rel="noopener" style="font:15px Arial,sans-serif;color:#1f5fa8">All your cases (your case desk)</a></p>` : ''}
<p style="font:12px Arial,sans-serif;color:#555d66;margin:0">The link is for you alone and expires. A response you write is shown to the employee by their case code.</p>
</td></tr></table></td></tr></table>
</body></html>`;
  return { to, subject, html: body.toString(), text };
}
