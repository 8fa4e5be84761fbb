import { type CompiledFrames, compileFrames, matchFrames } from './frames';
import { denialBefore } from './denial';
import { compileHarmless, type Harmless } from './harmless';
import { negatedInside, negationBefore, negationCues } from './negation';
import { precomputedIndex, precomputedLiterals } from './literal-table';
import { englishStretches } from './english-stretches';
import { foreignStretches } from './foreign-stretches';
import { languageRuns } from './language-runs';
import { LiteralIndex, type Required } from './literals';
import { foldPattern } from './normalise';
import type { Script, UrgencyCategory, UrgencyLanguage } from './types';
import { RuleConditions } from './rule-conditions';

interface CompiledRule {
  category: UrgencyCategory;
  pattern: RegExp;
  negatable: boolean;
  consumes: boolean;
  negation: RegExp;
  /** A negative subject before the mention ("nobody has ever …"), which denies any rule's mention. */
  denial: RegExp | null;
  /** Every negation cue, to find one inside a match. */
  cues: RegExp;
  script: Script;
  /** Slot in the literal index: the rule runs only when one of its literals is in the text (-1: always). */
  gate: number;
  /** The pattern without the look-behinds it starts with, asked first (leadingLookBehindsDropped); null: none. */
  looser: RegExp | null;
  /** Whether the text holds every literal one of the pattern's branches needs (literalCondition), asked before it. */
  possibleIn(text: string): boolean;
}

export interface CompiledLanguage {
  code: string;
  script: Script;
  /** Its common words (Latin script), known before the rest is compiled: which languages a text is in is asked first. */
  functionWords: ReadonlySet<string> | null;
  rules: CompiledRule[];
  /** Idioms and names that use danger words harmlessly, each looked for only where its literals are (harmless.ts). */
  benign: Harmless | null;
  frames: CompiledFrames;
  negation: RegExp;
  /** Every rule's and frame's required literals, shared by all the languages compiled together. */
  literals: LiteralLookup;
  /** Compiles what is compiled on first use (compile-on-first-use.ts): done before `literals` is read for it. */
  compile?: () => void;
}

/** Whether what `bounded` writes before a pattern makes a choice of its own (Arabic's optional prefixes). */
export function choosesBeforeAlternation(script: Script): boolean {
  return script === 'arabic';
}

/** Which patterns' literals a text holds, by slot (LiteralIndex.present). */
export interface LiteralLookup {
  present(text: string): Uint8Array;
}

// Which texts a language's rules are worth running on: the folded text holds
// a letter of its script. Mixed text runs every script it contains.
const SCRIPT_PRESENT: Record<Script, RegExp> = {
  latin: /[a-z]/u,
  han: /\p{Script=Han}/u,
  arabic: /\p{Script=Arabic}/u,
};

/*
 * Word boundaries by script. Latin-script words are whole words (endings are
 * spelled out in the rules, `\w*`). Arabic glues clitics to the front of a
 * word (و and, ف so, ب with, ل for, ك like, س will, ال the) and pronouns to
 * its end, so a mention starts after optional clitics and may run on.
 * Chinese has no spaces: a mention is a substring.
 */
export function bounded(source: string, script: Script): string {
  switch (script) {
    case 'latin':
      // Folded Latin-script text is ASCII letters, so `\b` is a word boundary
      // here, and far faster than a Unicode look-behind on every position.
      return String.raw`\b(?:${source})\b`;
    case 'arabic':
      return `(?<!\\p{L})(?:و|ف)?(?:ب|ل|ك|س)?(?:ال|ل)?(?:${source})`;
    case 'han':
      return source;
  }
}

/**
 * Turns each language's patterns into regular expressions once, all at
 * once, into one literal index (`compileOnFirstUse` compiles each language
 * when a text first needs it). `literalsOf` reads a pattern's required
 * literals (the generated table by default; the script that writes the table
 * passes the parser itself).
 */
