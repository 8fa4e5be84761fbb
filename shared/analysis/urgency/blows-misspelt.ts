import { oneSlipApart } from './one-slip-apart';

/*
 * A shove, a grab or a blow typed in a hurry: "he shoverd me", "she grabed my arm", "he pused me down the stairs",
 * "he shuved me into the racking", "my lead shuvd me". Each read calm while the same words spelled right escalate at
 * once. `blowSpelledRight` gives the verb a misspelt word stands for, and misspelled.ts reads the text again with it
 * spelled right, never instead of the text as written: so "he pused the trolley down the aisle" stays as calm as
 * "he pushed the trolley down the aisle", and only the rules that read a blow to a person can add anything.
 *
 * The slips are those of a thumb on a phone, read from each verb: a letter left out, added, changed or swapped with
 * its neighbour, and, on top of one another, "ed" typed "d", "t" or "erd", an "o" typed "u" (or the reverse), a
 * doubled letter typed once, "sh" typed "s", "ck" typed "k", "ch" typed "sh". The English dictionary holds common
 * misspellings ("grabed", "pused"), so it cannot tell a slip from a word: the words the slips make that are words of
 * their own ("rushed", "showed", "shaved", "picked", "snapped", "cooked", "hacked") are named below and never put right.
 */

const VERBS = [
  'pushed',
  'shoved',
  'grabbed',
  'punched',
  'slapped',
  'kicked',
  'smacked',
  'whacked',
  'choked',
  'strangled',
];
/*
 * The same blows in Spanish, Portuguese, French and German, as they are folded ("empujó" "empujo", "poussé" "pousse",
 * "gestoßen" "gestossen"): "me enpujo por las escaleras", "ele me enpurrou na escada", "il m'a pousé", "er hat mich
 * geschupst". Only read after the pronoun of whom they struck (CLITIC below), where a slip of them means the blow.
 */
const VERBS_ELSEWHERE = [
  'empujo',
  'empujaron',
  'empujado',
  'agarro',
  'agarraron',
  'golpeo',
  'golpearon',
  'empurrou',
  'empurraram',
  'agarrou',
  'esmurrou',
  'pousse',
  'poussee',
  'bouscule',
  'geschubst',
  'gestossen',
  'geschlagen',
  'gepackt',
];

// Spellings the slips below make that are English words, or words people mean ("shovel", "pusher"): never a slip.
const WORDS_OF_THEIR_OWN = new Set(
  [
    'posed bushed gushed hushed lushed mushed rushed plushed pussed pusher pushes pushied pushyed pusted',
    'hoved stoved shaved shoed shoded shoned shooed shoped shored shoted showed shove shovel shover shoves shovet',
    'crabbed drabbed gabbed grubbed grabber grabs',
    'bunched hunched lunched munched paunched pinched puncher punches',
    'lapped clapped flapped sapped snapped swapped slipped slopped slapper slaped',
    'hicked licked nicked picked sicked ticked wicked kinked kicker',
    'sacked shacked slacked snacked stacked smocked smacker',
    'hacked whacker whackoed',
    'coked cooked choped chored chosed chowed choke choker chokes',
    'straggled stranged strangle strangler strangles',
  ]
    .join(' ')
    .split(' '),
);
// "slaped" is left out above only to be put back: it is no word, and the dictionary's misspelling of "slapped".
WORDS_OF_THEIR_OWN.delete('slaped');

// The slips people make in these verbs over and over, each one or two on top of another: "shuvd", "grabd", "shoverd".
const HABITS: Array<(word: string) => string> = [
  (word) => word.replace(/ed$/, 'd'),
  (word) => word.replace(/ed$/, 't'),
  (word) => word.replace(/ed$/, 'erd'),
  (word) => word.replace('o', 'u'),
  (word) => word.replace('u', 'o'),
  (word) => word.replace(/(.)\1/, '$1'),
  (word) => word.replace('sh', 's'),
  (word) => word.replace('ck', 'k'),
  (word) => word.replace('ch', 'sh'),
  (word) => word.replace('mp', 'np'),
];

// Each verb's habitual slips, one or two on top of another (a few hundred words in all, made on first use): a slip
// of a single letter is asked of each verb instead (oneSlipApart), as listing those would take a cold start ~150 ms.
function habitsOf(verbs: readonly string[]): Map<string, string> {
  const made = new Map<string, string>();
  for (const verb of verbs)
    for (const first of HABITS)
      for (const spelling of [first(verb), ...HABITS.map((second) => second(first(verb)))])
        if (!made.has(spelling)) made.set(spelling, verb);
  return made;
}

// A slip of two verbs ("pouse": "pousse" or "poussee") is a blow either way: the first verb listed is read.
function slipOf(word: string, verbs: readonly string[], habits: Map<string, string>): string | undefined {
  if (word.length < 4 || verbs.includes(word) || WORDS_OF_THEIR_OWN.has(word)) return undefined;
  return habits.get(word) ?? verbs.find((verb) => oneSlipApart(word, verb));
}

let english: Map<string, string> | undefined;
let elsewhere: Map<string, string> | undefined;

/** The blow a misspelt English word stands for ("shoverd" → "shoved"), or undefined when it is no slip of one. */
export function blowSpelledRight(word: string): string | undefined {
  english ??= habitsOf(VERBS);
  return slipOf(word, VERBS, english);
}

/** The same, for a word after a Spanish, Portuguese, French or German pronoun ("enpujo" → "empujo"). */
export function blowSpelledRightElsewhere(word: string): string | undefined {
  elsewhere ??= habitsOf(VERBS_ELSEWHERE);
  return slipOf(word, VERBS_ELSEWHERE, elsewhere);
}

/*
 * A word that may be a blow, as only a blow to a person matters: before someone ("me", "him", "my arm", "the new
 * lad"). Only such words are looked up.
 */
export const MAY_BE_A_BLOW =
  /(?<=^|[^a-z])[a-z]{4,10}(?= (?:me|him|her|us|them|my|his|our|their|your|someone|somebody|some1|the|a|an|this|that|every ?one|any ?one)\b)/g;

// A word after the pronoun of whom a blow struck, a word or two on: "me enpujo", "m'a pouse", "hat mich geschupst".
export const AFTER_A_CLITIC =
  /(?<=(?:^|[^a-z])(?:me|te|le|lo|la|nos|les|m'a|m'ont|t'a|l'a|nous a|mich|dich|ihn|uns)(?: [a-z]+){0,2} )[a-z]{5,16}(?=$|[^a-z])/g;
