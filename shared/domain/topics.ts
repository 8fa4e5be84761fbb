import type { Topic } from '../config/schema';

/**
 * The configured topics whose keywords or phrases occur in the text, as whole
 * words (so "pay" does not match "repay"). Several topics may match. Full-width
 * and other compatibility forms read as their plain letters ("ＯＩＬ" is "oil").
 */
export function detectTopics(text: string, topics: readonly Topic[]): string[] {
  const written = ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  // "l'extincteur", "dell'estintore": the word after an elided article is read too (and the word as written).
  const apart = withElisionsApart(written);
  const haystacks = apart === written ? [written] : [written, apart];
  return topics
    .filter((topic) =>
      topic.keywords.some((keyword) =>
        haystacks.some((haystack) => haystack.includes(` ${keyword.toLowerCase()} `) || stemMatch(haystack, keyword)),
      ),
    )
    .map((topic) => topic.id);
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

// "harass" should find "harassed"/"harassing": a keyword of 5+ letters also
// matches as a word prefix.
function stemMatch(haystack: string, keyword: string): boolean {
  const k = keyword.toLowerCase();
  return k.length >= 5 && !k.includes(' ') && haystack.includes(` ${k}`);
}

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