export function compileLanguages(
  languages: readonly UrgencyLanguage[],
  literalsOf: (source: string) => Required = precomputedLiterals,
): (CompiledLanguage & { literals: LiteralIndex })[] {
  const literals = new LiteralIndex(undefined, precomputedIndex);
  return languages.map(
    (language) =>
      compileLanguage(language, literals, literals, literalsOf) as CompiledLanguage & { literals: LiteralIndex },
  );
}

/** Files each pattern's literals and returns its slot in the index's answer (LiteralIndex.add). */
export type LiteralFiler = Pick<LiteralIndex, 'add'>;

/**
 * One language's rules, idioms and frames, each filed with `filer`: the
 * frames first, then the idioms, then the rules (the stored index's order);
 * `literals` answers which of them a text may match.
 */
export function compileLanguage(
  language: UrgencyLanguage,
  filer: LiteralFiler,
  literals: LiteralLookup,
  literalsOf: (source: string) => Required = precomputedLiterals,
): CompiledLanguage {
  // A language's negation, cues and denial are read only once one of its
  // mentions is found (hasMention, matchFrames), so they too are made then.
  const negation = once(() => negationBefore(language));
  const cues = once(() => negationCues(language));
  const denial = once(() => denialBefore(language.code, language.script));
  const conditions = new RuleConditions();
  return {
    code: language.code,
    script: language.script,
    functionWords: functionWordsOf(language),
    frames: compileFrames(
      language.concepts,
      language.script,
      language.infixStems === true,
      language.functionWords,
      filer,
      literalsOf,
    ),
    get negation() {
      return negation();
    },
    literals,
    benign: compileHarmless(
      (language.benign ?? []).map(foldPattern),
      (source) => new RegExp(bounded(source, language.script), 'gu'),
      filer,
      literalsOf,
      choosesBeforeAlternation(language.script) === false,
    ),
    // One expression per rule, each behind its own literals: V8 compiles an
    // expression on its first match, so a cold start compiles only the
    // rules whose words occur (joined per category they were 4,000-character
    // alternations compiled whole; the decisions are the same either way).
    rules: language.rules.map((rule) => {
      const source = foldPattern(rule.source);
      let pattern: RegExp | undefined;
      let looser: RegExp | null | undefined;
      const possible = conditions.possible(source);
      return {
        category: rule.category,
        // Made when first read, which matchCategories does only past the rule's gate.
        get pattern() {
          return (pattern ??= new RegExp(bounded(source, language.script), 'gu'));
        },
        get looser() {
          if (looser === undefined) {
            const dropped = leadingLookBehindsDropped(source);
            looser = dropped === null ? null : new RegExp(bounded(dropped, language.script), 'u');
          }
          return looser;
        },
        // Read past the rule's gate only. V8 compiles an expression on its first match, and the longest rules cost tens of
        // milliseconds to compile: a text their gate lets through but that lacks half of every branch ("parking is a
        // nightmare" for the spill rule, which also needs a liquid) is answered without compiling them.
        possibleIn: possible,
        negatable: rule.negatable === true,
        consumes: rule.consumes === true,
        get negation() {
          return negation();
        },
        get denial() {
          return denial();
        },
        get cues() {
          return cues();
        },
        script: language.script,
        gate: filer.add(literalsOf(source)),
      };
    }),
  };
}

/** A Latin-script language's common words (UrgencyLanguage.functionWords), which tell whether a text is in it. */
export const functionWordsOf = (language: UrgencyLanguage): ReadonlySet<string> | null =>
  language.functionWords ? new Set(language.functionWords.split(' ')) : null;

/*
 * A rule that starts with a look-behind ("(?<!\b(?:glue|nail|…)[- ])\b(?:guns?|knife|…)") has it tried at every
 * position of the text before its words, which irregexp otherwise finds by their first letters: on the texts its
 * literal gate lets through (a third of tweets for the weapon-at-a-place rule), such a rule cost more than any other.
 * The same pattern without its leading look-behinds matches wherever it does and more (a look-behind only takes
 * matches away), so a text it does not match cannot hold a mention, and is answered without the full pattern.
 * Null when the source does not start with a look-behind, or its groups cannot be read.
 */
