import type { Channel, Sentiment } from '../../shared/domain/feedback';
import type {
  GroupFigures,
  PhraseFigures,
  SentimentCounts,
  TopicFigures,
  WeeklyFigures,
} from '../../shared/domain/weekly-figures';
import type { VerbatimCandidate } from '../../shared/ports/verbatim-candidates';
import { prng } from './seeded-random';

const pick = <T>(random: () => number, weights: readonly (readonly [T, number])[]): T => {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weights) {
    r -= w;
    if (r < 0) return value;
  }
  return weights[weights.length - 1]![0];
};

/** Phrases and comments per topic of the example config, in each mood, as the analyzer would leave them (redacted). */
const PHRASES: Record<string, string[]> = {
  safety: ['blocked fire exit', 'forklift traffic', 'missing ppe', 'near miss'],
  harassment: ['shouting supervisor', 'inappropriate comments'],
  discrimination: ['passed over for promotion'],
  pay: ['overtime pay', 'late paycheck', 'bonus scheme'],
  workload: ['short staffed', 'long hours', 'mandatory overtime'],
  management: ['team meetings', 'shift handover', 'new supervisor'],
  facilities: ['break room', 'parking lot', 'air conditioning'],
  scheduling: ['new rota', 'weekend shifts', 'time off requests'],
};

const COMMENTS: Record<string, Partial<Record<Sentiment, string[]>>> = {
  safety: {
    NEGATIVE: [
      'The fire exit by the paint shop was blocked again on Tuesday night.',
      'Forklifts cut through the walkway near dock 4 and nobody slows down.',
    ],
    POSITIVE: ['Thanks for fixing the guard rail on line 2, it feels much safer now.'],
    MIXED: ['The new PPE is better but there is never enough in the small sizes.'],
  },
  pay: {
    NEGATIVE: [
      'Overtime pay was late again this month and nobody could tell us why.',
      'The bonus scheme was announced without any explanation of the targets.',
    ],
    POSITIVE: ['Good to see the shift allowance finally went up.'],
  },
  workload: {
    NEGATIVE: [
      'We are short staffed every weekend and the same people cover it.',
      'Twelve hour shifts three weeks in a row is not sustainable.',
    ],
    MIXED: ['The extra temps helped, but they need more training before peak.'],
  },
  management: {
    POSITIVE: [
      '[NAME] listens and actually follows up, which makes a big difference.',
      'The new shift handover meeting is short and useful.',
    ],
    NEGATIVE: ['Decisions about our area get made without asking anyone who works there.'],
    NEUTRAL: ['Could the team meeting notes be posted on the board as well as emailed?'],
  },
  facilities: {
    NEGATIVE: [
      'The air conditioning in the break room has been broken for two weeks.',
      'The parking lot lights are out and it is dark at the end of the late shift.',
    ],
    POSITIVE: ['The new microwaves in the break room are a small thing but appreciated.'],
  },
  scheduling: {
    POSITIVE: [
      'The new rota is much better, I can finally plan my week.',
      'Swapping shifts through the app is so much easier than the paper sheet.',
    ],
    NEGATIVE: ['Time off requests sit for weeks before anyone answers them.'],
    NEUTRAL: ['Please publish the holiday rota before the end of the month.'],
  },
  harassment: { NEGATIVE: ['A supervisor keeps making comments about people in front of the whole team.'] },
  discrimination: { NEGATIVE: ['Promotions on our shift always seem to go to the same group of people.'] },
};

export interface WeekShape {
  submissions: number;
  seed: number;
  /** Relative weight of each site id (`undefined` key: no site given). */
  sites?: [string | undefined, number][];
  topics?: [string, number][];
  channels?: [Channel, number][];
  /** Added to the chance of a negative comment, per topic. */
  negativeBias?: Record<string, number>;
  /**
   * Key phrases as Comprehend finds them: 1-3 per comment from a Zipf-like
   * vocabulary of this many phrases, so the number of distinct phrases grows
   * with the week's volume (benchmarks). Without it, a few per topic.
   */
  phraseVocabulary?: number;
}

const zipfTables = new Map<number, Float64Array>();
/** A phrase rank (0 = most common) drawn with probability ∝ 1 / (rank + 1)^1.05. */
function zipf(random: () => number, size: number): number {
  let cdf = zipfTables.get(size);
  if (!cdf) {
    cdf = new Float64Array(size);
    let sum = 0;
    for (let i = 0; i < size; i += 1) cdf[i] = sum += 1 / (i + 1) ** 1.05;
    for (let i = 0; i < size; i += 1) cdf[i]! /= sum;
    zipfTables.set(size, cdf);
  }
  const r = random();
  let lo = 0;
  let hi = size - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DEFAULT_SITES: [string | undefined, number][] = [
  ['hq', 4],
  ['plant2', 5],
  ['warehouse', 2],
  [undefined, 0.4],
];
const DEFAULT_TOPICS: [string, number][] = [
  ['workload', 5],
  ['management', 4],
  ['scheduling', 4],
  ['pay', 3],
  ['facilities', 3],
  ['safety', 2],
  ['harassment', 0.3],
  ['discrimination', 0.2],
];
const DEFAULT_CHANNELS: [Channel, number][] = [
  ['web', 5],
  ['sms', 3],
  ['kiosk', 2],
];
const emptyCounts = (): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 });

