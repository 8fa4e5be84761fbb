import type { Digest, EscalationOutcomes, SentimentMix } from './model';

/** Shared wording and colours of the three renderings (text, email, web), so they say the same thing. */

export const SENTIMENT_ORDER = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;
export const SENTIMENT_WORDS: Record<keyof SentimentMix, string> = { POSITIVE: 'positive', NEUTRAL: 'neutral', MIXED: 'mixed', NEGATIVE: 'negative' };
/** Mid-tones that read on white and on the dark backgrounds mail apps substitute; every bar also has its figures in words. */
export const SENTIMENT_COLOURS: Record<keyof SentimentMix, string> = { POSITIVE: '#2e7d4f', NEUTRAL: '#7f8791', MIXED: '#b27b0e', NEGATIVE: '#c23b32' };
export const FACES = ['very unhappy', 'unhappy', 'happy', 'very happy'] as const;
const CHANNEL_WORDS: Record<string, string> = { web: 'web form', sms: 'SMS', kiosk: 'kiosk' };

export const count = (n: number) => n.toLocaleString('en-US');
export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;
export const channelWord = (channel: string) => CHANNEL_WORDS[channel] ?? channel;

/** `up 8%`, `down 3%`, `no change`. */
export function change(pct: number | undefined): string | undefined {
  if (pct === undefined) return undefined;
  if (pct === 0) return 'no change';
  return `${pct > 0 ? 'up' : 'down'} ${count(Math.abs(pct))}%`;
}

/** Said where a split is not shown because a part of it is below the threshold. */
export const MOOD_HIDDEN = 'mood not shown (too few to split)';

/** `negative 30% · positive 41%` — the two ends, which is what a reader looks for first. */
export function moodLine(mix: SentimentMix | undefined): string {
  return mix ? `negative ${mix.NEGATIVE}% · positive ${mix.POSITIVE}%` : MOOD_HIDDEN;
}

/** `41% positive · 22% neutral · 7% mixed · 30% negative`, leaving out zeros. */
export function mixLine(mix: SentimentMix): string {
  return SENTIMENT_ORDER.filter((s) => mix[s] > 0)
    .map((s) => `${mix[s]}% ${SENTIMENT_WORDS[s]}`)
    .join(' · ');
}

export const shortWeek = (week: string) => week.slice(5);
/** `Week 47: Mon 16 – Sun 22 November 2026`. */
export const weekTitle = (digest: Digest) => `Week ${Number(digest.week.slice(6))}: ${digest.period}`;

export function subject(digest: Digest): string {
  const who = digest.audience.kind === 'sponsor' ? ` for ${digest.audience.name}` : '';
  const total = digest.headline.total !== undefined ? `: ${plural(digest.headline.total, 'submission')}` : '';
  const moved = change(digest.headline.changePct);
  return `${digest.programName} weekly digest${who}, ${digest.period}${total}${moved ? ` (${moved})` : ''}`;
}

export function audienceLine(digest: Digest): string | undefined {
  if (digest.audience.kind !== 'sponsor') return undefined;
  const { name, topics, sites } = digest.audience;
  const list = (items: string[], none: string) => (items.length ? `${items.slice(0, -1).join(', ')}${items.length > 1 ? ' and ' : ''}${items.at(-1)}` : none);
  return (
    `For ${name}, sponsor of ${list(topics, 'every topic')} at ${list(sites, 'every site')}. ` +
    'The figures for each site and topic cover the whole organisation; the comments and escalations are only those in your area.'
  );
}

/** What the "you said, we did" section says when it lists nothing. */
export function noResponsesLine(digest: Digest): string {
  if (!digest.escalations.responsesWithheld) return 'No responses were published this week.';
  return `A few responses were published this week. They are listed here only once at least ${digest.anonymity.k} are published in a week, so that none points to one person; each employee can read the answer to their own feedback on its status page.`;
}

export function anonymityNote(digest: Digest): string {
  const { k, kQuote } = digest.anonymity;
  return (
    `No group of fewer than ${k} submissions is shown on its own: smaller groups are combined into "other", ` +
    'together with the next smallest where needed, so that none can be worked out by subtraction. ' +
    `Comments are quoted only from groups of ${kQuote} or more, with personal details removed.`
  );
}

/** `4 raised · 1 acknowledged within SLA · …`, or only `4 raised` where the outcomes are not shown. */
export const escalationLine = (e: { raised: number; outcomes?: EscalationOutcomes }) =>
  [
    plural(e.raised, 'raised', 'raised'),
    e.outcomes?.acknowledgedInTime ? `${count(e.outcomes.acknowledgedInTime)} acknowledged within SLA` : undefined,
    e.outcomes?.acknowledgedLate ? `${count(e.outcomes.acknowledgedLate)} acknowledged late` : undefined,
    e.outcomes?.awaiting ? `${count(e.outcomes.awaiting)} awaiting, within SLA` : undefined,
    e.outcomes?.overdue ? `${count(e.outcomes.overdue)} overdue` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');

/**
 * The escalations section's lines, the same in every rendering: totals,
 * per sponsor, and what the thresholds left out, in words.
 */
export function escalationLines(digest: Digest): { summary: string; sponsors: { name: string; line: string }[]; overdue: string[] } {
  const e = digest.escalations;
  const { k } = digest.anonymity;
  const mine = digest.audience.kind === 'sponsor';
  const summary =
    e.raised === 0
      ? 'None.'
      : e.raised === undefined
        ? mine
          ? `Not shown: fewer than ${k} in your area, or combined with other sponsors' to protect a small group.`
          : `Fewer than ${k} raised, so no figures are shown.`
        : `${escalationLine({ raised: e.raised, outcomes: e.outcomes })}.`;
  const sponsors = mine ? [] : e.bySponsor.map((s) => ({ name: s.name, line: escalationLine(s) }));
  if (!mine && e.otherSponsors) sponsors.push({ name: 'Other sponsors combined', line: escalationLine(e.otherSponsors) });
  const overdue = e.overdueNow.map((o) => `${o.name}: ${count(o.count)} (${k} or more of them raised in week ${Number(o.oldestWeek.slice(6))} of ${o.oldestWeek.slice(0, 4)} or earlier)`);
  if (e.overdueOther) overdue.push(`Other sponsors combined: ${count(e.overdueOther)}`);
  return { summary, sponsors, overdue };
}