export function leadingLookBehindsDropped(source: string): string | null {
  // A back-reference would point at another group once one is dropped.
  if (BACK_REFERENCE.test(source)) return null;
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return null;
    at = end;
  }
  return at === 0 ? null : source.slice(at);
}

const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

// The index just past the group opened at `start`, skipping escapes and character classes; -1 when unbalanced.
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') i += 1;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth += 1;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Every category whose rules match the folded text, in any of the languages
 * whose script it contains. Rules that consume their words run first.
 */
export function matchCategories(folded: string, languages: readonly CompiledLanguage[]): Set<UrgencyCategory> {
  const active = activeLanguages(folded, languages);
  if (!active.length) return new Set();
  const found = matchIn(folded, active);
  const whole = idiomsOfWhole(folded);
  // A clause in a language the rest of the text outweighs is read by its own language's rules, on its own.
  for (const { clause, languages: own } of clausesInOtherLanguages(folded, active, languages)) {
    for (const category of matchIn(whole.part(clause, own), own)) found.add(category);
  }
  // A run of words in another language, wherever it starts ("I work in shipping quiero suicidarme"), is read the same way.
  for (const { text, languages: own } of runsInOtherLanguages(folded, active, languages)) {
    for (const category of matchIn(whole.part(text, own), own)) found.add(category);
  }
  // A few words of another language inside English that the runs cannot tell apart ("…properly. me quiero morir The
  // new rota…"): each stretch of words English lacks is read alone by each language the text was not read in.
  for (const { text, language } of foreignStretchesIn(folded, active, languages)) {
    for (const category of matchIn(whole.part(text, [language]), [language])) found.add(category);
  }
  // English words inside a text in another language ("hay un gas leak en la cocina"): each stretch of them is read
  // alone by the English rules, which the text's function words left out.
  for (const { text, language } of englishStretchesIn(folded, active, languages)) {
    for (const category of matchIn(whole.part(text, [language]), [language])) found.add(category);
  }
  return found;
}

function englishStretchesIn(
  folded: string,
  active: readonly CompiledLanguage[],
  languages: readonly CompiledLanguage[],
): { text: string; language: CompiledLanguage }[] {
  if (active.some((language) => language.code === 'en')) return [];
  const english = languages.find((language) => language.code === 'en');
  const latin = active.filter((language) => language.script === 'latin' && language.functionWords);
  if (!english || !latin.length) return [];
  const own = new Set(latin.flatMap((language) => [...language.functionWords!]));
  const stretches = englishStretches(
    folded,
    own,
    latin.map((language) => language.code),
  );
  if (stretches.length) english.compile?.();
  return stretches.map((text) => ({ text, language: english }));
}

/*
 * A part of the text read alone by its own language, without that language's idioms and course names as they stand
 * in the whole text: in 'Le poster "Stop harassment" est dans la cuisine' the English run is "stop harassment", and
 * only the whole says it is the title of a poster (course-names.ts). An idiom is blanked letter for letter, so the
 * part keeps its length and every other word. Each language's idioms run once over the whole, however many parts.
 */
function idiomsOfWhole(folded: string): { part(part: string, languages: readonly CompiledLanguage[]): string } {
  const blanked = new Map<CompiledLanguage, string>();
  const without = (language: CompiledLanguage): string => {
    let whole = blanked.get(language);
    if (whole === undefined) {
      whole =
        language.benign?.replaceIn(folded, language.literals.present(folded), (idiom) => ' '.repeat(idiom.length)) ??
        folded;
      blanked.set(language, whole);
    }
    return whole;
  };
  return {
    part(part, languages) {
      const at = folded.indexOf(part);
      if (at < 0 || part.length === folded.length) return part;
      let read = part;
      for (const language of languages) {
        const whole = without(language);
        if (whole === folded) continue;
        const own = whole.slice(at, at + part.length);
        // Blanks from each language's idioms, kept together.
        let kept = '';
        for (let i = 0; i < read.length; i += 1) kept += own[i] === ' ' ? ' ' : read[i];
        read = kept;
      }
      return read;
    },
  };
}

