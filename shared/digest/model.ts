import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import { CHANNELS } from '../domain/feedback';
import { ISO_WEEK_PATTERN, isoWeekOf } from '../domain/iso-week';
import { foldLegalDeadlines } from './legal-deadlines';

/**
 * The digest as built, archived (JSON) and rendered. Every count in it has
 * already passed the anonymity thresholds (`suppression.ts`): renderers show
 * what is here and compute no new figures of their own.
 */

const SENTIMENT_KEYS = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;
export { SENTIMENT_KEYS };

// Every schema is built on the first digest read back (`digestSchema` is a z.lazy), not at import:
// about 40 ms of CPU that a digest run, which builds and writes digests and reads none, need not pay.
function digestSchemas() {
  /** Whole percentages of a group's submissions by sentiment, summing to 100. */
  const sentimentMixSchema = z.object({ POSITIVE: z.int(), NEUTRAL: z.int(), MIXED: z.int(), NEGATIVE: z.int() });

  const rowSchema = z.object({
    id: z.string(),
    label: z.string(),
    count: z.int().positive(),
    /** Absent when a part of the split is below k, or would give one away (suppression rules 4 and 5). */
    sentiment: sentimentMixSchema.optional(),
    /** Whole-percent change on last week, when both weeks' figures are shown. */
    changePct: z.number().optional(),
  });

  /** One table: shown rows, the folded remainder as "other", and the total when it may be shown. */
  const breakdownSchema = z.object({
    rows: z.array(rowSchema),
    other: rowSchema.optional(),
    total: z.int().optional(),
  });

  const trendPointSchema = z.object({
    week: z.string().regex(ISO_WEEK_PATTERN),
    /** Absent when the week had fewer than k submissions. */
    total: z.int().optional(),
    sentiment: sentimentMixSchema.optional(),
    /** The week had no submission at all (nobody to protect): said as such, never as "fewer than k". */
    none: z.literal(true).optional(),
  });

  const moverSchema = z.object({
    kind: z.enum(['site', 'topic']),
    id: z.string(),
    label: z.string(),
    count: z.int(),
    /** Average per week over the previous weeks (`headline.baselineWeeks`), from the figures their digests showed; 0 when new. */
    baseline: z.number(),
    /** Undefined when the baseline is 0 (new this week). */
    changePct: z.number().optional(),
    /** Absent when this week's split is not shown. */
    negativePct: z.int().optional(),
    /** Absent unless every earlier week's digest showed the split. */
    negativeBeforePct: z.int().optional(),
  });

  const themeSchema = z.object({
    phrase: z.string(),
    count: z.int(),
    sentiment: sentimentMixSchema.optional(),
    /** `new`: not a theme (k or more) in any of the previous 4 weeks; `rising`: up on their average. */
    trend: z.enum(['new', 'rising', 'steady']),
    changePct: z.number().optional(),
  });

  const verbatimSchema = z.object({
    text: z.string(),
    topic: z.string(),
    site: z.string(),
    channel: z.enum(CHANNELS),
    sentiment: z.enum(SENTIMENT_KEYS),
  });

  /** What became of the week's escalations; shown only when each outcome is 0 or at least k. */
  const escalationOutcomesSchema = z.object({
    acknowledgedInTime: z.int(),
    acknowledgedLate: z.int(),
    /** Not yet acknowledged, still within the SLA. */
    awaiting: z.int(),
    /** Not acknowledged and past the SLA. */
    overdue: z.int(),
  });
  const escalationCountSchema = z.object({ raised: z.int(), outcomes: escalationOutcomesSchema.optional() });

  const escalationSummarySchema = z.object({
    /** Raised this week; absent when there were some, but fewer than k. */
    raised: z.int().optional(),
    outcomes: escalationOutcomesSchema.optional(),
    /** Sponsors with at least k; the rest folded into `otherSponsors`, as a table's small rows are. */
    bySponsor: z.array(escalationCountSchema.extend({ sponsorId: z.string(), name: z.string() })),
    otherSponsors: escalationCountSchema.optional(),
    /**
     * Open and past their SLA now, whichever week they were raised in: sponsors with at least k, the rest combined.
     * `oldestWeek`: the week by which k of them had been raised (the k oldest reach back to it), never the week of a single one.
     */
    overdueNow: z.array(
      z.object({
        sponsorId: z.string(),
        name: z.string(),
        count: z.int(),
        oldestWeek: z.string().regex(ISO_WEEK_PATTERN),
      }),
    ),
    overdueOther: z.int().optional(),
    /**
     * "You said, we did": responses published this week, the same list in
     * every variant, without day or sponsor (never the employee's words);
     * listed only when there are at least k, and naming a topic only where
     * this week's topic table shows it and at least k listed responses name it.
     */
    responses: z.array(z.object({ topics: z.array(z.string()), response: z.string() })),
    /** Some responses were published this week, but fewer than k: none is listed. */
    responsesWithheld: z.boolean().optional(),
    /**
     * Leadership's variant only: a holder's cases with a legal deadline still
     * unmet, by the ISO week it falls in (past weeks, this week and the next),
     * counted only when at least k (`foldLegalDeadlines`). Never a day: the
     * deadline less the law's days is the day a case was raised (docs/anonymity.md).
     */
    legalDeadlines: z
      .array(
        z.object({
          state: z.enum(['passed', 'near']),
          week: z.string().regex(ISO_WEEK_PATTERN),
          holder: z.string(),
          /** Absent: fewer than k. */
          count: z.int().optional(),
        }),
      )
      .optional(),
  });

  const audienceSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('leadership') }),
    z.object({
      kind: z.literal('sponsor'),
      sponsorId: z.string(),
      name: z.string(),
      topics: z.array(z.string()),
      sites: z.array(z.string()),
    }),
  ]);

  const digestSchema = z.object({
    version: z.literal(1),
    programName: z.string(),
    organisation: z.string(),
    week: z.string().regex(ISO_WEEK_PATTERN),
    period: z.string(),
    /** The reader's language (a sponsor's `language`, leadership's `digest.language`); absent in digests archived before it was kept: English. */
    language: z.string().optional(),
    timezone: z.string(),
    generatedAt: z.iso.datetime(),
    audience: audienceSchema,
    anonymity: z.object({ k: z.int(), kQuote: z.int() }),
    headline: z.object({
      total: z.int().optional(),
      lastWeekTotal: z.int().optional(),
      changePct: z.number().optional(),
      channels: breakdownSchema,
      sentiment: sentimentMixSchema.optional(),
      trend: z.array(trendPointSchema),
      kioskRatings: z.object({ taps: z.int(), percents: z.tuple([z.int(), z.int(), z.int(), z.int()]) }).optional(),
      /**
       * How many earlier weeks movers and rising themes are averaged over: the previous 4, less those before the
       * installation's first submission (a new installation's second week compares with 1). Absent means 4.
       */
      baselineWeeks: z.int().min(1).max(4).optional(),
      /**
       * Whether the kiosk faces section is there at all: absent when no kiosk
       * is in use; `shown` with `kioskRatings`; `withheld` when the faces
       * cannot be shown this week (too few, or the kiosk not shown on its own).
       */
      kioskFaces: z.enum(['shown', 'withheld']).optional(),
      /** None of the weeks before this one in the trend had a submission: nothing to compare with yet (a new installation). */
      firstWeek: z.literal(true).optional(),
      /**
       * A sponsor's own part of the week, from rows the leadership digest
       * shows: their sites' submissions, or (a sponsor of topics only) the
       * mentions of their topics. `count` is absent when none of those rows
       * is shown on its own. Absent for leadership and for a sponsor of everything.
       */
      scope: z.object({ measure: z.enum(['sites', 'topics']), count: z.int().optional() }).optional(),
    }),
    sites: breakdownSchema,
    topics: breakdownSchema,
    /**
     * The week's submissions by detected language, leadership only, under the
     * same rules as the channels (`language-mix.ts`). Absent in a sponsor's
     * variant and in weeks whose languages were not counted whole; `rows`
     * empty when no language can be shown on its own.
     */
    languages: breakdownSchema.optional(),
    movers: z.array(moverSchema),
    themes: z.array(themeSchema),
    verbatims: z.array(verbatimSchema),
    escalations: escalationSummarySchema,
  });
  return {
    sentimentMixSchema,
    rowSchema,
    breakdownSchema,
    trendPointSchema,
    moverSchema,
    themeSchema,
    verbatimSchema,
    escalationOutcomesSchema,
    escalationCountSchema,
    escalationSummarySchema,
    audienceSchema,
    digestSchema,
  };
}
type Schemas = ReturnType<typeof digestSchemas>;

