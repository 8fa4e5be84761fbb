import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { BETWEEN, DEEDS } from './redact-names-pairs-acting';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';

/*
 * Attack round 33 (rn33): a name no list knows, with a capital, where what the sentence says of it is something only a
 * person does, in four shapes an outside attacker read through:
 * - a pair before a deed to someone, neither name hidden yet ("Kaitlyn & Haley are bullying me", "Jo-Ann & Bettye in
 *   the office gossip about everyone", "Yesenia y Maricela me gritaron", "Kévin et Jordy m'ont insulté");
 * - one name before "was/is/keeps" and a deed, or the deed itself ("Quinton was fighting with someone", "Destiny was
 *   yelling at me", "Yesenia estaba gritando", "Jannik hat mich angeschrien");
 * - a name after a word for a friend ("his buddy Vince helps him steal", "su cuate Brayden", "sein Kumpel Jannik");
 * - a name, alone, from a department ("Mac from receiving", "Quinton from shipping").
 * A name is capitalised, no stopword, department, role or everyday word of the languages read; an English word only
 * when it is also a given name ("Destiny"). A famous person's or a place's name (Haley, Vince, Quinton) may be taken:
 * a brand or a town does not yell at anyone, and nobody's buddy is a town. "Security was yelling at me", "Everyone
 * is stealing", "my buddy list", "Coffee from receiving", "the Mac from receiving" stay as written.
 */

const NAME = mask('NAME', 1);
// A capitalised word, hyphenated too ("Jo-Ann"), accents as written ("Kévin").
const WORD = String.raw`\p{Lu}[\p{Ll}'\u2019]{1,}(?:-\p{Lu}?[\p{Ll}'\u2019]+)?`;
// "&" and "+" may touch the names ("Kaitlyn&Haley"); a word joins only between spaces ("Yesterday Quinton" is no pair).
const AND = String.raw`(?:[ \t]{0,3}[&+][ \t]{0,3}|[ \t]{1,3}(?:and|y|e|et|und|en|i|oraz)[ \t]{1,3})`;
// Where the pair are, between them and their deed: "in the office", "on nights", "de almac\u00e9n", "aus dem Lager".
const WHERE = String.raw`(?:[ \t]+(?:in|at|on|from|en|de|del|dans|au|aus|im|vom|in[ \t]+der)[ \t]+(?:(?:the|la|el|le|les|l'|der|die|dem|das)[ \t]*)?\p{L}+)?`;
// Deeds of Spanish, French and German beside the English of the pair rule, and what may stand before them.
const MORE_BETWEEN = String.raw`(?:estaba|est\u00e1|esta|siempre|me|nos|le|les|est|\u00e9tait|toujours|m'a|m\u2019a|nous[ \t]+a|hat|haben|hatte|hatten|mich|uns|ihn|immer|st\u00e4ndig|wieder|schon)`;
const MORE_DEEDS = String.raw`(?:grit(?:a|\u00f3|aba|ando)|pele(?:a|\u00f3|aba|ando)|rob(?:a|\u00f3|aba|ando)|acos(?:a|\u00f3|aba|ando)|insult(?:a|\u00f3|aba|ando)|amenaz(?:a|\u00f3|aba|ando)|empuj(?:a|\u00f3|aba|ando)|golpe(?:a|\u00f3|aba|ando)|insulte|criait|crie|vole|volait|harc\u00e8le|frappe|menace|bouscul(?:e|\u00e9)|schreit|schrie|angeschrien|anschreit|klaut|klaute|geklaut|stiehlt|stahl|mobbt|gemobbt|schl\u00e4gt|geschlagen|beleidigt|bedroht|schubst|geschubst|bel\u00e4stigt)`;
const BEFORE_DEED = String.raw`((?:[ \t]{1,3}(?:${BETWEEN}|${MORE_BETWEEN})){0,3}[ \t]{1,3}(?:${DEEDS}|${MORE_DEEDS}))(?![\p{L}])`;