function foreignStretchesIn(
  folded: string,
  active: readonly CompiledLanguage[],
  languages: readonly CompiledLanguage[],
): { text: string; language: CompiledLanguage }[] {
  if (!active.some((language) => language.code === 'en')) return [];
  const left = languages.filter((language) => language.script === 'latin' && !active.includes(language));
  if (!left.length) return [];
  const read: { text: string; language: CompiledLanguage }[] = [];
  for (const { text, languages: codes } of foreignStretches(folded)) {
    for (const language of left) {
      if (!codes.includes(language.code)) continue;
      language.compile?.();
      read.push({ text, language });
    }
  }
  return read;
}

function matchIn(folded: string, active: readonly CompiledLanguage[]): Set<UrgencyCategory> {
  // Which idioms, rules and frames can match at all: most cannot, and are skipped.
  const index = active[0]!.literals;
  const harmless = harmlessAndPresent(folded, active);
  let text = harmless.text;
  let present = harmless.present;
  const mayMatch = (gate: number) => gate < 0 || present[gate] === 1;

  const found = new Set<UrgencyCategory>();
  for (const consumes of [true, false]) {
    for (const language of active) {
      // The rules of one kind, in their order; whether one can match is the cheapest question, so it is asked first.
      for (const rule of rulesOf(language, consumes)) {
        const gate = rule.gate;
        if (gate >= 0 && present[gate] !== 1) continue;
        if ((!consumes && found.has(rule.category)) || !hasMention(rule, text)) continue;
        found.add(rule.category);
        if (consumes) {
          text = text.replace(rule.pattern, ' ');
          present = index.present(text);
        }
      }
    }
  }
  // What no phrase caught: a thing and what is wrong with it, close together.
  for (const language of active) matchFrames(text, language.frames, () => language.negation, found, mayMatch);
  return found;
}

// Each language's rules split by whether they consume their words, once per compiled language.
const RULES_BY_KIND = new WeakMap<CompiledLanguage, { consuming: CompiledRule[]; plain: CompiledRule[] }>();
function rulesOf(language: CompiledLanguage, consumes: boolean): readonly CompiledRule[] {
  let kinds = RULES_BY_KIND.get(language);
  if (!kinds) {
    kinds = {
      consuming: language.rules.filter((rule) => rule.consumes),
      plain: language.rules.filter((rule) => !rule.consumes),
    };
    RULES_BY_KIND.set(language, kinds);
  }
  return consumes ? kinds.consuming : kinds.plain;
}

// The languages whose rules read a text: those of every script it holds (the last answer is kept: the model asks again).
let lastActive: { folded: string; languages: readonly CompiledLanguage[]; active: readonly CompiledLanguage[] } | null =
  null;
function activeLanguages(folded: string, languages: readonly CompiledLanguage[]): readonly CompiledLanguage[] {
  if (lastActive && lastActive.folded === folded && lastActive.languages === languages) return lastActive.active;
  const active = activeLanguagesOf(folded, languages);
  // Languages compiled on first use are compiled before the literal index is asked about any of them.
  for (const language of active) language.compile?.();
  lastActive = { folded, languages, active };
  return active;
}

function activeLanguagesOf(folded: string, languages: readonly CompiledLanguage[]): readonly CompiledLanguage[] {
  const scripts = {
    latin: SCRIPT_PRESENT.latin.test(folded),
    han: SCRIPT_PRESENT.han.test(folded),
    arabic: SCRIPT_PRESENT.arabic.test(folded),
  };
  return writtenIn(
    folded,
    languages.filter((language) => scripts[language.script]),
  );
}

