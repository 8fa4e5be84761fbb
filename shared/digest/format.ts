import { startOfIsoWeek } from '../domain/iso-week';
import { nameList } from '../i18n/name-list';
import { DAY_MS } from '../domain/durations';
import { digestTranslator, type DigestTranslator } from '../i18n/digest';
import type { Digest, EscalationOutcomes, SentimentMix } from './model';

/**
 * Shared wording and colours of the three renderings (text, email, web), so
 * they say the same thing, in the digest's language: every sentence comes
 * whole from the digest catalogue (`shared/i18n/digest`), numbers and
 * percentages through `Intl` for that language.
 */

export const SENTIMENT_ORDER = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;
/** Mid-tones that read on white and on the dark backgrounds mail apps substitute; every bar also has its figures in words. */
export const SENTIMENT_COLOURS: Record<keyof SentimentMix, string> = {
  POSITIVE: '#2e7d4f',
  NEUTRAL: '#7f8791',
  MIXED: '#b27b0e',
  NEGATIVE: '#c23b32',
};
/** The four kiosk faces, saddest first. */
export const FACES = [0, 1, 2, 3] as const;

/** The translator of the digest's reader (English for an archived digest that has no language). */
export const textOf = (digest: Pick<Digest, 'language'>): DigestTranslator => digestTranslator(digest.language);

const numbers = new Map<string, Intl.NumberFormat>();
const percents = new Map<string, Intl.NumberFormat>();
/** `1,600`, `1.600`, `1 600`. */
export const count = (t: DigestTranslator, n: number) => cached(numbers, t.language, {}).format(n);
/** A whole percentage as the language writes it: `8%`, `8 %`. */
export const pct = (t: DigestTranslator, n: number) =>
  cached(percents, t.language, { style: 'percent' }).format(n / 100);
function cached(map: Map<string, Intl.NumberFormat>, language: string, options: Intl.NumberFormatOptions) {
  let format = map.get(language);
  if (!format) map.set(language, (format = new Intl.NumberFormat(language, options)));
  return format;
}

export const sentimentWord = (t: DigestTranslator, s: keyof SentimentMix) => t('digest.sentiment', { sentiment: s });
export const faceWord = (t: DigestTranslator, i: number) => t('digest.face', { face: String(i) });
export const channelWord = (t: DigestTranslator, channel: string) => t('digest.channel', { channel });

/** `up 8%`, `down 3%`, `no change`. */
export function change(t: DigestTranslator, changePct: number | undefined): string | undefined {
  if (changePct === undefined) return undefined;
  const direction = changePct > 0 ? 'up' : changePct < 0 ? 'down' : 'none';
  return t('digest.change', { direction, pct: pct(t, Math.abs(changePct)) });
}

/**
 * `negative 30% · positive 41%` — the two ends, which is what a reader looks for first. A row with neither end
 * (all neutral or mixed) gives the parts it has instead (`100% neutral`): "negative 0% · positive 0%" reads as
 * nothing, although every submission in it had a mood.
 */
export function moodLine(t: DigestTranslator, mix: SentimentMix | undefined): string {
  if (!mix) return t('digest.moodHidden');
  if (mix.NEGATIVE === 0 && mix.POSITIVE === 0 && (mix.NEUTRAL > 0 || mix.MIXED > 0)) return mixLine(t, mix);
  return t('digest.mood', { negative: pct(t, mix.NEGATIVE), positive: pct(t, mix.POSITIVE) });
}

/** `41% positive · 22% neutral · 7% mixed · 30% negative`, leaving out zeros. */
export function mixLine(t: DigestTranslator, mix: SentimentMix): string {
  return SENTIMENT_ORDER.filter((s) => mix[s] > 0)
    .map((s) => t('digest.mixItem', { sentiment: s, pct: pct(t, mix[s]) }))
    .join(' · ');
}

const weekOfFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `Mon 30 Nov` (with the year when it is not the digest's): the Monday a week starts, for "in the week of".
 * Short on purpose, never the long form a deadline's day is written in to its holder.
 */
export function weekOfLabel(t: DigestTranslator, week: string, digestWeek: string): string {
  const monday = startOfIsoWeek(week);
  const withYear = week.slice(0, 4) !== digestWeek.slice(0, 4);
  const key = `${t.language}${withYear ? '+y' : ''}`;
  let format = weekOfFormats.get(key);
  if (!format) {
    const options = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    // English keeps the house style of the digest's period ("Mon 16 – Sun 22 November").
    const locale = t.language === 'en' ? 'en-GB' : t.language;
    weekOfFormats.set(
      key,
      (format = new Intl.DateTimeFormat(locale, withYear ? { ...options, year: 'numeric' } : options)),
    );
  }
  return format.format(monday);
}

/** `W47` (`S47` in Spanish and French). */
export const shortWeek = (t: DigestTranslator, week: string) => t('digest.weekShort', { week: week.slice(6) });

// One per language, kept: each digest rendered (a variant per sponsor, the email and its text part) names its period.
const periodFormats = new Map<string, Intl.DateTimeFormat>();

/** `Mon 16 – Sun 22 November 2026`, in the digest's language (English keeps the house style it was built with). */
export function period(digest: Digest): string {
  const t = textOf(digest);
  if (t.language === 'en') return digest.period;
  const monday = startOfIsoWeek(digest.week);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  let format = periodFormats.get(t.language);
  if (!format) {
    const options = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    periodFormats.set(t.language, (format = new Intl.DateTimeFormat(t.language, options)));
  }
  return format.formatRange(monday, sunday);
}

/** `Week 47: Mon 16 – Sun 22 November 2026`. */
export const weekTitle = (digest: Digest) =>
  textOf(digest)('digest.weekTitle', { week: String(Number(digest.week.slice(6))), period: period(digest) });

/** The subject line: a sponsor's counts their own sites or topics, leadership's everything. */
export function subject(digest: Digest): string {
  const t = textOf(digest);
  const { scope, total } = digest.headline;
  const figure = scope
    ? scope.count !== undefined
      ? t('digest.scopeFigure', { measure: scope.measure, count: scope.count })
      : 'none'
    : total !== undefined
      ? t('digest.subject.total', { count: total, moved: change(t, digest.headline.changePct) ?? 'none' })
      : 'none';
  const who = digest.audience.kind === 'sponsor' ? { who: 'sponsor', name: digest.audience.name } : { who: 'all' };
  return t('digest.subject', { ...who, program: digest.programName, period: period(digest), figure });
}

/** The sponsor's own line at the top of "At a glance"; undefined for leadership. */
export function scopeLine(digest: Digest): string | undefined {
  const { scope } = digest.headline;
  if (!scope) return undefined;
  const t = textOf(digest);
  if (scope.count === undefined) return t('digest.scope.tooFew', { measure: scope.measure, k: digest.anonymity.k });
  return t('digest.scope.line', { measure: scope.measure, count: scope.count });
}

/** How many earlier weeks movers and themes were averaged over (4 unless the installation is newer than that). */
export const baselineWeeksOf = (digest: Digest): number => digest.headline.baselineWeeks ?? 4;

/** Whether the organisation's own figures follow a sponsor's (which lead their digest). */
export const wholeOrganisation = (digest: Digest) => (digest.headline.scope ? 'yes' : 'no');

/** How a theme moved, in words; nothing in a first week, when every phrase would be "new". */
export function themeChange(digest: Digest, theme: Digest['themes'][number]): string | undefined {
  if (digest.headline.firstWeek) return undefined;
  const t = textOf(digest);
  return t('digest.theme.change', {
    trend: theme.trend,
    moved: change(t, theme.changePct) ?? '',
    weeks: baselineWeeksOf(digest),
  });
}

/** A theme's line: the phrase quoted as the language quotes, its count, how it moved and its mood. */
export function themeLine(
  digest: Digest,
  theme: Digest['themes'][number],
  key: 'digest.theme.line' | 'digest.theme.text',
) {
  const t = textOf(digest);
  return t(key, {
    phrase: theme.phrase,
    count: theme.count,
    how: themeChange(digest, theme) ?? 'none',
    mood: moodLine(t, theme.sentiment),
  });
}

/** A mover's line: `Plant 2 (site): 97, up 40% on its 4-week average; 30% negative (was 12%)`. */
export function moverLine(digest: Digest, m: Digest['movers'][number]): string {
  const t = textOf(digest);
  return t('digest.mover', {
    label: m.label,
    kind: m.kind,
    count: count(t, m.count),
    change: m.changePct === undefined ? 'new' : (change(t, m.changePct) ?? ''),
    negative: m.negativePct !== undefined ? pct(t, m.negativePct) : 'none',
    before: m.negativeBeforePct !== undefined ? pct(t, m.negativeBeforePct) : 'none',
    weeks: baselineWeeksOf(digest),
  });
}

/** Said where a table of sites or topics has no row to show. */
export function nothingToShow(digest: Digest, what: 'sites' | 'topics'): string {
  const { k } = digest.anonymity;
  const scoped = digest.audience.kind === 'sponsor' && digest.audience[what].length > 0;
  return textOf(digest)(scoped ? 'digest.nothing.mine' : 'digest.nothing.all', { what, k });
}

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
  const t = textOf(digest);
  const points = digest.headline.trend;
  const firstWithAny = points.findIndex((p) => !p.none);
  const lines: TrendLine[] = [];
  if (firstWithAny !== 0) {
    const before = firstWithAny < 0 ? points : points.slice(0, firstWithAny);
    const label =
      before.length > 1
        ? `${shortWeek(t, before[0]!.week)}–${shortWeek(t, before.at(-1)!.week)}`
        : shortWeek(t, before[0]!.week);
    lines.push({ label, words: t('digest.trend.noneYet'), current: before.some((p) => p.week === digest.week) });
  }
  for (const p of firstWithAny < 0 ? [] : points.slice(firstWithAny)) {
    const current = p.week === digest.week;
    const label = shortWeek(t, p.week);
    if (p.none) lines.push({ label, words: t('digest.trend.none'), current });
    else if (p.total === undefined)
      lines.push({ label, words: t('digest.trend.fewer', { k: digest.anonymity.k }), current });
    else lines.push({ label, total: p.total, sentiment: p.sentiment, current });
  }
  return lines;
}

