import { onFirstUse } from '../built-on-first-use';
import { isEnglishWord, isNearEnglishWord, isProperNoun } from '../english-dictionary';
import { urgencyLiteralStrings } from './literal-table';
import { fold } from './normalise';

/*
 * A report typed with its words run together, as a thumb on a phone types in a panic: "ManDownAisle9NotBreathing",
 * "MIKEISNOTBREATHINGCALL911", "gasleakinbay3everyonesdizzy", "he-has-a-gun-in-the-lobby", "hayfuegoenlabodega",
 * "FIRE!!!BAY3!!!". Every rule reads words between spaces, so such a text named nothing to them, and the model read one
 * long unknown word (attack round 43: each reached no one, by web or SMS, while the same words spaced escalated).
 *
 * `withWordsRunApart` makes a copy with its words set apart, read AFTER the text as written read calm (never instead):
 * - joiners between words become spaces: a word joined to the next by two hyphens or more ("he-has-a-gun"; one hyphen
 *   is a word's own, "walk-in", "co-worker"), or by "+", "_", "=", "~", "*"; "!" and "?" glued to the next word;
 * - camelCase ("ManDown") and letters glued to digits ("bay3", "call911") are split;
 * - a run of Latin letters that is no word itself, of MIN_RUN letters or more, is split into the FEWEST words that
 *   cover it whole, words of the English list (english-dictionary.ts), every word the rules themselves name in any
 *   language (literal-table.ts) and the little words of each language below. A run no words cover whole is kept as
 *   it is ("Scunthorpe"); a word is never split ("therapist", "firefighter", "killjoy" are words); and the fewest
 *   words win ("mytherapistsaid" is "my therapist said", three words, not "my the rapist said", four).
 * Hashtags, handles, links and addresses are left as written: "#firethemanager" and "@fireguy99" name a campaign and
 * an account, nothing that happens. The split costs a look-up per candidate word end (at most MAX_WORD letters back),
 * so it is linear in the text; texts with no such run (nearly all) are passed over by one test.
 */

/** The shortest run of letters that is split: "hesgotagun" is ten; shorter runs are words or typos far more often. */
const MIN_RUN = 9;
/*
 * How much of a text's letters its unknown runs must hold for it to be split: a text typed run together is mostly
 * such runs; a review with words nobody listed ("Accenture", "knowlegde", Spanish's "trimestrales") is not (at a
 * third, 1,300 eval rows were split, nearly all such words).
 */
const RUN_SHARE = 1 / 2;
/*
 * The most words of their own a split text may hold beside its runs: a text typed run together has next to none
 * ("HELP mandownaisle9"); a sentence with long words of a language no list holds in every form has many ("na
 * magazynie jest dym z papierosa", "bei der Evakuierungsübung gab es einen gespielten Verletzten", "la formación
 * anticorrupción es obligatoria"), and split, they read as what they never said (the CI of 2026-12-07).
 */
const MAX_OTHER_WORDS = 2;
/** The fewest words a run is split into: two are a compound ("internship", "understaffed"), three a phrase. */
const MIN_WORDS = 3;
/** The longest word looked for inside a run. */
const MAX_WORD = 24;

// A text with anything to set apart: a long run of letters, a lower-case letter before a capital, letters and digits
// glued, "!"/"?" glued to a word, or a joiner between two letters.
const CANDIDATE =
  /[a-zA-Z\u00C0-\u024F]{9}|[a-z\u00DF-\u00FF][A-Z\u00C0-\u00DE]|[a-zA-Z][0-9]|[0-9][a-zA-Z]|[!?][a-zA-Z]|[a-zA-Z0-9][-+_=~*][a-zA-Z]/;