/*
 * The folded text without the active languages' idioms, and which slots of
 * the literal index its words fill. An idiom is looked for only when one of
 * its literals is in the text as it stands, which is what running it would
 * find anyway: the answer is that of running every idiom, in the same order.
 * The last answer is kept, since the model reads the same text again.
 */
const lastHarmless: { folded: string; active: readonly CompiledLanguage[]; text: string; present: Uint8Array }[] = [];
// A few answers, not one: a clause or a run read by its own language comes between the rules' and the model's asking.
const KEPT_HARMLESS = 4;
function harmlessAndPresent(
  folded: string,
  active: readonly CompiledLanguage[],
): { text: string; present: Uint8Array } {
  for (const kept of lastHarmless) if (kept.folded === folded && sameLanguages(kept.active, active)) return kept;
  const index = active[0]!.literals;
  let text = folded;
  let present = index.present(text);
  for (const { benign } of active) {
    const replaced = benign?.replaceIn(text, present, () => ' ') ?? text;
    if (replaced === text) continue;
    text = replaced;
    present = index.present(text);
  }
  const answer = { folded, active, text, present };
  if (lastHarmless.length >= KEPT_HARMLESS) lastHarmless.shift();
  lastHarmless.push(answer);
  return answer;
}

const sameLanguages = (a: readonly CompiledLanguage[], b: readonly CompiledLanguage[]): boolean =>
  a.length === b.length && a.every((language, i) => language === b[i]);

function withoutHarmlessIn(folded: string, active: readonly CompiledLanguage[]): string {
  return active.length ? harmlessAndPresent(folded, active).text : folded;
}

/**
 * The folded text without its idioms, course names and all-clears ("muoio
 * dalla voglia", "the 'Harassment Prevention' training"): what the learned
 * model reads, so that it does not find in them what the rules were told to
 * pass over.
 */
export const withoutHarmless = (folded: string, languages: readonly CompiledLanguage[]): string =>
  withoutHarmlessIn(folded, activeLanguages(folded, languages));

// The first mention not denied by a negation: just before it, for the rules
// that allow it ("no harassment until the new lead came; now he harasses the
// interns" counts), or inside it, for every rule ("the fire exit is not
// blocked"). See negation.ts for what a negation reaches.
function hasMention(rule: CompiledRule, text: string): boolean {
  if (!rule.possibleIn(text)) return false;
  if (rule.looser?.test(text) === false) return false;
  const { pattern } = rule;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const preceding = text.slice(Math.max(0, match.index - 80), match.index);
    const before = (rule.negatable && rule.negation.test(preceding)) || rule.denial?.test(preceding) === true;
    if (!before && !negatedInside(match[0], pattern, rule.negation, rule.cues, rule.script)) {
      pattern.lastIndex = 0;
      return true;
    }
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return false;
}

/*
 * The languages whose rules and frames read a text: each script's languages
 * that the text's function words point to (at least half as many as the best
 * one's), or all of them when a text is too short to tell. Not every
 * language of the script: a rule reads negation and denial in its own
 * language only, so Spanish "molestia" would be read as a report in
 * "nessuna molestia da segnalare". A clause written in a language the rest
 * of the text outweighs is read on its own (clausesInOtherLanguages).
 */
function writtenIn(text: string, active: readonly CompiledLanguage[]): readonly CompiledLanguage[] {
  const guessed = active.filter((language) => language.functionWords);
  if (guessed.length < 2) return active;
  const index = functionWordIndex(guessed);
  const scores = new Array<number>(guessed.length).fill(0);
  // Folded text has single spaces (or line breaks); a word with punctuation on it is only
  // left out of the count.
  for (const word of text.split(WORD_GAP)) {
    const languages = index.get(word);
    if (languages) for (const i of languages) scores[i]! += 1;
  }
  const best = Math.max(...scores);
  if (best < 2) return active;
  return active.filter((language) => {
    const i = guessed.indexOf(language);
    return i < 0 || scores[i]! * 2 >= best;
  });
}