export type SentimentMix = z.infer<Schemas['sentimentMixSchema']>;
export type DigestRow = z.infer<Schemas['rowSchema']>;
export type Breakdown = z.infer<Schemas['breakdownSchema']>;
export type Mover = z.infer<Schemas['moverSchema']>;
export type Theme = z.infer<Schemas['themeSchema']>;
export type Verbatim = z.infer<Schemas['verbatimSchema']>;
export type EscalationOutcomes = z.infer<Schemas['escalationOutcomesSchema']>;
export type EscalationSummary = z.infer<Schemas['escalationSummarySchema']>;
export type Audience = z.infer<Schemas['audienceSchema']>;
export type Digest = z.infer<Schemas['digestSchema']>;

/** A digest as archived: checked when read back (the web view, tests). */
export const digestSchema = z.lazy(() => z.preprocess(legalDeadlinesByWeek, digestSchemas().digestSchema));

/**
 * A digest archived before deadlines were folded by week listed each case with its day: read back (its web
 * view), it is folded as a digest built now would be, so no reader learns the day from an old link either.
 */
function legalDeadlinesByWeek(archived: unknown): unknown {
  const digest = archived as {
    anonymity?: { k?: number };
    generatedAt?: string;
    timezone?: string;
    escalations?: { legalDeadlines?: { day?: string; holder?: string }[] };
  };
  const listed = digest?.escalations?.legalDeadlines;
  if (!Array.isArray(listed) || !listed.some((l) => typeof l?.day === 'string')) return archived;
  const { k } = digest.anonymity ?? {};
  let thisWeek: string;
  try {
    thisWeek = isoWeekOf(new Date(digest.generatedAt ?? Number.NaN), digest.timezone ?? 'UTC');
  } catch {
    return archived; // no moment or zone to fold by: the schema says what is wrong
  }
  const cases = listed.map((l, i) => ({ escalationId: String(i), day: String(l.day), holder: String(l.holder) }));
  return {
    ...digest,
    escalations: {
      ...digest.escalations,
      legalDeadlines: foldLegalDeadlines(cases, k ?? Number.POSITIVE_INFINITY, thisWeek),
    },
  };
}
