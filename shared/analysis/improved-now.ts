import { WORDS } from './lexicon';
import { type Token, tokenize } from './tokenize';
import { lookupForm } from './word-forms';

/*
 * "The new rota is much better", "so much better since the new supervisor came", "a lot less stressful now": praise
 * said as a change for the better. The learned model reads these as neutral or even negative, and rightly so for the
 * reviews it learned from, where "much better" is nearly always "could be much better" (a complaint): it cannot tell
 * the two apart from their words. This reads the difference: a comparative of improvement (better, calmer, easier;
 * more + a good word; less or fewer + a bad word) in a clause that places it in the present against a before (now,
 * since, these days, the new one, than before, has got better), with no wish, condition or question (could, should,
 * would, if, needs to), no negation (not much better, no less stressful) and no looking back at a better past (used to
 * be better, the old one was better, better before).
 */

/** Cheap literals a text must hold before its clauses are read: a comparative of the kinds below. */
const GATE = /better|less|fewer|more|er\b/i;
/** ...and a word placing it in time. */
const TIME_GATE =
  /\b(?:now|since|these days|nowadays|lately|recently|finally|new|than|got|gotten|getting|become|becoming|improv)/i;

/** Words that make the comparative a wish, a demand, a condition or a possibility rather than what is so. */
const UNREAL = new Set([
  'could',
  'couldve',
  'should',
  'shouldve',
  'would',
  'wouldve',
  'might',
  'may',
  'must',
  'can',
  'cannot',
  'cant',
  'need',
  'needs',
  'needed',
  'ought',
  'hope',
  'hopefully',
  'hoping',
  'wish',
  'if',
  'want',
  'wanted',
  'expect',
  'expected',
  'supposed',
  'please',
  'whether',
  'unless',
  'gotta',
  'wanna',
  'maybe',
  'will',
  'gonna',
  'going',
  'perhaps',
]);
/** "has to be better", "have to get better": a demand. */
const HAVE_TO = new Set(['has', 'have', 'had']);

/** Negation anywhere before the comparative in its clause: "not much better", "isn't any easier", "no less stressful". */
const NEGATION = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'nobody',
  'hardly',
  'barely',
  'scarcely',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'aint',
  'havent',
  'hasnt',
  'wont',
  'cant',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'hadnt',
  'neither',
  'nor',
  'without',
  'any',
]);

/** A past held up as better: "the old rota was better", "it used to be better", "better before". */
const THE_PAST = new Set(['old', 'previous', 'former', 'earlier', 'past', 'used', 'before']);

/** Words placing the comparative in the present against a before. */
const NOW = new Set(['now', 'since', 'nowadays', 'lately', 'recently', 'finally', 'new', 'improved', 'improving']);
/** "has got better", "getting easier", "become calmer". */
const BECOME = new Set(['got', 'gotten', 'getting', 'become', 'becoming', 'became', 'grown']);
/** What follows "than" when the present is the better one: "than before", "than it was", "than last year", "than the old one". */
const THAN_THE_PAST = new Set([...THE_PAST, 'last', 'ever', 'was', 'were', 'had', 'did', 'ago']);
/** What follows "than" when two things of now are compared: "than it is now", "than this one", "than today". */
const PRESENT = new Set(['is', 'are', 'now', 'today', 'this', 'these', 'here', 'am']);

/** Comparatives without a lexicon word behind them that are still an improvement at work. */
const PLAIN_BETTER = new Set(['better', 'quieter', 'tidier', 'quicker', 'smoother', 'shorter']);
/** Words before a comparative: its intensifiers and the verbs that say what something is or has become. */
const COMPARATIVE_FRAME = new Set([
  'much',
  'far',
  'way',
  'wayy',
  'wayyy',
  'lot',
  'lots',
  'loads',
  'heaps',
  'so',
  'even',
  'bit',
  'little',
  'times',
  'miles',
  'slightly',
  'somewhat',
  'noticeably',
  'definitely',
  'really',
  'is',
  'are',
  'its',
  'feels',
  'feel',
  'seems',
  'looks',
  'got',
  'gotten',
  'getting',
  'become',
  'became',
]);
/** Words ending in -er that are not comparatives. */
const NOT_COMPARATIVE = new Set(['winner', 'leader', 'helper', 'lover', 'supporter', 'partner', 'super', 'clever']);

/**
 * Whether a text says, plainly and of now, that something at work has got better (English only); `rest` is the text
 * without those comparatives, for the caller to read for a complaint beside them, and `share` the part of the text's
 * words the clauses saying it take.
 *
 * @example
 * improvedClauses('The new rota is much better').improved // true
 * improvedClauses('The rota could be much better').improved // false
 * improvedClauses('It used to be so much better, now it is chaos') // { improved: false, … }
 */