export function audienceLine(digest: Digest): string | undefined {
  if (digest.audience.kind !== 'sponsor') return undefined;
  const t = textOf(digest);
  const { name, topics, sites } = digest.audience;
  return t('digest.audience', {
    name,
    topics: topics.length ? nameList(t.language, topics) : t('digest.everyTopic'),
    sites: sites.length ? nameList(t.language, sites) : t('digest.everySite'),
  });
}

/** What the "you said, we did" section says when it lists nothing. */
export function noResponsesLine(digest: Digest): string {
  const t = textOf(digest);
  if (!digest.escalations.responsesWithheld) return t('digest.responses.none');
  return t('digest.responses.withheld', { k: digest.anonymity.k });
}

/** Above a published response: the topics it is about, or "Other feedback" when it has none. */
export const responseAbout = (digest: Digest, topics: readonly string[]) =>
  textOf(digest)('digest.responses.about', {
    topics: topics.length ? nameList(textOf(digest).language, topics) : 'none',
  });

/**
 * "You said, we did" grouped under one heading per topic (or set of topics), in the order the digest lists them:
 * six answers on safety read as one heading and six answers, not the same heading six times. Grouping shows
 * nothing the list did not: each response's topics were shown beside it already.
 */
export function responsesByAbout(digest: Digest): { about: string; responses: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const r of digest.escalations.responses) {
    const about = responseAbout(digest, r.topics);
    groups.set(about, [...(groups.get(about) ?? []), r.response]);
  }
  return [...groups].map(([about, responses]) => ({ about, responses }));
}

