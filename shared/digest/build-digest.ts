import type { Config, Sponsor } from '../config/schema';
import type { WeeklyFigures } from '../domain/weekly-figures';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import { summariseEscalations, type WeekEscalations } from './escalation-summary';
import type { Language } from '../i18n/languages';
import { leadershipLanguage, sponsorLanguage } from '../i18n/sponsor/reader';
import { labelsFor } from './labels';
import { localPlaceholders } from '../i18n/placeholders';
import { languageMix } from './language-mix';
import type { Audience, Digest } from './model';
import { BASELINE_WEEKS, findThemes, topMovers } from './movers-and-themes';
import { changePct, mix, percents } from './percentages';
import { breakdown, publishWeek, type PublishedWeek } from './published-week';
import { scopeFigure, scopeOf } from './sponsor-scope';
import { splitShowable } from './suppression';
import { chooseVerbatims } from './verbatims';
import { describeWeek, shiftWeek, weeksEndingWith } from './weeks';

/** Weeks in the headline's trend, this one included. */
export const TREND_WEEKS = 8;

/** Everything a digest is built from: pre-computed figures and bounded samples, never the feedback itself. */
export interface DigestInput {
  week: string;
  /** Figures by week; weeks missing count as empty. Reads `TREND_WEEKS` weeks ending with `week`. */
  figures: ReadonlyMap<string, WeeklyFigures>;
  /** The comments it may quote (publishDigest leaves out any whose words point to one person: quotes-singling-out.ts). */
  candidates: readonly VerbatimCandidate[];
  escalations: WeekEscalations;
  generatedAt: Date;
}

/** The weeks `buildDigest` reads figures for, oldest first. */
export const weeksNeeded = (week: string) => weeksEndingWith(week, TREND_WEEKS);

/**
 * The week's digest for leadership, or a sponsor's variant of it. Pure: the
 * same input gives the same digest. Every count passes through
 * `suppressTable` first; a sponsor's variant only leaves rows out of the
 * leadership tables, so it can show nothing the leadership digest does not.
 *
 * @example
 * const digest = buildDigest(config, { week: '2026-W47', figures, candidates, escalations, generatedAt: new Date() });
 */
