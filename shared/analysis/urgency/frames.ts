import { precomputedLiterals } from './literal-table';
import type { LiteralIndex, Required } from './literals';
import { foldPattern } from './normalise';
import type { Script, UrgencyCategory } from './types';

/*
 * Urgency by structure rather than by phrase. A report that nobody wrote a
 * rule for still names a thing and says what is wrong with it: "boxes in
 * front of the emergency exit" (an exit + an obstruction), "the wiring is
 * sparking" (electricity + a fault), "he waits for me in the parking lot"
 * (following + a place), "they changed the timesheets" (records +
 * falsifying). Each language lists the words for these concepts
 * (`concepts/<code>.ts`); a frame fires when two of its concepts occur
 * within a few words of each other in one clause. The frames are the same
 * for every language, so a language is as good as its word lists, and a
 * frame that one language misses is visible in the others.
 */
export const CONCEPTS = [
  // safety
  'exit',
  'obstructed',
  'fire',
  'trapped',
  'electric',
  'electricFault',
  'gas',
  'leaking',
  'guard',
  'removed',
  'lacking',
  'protection',
  // harassment
  'following',
  'place',
  'touching',
  'body',
  'images',
  'sexual',
  // discrimination
  'unfair',
  'trait',
  'group',
  'dehumanising',
  // threats and violence
  'hurting',
  'ifReported',
  'weapon',
  'brandished',
  // self-harm
  'givingAway',
  'belongings',
  'hopeless',
  'living',
  'farewell',
  'lovedOnes',
  // fraud
  'records',
  'falsified',
  'money',
  'taken',
  // harm done, impairment, assault, favours for sex, pills swallowed, company goods taken
  'person',
  'harmed',
  'operating',
  'impaired',
  'assaulted',
  'reward',
  'sexualCondition',
  'ingested',
  'pills',
  'companyGoods',
  'misappropriated',
  // asking out after a no, threatening harm, unpaid work after clocking out
  'askingOut',
  'refusalIgnored',
  'threatening',
  'clockOut',
  'unpaid',
  // falling loads, thoughts of jumping
  'load',
  'dropped',
  'drop',
  'jumpThought',
  // signing for what never happened, calling people by a slur
  'attest',
  'neverHeld',
  'nameCalling',
  'slur',
  // a hand or arm caught in or crushed by a machine
  'limb',
  'caught',
  // a weapon at work and a score to settle
  'grudge',
  // someone gone into a tank or pit and not come out; sex demanded under pressure; a wall or ceiling coming down;
  // punished for reporting; spoiled or fallen food about to be sent out
  'vessel',
  'notOut',
  'sexAct',
  'coerced',
  'structure',
  'crumbling',
  'reportedIt',
  'punished',
  'contaminated',
  'shipping',
  // a lone worker who has not checked in and cannot be reached
  'missedCheckIn',
  'unreachable',
] as const;
export type Concept = (typeof CONCEPTS)[number];

/** One language's words for each concept: regular-expression sources of stems, lower case. */
export type ConceptLexicon = Partial<Record<Concept, string>>;

interface Frame {
  category: UrgencyCategory;
  /** The thing (an exit, a machine guard, timesheets). */
  thing: Concept;
  /** What is wrong with it (blocked, removed, falsified). A negation just before it cancels the frame, unless `asserted`. */
  state: Concept;
  /** The state must come first: "no harness", "giving away my things". */
  stateFirst?: boolean;
  /** The state carries its own negation ("nobody can get out", "without a harness"): never cancelled. */
  asserted?: boolean;
  /** Most words between the two (characters for Chinese). */
  window?: number;
  /** The two may be in neighbouring sentences ("He keeps a rifle in his truck. He talks about payback."). */
  acrossSentences?: boolean;
}

