/**
 * A language's lexicon as its file writes it: plain lists, one opinion
 * strength a line, so a language is easy to read and to add.
 *
 * Words are written as people write them and matched in lower case without
 * accents ("increible" matches "increíble"). A single word ending in `*`
 * matches every word it begins with at least 4 letters ("agradec*":
 * agradezco, agradecido, se agradece); phrases are matched whole, longest
 * first, and a phrase that holds its own negation ("ninguna queja", "pas de
 * reconnaissance") is never negated again by a word before it.
 */
export interface LanguageRules {
  /**
   * Opinion words and phrases by valence (about 1 for a mild word such as
   * "bien", 2 for a clear one such as "excelente", 3 for the strongest):
   * `"2.5: excelent*, mil gracias\n-2: harto, harta"`, commas between.
   */
  opinions: string;
  /** Words that negate what follows within a few words, separated by commas. */
  negators: string;
  /** `"muy 1.5, un poco 0.5, súper 1.6 1.5"`: a word or phrase, what it multiplies the next opinion by, and its own valence when no opinion follows. */
  intensifiers: string;
  /** Words after which a sentence turns ("pero", "mais"): what follows counts more. */
  contrasts: string;
  /** Words that open a conceded clause ("aunque", "même si"): it counts less. */
  concessives: string;
  /** Elided articles and pronouns split off a word ("l'équipe" → "l'", "équipe"), separated by commas. */
  elisions?: string;
}

/** What one word or phrase of a compiled lexicon does. */
export type LexiconEntry =
  | number
  | { negator: true }
  | { intensifier: number; valence?: number }
  | { contrast: true }
  | { concessive: true };

/** A language's lexicon, indexed once for matching. */
export interface CompiledRules {
  exact: ReadonlyMap<string, LexiconEntry>;
  stems: ReadonlyMap<string, LexiconEntry>;
  longestStem: number;
  longestPhrase: number;
  /** Phrases that hold a negator of their own. */
  selfNegated: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
}

/** Strips accents and case, so "INCREÍBLE", "increíble" and "increible" read alike. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'");
}

/** Indexes a language's lists for matching; a malformed line throws, naming it (a test compiles every language). */
export function compileRules(rules: LanguageRules): CompiledRules {
  const elided = new Set(list(rules.elisions ?? '').map(fold));
  const entries = entriesOf(rules);
  const exact = new Map<string, LexiconEntry>();
  const stems = new Map<string, LexiconEntry>();
  for (const [key, entry] of entries) {
    // Keys are split as text is ("j'en ai marre" → "j' en ai marre"), so phrases match.
    const folded = fold(key)
      .trim()
      .split(/\s+/)
      .flatMap((word) => splitElision(word, elided))
      .join(' ');
    const [table, at] = folded.endsWith('*') ? [stems, folded.slice(0, -1)] : [exact, folded];
    if (table.has(at)) throw new Error(`"${key}" is listed twice (accents and case aside)`);
    table.set(at, entry);
  }
  const isNegator = (word: string) => {
    const entry = exact.get(word);
    return typeof entry === 'object' && 'negator' in entry;
  };
  const selfNegated = new Set([...exact.keys()].filter((key) => key.includes(' ') && key.split(' ').some(isNegator)));
  return {
    exact,
    stems,
    longestStem: Math.max(0, ...[...stems.keys()].map((s) => s.length)),
    longestPhrase: Math.max(1, ...[...exact.keys()].map((k) => k.split(' ').length)),
    selfNegated,
    elisions: elided,
  };
}

function entriesOf(rules: LanguageRules): [string, LexiconEntry][] {
  const entries: [string, LexiconEntry][] = [];
  for (const word of list(rules.negators)) entries.push([word, { negator: true }]);
  for (const word of list(rules.contrasts)) entries.push([word, { contrast: true }]);
  for (const word of list(rules.concessives)) entries.push([word, { concessive: true }]);
  for (const item of list(rules.intensifiers)) {
    const match = /^(.+?) (\d+(?:\.\d+)?)(?: (\d+(?:\.\d+)?))?$/.exec(item);
    if (!match) throw new Error(`intensifier "${item}" needs a factor, as in "muy 1.5"`);
    entries.push([
      match[1]!,
      match[3] ? { intensifier: Number(match[2]), valence: Number(match[3]) } : { intensifier: Number(match[2]) },
    ]);
  }
  entries.push(...opinionList(rules.opinions));
  return entries;
}

/** `"2.5: excelent*, mil gracias\n-2: harto"` → each word or phrase with its valence (the English phrases use it too). */
export function opinionList(text: string): [string, number][] {
  const entries: [string, number][] = [];
  for (const group of text.split(/(?=^\s*-?\d+(?:\.\d+)?:)/m)) {
    if (!group.trim()) continue;
    const match = /^\s*(-?\d+(?:\.\d+)?):(.*)$/s.exec(group);
    if (!match)
      throw new Error(`opinion line "${group.trim().slice(0, 40)}" needs a valence first, as in "2: excelente"`);
    for (const word of list(match[2]!)) entries.push([word, Number(match[1])]);
  }
  return entries;
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
}

// "l'équipe" → "l'", "equipe"; "n'est" → "n'", "est" (and "n'" is then a negator).
export function splitElision(word: string, elisions: ReadonlySet<string>): string[] {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 0 || !elisions.size) return [word];
  const head = word.slice(0, apostrophe + 1);
  if (!elisions.has(head)) return [word];
  const rest = word.slice(apostrophe + 1);
  return rest ? [head, ...splitElision(rest, elisions)] : [head];
}
