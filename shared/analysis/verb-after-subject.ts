import { isEnglishWord } from './english-dictionary';
import { PERSON_DEEDS } from './redact-names-words';

/*
 * Whether the words after a would-be subject are a verb it does: "J.R. took my phone", "Marsh had us skip the
 * lockout", "Marsh quitó la guarda", "Marsh a enlevé la protection". The name readers knew only a list of deeds
 * ("told", "yelled", "pushed"), so any other verb ("took", "got", "locked", "is making") left the subject as it was
 * written. Two strengths:
 * - any verb (`verbFollows`): after dotted initials, which stand for nothing but a person once the abbreviations
 *   everyone writes are set aside ("J.R. was drunk");
 * - a deed (`deedFollows`): after an everyday word with its capital ("Marsh", "Rose", "Young"), which is the word as
 *   readily ("Rose is pink", "August had no breaks", "Young and old workers"): a verb of doing, a tense made with
 *   an auxiliary ("is making", "has removed"), "had"/"got" someone ("had us skip"), or "and" with a person after.
 */

// Past tenses that are no "-ed" word, and third persons that are no plural noun.
const IRREGULAR = new Set(
  `took takes got gets made makes went goes came comes gave gives put puts let lets set sent shut sat stood threw broke
  drove forgot found hid held knew lost meant met paid quit rode sold spent stole swore tore woke won wore felt heard
  became began bit blew chose dug drew drank ate fell fought flew froze grew hung hurt led lent lit rang shook shot
  slept slid spoke spun stuck struck swung taught thought understood wept brought bought caught kept left ran told said
  saw did does says tells keeps leaves tries cries denies pays`.split(/\s+/),
);
// Modals and auxiliaries a verb follows: "Marsh will fire us", "J.R. can't be trusted".
const MODALS = new Set(
  `will would can could should must won't wouldn't can't couldn't shouldn't isn't wasn't hasn't hadn't doesn't didn't
  won’t wouldn’t can’t couldn’t shouldn’t isn’t wasn’t hasn’t hadn’t doesn’t didn’t keeps kept`.split(/\s+/),
);
// Who is had or got to do something: "had us skip", "got me fired", "is making everyone stay".
const SOMEONE = new Set(
  'us me him her them everyone everybody people somebody someone nobody the whole all my our his rid'.split(' '),
);
// Spanish, Portuguese and French what a subject did: "quitó", "tirou", "a enlevé", "avait fermé", "está gritando";
// German, only to someone ("hat uns", "hatte mich"): it capitalises every noun, and "Rose hat Dornen" is the flower.
const FOREIGN_DEED =
  /^(?:\p{Ll}{2,}(?:ó|ió)|\p{Ll}{3,}(?:ou|aba|aban)|(?:a|avait|ont|est|é|está|estaba|tem|tinha)[ \t]+\p{Ll}{2,}(?:é|ée|i|is|it|u|ert|do|da|ndo)|(?:hat|hatte)[ \t]+(?:mich|uns|ihn|sie|alle|jeden|euch))(?![\p{L}])/u;
// "Marsh and his foreman", "Marsh y su capataz", "Marsh et son chef", "Marsh e o seu chefe", "Marsh and Okafor",
// "J.R. and K.T.".
const AND_SOMEONE =
  /^(?:and|&)[ \t]+(?:his|her|their|I|me|\p{Lu}\p{Ll}+|(?:\p{Lu}\.[ \t]?){2,3})(?![\p{L}])|^(?:y|e)[ \t]+(?:su|sus|o[ \t]+seu|a[ \t]+sua|seu|sua)[ \t]|^et[ \t]+(?:son|sa|ses)[ \t]/u;

const NEXT_WORDS = /^[ \t]+([\p{L}'’]+)(?:[ \t]+([\p{L}'’]+))?/u;

/** Whether a lower-case word is an English past tense or participle ("locked", "unplugged"). */
const englishPast = (lower: string): boolean => /^\p{Ll}{2,}ed$/u.test(lower) && isEnglishWord(lower);
/** Whether a lower-case word is an English "-ing" form ("making", "forcing"). */
const englishIng = (lower: string): boolean => /^\p{Ll}{2,}ing$/u.test(lower) && isEnglishWord(lower);

/** Whether `after` (the text right after a subject) opens with a verb it does, weak ones included ("was", "is"). */
export function verbFollows(after: string): boolean {
  const m = NEXT_WORDS.exec(after);
  if (!m) return false;
  const word = m[1]!;
  if (!/^\p{Ll}/u.test(word)) return false;
  return deedFollows(after) || ['is', 'was', 'has', 'had', 'got', 'gets'].includes(word) || MODALS.has(word);
}

/** Whether `after` opens with something a person does (see the module's comment). */
export function deedFollows(after: string): boolean {
  const m = NEXT_WORDS.exec(after);
  if (!m) return false;
  const rest = after.replace(/^[ \t]+/, '');
  if (AND_SOMEONE.test(rest) || FOREIGN_DEED.test(rest)) return true;
  const word = m[1]!.replace(/’/g, "'");
  const second = m[2]?.toLowerCase();
  if (!/^\p{Ll}/u.test(word)) return false;
  // A weak verb, with what makes it someone's doing after it.
  if (word === 'is' || word === 'was' || word === 'has')
    return second !== undefined && (englishIng(second) || englishPast(second) || IRREGULAR.has(second));
  if (word === 'had' || word === 'got' || word === 'gets')
    return second !== undefined && (SOMEONE.has(second) || englishPast(second));
  if (MODALS.has(word)) return second !== undefined && /^\p{Ll}/u.test(second) && !['be', 'not'].includes(second);
  return IRREGULAR.has(word) || PERSON_DEEDS.includes(word) || englishPast(word);
}