// A piece of text between spaces.
const TOKEN = /\S+/g;
// Left as written: hashtags, handles, links, addresses.
const KEPT_TOKEN = /^[#@]|:\/\/|^www\.|\S@\S|\.(?:com|org|net|gov|edu|io|co)\b/i;
// Joiners read as spaces: two hyphens or more in a piece, or any of the others, between letters or digits.
const STRONG_JOINER = /(?<=[\p{L}\p{N}])[+_=~*]+(?=[\p{L}\p{N}])/gu;
const HYPHEN = /(?<=\p{L})-+(?=\p{L})/gu;
const HYPHENS = /-[^-]*-/;
const GLUED_PUNCTUATION = /([!?]+)(?=[\p{L}\p{N}])/gu;
// camelCase of three words or more ("ManDownAisle"): two are a name or a brand ("SoCal", "LinkedIn", "iPhone").
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/gu;
const CAMEL_WORDS = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u;
// A word of three letters or more glued to a number ("bay3", "call911"), not a unit or a code ("4am", "401K", "X10").
const LETTERS_DIGITS = /(?<=\p{L}{3})(?=\p{N})|(?<=\p{N})(?=\p{L}{3})/gu;
// A run of Latin letters, folded: what the split is tried on.
const LATIN_RUN = /[a-z]+/g;

/*
 * The little words of each language the rules read, which their literals rarely name alone (articles, prepositions,
 * pronouns, "there is"), and English contractions typed without their apostrophe (written back with it).
 */
const ENGLISH_LITTLE_WORDS = 'a i of is in on at to he we me my it an as by do go no so up us or if be am the and not';
const LITTLE_WORDS = [
  'hay aire agua no en la el los las lo un una de del al y o que se me mi su sus esta estan es son con por para sin muy ya aqui alli todo todos nadie alguien ayuda tiene tengo',
  'il elle on y a au aux le les des du dans est sont pas ne plus ici tout tous quelqu quelquun personne aide vite',
  'os as um uma do da dos das no na nos nas em e nao tem ha ninguem alguem ar',
  'der die das ein eine einen ist sind im am es gibt kein keine nicht hilfe hier er sie wir ich hat mein meine',
  'lo gli di della nel nella ce non qui aiuto aria nessuno qualcuno',
  'w we na nie jest sa ma nikt ktos tu pomocy pomoc sie',
  // Where at work, which the rules' literals name in one form only (u44c: "temfogonoarmazem", "palisiewmagazynie").
  'almacen bodega cocina oficina fabrica taller entrepot atelier cuisine usine bureau quai hangar armazem cozinha escritorio galpao deposito banheiro lager halle kuche buro werkstatt magazzino cucina ufficio fabbrica magazyn hala kuchnia biuro fabryka warsztat',
].join(' ');
/*
 * French, Portuguese and Polish glue what no list holds as a word: an elided article or pronoun before a vowel ("l'", "d'",
 * "j'", "qu'": "lentrepot" is "l'entrepot"), "il y a" typed as one ("ilya"), and a case or plural ending on a word the
 * lists hold ("magazynie" is "magazyn" in the locative, "armazens", "halach"). Such a form is a word costing a little
 * more than its stem, written back as it is read ("l'entrepot", "magazynie"). Only on a stem of four letters or more
 * that is no English word alone: "feud" + "s" is no form of anything here.
 */
const GLUED: Record<string, string> = {
  ilya: 'il y a',
  cest: "c'est",
  jai: "j'ai",
  quil: "qu'il",
  quelle: "qu'elle",
  yade: 'y a de',
  dela: 'de la',
};
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu)(?=[aeiouyh])/;
const ENDINGS = /(?:ie|iu|u|em|ach|ami|om|ow|y|i|a|e|s|es|ns)$/;
const CONTRACTIONS: Record<string, string> = {
  hes: "he's",
  shes: "she's",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  doesnt: "doesn't",
  didnt: "didn't",
  theres: "there's",
  thats: "that's",
  whats: "what's",
  everyones: "everyone's",
  someones: "someone's",
  nobodys: "nobody's",
  youre: "you're",
  theyre: "they're",
};

// Words of three letters or more that the rules name, and the little words: built on the first run met. A literal that
// is itself English words run together (a rule's hashtag, "goingtokill") is left out: it would swallow the words of
// a run ("i'm goingtokill myself tonight" names nothing to the rule that spells it apart).
const namedWords = onFirstUse(() => {
  const words = new Set<string>([...ENGLISH_LITTLE_WORDS.split(' '), ...LITTLE_WORDS.split(' ')]);
  for (const word of Object.keys(CONTRACTIONS)) words.add(word);
  for (const literal of urgencyLiteralStrings())
    for (const word of literal.split(/[^a-z]+/))
      if (word.length >= 3 && (word.length < MIN_RUN || isEnglishWord(word) || !fewestWords(word, englishCost, 2)))
        words.add(word);
  return words;
});