const PAIR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\u2019'#@_-])(${WORD}|${NAME}+)${AND}(${WORD}|${NAME}+)(${WHERE})${BEFORE_DEED}`,
  'gu',
);
// A surname may follow ("Kaitlyn Smith was yelling at me"); what follows the deed says whether it is done to someone.
const ONE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\u2019'#@_-])(${WORD})((?:[ \t]${WORD})?)${BEFORE_DEED}((?:[ \t]{1,3}\p{L}+)?)`,
  'gu',
);
// A deed to someone: at or with a person, or a person its object ("was fighting with someone", "m'a insult\u00e9").
const TO_SOMEONE =
  /(?:^|[ \t'\u2019])(?:at|with|on|me|us|him|her|them|someone|people|everyone|nos|le|les|m|mich|uns|ihn)(?:$|[ \t])/i;
const FRIEND = String.raw`(?:buddy|mate|pal|bro|homie|friend|amig[oa]|compa|cuate|pana|colega|pote|copain|copine|Kumpel|Kumpels|Freund|Freundin|amico|amica|parceiro)`;
const WHOSE = String.raw`(?:my|his|her|their|our|your|mi|su|tu|sus|mon|son|ton|ma|sa|ta|mein|meine|sein|seine|ihr|ihre|dein|deine|il[ \t]+mio|il[ \t]+suo|o[ \t]+meu|o[ \t]+seu)`;
const BUDDY = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${WHOSE}[ \t]{1,3}${FRIEND}[ \t]{1,3})(${WORD})(?![\p{L}\p{N}])`,
  'giu',
);
const FROM = lazyPattern(
  String.raw`(?<![\p{L}\p{N}\u2019'#@_-])(${WORD})([ \t]{1,3}(?:from|de|aus|vom)[ \t]{1,3}(?:the[ \t]{1,3})?(\p{L}+))(?![\p{L}])((?:[ \t]{1,3}\p{L}+)?)`,
  'gu',
);
// Cheap first looks, before the patterns above are run.
const CAPITAL_PAIR =
  /[A-Z\u00C0-\u024F\uE000][a-z\u00E0-\u024F'\uE000-]+ ?(?:and|&|\+|y|e|et|und|en|i|oraz) ?[A-Z\u00C0-\u024F\uE000]/;

/** Whether a capitalised word is a person's name no list knows (see above). */
function isUnlistedName(word: string): boolean {
  const lower = word.toLowerCase();
  // "They'll tell you", "Didnt tell me", "Soy-boy's", "Momma always told me": a contraction or a kin word.
  if (/['\u2019](?:ll|re|ve|d|s|t|m)$/.test(lower) || NO_NAMES.has(lower)) return false;
  // "Dispatchers lie to drivers", "Receivables in Finance": a plural of an everyday word.
  if (
    /s$/.test(lower) &&
    (isEnglishWord(lower.slice(0, -1)) || (/es$/.test(lower) && isEnglishWord(lower.slice(0, -2))))
  )
    return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  if (commonWordLanguages(lower) !== undefined) return false;
  return !isEnglishWord(lower) || isGivenName(lower);
}

// Written without their apostrophe, and what a family calls its own: never a name here.
const NO_NAMES = new Set(
  'didnt dont doesnt cant wont wouldnt couldnt shouldnt isnt wasnt arent werent havent hasnt hadnt im ive id ill youre youll youve theyre theyll theyve hes shes its thats whats lets aint momma mama mamma mommy mum mummy daddy papa pops grandma granny nana grandpa gramps auntie sis bro'.split(
    ' ',
  ),
);
// A word after an article or a possessive is a thing ("meiner Herkunft beleidigt", "the Mac from receiving").
// A word after an article, a possessive or a preposition is a thing or a place ("meiner Herkunft beleidigt", "the
// Mac from receiving", "vom Wareneingang klaut"), as is one after a capitalised abbreviation ("Col. Roma nos grita").
const THING_BEFORE_ANY = lazyPattern(
  String.raw`(?:(?:^|[^\p{L}])(?:the|a|an|my|our|this|that|these|those|your|their|his|her|its|at|in|on|from|to|for|by|of|der|die|das|dem|den|des|ein|eine|einer|einem|einen|mein|meine|meiner|meinem|meinen|sein|seine|seiner|seinem|ihre|ihrer|unsere|unserer|vom|zum|zur|im|am|beim|von|aus|bei|nach|mit|el|la|los|las|le|les|un|una|une|mi|su|tu|mon|ma|son|sa|ses|mes|del|al|du|au|aux)|(?:^|\s)\p{Lu}\p{Ll}{0,3}\.)[ \t]+$`,
  'iu',
);
const isThing = (text: string, at: number) => THING_BEFORE_ANY.get().test(text.slice(Math.max(0, at - 12), at));
// "Benchmark is always pushed": what is done to a word, not what it does.
const PASSIVE = lazyPattern(
  String.raw`(?:^|[ \t])(?:is|was|were|are|been|be|get|gets|got)(?:[ \t]+\p{L}+)?[ \t]+\p{L}+(?:ed|en|ole|ought|it|at)$`,
  'iu',
);

// "was/is/keeps … -ing": a person in the middle of a deed.
const DOING = lazyPattern(
  String.raw`(?:^|[ \t])(?:is|was|keeps|kept|were|are|estaba|est\u00e1)(?:[ \t]+\p{L}+)?[ \t]+\p{L}+(?:ing|ando|iendo)$`,
  'iu',
);
// Deeds only a person does, whatever the name is also the name of.
const PERSON_ONLY =
  /(?:yell|shout|scream|f(?:ight|ought)|punch|kick|slap|grab|grop|harass|bull|hit|sp(?:it|at)|dr(?:ink|ank)|laugh|mock|gossip|curs|sw(?:ear|ore)|threaten|stalk|touch|shov|push|insult|grit|pele|acos|golpe|empuj|schrei|schrie|schubs|beleidig|mobb|frapp|bouscul|harc)/i;
// A deed said of one person: a singular auxiliary, or a verb in "-s" or a past.
const SINGULAR =
  /(?:^|[ \t])(?:is|was|has|keeps|kept|hat|est|\u00e9tait|estaba|est\u00e1)(?:[ \t]|$)|(?:s|ed|ole|ought|old|ew|at|\u00f3|\u00e9|t)$/iu;

const hide = (word: string) => NAME.repeat(word.length);

/** Masks a pair of unlisted names before a deed (see above). */
const maskPairs: Rule = (text) => {
  if (!CAPITAL_PAIR.test(text)) return text;
  return text.replace(
    PAIR.get(),
    (whole: string, first: string, second: string, where: string, deed: string, at: number) => {
      // One already hidden ("Destinee and [NAME] at the dock threatened me"): the other is its partner.
      const isHidden = (w: string) => w.startsWith(NAME);
      if (isHidden(first) && isHidden(second)) return whole;
      if (isHidden(first) || isHidden(second)) {
        const other = isHidden(first) ? second : first;
        if (!isUnlistedName(other) || isThing(text, at)) return whole;
        const middle = whole.slice(first.length, whole.length - deed.length - where.length - second.length);
        return hide(first) + middle + hide(second) + where + deed;
      }
      if (!isUnlistedName(first) || !isUnlistedName(second) || isThing(text, at)) return whole;
      // Two places or two famous names ("Paris and Rome were fighting over the deal"): one of a pair must be no
      // dictionary's proper noun.
      if (isProperNoun(first.toLowerCase()) && isProperNoun(second.toLowerCase())) return whole;
      const middle = whole.slice(first.length, whole.length - deed.length - where.length - second.length);
      return hide(first) + middle + hide(second) + where + deed;
    },
  );
};

/** Masks one unlisted name before a deed (see above). */
const maskOne: Rule = (text) =>
  text.replace(ONE.get(), (whole: string, word: string, surname: string, deed: string, next: string, at: number) => {
    const last = surname.trim();
    if (PASSIVE.get().test(deed)) return whole;
    // "Niggas gossip like hoes": a plural before a verb in its plain form is no one's name ("Marcus keeps yelling").
    if (/s$/.test(last || word) && !SINGULAR.test(deed)) return whole;
    // "Yesterday Quinton was yelling": the first word is no name, the second alone may be.
    if (last !== '' && !isUnlistedName(word)) {
      const from = at + word.length + 1;
      return isPersonActing(text, last, from, deed, next) ? word + surname[0] + hide(last) + deed + next : whole;
    }
    if (last !== '' && !isCommonSurname(last.toLowerCase()) && !isUnlistedName(last)) return whole;
    if (!isPersonActing(text, word, at, deed, next)) return whole;
    return hide(word) + (last === '' ? surname : surname[0] + hide(last)) + deed + next;
  });

/** Whether a word before a deed is a person's name (see above). */
function isPersonActing(text: string, word: string, at: number, deed: string, next: string): boolean {
  if (!isUnlistedName(word) || isThing(text, at)) return false;
  const lower = word.toLowerCase();
  // A given name that is also a word ("Destiny", "Hope") only in the middle of doing it: "Destiny was yelling at
  // me", never "Hope pushed me to finish the course".
  if (isEnglishWord(lower)) return DOING.get().test(deed);
  if (!isProperNoun(lower)) return true;
  // A company or a place tells, follows and steals data; only a person yells, fights or grabs ("Toyota told us").
  if (!PERSON_ONLY.test(deed)) return false;
  // The second of a pair is the pair rule's, which asks that not both be places ("Paris and Rome were fighting").
  if (AFTER_AND.test(text.slice(Math.max(0, at - 6), at))) return false;
  // A famous name or a place is a person only when the deed is done to someone ("Quinton was fighting with
  // someone"); "Amazon keeps stealing our data" stays.
  return TO_SOMEONE.test(deed) || TO_SOMEONE.test(next);
}
const AFTER_AND = /(?:^|[^A-Za-z])(?:and|&|\+|y|e|et|und|en|i|oraz)[ \t]+$/i;

/** Masks an unlisted name after a word for a friend (see above). */
const maskBuddies: Rule = (text) =>
  text.replace(BUDDY.get(), (whole: string, friend: string, word: string) =>
    /^\p{Lu}\p{Ll}/u.test(word) && isUnlistedName(word) ? friend + hide(word) : whole,
  );

/** Masks an unlisted name from a department (see above). */
const maskFromDepartment: Rule = (text) =>
  text.replace(FROM.get(), (whole: string, word: string, rest: string, unit: string, next: string, at: number) =>
    DEPARTMENTS.has(unit.toLowerCase()) &&
    unit.toLowerCase() !== 'the' &&
    !isThing(text, at) &&
    isUnlistedName(word) &&
    // "Pallets from shipping were late": things, told by the verb after them.
    !(/s$/.test(word) && PLURAL_VERB.test(next))
      ? hide(word) + rest + next
      : whole,
  );
const PLURAL_VERB = /^[ \t]+(?:were|are|have|keep|do|don't|dont|need|come|arrive|arrived)$/i;

/** The four shapes, each on what the one before it left. */
export const maskUnlistedNamesActing: Rule = (text) => {
  if (!/\p{Lu}/u.test(text)) return text;
  return maskFromDepartment(maskBuddies(maskOne(maskPairs(text))));
};