export function buildDigest(
  config: Config,
  input: DigestInput,
  sponsor?: Sponsor,
  language: Language = sponsor ? sponsorLanguage(config, sponsor) : leadershipLanguage(config),
): Digest {
  const { k, kQuote } = config.anonymity;
  const { week } = input;
  const figuresOf = (w: string): WeeklyFigures =>
    input.figures.get(w) ?? { week: w, groups: [], topics: [], phrases: [] };
  const thisWeek = figuresOf(week);
  // Every week is read as its own digest showed it: figures across weeks
  // come only from what each week's digest published (suppression rule 6).
  const published = new Map(weeksNeeded(week).map((w) => [w, publishWeek(figuresOf(w), k)]));
  const now = published.get(week)!;
  const lastWeek = published.get(shiftWeek(week, -1))!;
  // The previous 4 weeks, less those before the installation's first submission: averaged over 4 with those as 0,
  // a new installation's third week read "Plant 2: 77, up 185% on its 4-week average" beside a trend saying its
  // first week had no submissions yet (the digest's own "no submissions yet" weeks are the ones left out).
  const baselineWeeks = sinceFirstSubmission(
    weeksEndingWith(shiftWeek(week, -1), BASELINE_WEEKS).map((w) => published.get(w)!),
    weeksNeeded(week).map((w) => published.get(w)!),
  );
  const labels = labelsFor(config, language);

  // Headline: channels this week and last, total, sentiment, trend, kiosk faces.
  const channels = breakdown(
    now.channels,
    (id) => labels.channel(id),
    { some: labels.otherChannels, all: labels.allChannels },
    lastWeek.channels,
  );
  const total = now.totalShown ? now.total : undefined;
  const lastWeekTotal = lastWeek.totalShown ? lastWeek.total : undefined;
  const kiosk = now.channels.table.shown.find((c) => c.id === 'kiosk');
  const ratings = thisWeek.groups
    .filter((g) => g.channel === 'kiosk')
    .reduce((sum, g) => sum.map((n, i) => n + g.ratings[i]!), [0, 0, 0, 0]);
  const taps = ratings.reduce((a, b) => a + b, 0);
  // Faces are a split of the kiosk row: shown only when it equals that row (no unrated rest to subtract) and each face is 0 or at least k.
  const facesShown = kiosk !== undefined && taps === kiosk.count && splitShowable(ratings, k);
  // Kiosks are in use once a week's digest has shown the kiosk on its own: known from the digests themselves, never from a count they hid.
  const kioskInUse = [...published.values()].some((p) => p.channels.table.shown.some((c) => c.id === 'kiosk'));

  const trend = weeksNeeded(week).map((w) => {
    const p = published.get(w)!;
    if (p.total === 0) return { week: w, none: true as const };
    if (!p.totalShown) return { week: w };
    return p.totalSplitShown ? { week: w, total: p.total, sentiment: mix(p.sentiment) } : { week: w, total: p.total };
  });
  // A new installation: nothing before this week to compare with, so no theme is "new" (nor any group a mover).
  const firstWeek = weeksNeeded(week).every((w) => w === week || published.get(w)!.total === 0);

  let sites = breakdown(now.sites, labels.site, { some: labels.otherSites, all: labels.allSites });
  let topics = breakdown(now.topics, labels.topic, { some: labels.otherTopics, all: labels.allTopics });
  let movers = topMovers(now, baselineWeeks, labels);
  let themes = findThemes(
    thisWeek,
    baselineWeeks.map((p) => p.figures),
    k,
  );

  const inScope = scopeOf(sponsor);
  const shownTopics = new Set(now.topics.table.shown.map((c) => c.id));
  let escalations = summariseEscalations(config, input.escalations, input.generatedAt, shownTopics, labels.topic);
  if (sponsor) {
    if (sponsor.sites.length) sites = { rows: sites.rows.filter((r) => inScope.site(r.id)) };
    if (sponsor.topics.length) topics = { rows: topics.rows.filter((r) => inScope.topic(r.id)) };
    movers = movers.filter((m) => (m.kind === 'site' ? inScope.site(m.id) : inScope.topic(m.id)));
    // Phrases are counted for the whole organisation: they cannot be narrowed to a sponsor's topics.
    if (sponsor.topics.length) themes = [];
    // The sponsor's own line of the leadership table, or nothing: never a figure the leadership digest hides.
    const mine = escalations.bySponsor.find((r) => r.sponsorId === sponsor.id);
    escalations = {
      raised: mine?.raised,
      outcomes: mine?.outcomes,
      bySponsor: mine ? [mine] : [],
      overdueNow: escalations.overdueNow.filter((o) => o.sponsorId === sponsor.id),
      responses: escalations.responses,
      responsesWithheld: escalations.responsesWithheld,
    };
  }

  const scope = sponsor ? scopeFigure(sponsor, sites, topics) : undefined;
  const audience: Audience = sponsor
    ? {
        kind: 'sponsor',
        sponsorId: sponsor.id,
        name: sponsor.name,
        topics: sponsor.topics.map(labels.topic),
        sites: sponsor.sites.map(labels.site),
      }
    : { kind: 'leadership' };

  return {
    version: 1,
    programName: config.programName,
    organisation: config.organisation,
    week,
    period: describeWeek(week),
    language,
    timezone: config.timezone,
    generatedAt: input.generatedAt.toISOString(),
    audience,
    anonymity: { k, kQuote },
    headline: {
      total,
      lastWeekTotal,
      changePct: total !== undefined && lastWeekTotal !== undefined ? changePct(total, lastWeekTotal) : undefined,
      channels,
      sentiment: now.totalSplitShown ? mix(now.sentiment) : undefined,
      trend,
      kioskRatings: facesShown ? { taps, percents: percents(ratings) as [number, number, number, number] } : undefined,
      kioskFaces: facesShown ? 'shown' : kioskInUse ? 'withheld' : undefined,
      firstWeek: firstWeek ? true : undefined,
      baselineWeeks: baselineWeeks.length < BASELINE_WEEKS && !firstWeek ? baselineWeeks.length : undefined,
      scope,
    },
    sites,
    topics,
    // Languages are counted for the whole organisation: a sponsor's variant leaves them out, as it would a table it cannot narrow.
    languages:
      sponsor || total === undefined
        ? undefined
        : languageMix(thisWeek, now.sites.table, now.channels.table, k, labels),
    movers,
    themes,
    // The employees' words as stored, with redaction's placeholders in the reader's words ("[NOM]").
    verbatims: chooseVerbatims(config, thisWeek, input.candidates, labels, inScope).map((v) => ({
      ...v,
      text: localPlaceholders(language, v.text),
    })),
    escalations,
  };
}

/**
 * `baseline` (oldest first) less the weeks at its start in which the installation had no submission yet: those
 * with none, before which every week of `trend` (the digest's 8 weeks, oldest first) had none either. A week with
 * none between weeks with submissions (a shutdown) still counts, as 0. At least one week is kept.
 */
function sinceFirstSubmission(baseline: PublishedWeek[], trend: readonly PublishedWeek[]): PublishedWeek[] {
  const first = trend.findIndex((p) => p.total > 0);
  const firstWeek = first < 0 ? undefined : trend[first]!.figures.week;
  const start = baseline.findIndex((p) => p.figures.week === firstWeek);
  return start <= 0 ? baseline : baseline.slice(start);
}
