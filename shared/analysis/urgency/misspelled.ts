import { isEnglishWord } from '../english-dictionary';
import { oneSlipApart } from './one-slip-apart';
import { withKeyNounsSpelled } from './key-nouns-misspelt';
import { AFTER_A_CLITIC, blowSpelledRight, blowSpelledRightElsewhere, MAY_BE_A_BLOW } from './blows-misspelt';

/*
 * People report a danger in a hurry, on a phone, and misspell the very word the rules turn on: "emergancy stop broke
 * on press 3", "fier exit blokced by pallets agian", "som1 left the amonia valve open", "la salida de emergensia esta
 * bloqeada" (attack round 32, F1). Each read calm, while the same words spelled right escalate at once.
 *
 * `withDangerWordsSpelled` gives the folded text with such slips put right, or undefined when it has none; like the
 * short forms (shorthand.ts) the detector reads that spelling as well as the text as written, never instead of it, so
 * a correction can only add a reading. A word is put right only when it is one slip (a letter missing, extra, wrong,
 * or two swapped) from a word of DANGER_WORDS, is five letters or more, and is neither an everyday English word nor a
 * danger word itself: "clocked", "looked" and "lacked" stay as written, "blokced" and "emergancy" do not. A few
 * slips too short to be found so ("teh", "fier", "dosnt") are put right by name, and "fier" only before what a fire
 * has ("fier exit", "fier alarm"), as "fier" is French for proud.
 */

// The words the rules of safety, harassment, violence and discrimination turn on, as they are folded (lower case, no
// accents), in the languages whose writers misspell them most in the eval and attack data: English and Spanish, with
// the few French and Portuguese ones that differ.
const DANGER_WORDS: readonly string[] = [
  // English: places and things of a hazard
  'emergency',
  'blocked',
  'blocking',
  'locked',
  'chained',
  'padlocked',
  'ammonia',
  'chlorine',
  'chemical',
  'chemicals',
  'electrical',
  'electric',
  'electrocuted',
  'extinguisher',
  'extinguishers',
  'sprinkler',
  'sprinklers',
  'scaffold',
  'scaffolding',
  'forklift',
  'forklifts',
  'ladder',
  'harness',
  'railing',
  'guardrail',
  'asbestos',
  'exposed',
  'sparking',
  'sparks',
  'smoking',
  'burning',
  'leaking',
  'collapsed',
  'collapsing',
  'explosion',
  'exploded',
  'unsafe',
  'hazard',
  'hazardous',
  'safety',
  'injured',
  'injury',
  'bleeding',
  'unconscious',
  'breathing',
  'coughing',
  'ambulance',
  'hospital',
  'seizure',
  'overdose',
  // English: people harmed by people
  'harassment',
  'harassing',
  'harassed',
  'harass',
  'touching',
  'touched',
  'groping',
  'grabbing',
  'threatened',
  'threatening',
  'threatens',
  'assaulted',
  'assault',
  'punched',
  'stabbed',
  'strangled',
  'weapon',
  'suicide',
  'suicidal',
  'racist',
  'discrimination',
  'retaliation',
  'pregnant',
  // Attack round 32 again: a broken brake or a spill, typed in a hurry ("brakes are brokn", "chemcial spil").
  'broken',
  'spilled',
  'spillage',
  'slipping',
  // Spanish, Portuguese and French
  'emergencia',
  'emergencias',
  'bloqueada',
  'bloqueado',
  'bloqueadas',
  'bloqueados',
  'cerrada',
  'incendio',
  'extintor',
  'extintores',
  'montacargas',
  'amoniaco',
  'quimico',
  'quimicos',
  'electrocutado',
  'peligro',
  'peligroso',
  'peligrosa',
  'acosando',
  'manosea',
  'amenaza',
  'amenazas',
  'amenazo',
  'amenazado',
  'borracho',
  'embarazada',
  'discriminacion',
  'secours',
  'incendie',
  'harcelement',
  'bloquee',
  'assedio',
];

