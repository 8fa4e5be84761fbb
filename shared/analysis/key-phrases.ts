import { fitKeyPhrase } from './key-phrase-size';
import { STOPWORDS } from './language';
import { THEME_WORDS, WORDS } from './lexicon';
import { redact } from './redact';
import { tokenize } from './tokenize';

/** At most this many key phrases per text, as Comprehend returns a handful for a short text. */
export const MAX_KEY_PHRASES = 5;
const MAX_PHRASE_WORDS = 4;

/*
 * Words that end a noun phrase in English besides the language's frequent
 * words: verbs and adverbs that a part-of-speech tagger would see, listed
 * because we have no tagger, and chat words.
 */
const ENGLISH_BREAKERS = new Set(
  `am is are was were be been being do does did done doing have has had having get gets got gotten getting go goes went
  gone going make makes made making take takes took taken taking come comes came coming see sees saw seen seeing know
  knows knew known think thinks thought feel feels felt feeling say says said saying tell tells told telling ask asks
  asked asking keep keeps kept keeping give gives gave given giving let lets put puts seem seems seemed look looks looked
  looking want wants wanted need needs needed try tries tried trying use uses used using find finds found
  left call calls called worked start starts started stop stops stopped helps helped show shows explain explains
  explained explaining
  showed hear heard listen listens listened talk talks talked treated paid allow allows allowed
  expect expects expected happen happens happened become becomes became wish hope hopes love loves loved like likes
  liked hate hates hated enjoy enjoys enjoyed appreciate appreciated thank thanks thanked please can could will would
  shall should may might must cannot can't won't don't doesn't didn't isn't aren't wasn't weren't haven't hasn't
  hadn't wouldn't couldn't shouldn't i'm i've i'd i'll you're you've we're we've they're they've it's that's there's
  here's what's let's he's she's who's very really just also always never often sometimes usually still even again
  already ever too so quite rather pretty almost enough much many more most less least lots little well
  maybe perhaps actually literally basically definitely probably especially honestly seriously totally completely
  absolutely yes no not ok okay yeah yep nope lol haha omg please thanks thank hi hello hey dear etc etc. anyone
  everyone someone nobody anybody everybody something anything nothing everything somewhere anywhere everywhere
  today yesterday tomorrow tonight now then later soon recently lately currently every each other another such own
  same different one two three four five six seven eight nine ten`.split(/\s+/),
);

// A lone opinion word ("great", "dirty") is not a theme; "great team" is,
// and so are workplace words such as "understaffed".
const OPINION_ONLY = 2;
const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  "it's",
  "that's",
  'seems',
  'feels',
  'looks',
  'felt',
  'seemed',
  'get',
  'got',
  'gets',
  'getting',
]);
// Plain adjectives that describe when they follow a copula ("the pay is low").
const PREDICATES = new Set([
  'low',
  'high',
  'long',
  'short',
  'hot',
  'cold',
  'slow',
  'fast',
  'busy',
  'late',
  'early',
  'big',
  'small',
  'cheap',
  'expensive',
  'hard',
  'easy',
  'empty',
  'full',
  'quiet',
  'loud',
  'same',
  'different',
  'new',
  'old',
  'open',
  'closed',
  'available',
  'unavailable',
  'necessary',
  'possible',
]);
// Words that are nouns but never a theme on their own.
const VAGUE = new Set([
  'lot',
  'thing',
  'things',
  'stuff',
  'way',
  'kind',
  'sort',
  'part',
  'bit',
  'guys',
  'guy',
  'times',
  'place',
  'everything',
  // Spans of time: "for weeks", "at the end of the month" say how long or when, not what about. A digest
  // read by leadership listed "month", "weeks" and "end" as its week's themes.
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'minute',
  'minutes',
  'end',
  // "on time", "every time", "makes time for", "time off" (whose "off" ends the phrase): when, not what about. The
  // sample digest read "time" as a theme of 8 comments. "break time", "time clock", "part time staff" stay themes.
  'time',
]);

/**
 * The noun-phrase-like chunks of a text, lower case, for theme discovery:
 * runs of words between frequent words, verbs, adverbs and punctuation, up
 * to four words long and at most 100 bytes of UTF-8 (`fitKeyPhrase`), best
 * first by frequency and length, then given in the order they appear. No
 * part-of-speech tagger: a chunk is what is left when the grammar words are
 * taken out.
 *
 * Phrases are taken from the text as redacted (`redact()`; text that already
 * is redacted comes through unchanged): placeholders such as `[NAME]` end a
 * chunk and never appear in one, so no name or number reaches the themes,
 * whoever calls this and with whatever text.
 *
 * @example
 * extractKeyPhrases('The break room is always dirty and the vending machine is broken')
 * // ['break room', 'vending machine']
 */
export function extractKeyPhrases(text: string, language = 'en'): string[] {
  return keyPhrasesOfRedacted(redact(text), language);
}

/**
 * {@link extractKeyPhrases} for text that the caller has just redacted with
 * `redact()`, so it is not redacted a second time (redaction is the costliest
 * step of the offline analysis). Text that was not redacted must go through
 * `extractKeyPhrases`.
 */
export function keyPhrasesOfRedacted(redactedText: string, language = 'en'): string[] {
  const stop = STOPWORDS[language] ?? STOPWORDS.en!;
  const breakers = language === 'en' || !STOPWORDS[language] ? ENGLISH_BREAKERS : new Set<string>();
  const chunks: { words: string[]; afterCopula: boolean }[] = [];
  let current: string[] = [];
  let previous = '';
  let afterCopula = false;
  const flush = () => {
    if (current.length) chunks.push({ words: current.slice(-MAX_PHRASE_WORDS), afterCopula });
    current = [];
  };
  for (const token of tokenize(redactedText)) {
    const word = token.lower;
    if (!current.length) afterCopula = COPULAS.has(previous);
    previous = word;
    const content =
      token.kind === 'word' &&
      !stop.has(word) &&
      !breakers.has(word) &&
      /\p{L}/u.test(word) &&
      !(word.length > 4 && word.endsWith('ly')) &&
      word.length > 1;
    if (content) current.push(word);
    else flush();
  }
  flush();

  const candidates = new Map<string, { score: number; first: number }>();
  chunks.forEach(({ words: chunk, afterCopula: predicate }, position) => {
    if (chunk.length === 1 && !isTheme(chunk[0]!, predicate)) return;
    const phrase = fitKeyPhrase(chunk.join(' '));
    if (!phrase) return;
    const seen = candidates.get(phrase);
    const weight = 1 + 0.5 * (chunk.length - 1);
    if (seen) seen.score += weight;
    else candidates.set(phrase, { score: weight, first: position });
  });

  const ranked = [...candidates].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  const chosen: [string, { first: number }][] = [];
  for (const candidate of ranked) {
    const [phrase] = candidate;
    // "team" adds nothing beside "great team".
    if (chosen.some(([other]) => ` ${other} `.includes(` ${phrase} `) || ` ${phrase} `.includes(` ${other} `)))
      continue;
    chosen.push(candidate);
    if (chosen.length === MAX_KEY_PHRASES) break;
  }
  return chosen.sort((a, b) => a[1].first - b[1].first).map(([phrase]) => phrase);
}

// "The pay is low": after a copula, an opinion word describes rather than names.
function isTheme(word: string, predicate: boolean): boolean {
  if (VAGUE.has(word)) return false;
  const valence = Math.abs(WORDS.get(word)?.valence ?? 0);
  if (predicate && (valence > 0 || PREDICATES.has(word))) return false;
  return valence < OPINION_ONLY || THEME_WORDS.has(word);
}
