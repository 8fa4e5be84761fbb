import type { Digest, EscalationOutcomes, SentimentMix } from './model';
import { dayIn } from '../i18n/moments';

/** Shared wording and colours of the three renderings (text, email, web), so they say the same thing. */

export const SENTIMENT_ORDER = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;
export const SENTIMENT_WORDS: Record<keyof SentimentMix, string> = {
  POSITIVE: 'positive',
  NEUTRAL: 'neutral',
  MIXED: 'mixed',
  NEGATIVE: 'negative',
};
/** Mid-tones that read on white and on the dark backgrounds mail apps substitute; every bar also has its figures in words. */
export const SENTIMENT_COLOURS: Record<keyof SentimentMix, string> = {
  POSITIVE: '#2e7d4f',
  NEUTRAL: '#7f8791',
  MIXED: '#b27b0e',
  NEGATIVE: '#c23b32',
};
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

/** The subject line: a sponsor's counts their own sites or topics, leadership's everything. */
export function subject(digest: Digest): string {
  const who = digest.audience.kind === 'sponsor' ? ` for ${digest.audience.name}` : '';
  const { scope } = digest.headline;
  if (scope)
    return `${digest.programName} weekly digest${who}, ${digest.period}${scope.count !== undefined ? `: ${scopeFigure(scope.measure, scope.count)}` : ''}`;
  const total = digest.headline.total !== undefined ? `: ${plural(digest.headline.total, 'submission')}` : '';
  const moved = change(digest.headline.changePct);
  return `${digest.programName} weekly digest${who}, ${digest.period}${total}${moved ? ` (${moved})` : ''}`;
}

/** `63 submissions from your sites`, `12 mentions of your topics`. */
export const scopeFigure = (measure: 'sites' | 'topics', n: number) =>
  measure === 'sites' ? `${plural(n, 'submission')} from your ${measure}` : `${plural(n, 'mention')} of your topics`;

/** The sponsor's own line at the top of "At a glance"; undefined for leadership. */
export function scopeLine(digest: Digest): string | undefined {
  const { scope } = digest.headline;
  if (!scope) return undefined;
  if (scope.count === undefined) {
    return `Your ${scope.measure}: too few submissions this week to show on their own (fewer than ${digest.anonymity.k}, or combined with others to protect a small group).`;
  }
  const note = scope.measure === 'topics' ? ' (a comment may touch several)' : '';
  const figure = scopeFigure(scope.measure, scope.count);
  return `${figure[0]!.toUpperCase()}${figure.slice(1)}${note}.`;
}

/** Before the organisation's own figures in a sponsor's digest, which leads with the sponsor's. */
export const wholeOrganisation = (digest: Digest) => (digest.headline.scope ? 'Across the whole organisation: ' : '');

/** Said when the week's total is shown but no channel can be shown on its own. */
export const CHANNELS_WITHHELD =
  'By channel: not shown this week, because some channels had too few submissions at a site to show them apart.';

/** Said when the week's languages were counted but none can be shown on its own. */
export const LANGUAGES_WITHHELD =
  'Not shown this week, because some languages had too few submissions at a site or on a channel to show them apart.';

/** Under the languages' heading: what the figures are, so nobody reads them as what people speak. */
export const LANGUAGES_NOTE =
  'The language each submission was written in, as detected; a kiosk tap without words counts as not recognised.';

/** Said in place of the kiosk faces when kiosks are in use but their faces cannot be shown this week. */
export const FACES_WITHHELD =
  'Kiosk faces: not shown this week (too few taps on some faces, or the kiosk could not be shown on its own).';

/** How a theme moved, in words; nothing in a first week, when every phrase would be "new". */
export function themeChange(digest: Digest, theme: Digest['themes'][number]): string | undefined {
  if (digest.headline.firstWeek) return undefined;
  return theme.trend === 'new' ? 'new as a theme' : `${change(theme.changePct)} on its 4-week average`;
}

/** Said where a table of sites or topics has no row to show. */
export function nothingToShow(digest: Digest, what: 'sites' | 'topics'): string {
  const { k } = digest.anonymity;
  const scoped = digest.audience.kind === 'sponsor' && digest.audience[what].length > 0;
  if (scoped)
    return `None of your ${what} had ${k} or more submissions this week on its own, or they were combined with others to protect a small group.`;
  return `Nothing to show: no ${what === 'sites' ? 'site' : 'topic'} had ${k} or more submissions this week.`;
}

/** Said in place of the movers in a new installation's first weeks. */
export const NO_HISTORY_YET = 'Nothing to compare with yet: movers appear once earlier weeks have submissions.';

export interface TrendLine {
  /** `W40`, or `W40–W46` for a run of weeks before the first submission. */
  label: string;
  total?: number;
  sentiment?: SentimentMix;
  /** Words in place of a figure. */
  words?: string;
  current: boolean;
}

/**
 * The trend as a reader needs it: the weeks before the first submission in
 * one line ("no submissions yet"), a week with none as "none", one below k
 * as "fewer than k", and the rest with their figures.
 */
export function trendLines(digest: Digest): TrendLine[] {
  const points = digest.headline.trend;
  const firstWithAny = points.findIndex((p) => !p.none);
  const lines: TrendLine[] = [];
  if (firstWithAny !== 0) {
    const before = firstWithAny < 0 ? points : points.slice(0, firstWithAny);
    const label =
      before.length > 1
        ? `${shortWeek(before[0]!.week)}–${shortWeek(before.at(-1)!.week)}`
        : shortWeek(before[0]!.week);
    lines.push({ label, words: 'no submissions yet', current: before.some((p) => p.week === digest.week) });
  }
  for (const p of firstWithAny < 0 ? [] : points.slice(firstWithAny)) {
    const current = p.week === digest.week;
    if (p.none) lines.push({ label: shortWeek(p.week), words: 'no submissions', current });
    else if (p.total === undefined)
      lines.push({ label: shortWeek(p.week), words: `fewer than ${digest.anonymity.k}`, current });
    else lines.push({ label: shortWeek(p.week), total: p.total, sentiment: p.sentiment, current });
  }
  return lines;
}

export function audienceLine(digest: Digest): string | undefined {
  if (digest.audience.kind !== 'sponsor') return undefined;
  const { name, topics, sites } = digest.audience;
  const list = (items: string[], none: string) =>
    items.length ? `${items.slice(0, -1).join(', ')}${items.length > 1 ? ' and ' : ''}${items.at(-1)}` : none;
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
export function escalationLines(digest: Digest): {
  summary: string;
  sponsors: { name: string; line: string }[];
  overdue: string[];
} {
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
  if (!mine && e.otherSponsors)
    sponsors.push({ name: 'Other sponsors combined', line: escalationLine(e.otherSponsors) });
  const overdue = e.overdueNow.map(
    (o) =>
      `${o.name}: ${count(o.count)} (${k} or more of them raised in week ${Number(o.oldestWeek.slice(6))} of ${o.oldestWeek.slice(0, 4)} or earlier)`,
  );
  if (e.overdueOther) overdue.push(`Other sponsors combined: ${count(e.overdueOther)}`);
  for (const l of e.legalDeadlines ?? []) {
    const what = l.deadline === 'acknowledge' ? 'acknowledge' : 'tell the employee what is being done';
    overdue.push(
      `${l.state === 'passed' ? 'Legal deadline passed' : 'Legal deadline within a week'}: a case held by ${l.holder}, to ${what} by ${dayIn('en', l.day)}`,
    );
  }
  return { summary, sponsors, overdue };
}