type Counted = { total: number; sentiment: SentimentCounts; ratings: [number, number, number, number] };

/** Counts one submission into the figures under `key`, starting them with `named` (their site, channel, topic). */
function countInto<T extends Counted>(
  map: Map<string, T>,
  key: string,
  named: Omit<T, keyof Counted>,
  sentiment: Sentiment,
  rating: number | undefined,
): void {
  const figures = map.get(key) ?? ({ ...named, total: 0, sentiment: emptyCounts(), ratings: [0, 0, 0, 0] } as T);
  figures.total += 1;
  figures.sentiment[sentiment] += 1;
  if (rating) figures.ratings[rating - 1]! += 1;
  map.set(key, figures);
}

/**
 * A week of submissions simulated one by one and counted the way the
 * weekly-figures store counts them, plus the comments the analysis would
 * offer as verbatim candidates (at most `perGroup` per site and topic).
 */
export function simulateWeek(
  week: string,
  shape: WeekShape,
  perGroup = 20,
): { figures: WeeklyFigures; candidates: VerbatimCandidate[] } {
  const random = prng(shape.seed);
  const groups = new Map<string, GroupFigures>();
  const topics = new Map<string, TopicFigures>();
  const phrases = new Map<string, PhraseFigures>();
  const candidates = new Map<string, VerbatimCandidate[]>();
  for (let i = 0; i < shape.submissions; i += 1) {
    const site = pick(random, shape.sites ?? DEFAULT_SITES);
    const channel = pick(random, shape.channels ?? DEFAULT_CHANNELS);
    const tapOnly = channel === 'kiosk' && random() < 0.6;
    const chosen = new Set<string>();
    if (!tapOnly) {
      const n = random() < 0.15 ? 0 : random() < 0.8 ? 1 : 2;
      for (let t = 0; t < n; t += 1) chosen.add(pick(random, shape.topics ?? DEFAULT_TOPICS));
    }
    const bias = Math.max(0, ...[...chosen].map((t) => shape.negativeBias?.[t] ?? 0));
    const r = random();
    const sentiment: Sentiment =
      r < 0.3 + bias ? 'NEGATIVE' : r < 0.7 + bias / 2 ? 'POSITIVE' : r < 0.88 ? 'NEUTRAL' : 'MIXED';
    const rating =
      channel === 'kiosk'
        ? sentiment === 'NEGATIVE'
          ? random() < 0.4
            ? 1
            : 2
          : sentiment === 'POSITIVE'
            ? random() < 0.5
              ? 4
              : 3
            : 2 + Math.floor(random() * 2)
        : undefined;

    const count = (phrase: string) => {
      const p = phrases.get(phrase) ?? { phrase, total: 0, sentiment: emptyCounts() };
      p.total += 1;
      p.sentiment[sentiment] += 1;
      phrases.set(phrase, p);
    };
    if (shape.phraseVocabulary && !tapOnly) {
      const picked = new Set(
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => `phrase ${zipf(random, shape.phraseVocabulary!)}`),
      );
      picked.forEach(count);
    }
    countInto(groups, `${site}#${channel}`, { site, channel }, sentiment, rating);
    for (const topic of chosen) {
      countInto(topics, `${topic}#${site}#${channel}`, { topic, site, channel }, sentiment, rating);
      const bank = PHRASES[topic] ?? [];
      if (!shape.phraseVocabulary && bank.length && random() < 0.5) count(bank[Math.floor(random() * bank.length)]!);
      const texts = COMMENTS[topic]?.[sentiment] ?? [];
      const sample = candidates.get(`${site}#${topic}`) ?? [];
      const text = texts.length ? texts[Math.floor(random() * texts.length)]! : undefined;
      if (text && sample.length < perGroup && !sample.some((c) => c.redactedText === text)) {
        sample.push({ week, site, topic, channel, sentiment, redactedText: text });
        candidates.set(`${site}#${topic}`, sample);
      }
    }
  }
  return {
    figures: { week, groups: [...groups.values()], topics: [...topics.values()], phrases: [...phrases.values()] },
    candidates: [...candidates.values()].flat(),
  };
}
