import { CHANNELS, type Channel } from '../../domain/feedback';
import type {
  GroupFigures,
  LanguageFigures,
  PhraseFigures,
  SentimentCounts,
  TopicFigures,
  WeeklyFigures,
} from '../../domain/weekly-figures';

/**
 * A week's frozen figures as read back from the table (parsed JSON): checked
 * field by field and copied with only the fields `WeeklyFigures` has, in its
 * order, or refused with the first field that is wrong. It accepts and gives
 * what the zod schema it replaces did (`test/unit/digest/frozen-figures.test.ts`
 * compares the two on generated and damaged figures); zod built that schema
 * and compiled its parser on the digest's first read, about 25 ms of CPU on
 * every cold start (docs/performance-log.md, "Twelfth round: the sweep's and the
 * digest's first invocations").
 */
export function frozenFigures(value: unknown): WeeklyFigures {
  const root = record(value, 'figures');
  const languages =
    root.languages === undefined
      ? undefined
      : list(root.languages, 'languages').map((v, i) => language(v, `languages.${i}`));
  return {
    week: text(root.week, 'week'),
    groups: list(root.groups, 'groups').map((v, i) => group(v, `groups.${i}`)),
    topics: list(root.topics, 'topics').map((v, i) => topic(v, `topics.${i}`)),
    phrases: list(root.phrases, 'phrases').map((v, i) => phrase(v, `phrases.${i}`)),
    ...(Object.hasOwn(root, 'languages') ? { languages } : {}),
  };
}

function group(value: unknown, at: string): GroupFigures {
  const g = record(value, at);
  const ratings = list(g.ratings, `${at}.ratings`);
  if (ratings.length !== 4) throw refused(`${at}.ratings`, 'four counts');
  return {
    ...optionalText(g, 'site', at),
    channel: channel(g.channel, `${at}.channel`),
    total: integer(g.total, `${at}.total`),
    sentiment: counts(g.sentiment, `${at}.sentiment`),
    ratings: [
      integer(ratings[0], `${at}.ratings.0`),
      integer(ratings[1], `${at}.ratings.1`),
      integer(ratings[2], `${at}.ratings.2`),
      integer(ratings[3], `${at}.ratings.3`),
    ],
  };
}

function topic(value: unknown, at: string): TopicFigures {
  return { ...group(value, at), topic: text(record(value, at).topic, `${at}.topic`) };
}

function phrase(value: unknown, at: string): PhraseFigures {
  const p = record(value, at);
  return {
    phrase: text(p.phrase, `${at}.phrase`),
    total: integer(p.total, `${at}.total`),
    sentiment: counts(p.sentiment, `${at}.sentiment`),
  };
}

function language(value: unknown, at: string): LanguageFigures {
  const l = record(value, at);
  return {
    language: text(l.language, `${at}.language`),
    ...optionalText(l, 'site', at),
    channel: channel(l.channel, `${at}.channel`),
    total: integer(l.total, `${at}.total`),
  };
}

function counts(value: unknown, at: string): SentimentCounts {
  const c = record(value, at);
  return {
    POSITIVE: integer(c.POSITIVE, `${at}.POSITIVE`),
    NEGATIVE: integer(c.NEGATIVE, `${at}.NEGATIVE`),
    NEUTRAL: integer(c.NEUTRAL, `${at}.NEUTRAL`),
    MIXED: integer(c.MIXED, `${at}.MIXED`),
  };
}

/** An optional text field: absent stays absent, present (even as undefined) is kept, as zod's `.optional()` does. */
function optionalText(from: Record<string, unknown>, key: 'site', at: string): { site?: string } {
  if (!Object.hasOwn(from, key)) return {};
  const value = from[key];
  return { [key]: value === undefined ? undefined : text(value, `${at}.${key}`) };
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refused(at, 'an object');
  return value as Record<string, unknown>;
}

function list(value: unknown, at: string): unknown[] {
  if (!Array.isArray(value)) throw refused(at, 'a list');
  return value;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string') throw refused(at, 'a text');
  return value;
}

function integer(value: unknown, at: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw refused(at, 'a whole number');
  return value;
}

function channel(value: unknown, at: string): Channel {
  const found = CHANNELS.find((c) => c === value);
  if (found === undefined) throw refused(at, `one of ${CHANNELS.join(', ')}`);
  return found;
}

const refused = (at: string, expected: string) => new Error(`frozen figures: ${at} is not ${expected}`);
