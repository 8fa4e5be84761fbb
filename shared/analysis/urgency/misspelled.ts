import { isEnglishWord } from '../english-dictionary';
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

/** Whether two different words are one slip apart: a letter left out, added or changed, or two side by side swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const DANGER = new Set(DANGER_WORDS);

const WORD = /(?<=^|[^a-z])[a-z]{5,}(?=$|[^a-z])/g;

/** The danger word a misspelled word stands for, or undefined when it is no slip of one. */
function dangerWordFor(word: string): string | undefined {
  if (DANGER.has(word)) return undefined;
  const near = DANGER_WORDS.filter((danger) => oneSlipApart(word, danger));
  // Two danger words one slip from the same spelling: it says neither for sure.
  if (near.length !== 1) return undefined;
  const meant = near[0]!;
  // A plural or singular of the word is no slip: "los incendios en Chile" stays news, as the rules read it.
  if (word === `${meant}s` || word === `${meant}es` || `${word}s` === meant) return undefined;
  return isEnglishWord(word) ? undefined : meant;
}

/** The folded text with its misspelled danger words put right, or undefined when it has none. */
export function withDangerWordsSpelled(folded: string): string | undefined {
  let changed = false;
  let text = folded.replace(WORD, (word) => {
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