export const FRAMES: readonly Frame[] = [
  { category: 'safety', thing: 'exit', state: 'obstructed' },
  { category: 'safety', thing: 'fire', state: 'trapped', asserted: true },
  { category: 'safety', thing: 'electric', state: 'electricFault' },
  { category: 'safety', thing: 'gas', state: 'leaking' },
  { category: 'safety', thing: 'guard', state: 'removed' },
  { category: 'safety', thing: 'protection', state: 'lacking', stateFirst: true, asserted: true, window: 4 },
  { category: 'harassment', thing: 'place', state: 'following' },
  { category: 'harassment', thing: 'body', state: 'touching' },
  { category: 'harassment', thing: 'images', state: 'sexual' },
  { category: 'discrimination', thing: 'trait', state: 'unfair', window: 10 },
  { category: 'discrimination', thing: 'group', state: 'dehumanising', window: 5 },
  { category: 'threat', thing: 'ifReported', state: 'hurting', window: 10 },
  { category: 'threat', thing: 'weapon', state: 'brandished' },
  { category: 'self-harm', thing: 'belongings', state: 'givingAway', window: 4, asserted: true },
  { category: 'self-harm', thing: 'living', state: 'hopeless', window: 10, asserted: true },
  { category: 'self-harm', thing: 'lovedOnes', state: 'farewell', window: 10, asserted: true },
  { category: 'safety', thing: 'person', state: 'harmed', window: 4 },
  { category: 'safety', thing: 'operating', state: 'impaired', window: 8 },
  { category: 'threat', thing: 'person', state: 'assaulted', window: 4 },
  { category: 'harassment', thing: 'reward', state: 'sexualCondition', window: 10 },
  { category: 'self-harm', thing: 'pills', state: 'ingested', window: 5, asserted: true },
  { category: 'fraud', thing: 'companyGoods', state: 'misappropriated', window: 8 },
  { category: 'harassment', thing: 'askingOut', state: 'refusalIgnored', window: 12 },
  { category: 'threat', thing: 'hurting', state: 'threatening', window: 8 },
  { category: 'fraud', thing: 'clockOut', state: 'unpaid', window: 10 },
  { category: 'safety', thing: 'load', state: 'dropped', window: 10 },
  { category: 'self-harm', thing: 'drop', state: 'jumpThought', window: 10, asserted: true },
  { category: 'fraud', thing: 'records', state: 'falsified' },
  { category: 'fraud', thing: 'attest', state: 'neverHeld', window: 10, asserted: true },
  { category: 'discrimination', thing: 'nameCalling', state: 'slur', window: 4 },
  { category: 'fraud', thing: 'money', state: 'taken' },
  { category: 'safety', thing: 'limb', state: 'caught', window: 4 },
  // A weapon brought to work by someone with a score to settle: the revenge may be told in the next sentence.
  { category: 'threat', thing: 'weapon', state: 'grudge', window: 24, acrossSentences: true, asserted: true },
  // A confined space entered and someone not back out ("two went into the tank and only one came out"): the state says
  // its own "not", so no negation cancels it.
  { category: 'safety', thing: 'vessel', state: 'notOut', window: 12, asserted: true },
  // Sex demanded with a threat to the job or by force, told plainly or obliquely ("made me sleep with him or I lose my shifts").
  { category: 'harassment', thing: 'sexAct', state: 'coerced', window: 8 },
  // A wall, ceiling or mezzanine giving way (a crack alone can wait; one that sags or sheds pieces cannot).
  { category: 'safety', thing: 'structure', state: 'crumbling', window: 10 },
  // Punished for having reported: the reporter needs protecting now, not in the weekly digest.
  { category: 'harassment', thing: 'reportedIt', state: 'punished', window: 12 },
  // Food dropped, spoiled or unchecked for metal that is about to leave the site.
  { category: 'safety', thing: 'contaminated', state: 'shipping', window: 14 },
  // Someone working alone who has not checked in and cannot be reached ("hasn't checked in since 2am, his car is still
  // here"): both carry their own "not", so no negation cancels the pair.
  { category: 'safety', thing: 'missedCheckIn', state: 'unreachable', window: 16, asserted: true },
];

const WORDS = 8;
const HAN_CHARACTERS = 12;
// Where one clause ends: a frame never reaches across it.
const CLAUSE_END = /[.!?;\n。！？；]/u;

export interface CompiledFrames {
  script: Script;
  functionWords: Set<string> | null;
  /** Each concept's slot in the literal index (-1: always looked for). */
  frames: { frame: Frame; thing: RegExp; state: RegExp; thingGate: number; stateGate: number }[];
}

/*
 * Stems by script. Latin-script words take any ending ("bloquead-" covers
 * bloqueada, bloqueadas); German and Polish also any beginning (compounds
 * "Notausgang", prefixed verbs "zablokowane", Tagalog infixes). Arabic
 * words start after optional clitics (و ف ب ل ك ال) and take any ending; verb
 * prefixes are written in the stems. Chinese is substrings.
 */
function stem(source: string, script: Script, infix: boolean): string {
  switch (script) {
    case 'latin':
      return infix ? String.raw`(?:${source})\w*` : String.raw`\b(?:${source})\w*`;
    case 'arabic':
      return String.raw`(?<!\p{L})(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:${source})\p{L}*`;
    case 'han':
      return `(?:${source})`;
  }
}