const englishLittleWords = onFirstUse(() => new Set(ENGLISH_LITTLE_WORDS.split(' ')));
const littleWords = onFirstUse(() => new Set(LITTLE_WORDS.split(' ')));

// Single letters are words only as themselves ("a", "i", "y", "e", "o"): any other is a run's leftover.
const isWord = (word: string): boolean => wordCost(word) !== undefined;

/*
 * What a word costs in a split, or undefined when it is none: an English little word least, an English word more,
 * another language's little word more again, and a word only the rules name most (their literals hold stems and
 * slang: "leakin", "smok"). From 14 to 24, under the 40 every word costs besides, so the fewest words win first and
 * this only chooses between splits of as many words ("is not" over "i snot", "fire in" over "fir ein", "got a gun"
 * over "go tag un").
 */
function wordCost(word: string, english = 20, forms = false): number | undefined {
  // A word of one letter costs a little more than another of its kind: "en el", not "e nel".
  const letter = word.length === 1 ? 1 : 0;
  if (englishLittleWords().has(word)) return 14 + letter;
  if (word.length > 2 && isEnglishWord(word)) return english;
  if (littleWords().has(word) || word in GLUED) return 22 + letter;
  if (word.length <= 2) return undefined;
  if (namedWords().has(word)) return 24;
  return forms ? formCost(word) : undefined;
}

// An elided or inflected form of a word the lists hold (GLUED, ELIDED, ENDINGS above), or undefined.
function formCost(word: string): number | undefined {
  if (word.length < 5) return undefined;
  const elided = ELIDED.exec(word);
  if (elided) {
    const rest = word.slice(elided[0].length);
    if (rest.length >= 4 && (littleWords().has(rest) || namedWords().has(rest))) return 26;
  }
  const ending = ENDINGS.exec(word);
  if (ending) {
    const stem = word.slice(0, -ending[0].length);
    // Dearer than two words more: an ending is read only where no split into plain words does ("incendio en el", not
    // "incendioe nel").
    if (stem.length >= 4 && !isEnglishWord(stem) && (littleWords().has(stem) || namedWords().has(stem))) return 90;
  }
  return undefined;
}

// A word of a split as it is read: a contraction with its apostrophe, "il y a" apart, an elided article with its own.
function asRead(word: string, at: number): string {
  // "im" opening a run is "i'm" ("imgoingto…"); inside one it may be German's "im" ("esbrenntimlager").
  if (at === 0 && word === 'im') return "i'm";
  const read = CONTRACTIONS[word] ?? GLUED[word];
  if (read) return read;
  const elided = word.length >= 5 && wordCost(word, 20, true) === 26 ? ELIDED.exec(word) : null;
  return elided ? `${elided[0]}'${word.slice(elided[0].length)}` : word;
}

/*
 * A run whose first split holds more little words of other languages than of English ("il y a du feud ans l'entrepot")
 * is split again with English words costing more than the other languages' words: "feu dans", not "feud ans".
 */
const foreignCost = (word: string): number | undefined => wordCost(word, 25, true);
function inItsLanguage(run: string, words: string[]): string[] {
  const english = words.filter((word) => englishLittleWords().has(word)).length;
  const other = words.filter((word) => !englishLittleWords().has(word) && (littleWords().has(word) || word in GLUED));
  if (other.length <= english) return words;
  return fewestWords(run, foreignCost) ?? words;
}
// Elided and inflected forms are words only in a run that plain words cannot cover, or one in another language.
const withForms = (word: string): number | undefined => wordCost(word, 20, true);

// English words alone, as wordCost weighs them: what a rule's literal is checked against.
function englishCost(word: string): number | undefined {
  if (englishLittleWords().has(word)) return 14 + (word.length === 1 ? 1 : 0);
  return word.length > 2 && isEnglishWord(word) ? 20 : undefined;
}

/** The text with its run-together words set apart, or undefined when it has none (nearly every text). */
export function withWordsRunApart(text: string): string | undefined {
  if (typeof text !== 'string' || !CANDIDATE.test(text)) return undefined;
  let changed = false;
  const joined = text.replace(TOKEN, (token) => {
    if (KEPT_TOKEN.test(token)) return token;
    const split = joinersApart(token);
    if (split !== token) changed = true;
    return split;
  });
  const apart = runsApart(joined);
  return changed || apart !== joined ? apart : undefined;
}

