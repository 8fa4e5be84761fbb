import type { Config } from '../config/schema';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../domain/weekly-figures';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import type { Labels } from './labels';
import type { Verbatim } from './model';
import { byTextHash } from './neutral-order';
import type { Scope } from './sponsor-scope';
import { quotable } from './suppression';

const MAX_VERBATIMS = 4;
const MIN_VERBATIM_CHARACTERS = 15;
const MAX_VERBATIM_CHARACTERS = 300;

/**
 * A few comments covering different topics, sites and moods rather than the
 * angriest: topics by volume in turn, each giving the comment whose
 * sentiment (then site) is least represented so far. Only from (site, topic,
 * channel) groups of at least kQuote this week, and only in a mood at least k
 * of that group share (suppression rule 9): the least represented mood would
 * otherwise be a lone dissenter's. The order among equals comes
 * from a hash of the text, so it is fixed but favours no one.
 */
export function chooseVerbatims(
  config: Config,
  thisWeek: WeeklyFigures,
  candidates: readonly VerbatimCandidate[],
  labels: Labels,
  inScope: Scope,
): Verbatim[] {
  const groups = new Map<string, { total: number; sentiment: SentimentCounts }>();
  for (const t of thisWeek.topics) {
    const key = `${t.topic}#${t.site ?? NO_SITE}#${t.channel}`;
    const group = groups.get(key) ?? { total: 0, sentiment: { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 } };
    group.total += t.total;
    for (const mood of Object.keys(group.sentiment) as (keyof SentimentCounts)[])
      group.sentiment[mood] += t.sentiment[mood] ?? 0;
    groups.set(key, group);
  }
  // Rule 9 of suppression.ts: the group has kQuote, and k of it share the comment's mood, which the quote shows.
  const inQuotableGroup = (c: VerbatimCandidate) => {
    const group = groups.get(`${c.topic}#${c.site ?? NO_SITE}#${c.channel}`);
    return group !== undefined && quotable(group.total, group.sentiment[c.sentiment] ?? 0, config.anonymity);
  };
  const seen = new Set<string>();
  const eligible = candidates
    .filter((c) => c.week === thisWeek.week && inQuotableGroup(c))
    .filter((c) => inScope.topic(c.topic) && inScope.site(c.site ?? NO_SITE))
    .map((c) => ({ ...c, text: clip(c.redactedText) }))
    .filter((c) => [...c.text].length >= MIN_VERBATIM_CHARACTERS)
    .sort(byTextHash((c) => c.text))
    .filter((c) => {
      const key = c.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  const volume = new Map<string, number>();
  for (const t of thisWeek.topics) volume.set(t.topic, (volume.get(t.topic) ?? 0) + t.total);
  const queues = new Map<string, typeof eligible>();
  for (const c of eligible) queues.set(c.topic, [...(queues.get(c.topic) ?? []), c]);
  const order = [...queues.keys()].sort((a, b) => (volume.get(b) ?? 0) - (volume.get(a) ?? 0) || a.localeCompare(b));

  const chosen: typeof eligible = [];
  const used = new Set<string>();
  const tally = (key: (c: (typeof eligible)[number]) => string, value: string) =>
    chosen.filter((c) => key(c) === value).length;
  while (chosen.length < MAX_VERBATIMS && order.some((t) => queues.get(t)!.some((c) => !used.has(c.text)))) {
    for (const topic of order) {
      if (chosen.length >= MAX_VERBATIMS) break;
      const open = queues.get(topic)!.filter((c) => !used.has(c.text));
      if (!open.length) continue;
      const best = open.reduce((a, b) => {
        const score = (c: (typeof open)[number]) =>
          tally((x) => x.sentiment, c.sentiment) * 10 + tally((x) => x.site ?? NO_SITE, c.site ?? NO_SITE);
        return score(b) < score(a) ? b : a;
      });
      chosen.push(best);
      used.add(best.text);
    }
  }
  return chosen.map((c) => ({
    text: c.text,
    topic: labels.topic(c.topic),
    site: labels.site(c.site ?? NO_SITE),
    channel: c.channel,
    sentiment: c.sentiment,
  }));
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= MAX_VERBATIM_CHARACTERS) return clean;
  const cut = chars.slice(0, MAX_VERBATIM_CHARACTERS).join('');
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > MAX_VERBATIM_CHARACTERS * 0.6 ? cut.lastIndexOf(' ') : undefined);
  return `${atWord.replace(/[\s,.;:!?-]+$/, '')}…`;
}