// Slips too short to find by distance, each put right by name; "fier" only before what a fire has.
const BY_NAME: Array<[RegExp, string]> = [
  [/(?<=^|[\s(])teh(?=$|[\s.,!?;:)])/g, 'the'],
  [/(?<=^|[\s(])agian(?=$|[\s.,!?;:)])/g, 'again'],
  [/(?<=^|[\s(])spil(?=$|[\s.,!?;:)])/g, 'spill'],
  [/(?<=^|[\s(])anymor(?=$|[\s.,!?;:)])/g, 'anymore'],
  [/(?<=^|[\s(])(?:dosnt|dosent|deosnt|dsnt)(?=$|[\s.,!?;:)])/g, 'doesnt'],
  [/(?<=^|[\s(])(?:fier|fiar|frie)(?= (?:exits?|alarms?|doors?|escapes?|extinguishers?|hose)\b)/g, 'fire'],
  [/(?<=\botra )ves(?=$|[\s.,!?;:)])/g, 'vez'],
  // "because" as it is typed: "i cant get promoted cuz im pregnant" (the rules read "because im pregnant").
  [/(?<=^|[\s(])(?:cuz|cus|coz|bcuz|bcoz|bcause|becuz|becuase|becasue|beacuse|becouse)(?=$|[\s.,!?;:)])/g, 'because'],
  // A slur starred out is the slur the rules know: "calls me a f****t", "called me a n****r".
  [/(?<=^|[\s("'])f[*#@.]+(?:t|ts|g|gs)(?=$|[\s.,!?;:)"'])/g, 'fag'],
  [/(?<=^|[\s("'])n[*#@.]{2,}(?:r|rs|a|as|er|ers|az)(?=$|[\s.,!?;:)"'])/g, 'n word'],
];
const MAY_HAVE_SHORT_SLIP =
  /\b(?:teh|agian|spil|anymor|dosnt|dosent|deosnt|dsnt|fier|fiar|frie|ves|cuz|cus|coz|bcuz|bcoz|bcause|becuz|becuase|becasue|beacuse|becouse)\b|\b[fn][*#@.]/;

// A verb with its "g" dropped, as it is said: "they keep callin me the n word", "he keeps touchin me". Only where the
// word is no English word and with its "g" is one: "cousin", "latin" and "robin" stay.
const DROPPED_G = /(?<=^|[^a-z])[a-z]{3,}in(?=$|[^a-z'])/g;
const droppedG = (word: string): string | undefined =>
  !isEnglishWord(word) && isEnglishWord(`${word}g`) ? `${word}g` : undefined;

const DANGER = new Set(DANGER_WORDS);

/*
 * Every word of a text is asked whether it is one slip from a danger word, and asking all of DANGER_WORDS each time
 * was most of this reading's cost. Two words one slip apart (the word five letters or more) differ in length by one
 * at most and share their first letter or their last: a slip at the first letter leaves the last one standing, any
 * other slip the first. So a word is compared only with the danger words filed under its length, one more or one
 * less, by first or by last letter: the same words are found, in the list's order.
 */
// Indices into DANGER_WORDS by length and first letter, and by length and last letter; a danger word that does not
// start and end with a letter a to z, or is shorter than three letters (for which the rule above does not hold), is
// asked of every word.
const LONGEST = Math.max(...DANGER_WORDS.map((danger) => danger.length));
const isAtoZ = (code: number): boolean => code >= 97 && code <= 122;
const slotOf = (length: number, letter: number): number => length * 26 + letter - 97;
const BY_FIRST_LETTER: number[][] = Array.from({ length: (LONGEST + 1) * 26 }, () => []);
const BY_LAST_LETTER: number[][] = Array.from({ length: (LONGEST + 1) * 26 }, () => []);
const ASKED_ALWAYS: number[] = [];
DANGER_WORDS.forEach((danger, i) => {
  const first = danger.charCodeAt(0);
  const last = danger.charCodeAt(danger.length - 1);
  if (danger.length < 3 || !isAtoZ(first) || !isAtoZ(last)) ASKED_ALWAYS.push(i);
  else {
    BY_FIRST_LETTER[slotOf(danger.length, first)]!.push(i);
    BY_LAST_LETTER[slotOf(danger.length, last)]!.push(i);
  }
});
const filedUnder = (filed: readonly number[][], length: number, letter: number): readonly number[] =>
  isAtoZ(letter) ? filed[slotOf(length, letter)]! : [];

/** The danger words one slip from `word` (oneSlipApart), in the order of DANGER_WORDS. */
export function dangerWordsOneSlipFrom(word: string): string[] {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  let near: number[] | undefined;
  // A word shorter than three letters may be a slip of a danger word that shares neither end with it ("ab", "ba").
  if (word.length < 3) return dangerWordsOneSlipFromAll(word);
  for (const i of ASKED_ALWAYS) if (oneSlipApart(word, DANGER_WORDS[i]!)) (near ??= []).push(i);
  for (let length = Math.max(1, word.length - 1); length <= Math.min(LONGEST, word.length + 1); length += 1) {
    for (const i of filedUnder(BY_FIRST_LETTER, length, first))
      if (oneSlipApart(word, DANGER_WORDS[i]!)) (near ??= []).push(i);
    // Those that share the first letter as well were asked above.
    for (const i of filedUnder(BY_LAST_LETTER, length, last))
      if (DANGER_WORDS[i]!.charCodeAt(0) !== first && oneSlipApart(word, DANGER_WORDS[i]!)) (near ??= []).push(i);
  }
  return near ? near.sort((a, b) => a - b).map((i) => DANGER_WORDS[i]!) : [];
}

/** Every danger word one slip from `word`, asked of the whole list: what dangerWordsOneSlipFrom answers (its test). */
export const dangerWordsOneSlipFromAll = (word: string): string[] =>
  DANGER_WORDS.filter((danger) => oneSlipApart(word, danger));

/** The danger words, for the test that builds its slips from them. */
export const dangerWords = (): readonly string[] => DANGER_WORDS;

const WORD = /(?<=^|[^a-z])[a-z]{5,}(?=$|[^a-z])/g;

/** The danger word a misspelled word stands for, or undefined when it is no slip of one. */
function dangerWordFor(word: string): string | undefined {
  if (DANGER.has(word)) return undefined;
  const near = dangerWordsOneSlipFrom(word);
  // Two danger words one slip from the same spelling: it says neither for sure.
  if (near.length !== 1) return undefined;
  const meant = near[0]!;
  // A plural or singular of the word is no slip: "los incendios en Chile" stays news, as the rules read it.
  if (word === `${meant}s` || word === `${meant}es` || `${word}s` === meant) return undefined;
  return isEnglishWord(word) ? undefined : meant;
}

/** The folded text with its misspelled danger words put right, or undefined when it has none. */
export function withDangerWordsSpelled(folded: string): string | undefined {
  // A key noun misspelt as said or with a digit ("fyr", "trapt", "4klift", "porfa"): key-nouns-misspelt.ts.
  const keyed = withKeyNounsSpelled(folded);
  let changed = keyed !== undefined;
  let text = (keyed ?? folded).replace(WORD, (word) => {
    const meant = dangerWordFor(word);
    if (meant === undefined) return word;
    changed = true;
    return meant;
  });
  // A shove or a grab typed in a hurry, before whom it struck: "he shoverd me", "she grabed my arm" (blows-misspelt.ts).
  text = text.replace(MAY_BE_A_BLOW, (word) => {
    const meant = blowSpelledRight(word);
    if (meant === undefined) return word;
    changed = true;
    return meant;
  });
  text = text.replace(AFTER_A_CLITIC, (word) => {
    const meant = blowSpelledRightElsewhere(word);
    if (meant === undefined) return word;
    changed = true;
    return meant;
  });
  text = text.replace(DROPPED_G, (word) => {
    const meant = droppedG(word);
    if (meant === undefined) return word;
    changed = true;
    return meant;
  });
  if (MAY_HAVE_SHORT_SLIP.test(text)) {
    for (const [slip, meant] of BY_NAME) {
      const next = text.replace(slip, meant);
      if (next !== text) changed = true;
      text = next;
    }
  }
  return changed ? text : undefined;
}
