import type { Topic } from '../config/schema';
import { inCircumstance } from './topic-circumstance';

/**
 * The configured topics whose keywords or phrases occur in the text, as whole
 * words (so "pay" does not match "repay"). Several topics may match. Full-width
 * and other compatibility forms read as their plain letters ("ＯＩＬ" is "oil"). A calm topic named only as the
 * time or place of something else that is named outright is left out (`topic-circumstance.ts`).
 */
export function detectTopics(text: string, topics: readonly Topic[]): string[] {
  const written = ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  // "l'extincteur", "dell'estintore": the word after an elided article is read too (and the word as written).
  const apart = withElisionsApart(written);
  const haystacks = apart === written ? [written] : [written, apart];
  const found = topics
    .map((topic) => ({ topic, how: howFound(topic, haystacks) }))
    .filter(({ how }) => how !== 'absent');
  // A calm topic named only as when or where something happened ("on the night shift", "in the car park") is a
  // circumstance of a report about something else, when that something else is named outright: it is left out,
  // so a safety report is not also counted under scheduling. Named that way alone, it is all the text gives, and
  // stays. An urgent topic is always kept, however it is named: nothing urgent may lose its sponsor.
  const outright = found.some(({ how }) => how === 'outright');
  return found.filter(({ topic, how }) => how === 'outright' || topic.urgent || !outright).map(({ topic }) => topic.id);
}

/** Whether a topic's keywords occur, and whether one of them is named outright rather than as a time or place. */
function howFound(topic: Topic, haystacks: readonly string[]): 'absent' | 'outright' | 'circumstance' {
  let how: 'absent' | 'circumstance' = 'absent';
  for (const keyword of topic.keywords) {
    const k = keyword.toLowerCase();
    for (const haystack of haystacks) {
      for (const at of occurrences(haystack, k)) {
        if (!inCircumstance(haystack, at, k)) return 'outright';
        how = 'circumstance';
      }
    }
  }
  return how;
}

/**
 * Where the keyword occurs as whole words (the index of its first letter); one of 5+ letters also as the start of a
 * word ("harass" finds "harassed"), so "pay" does not match "repay".
 */
function* occurrences(haystack: string, keyword: string): Generator<number> {
  const needle = keyword.length >= 5 && !keyword.includes(' ') ? ` ${keyword}` : ` ${keyword} `;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) yield at + 1;
}

/*
 * French and Italian (and Catalan, Portuguese "d'água") glue an elided article or preposition to the next word with
 * an apostrophe: "l'extincteur", "d'incendie", "qu'il", "l'uscita di sicurezza", "dell'estintore", "un'uscita". The
 * keyword is the word after it, so the two are read apart. Only these small words, at the start of a word: "don't",
 * "o'clock" and names like "O'Brien" stay as written.
 */
const ELISION =
  /(?<=^|[^\p{L}\p{N}'])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu|dell|dall|nell|sull|all|coll|tutt|quest|quell|un|sant|buon|bell|nessun|ch|c)'(?=\p{L})/gu;

/** The text with an elided article or preposition set apart from the word it is glued to ("l' extincteur"). */
export const withElisionsApart = (text: string): string => text.replace(ELISION, "$1' ");

/**
 * A threat of violence is a danger to people on site: with no urgent topic of
 * its own (say, harassment) it belongs to whoever owns health and safety, as a
 * weapon does, never to the default sponsor as "Topic: Not given".
 */
const WHEN_NO_URGENT_TOPIC: Record<string, string> = { threat: 'safety' };

/**
 * The configured topics the urgency detector's categories belong to (a
 * topic's `urgencyCategories`, by default its own id), given the topics
 * already found (keywords, the employee's choice).
 *
 * @example
 * topicsForUrgency(config.topics, ['threat'], []) // ['safety']
 * topicsForUrgency(config.topics, ['threat'], ['harassment']) // []: harassment is urgent and owns it
 */
export function topicsForUrgency(
  topics: readonly Topic[],
  categories: readonly string[],
  found: readonly string[],
): string[] {
  const belongs = (topic: Topic, category: string) => (topic.urgencyCategories ?? [topic.id]).includes(category);
  const own = topics.filter((topic) => categories.some((category) => belongs(topic, category)));
  const urgentFound = [...found, ...own.map((t) => t.id)].some((id) => topics.find((t) => t.id === id)?.urgent);
  if (urgentFound) return own.map((t) => t.id);
  const fallback = categories.flatMap((category) => WHEN_NO_URGENT_TOPIC[category] ?? []);
  const danger = topics.filter((topic) => fallback.some((category) => belongs(topic, category)));
  return [...new Set([...own, ...danger].map((t) => t.id))];
}

// The kinds of wrong done to a person by people: whoever owns them owns the report, whatever gear it names.
const PEOPLE_KINDS = new Set(['harassment', 'discrimination']);

/**
 * The topics an urgent report is routed by: a report the detector read as harassment or discrimination, and as no
 * other kind an urgent topic it names stands for, goes to the owner of that kind, not to the owner of the gear or
 * place it names ("no Mexicans on forklift, the supervisor said" is the CHRO's, not health and safety's, though
 * "forklift" is a safety keyword: u44c). An urgent topic the employee chose stays, and so does one the detector read
 * too ("no women on the forklift, and its brakes are gone" reads safety as well). Calm topics are kept: they never
 * decide over an urgent one (`routeToSponsor`). The analysis' own topics, which the digest counts, are not changed.
 */
export function topicsOfItsKind(
  topics: readonly Topic[],
  found: readonly string[],
  categories: readonly string[],
  chosen?: string,
): string[] {
  if (!categories.some((category) => PEOPLE_KINDS.has(category))) return [...found];
  const belongs = (topic: Topic, category: string) => (topic.urgencyCategories ?? [topic.id]).includes(category);
  const kept = found.filter((id) => {
    const topic = topics.find((t) => t.id === id);
    return !topic?.urgent || id === chosen || categories.some((category) => belongs(topic, category));
  });
  // Nothing urgent left to own it (a kind no topic stands for): routed as before.
  return kept.some((id) => topics.find((t) => t.id === id)?.urgent) ? kept : [...found];
}