// A piece's joiners, camelCase and digits glued to words, set apart.
const JOINABLE = /[+_=~*!?]|-.*-|[a-z][A-Z]|[a-zA-Z][0-9]|[0-9][a-zA-Z]/;
function joinersApart(token: string): string {
  if (!JOINABLE.test(token) && token.charCodeAt(0) < 0x80) return token;
  let text = token.replace(STRONG_JOINER, ' ');
  if (HYPHENS.test(text)) text = text.replace(HYPHEN, ' ');
  text = text.replace(GLUED_PUNCTUATION, '$1 ');
  if (CAMEL_WORDS.test(text)) text = text.replace(CAMEL, ' ');
  return text.replace(LETTERS_DIGITS, ' ');
}

// Long runs of letters that are no word, split into words where the text is mostly made of them.
function runsApart(text: string): string {
  if (!LONG_RUN.test(text)) return text;
  // The runs that are no word nor name, folded (accents off, as the rules read them), and how many letters they hold.
  const pieces = text.split(' ');
  const folded = new Map<number, string>();
  let unknownLetters = 0;
  pieces.forEach((piece, at) => {
    if (piece.length < MIN_RUN || KEPT_TOKEN.test(piece)) return;
    const plain = fold(piece);
    for (const run of plain.match(LATIN_RUN) ?? []) {
      if (run.length < MIN_RUN || isWord(run) || isProperNoun(run)) continue;
      unknownLetters += run.length;
      folded.set(at, plain);
    }
  });
  if (!folded.size || unknownLetters < lettersIn(text) * RUN_SHARE) return text;
  const otherWords = pieces.filter((piece, at) => !folded.has(at) && lettersIn(piece) > 0).length;
  if (otherWords > MAX_OTHER_WORDS) return text;
  let split = false;
  for (const [at, plain] of folded) {
    const apart = plain.replace(LATIN_RUN, (run) => {
      // A word one slip from an English one is a typo ("competative"); one longer than any word is none.
      if (run.length < MIN_RUN || isWord(run) || isProperNoun(run)) return run;
      if (run.length <= MAX_WORD && isNearEnglishWord(run)) return run;
      const first = fewestWords(run);
      const words = first ? inItsLanguage(run, first) : fewestWords(run, withForms);
      if (!words) return run;
      split = true;
      return words.map(asRead).join(' ');
    });
    if (apart !== plain) pieces[at] = apart;
  }
  return split ? pieces.join(' ') : text;
}

const LONG_RUN = /[a-zA-Z\u00C0-\u024F]{9}/;
const LETTER = /\p{L}/gu;
const lettersIn = (text: string): number => text.match(LETTER)?.length ?? 0;

/*
 * The fewest words that cover a run whole, or undefined: dynamic programming over the run's ends, each end looked back
 * from at most MAX_WORD letters. Ties go to the split whose shortest word is longest ("an gun" loses to "a ngun"? no:
 * to splits without one- and two-letter pieces), which keeps stray letters from making words.
 */
function fewestWords(
  run: string,
  costOf: (word: string) => number | undefined = wordCost,
  fewest = MIN_WORDS,
): string[] | undefined {
  const n = run.length;
  // cost[i]: the best cost of covering run[0..i); from[i]: where its last word starts.
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end += 1) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start += 1) {
      const before = cost[start]!;
      if (before === Infinity) continue;
      // Each word costs 14 to 24 (wordCost), and 40 more: the fewest words first, then the likeliest.
      if (before + 54 >= cost[end]!) continue;
      const step = costOf(run.slice(start, end));
      if (step === undefined || before + 40 + step >= cost[end]!) continue;
      cost[end] = before + 40 + step;
      from[end] = start;
    }
  }
  if (cost[n] === Infinity) return undefined;
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]!) words.unshift(run.slice(from[end]!, end));
  // Letters one by one are no words ("aaaa", "ééé" held as "a a a a"): two single letters side by side end the split.
  if (words.some((word, at) => word.length === 1 && words[at + 1]?.length === 1)) return undefined;
  return words.length >= fewest ? words : undefined;
}