export function improvedClauses(text: string): { improved: boolean; rest: string; share: number } {
  if (!GATE.test(text) || !TIME_GATE.test(text)) return { improved: false, rest: text, share: 0 };
  const clauses = clausesOf(tokenize(text));
  let improved = false;
  let words = 0;
  let improvedWords = 0;
  const rest: string[] = [];
  for (const clause of clauses) {
    words += clause.words.length;
    const reading = readClause(clause.words);
    // A time word elsewhere in the sentence places it too: "Since the new conveyor, much better".
    const sentenceNow = () => clauses.some((c) => c.sentence === clause.sentence && readClause(c.words) === 'now');
    if (reading === 'improved' || (reading === 'timeless' && sentenceNow())) {
      improved = true;
      improvedWords += clause.words.length;
      // The rest of the clause is still read for a complaint ("to make better money, they pay low and cheat you"):
      // only the comparative itself is taken out ("less stressful" is no complaint).
      const at = clause.words.findIndex((_, i) => comparativeAt(clause.words, i));
      const span = MORE_OR_LESS.has(clause.words[at]!) ? 2 : 1;
      rest.push([...clause.words.slice(0, at), ...clause.words.slice(at + span)].join(' '));
    } else rest.push(clause.words.join(' '));
  }
  return { improved, rest: rest.join('. '), share: words ? improvedWords / words : 0 };
}
const MORE_OR_LESS = new Set(['more', 'less', 'fewer']);

interface Clause {
  sentence: number;
  words: string[];
}

/** Clauses as the sentiment rules cut them: at punctuation and at "but", "however", "although" and the like. */
function clausesOf(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [{ sentence: 0, words: [] }];
  let sentence = 0;
  for (const token of tokens) {
    const ends = token.kind === 'sentence-end';
    if (ends || token.kind === 'boundary' || CUT.has(token.lower)) {
      // A question asks whether it is better: no claim that it is.
      if (token.raw.includes('?')) clauses[clauses.length - 1]!.words = [];
      if (ends) sentence++;
      clauses.push({ sentence, words: [] });
      continue;
    }
    if (token.kind !== 'word') continue;
    // "it'll get better", "it'd be easier": a future or a wish, read as the word it stands for.
    const word = /'(?:ll|d)$/.test(token.lower) ? 'will' : token.lower.replace(/'/g, '');
    clauses[clauses.length - 1]!.words.push(word);
  }
  return clauses.filter((clause) => clause.words.length > 0);
}
const CUT = new Set(['but', 'however', 'although', 'though', 'yet', 'whereas', 'except', 'unfortunately']);

/**
 * What a clause says: an improvement placed now (`improved`), one with no time word (`timeless`), a time word and
 * no improvement (`now`), or nothing of the kind (a wish, a negation, a better past, no comparative).
 */
function readClause(words: readonly string[]): 'improved' | 'timeless' | 'now' | 'none' {
  const at = words.findIndex((_, i) => comparativeAt(words, i));
  let now = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (at >= 0 && i < at && (UNREAL.has(word) || NEGATION.has(word))) return 'none';
    if (at >= 0 && i < at && HAVE_TO.has(word) && words[i + 1] === 'to') return 'none';
    if (word === 'than') {
      // "than before", "than it used to be", "than the old system", "than last year": the present is the better one.
      // Anything else ("better for graduates than for us", "than it is now", "than it should be") compares two
      // things of now, or a wish, not a change.
      const next = words.slice(i + 1, i + 4);
      if (next.some((w) => UNREAL.has(w) || PRESENT.has(w)) || !next.some((w) => THAN_THE_PAST.has(w))) return 'none';
      now = true;
      break;
    }
    if (pastAt(words, i)) return 'none';
    // "The new rota is better", not "new/better products": the new thing is what the comparative is said of.
    if (word === 'new') now ||= at < 0 || i < at - 1;
    else if (NOW.has(word) || (word === 'these' && words[i + 1] === 'days')) now = true;
    if (at >= 0 && i < at && BECOME.has(word)) now = true;
  }
  if (at < 0) return now ? 'now' : 'none';
  return now ? 'improved' : 'timeless';
}

/** A past held up as the better time: "the old rota", "used to be", "better before", "back then". */
function pastAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (word === 'back') return words[i + 1] === 'then' || words[i + 1] === 'when';
  return THE_PAST.has(word);
}

/** Whether the word at `i` is a comparative of improvement: better, calmer, more helpful, less stressful, fewer delays. */
function comparativeAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (PLAIN_BETTER.has(word)) return true;
  if (word === 'more') return valenceOf(words[i + 1]) > 0;
  if (word === 'less' || word === 'fewer') return valenceOf(words[i + 1]) < 0;
  if (!word.endsWith('er') || word.length < 5 || NOT_COMPARATIVE.has(word) || WORDS.has(word)) return false;
  // A word in -er is read as a comparative only in a comparative's frame ("much calmer", "is safer", "calmer now",
  // "quicker than"): "career", "prayer" and "manager" end in -er too.
  const framed = COMPARATIVE_FRAME.has(words[i - 1] ?? '') || words[i + 1] === 'than' || words[i + 1] === 'now';
  return framed && valenceOf(word) > 0;
}

function valenceOf(word: string | undefined): number {
  return word ? (lookupForm(word)?.valence ?? 0) : 0;
}