/*
 * The clauses of a text written in a language its function words as a whole
 * do not point to, each with the languages its own words point to most: a
 * report is often written in two languages ("Je vais me tuer ce soir. I
 * work in the warehouse.", "jemand schießt in der Halle, I work nights"),
 * and the clause in the language with fewer function words must still be
 * read by its own rules. Each such clause is read alone, by those languages
 * only, so their rules never read the other language's words. A clause ends
 * at punctuation or a line break.
 */
function clausesInOtherLanguages(
  folded: string,
  active: readonly CompiledLanguage[],
  languages: readonly CompiledLanguage[],
): { clause: string; languages: CompiledLanguage[] }[] {
  const ofScript = languages.filter((language) => language.functionWords && active[0]!.script === language.script);
  if (ofScript.length < 2 || ofScript.every((language) => active.includes(language))) return [];
  const index = functionWordIndex(ofScript);
  const read: { clause: string; languages: CompiledLanguage[] }[] = [];
  for (const clause of folded.split(CLAUSE_END)) {
    const scores = new Array<number>(ofScript.length).fill(0);
    for (const word of clause.split(WORD_GAP)) for (const i of index.get(word) ?? []) scores[i]! += 1;
    // A clause with no function word at all ("shots fired near dock 4") could be in any of them; one of a word or two
    // ("Unsafe", "corruption") is a list's item, read with the text's languages as before.
    const best = Math.max(...scores);
    if (best === 0 && clause.split(WORD_GAP).filter(Boolean).length < 3) continue;
    const own = ofScript.filter((language, i) => scores[i] === best && !active.includes(language));
    if (!own.length) continue;
    for (const language of own) language.compile?.();
    read.push({ clause: clause.trim(), languages: own });
  }
  return read;
}
// Folded text has single spaces, and a line break where the text had one.
const WORD_GAP = /[ \n]/;
const CLAUSE_END = /[.,;:!?\n\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]+/;

/*
 * The runs of a text in a language its rules were not read in (language-runs.ts: a switch is found after any
 * separator, or none), each with that language alone. Only where the text's function words left a language of its
 * script out; a run of one word ("ok", a name) is too little to tell a language by.
 */
function runsInOtherLanguages(
  folded: string,
  active: readonly CompiledLanguage[],
  languages: readonly CompiledLanguage[],
): { text: string; languages: CompiledLanguage[] }[] {
  const left = languages.filter((language) => !active.includes(language));
  if (!left.some(isLatin)) return [];
  const read: { text: string; languages: CompiledLanguage[] }[] = [];
  for (const run of languageRuns(folded)) {
    if (run.words < MIN_RUN_WORDS) continue;
    const own = left.find((language) => language.code === run.language);
    if (!own) continue;
    own.compile?.();
    read.push({ text: run.text, languages: [own] });
  }
  return read;
}
/*
 * Whether runs are worth finding at all: only a Latin-script language can be left out of the active ones while its
 * run is in the text. A Chinese or Arabic run is one by its script (language-runs.ts), and a text with that script
 * has that language active (SCRIPT_PRESENT; they have no function words, so writtenIn keeps them), so when only they
 * are left no run can be read, and finding the runs (most of a text's time here) is skipped.
 */
const isLatin = (language: CompiledLanguage): boolean => language.script === 'latin';
/** Fewest words a run of another language must have to be read by that language's rules. */
const MIN_RUN_WORDS = 2;

// Which of the guessed languages use each function word, built once per
// set of languages (the set of a script is the same for every text).
const INDEXES = new Map<string, Map<string, number[]>>();
function functionWordIndex(guessed: readonly CompiledLanguage[]): Map<string, number[]> {
  const key = guessed.map((language) => language.code).join(' ');
  let index = INDEXES.get(key);
  if (!index) {
    index = new Map();
    guessed.forEach((language, i) => {
      for (const word of language.functionWords!) index!.set(word, [...(index!.get(word) ?? []), i]);
    });
    INDEXES.set(key, index);
  }
  return index;
}