export function anonymityNote(digest: Digest): string {
  const { k, kQuote } = digest.anonymity;
  return textOf(digest)('digest.anonymity', { k, kQuote });
}

/** `4 raised · 1 acknowledged within SLA · …`, or only `4 raised` where the outcomes are not shown. */
export const escalationLine = (t: DigestTranslator, e: { raised: number; outcomes?: EscalationOutcomes }) =>
  [
    t('digest.esc.raised', { count: e.raised }),
    e.outcomes?.acknowledgedInTime ? t('digest.esc.inTime', { count: e.outcomes.acknowledgedInTime }) : undefined,
    e.outcomes?.acknowledgedLate ? t('digest.esc.late', { count: e.outcomes.acknowledgedLate }) : undefined,
    e.outcomes?.awaiting ? t('digest.esc.awaiting', { count: e.outcomes.awaiting }) : undefined,
    e.outcomes?.overdue ? t('digest.esc.overdue', { count: e.outcomes.overdue }) : undefined,
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
  /** Cases whose legal deadline is near, not passed: listed apart, never under "overdue". */
  comingUp: string[];
} {
  const t = textOf(digest);
  const e = digest.escalations;
  const { k } = digest.anonymity;
  const mine = digest.audience.kind === 'sponsor';
  // Every sponsor folded into "other" (each below k): "Other sponsors combined: 10 raised" under "10 raised" named
  // no one and read as if some sponsors had been named. The total says it once, and why no name follows.
  const noneNamed =
    !mine &&
    e.bySponsor.length === 0 &&
    e.otherSponsors !== undefined &&
    e.otherSponsors.raised === e.raised &&
    (e.otherSponsors.outcomes === undefined || e.outcomes !== undefined);
  const summary =
    e.raised === 0
      ? t('digest.esc.none')
      : e.raised === undefined
        ? t(mine ? 'digest.esc.mineHidden' : 'digest.esc.fewer', { k })
        : t(noneNamed ? 'digest.esc.summaryNoneNamed' : 'digest.esc.summary', {
            line: escalationLine(t, { raised: e.raised, outcomes: e.outcomes }),
          });
  // The leadership list holds cases too (one that went around every sponsor): named in the reader's language.
  const holder = (name: string) => (name === 'the leadership list' ? t('digest.leadershipList') : name);
  const sponsors = mine ? [] : e.bySponsor.map((s) => ({ name: holder(s.name), line: escalationLine(t, s) }));
  if (!mine && e.otherSponsors && !noneNamed)
    sponsors.push({ name: t('digest.esc.otherSponsors'), line: escalationLine(t, e.otherSponsors) });
  const overdue = e.overdueNow.map((o) =>
    t('digest.esc.overdueSponsor', {
      name: holder(o.name),
      count: count(t, o.count),
      k,
      // "5 (5 or more of them raised in week 48…)" read as if there were more than 5: with k of them, it is all of them.
      all: o.count <= k ? 'yes' : 'no',
      week: String(Number(o.oldestWeek.slice(6))),
      year: o.oldestWeek.slice(0, 4),
    }),
  );
  // As above: "other sponsors" with no sponsor named before it is the whole figure, said so.
  if (e.overdueOther)
    overdue.push(
      t(e.overdueNow.length ? 'digest.esc.overdueOther' : 'digest.esc.overdueNoneNamed', {
        count: count(t, e.overdueOther),
      }),
    );
  const comingUp: string[] = [];
  for (const l of e.legalDeadlines ?? []) {
    (l.state === 'passed' ? overdue : comingUp).push(
      t('digest.esc.legal', {
        state: l.state,
        holder: holder(l.holder),
        shown: l.count === undefined ? 'no' : 'yes',
        count: l.count === undefined ? '' : count(t, l.count),
        k,
        // A count too small to show is still one at least: "1 to 4", never "fewer than 5", which reads as maybe none.
        upTo: k - 1,
        week: weekOfLabel(t, l.week, digest.week),
      }),
    );
  }
  return { summary, sponsors, overdue, comingUp };
}