export function compileFrames(
  lexicon: ConceptLexicon | undefined,
  script: Script,
  infix: boolean,
  functionWords?: string,
  literals?: Pick<LiteralIndex, 'add'>,
  literalsOf: (source: string) => Required = precomputedLiterals,
): CompiledFrames {
  // Each concept's expression is made the first time a text holds its literals:
  // most never are, and parsing all of them (Unicode classes and all) was a
  // large part of every cold start.
  const cache = new Map<Concept, { regex: () => RegExp; gate: number }>();
  const regex = (concept: Concept) => {
    const source = lexicon?.[concept];
    if (!source) return null;
    let compiled = cache.get(concept);
    if (!compiled) {
      const folded = foldPattern(source);
      let made: RegExp | undefined;
      compiled = {
        regex: () => (made ??= new RegExp(stem(folded, script, infix), 'gu')),
        gate: literals ? literals.add(literalsOf(folded)) : -1,
      };
      cache.set(concept, compiled);
    }
    return compiled;
  };
  const frames: CompiledFrames['frames'] = [];
  for (const frame of FRAMES) {
    const thing = regex(frame.thing);
    const state = regex(frame.state);
    if (thing && state)
      frames.push({
        frame,
        get thing() {
          return thing.regex();
        },
        get state() {
          return state.regex();
        },
        thingGate: thing.gate,
        stateGate: state.gate,
      });
  }
  return { script, functionWords: functionWords ? new Set(functionWords.split(' ')) : null, frames };
}

interface Mention {
  start: number;
  end: number;
}

function mentions(pattern: RegExp, text: string): Mention[] {
  const found: Mention[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

// How far apart two mentions are: words between them (characters for
// Chinese), or Infinity across the end of a clause.
function distance(text: string, from: number, to: number, script: Script, acrossSentences = false): number {
  if (to <= from) return 0;
  const between = text.slice(from, to);
  if (!acrossSentences && CLAUSE_END.test(between)) return Infinity;
  if (script === 'han') return between.length;
  let words = 0;
  for (const char of between) if (char === ' ') words += 1;
  return Math.max(0, words - 1);
}

function compound(text: string, a: number, b: number): boolean {
  const later = Math.max(a, b);
  return a !== b && /\p{L}/u.test(text[later - 1] ?? '');
}

/** Categories whose frames fire on the folded text (a category already found is not looked for again). */
export function matchFrames(
  text: string,
  compiled: CompiledFrames,
  // Asked for only once a state is found, so a language none of whose frames fire never makes it.
  negation: () => RegExp,
  found: Set<UrgencyCategory>,
  mayMatch: (gate: number) => boolean = () => true,
): void {
  // A concept in two frames ("person", "hurting") is looked for once.
  const seen = new Map<RegExp, Mention[]>();
  const find = (pattern: RegExp) => {
    let list = seen.get(pattern);
    if (!list) seen.set(pattern, (list = mentions(pattern, text)));
    return list;
  };
  // Each expression is read only past its gate: reading it is what makes it (compileFrames).
  for (const compiledFrame of compiled.frames) {
    const { frame, thingGate, stateGate } = compiledFrame;
    if (found.has(frame.category) || !mayMatch(stateGate) || !mayMatch(thingGate)) continue;
    const states = find(compiledFrame.state);
    if (!states.length) continue;
    const things = find(compiledFrame.thing);
    if (!things.length) continue;
    const window = frame.window ?? (compiled.script === 'han' ? HAN_CHARACTERS : WORDS);
    const fires = states.some((s) => {
      if (!frame.asserted && negation().test(text.slice(Math.max(0, s.start - 80), s.start))) return false;
      return things.some((t) => {
        // Overlapping mentions count only as the two halves of one compound
        // ("Nacktbilder"): never one word read twice, nor a state phrase that
        // contains the thing ("ne marche pas", "do caixa").
        if (t.start < s.end && s.start < t.end) return compound(text, t.start, s.start);
        const across = frame.acrossSentences;
        if (frame.stateFirst)
          return s.end <= t.start && distance(text, s.end, t.start, compiled.script, across) <= window;
        return t.end <= s.start
          ? distance(text, t.end, s.start, compiled.script, across) <= window
          : distance(text, s.end, t.start, compiled.script, across) <= window;
      });
    });
    if (fires) found.add(frame.category);
  }
}
