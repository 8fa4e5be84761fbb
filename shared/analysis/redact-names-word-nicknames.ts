import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 32: names and nicknames that are words, where the words around them leave only a person:
 * - a nickname before a part of the workplace, then what a person does to someone: "Smiley from the canteen spat in
 *   my food", "Shorty from goods in grabbed me", "Smiley aus der Kantine hat mich geschubst", "Smiley de la cantine
 *   m'a poussé" ("Soup from the canteen spilled", "Pizza from the canteen made me sick" stay: no such deed);
 * - a given name or a nickname written small in a department, then a deed ("lucky in shipping grabbed me");
 * - told or asked to do something, written small ("I told rusty to stop", "le dije a rusty que parara");
 * - "will" or "may" opening a clause before a deed no modal comes before ("will pushed me", "then will grabbed her");
 * - after a role and "is", at a clause's end ("the night supervisor is rob", "der Schichtleiter ist rob"; "the
 *   manager is frank with us" is candid, "the supervisor is new" is new);
 * - before "'s been" and what a person has been doing ("Pat's been drinking on shift"; "Summer's been busy" stays).
 */

// Words people at work go by: each is also an everyday word, so no dictionary test tells them.
export const WORD_NICKNAMES = new Set(
  `tiny rusty chip cliff tanner deacon buddy butch duke ace sparky smokey spike lefty shorty dusty skip tex slim stretch
  bubba frank bill grace rob pat sandy bob smiley lofty ginger chalky smudge sunny bear lucky taff taffy nobby spud tank
  moose chopper bomber scouse geordie jock paddy stumpy curly baldy blondie red lanky chunky biggie tubs posh sketchy
  snowy sooty dodger digger scratch tricky fingers legs bones spider rocky rambo ozzy bunny chief hoss boss-man sarge
  dutch junior sonny scooter flash dash buster biscuit peanut pickles bean twiggy`.split(/\s+/),
);

// Parts of a workplace a person is from, in English, German, French, Spanish and Italian.
export const PARTS = String.raw`(?:the[ \t]+)?(?:(?:late|early|night|day|back|weekend|morning|evening|twilight|graveyard|\p{Lu})[ \t]+shift|nights|days|lates|earlies|canteen|kitchen|warehouse|stores|store|loading[ \t]+bay|yard|depot|dock|docks|office|floor|shop[ \t]+floor|line|goods[ \t]+in|goods[ \t]+out|stockroom|stock[ \t]+room|bakery|deli|tills|checkouts|(?:unit|ward|bay|aisle|zone|till|line|dock)[ \t]+[\p{L}\d]{1,3}|front[ \t]+desk|back[ \t]+office|night[ \t]+crew|agency|${[
  ...DEPARTMENTS,
]
  .filter((d) => d !== 'the' && d !== 'it' && d !== 'management')
  .join('|')}|HR|IT)`;
export const PARTS_ABROAD = String.raw`(?:(?:aus|von)[ \t]+(?:der|dem)|vom|de[ \t]+la|de[ \t]+l['\u2019]|du|des|del|de|della|dalla|dal|dello|do|da)[ \t]*(?:Kantine|K\u00fcche|Lager|Halle|Werkstatt|Versand|Empfang|Schicht|cantine|cuisine|entrep\u00f4t|atelier|quai|cantina|cocina|almac\u00e9n|taller|muelle|mensa|cucina|magazzino|officina|turno|\u00e9quipe|reparto|rayon)`;
// What only a person does to someone, in the same languages (past forms: no thing spits, gropes or threatens).
const DEEDS = String.raw`(?:bullies|threatens|harasses|hits|pushes|shoves|yells|screams|insults|mocks|spat|spits|grabbed|grabs|groped|gropes|touched|punched|slapped|kicked|shoved|pushed|threatened|mocked|laughed|insulted|bullied|harassed|stole|steals|nicked|nicks|swore|yelled|screamed|shouted|texted|followed|cornered|pinched|hit[ \t]+(?:me|her|him|us|them|a|the[ \t]+new)|keeps[ \t]+\p{Ll}+ing|kept[ \t]+\p{Ll}+ing)`;
const DEEDS_ABROAD = String.raw`(?:hat[ \t]+(?:mich|sie|ihn|uns)|(?:m|t|l)['\u2019]a|nous[ \t]+a|(?:me|te|le|la|nos|les|lo)[ \t]+\p{Ll}+(?:\u00f3|i\u00f3)|(?:mi|ti|ci|le|lo|la|gli)[ \t]+ha|klaut|schubst|schl\u00e4gt|schreit|crache|vole|frappe|roba|golpea|ruba|picchia)(?![\p{L}])`;
const DEED_AFTER_PART = lazyPattern(
  String.raw`^[ \t]+(?:from|in|on)[ \t]+${PARTS}[ \t]+(?:(?:never|always|just|then|once)[ \t]+)?${DEEDS}(?![\p{L}])`,
  'u',
);
/** Whether what follows a word is a part of the workplace and a deed only a person does ("… in the canteen spat at me"). */
export const personDeedAtWorkAfter = (after: string) => DEED_AFTER_PART.get().test(after);
const AT_WORK = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:(?:from|in|on)[ \t]+${PARTS}[ \t]+(?:(?:never|always|just|then|once)[ \t]+)?${DEEDS}|${PARTS_ABROAD}[ \t]+${DEEDS_ABROAD})(?![\p{L}]))`,
  'gu',
);
// Written small after a clause's start: "lucky in shipping grabbed me", "chip in dispatch threatened me".
const SMALL_AT_WORK = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n;,][ \t]*)|(?<=(?:and|but|then|so|because|cos)[ \t]+))(\p{Ll}{3,})(?=[ \t]+(?:from|in|on)[ \t]+${PARTS}[ \t]+${DEEDS}(?![\p{L}]))`,
  'gu',
);
const SMALL_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:told|asked|warned|reminded|begged|tell|ask|warn|remind|beg)[ \t]+(\p{Ll}{3,})(?=[ \t]+(?:not[ \t]+)?to[ \t]+\p{Ll})|(?:(?:dije|dijo|dijimos|ped\u00ed|pidi\u00f3|avis\u00e9|avis\u00f3)[ \t]+a|(?:dit|demand\u00e9|demande)[ \t]+\u00e0|(?:hab|habe|hat|haben|hatte))[ \t]+(\p{Ll}{3,})(?=[ \t]+(?:que|de|d['\u2019]|gesagt|gebeten))`,
  'gu',
);
// Never a modal before these: a past form, "has been", "was", a habit.
const SMALL_MODAL = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n;,][ \t]*)|(?<=(?:and|but|then|so|because|cos|yesterday|today|when)[ \t]+))(will|may)(?=[ \t]+(?:pushed|shoved|grabbed|groped|touched|punched|slapped|kicked|threatened|mocked|stole|swore|spat|yelled|screamed|shouted|texted|followed|was|has[ \t]+been|keeps|kept)(?![\p{L}]))`,
  'gu',
);
// A role and "is" before a given name written small that ends the clause.
// The copula first (a literal the engine finds fast), the role looked for in the words before it.
const IS_NAME_AT_END = lazyPattern(
  String.raw`[ \t](?:is|was|es|era|ist|war|est|\u00e8)[ \t]+(\p{Ll}{3,})(?=[ \t]*(?:$|[.,!?;:\n)]|[ \t](?:and|but|who|he|she|they|und|y|et|e|qui|que|der|die)(?![\p{L}])))`,
  'gu',
);
// "the night supervisor", "el supervisor de noche", "the manager on nights": the role, then at most "of" and a word.
const ROLE_BEFORE = lazyPattern(
  String.raw`(\p{L}+)(?:[ \t]+(?:de|of|on|in|del|di|vom|der)[ \t]+(?:the[ \t]+|la[ \t]+)?\p{L}+)?[ \t]*$`,
  'u',
);
export const ROLES_ABROAD = new Set(
  'schichtleiter schichtleiterin vorgesetzter chef chefin meister teamleiter teamleiterin supervisor supervisora jefe jefa encargado encargada capo responsabile caporeparto chef cheffe contrema\u00eetre'.split(
    ' ',
  ),
);
// A name before "'s been" and what a person has been doing.
// Spanish, Italian and Portuguese say it with "has been" and a gerund ("Pat ha estado bebiendo", "Pat tem estado a beber").
const BEEN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(\p{Lu}\p{Ll}{1,})(?=(['\u2019]s|[ \t]+has)[ \t]+been[ \t]+(?:\p{Ll}+ing|drunk|high|rude|horrible|nasty|vile|awful|violent|aggressive|creepy|off[ \t]+sick|at[ \t]+it|on[ \t]+at)(?![\p{L}])|[ \t]+(?:ha|hab\u00eda)[ \t]+estado[ \t]+\p{Ll}+(?:ando|iendo)(?![\p{L}])|[ \t]+(?:tem|tinha)[ \t]+(?:estado|andado)[ \t]+(?:a[ \t]+\p{Ll}+r|\p{Ll}+(?:ando|endo|indo))(?![\p{L}])|[ \t]+sta[ \t]+\p{Ll}+(?:ando|endo)(?![\p{L}]))`,
  'gu',
);

// Adjectives a given name also spells: after "is" they say how someone is.
const ADJECTIVE_NAMES = new Set(
  'frank sunny rusty earnest young hardy bright sharp noble rich happy merry honest fair faith hope lucky sandy grim sly moody rosy ginger stern rude'.split(
    ' ',
  ),
);
const NOT_PEOPLE = new Set(
  `will may can shall must hope faith joy love fate luck summer winter autumn spring fall everyone everybody someone
  somebody nobody people customers management staff stock traffic work life everything nothing business weather
  overtime payroll morale money pay it this that`.split(/\s+/),
);

export function notAWordForWho(lower: string): boolean {
  return !(
    NOT_PEOPLE.has(lower) ||
    ALL_STOPWORDS.has(lower) ||
    DETERMINERS.has(lower) ||
    NOT_NAMES.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    TITLES.has(lower)
  );
}
const nameOrNickname = (lower: string) => isGivenName(lower) || WORD_NICKNAMES.has(lower);
/** A capitalised word that may be someone: a name the lists hold, a nickname, or no word the dictionary knows. */
const maySomeone = (word: string) => {
  const lower = word.toLowerCase();
  return notAWordForWho(lower) && (nameOrNickname(lower) || (!isEnglishWord(lower) && !isProperNoun(lower)));
};

function hideGroup(text: string, pattern: RegExp, accept: (word: string, whole: string) => boolean): string {
  return text.replace(pattern, (whole: string, ...groups: unknown[]) => {
    const word = groups.find((g) => typeof g === 'string' && g.length > 0) as string | undefined;
    if (!word || !accept(word, whole)) return whole;
    const at = whole.lastIndexOf(word);
    return whole.slice(0, at) + mask('NAME', word.length) + whole.slice(at + word.length);
  });
}

/** Hides the names and nicknames that are words, where only a person stands (see above). */
// What each pattern cannot match without, asked first: most texts hold none.
const DEED_GATE =
  /spat|spits|grab|grop|touch|punch|slap|kick|shov|push|threat|mock|laugh|insult|bull|harass|stole|steal|nick|swore|yell|scream|shout|texted|follow|corner|pinch|hit|kept|keeps/iu;
const ABROAD_GATE = /[ \t](?:aus|von|vom|de|du|des|del|della|dal|dalla|dello|do|da)[ \t]/u;
const TOLD_GATE = /told|asked|warn|remind|beg|tell|ask|dij|ped|pid|avis|dit|demand|hab|hat/iu;
const MODAL_GATE =
  /(?:will|may)[ \t]+(?:pushed|shoved|grabbed|groped|touched|punched|slapped|kicked|threatened|mocked|stole|swore|spat|yelled|screamed|shouted|texted|followed|was|has|keeps|kept)/u;
const BEEN_GATE = /been|estado|andado|[ \t]sta[ \t]/u;

/*
 * fx35r: a nickname set off in quotation marks ("\"Tank\" on B shift keeps pushing people", "\u201cLe Grand\u201d de
 * l'\u00e9quipe de nuit nous menace", "\"El Toro\" del turno de noche me pega"): one to three words with a capital, the
 * marks saying "what we call him". Hidden where only a person stands: after "they call him", "aka", "le dicen" …, or
 * before a part of the workplace or a shift and then, within the clause, someone it is done to ("me", "us", "people",
 * "nos", "nous", "uns") or a deed only a person does. A quoted slogan ("\"Safety First\" is a joke") stays.
 */
const QUOTED = lazyPattern(
  String.raw`(?<=(?:^|[^\p{L}\p{N}])["\u201c\u201e\u00ab'\u2018][ \t]?)((?:\p{Lu}|\uE000)[\p{L}\uE000'\u2019-]*(?:[ \t]+(?:\p{Lu}|\uE000)[\p{L}\uE000'\u2019-]*){0,2})(?=[ \t]?["\u201d\u201c\u00bb'\u2019](?![\p{L}]))`,
  'gu',
);
const CALLED_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:they|we|everyone|everybody|people|guys)[ \t]+call(?:s|ed)?(?:[ \t]+(?:him|her))?|call(?:s|ed)?[ \t]+(?:him|her)|nicknamed|aka|a\.k\.a\.|known[ \t]+as|goes[ \t]+by|le[ \t]+dicen|(?:lo|la)[ \t]+llaman|(?:on|ils)[ \t]+l['\u2019]appellent?|surnomm\u00e9e?|genannt|detto|chamado|chamada|apodado|apodada|tinatawag[ \t]+na)[ \t]*[:,]?[ \t]*["\u201c\u201e\u00ab'\u2018][ \t]?$`,
  'iu',
);
const QUOTED_PLACE_AFTER = lazyPattern(
  String.raw`^[ \t]?["\u201d\u201c\u00bb'\u2019][ \t]*(?:,[ \t]*|[\u2014\u2013-][ \t]*)?(?:(?:from|in|on|at|of)[ \t]+${PARTS}|${PARTS_ABROAD}|(?:del|de[ \t]+la|de[ \t]+l['\u2019]|du|do|da|della|aus[ \t]+der|vom)[ \t]*(?:turno|\u00e9quipe|equipe|squadra|Schicht|Team|equipo))`,
  'iu',
);
const DONE_TO_SOMEONE = lazyPattern(
  String.raw`^[^.!?\n]{0,60}?(?:(?<![\p{L}])(?:me|us|people|everyone|everybody|the[ \t]+girls|staff|nos|nous|m['\u2019]|mich|uns|mi|ci|todos|tous|alle|tutti|kami|ako)(?![\p{L}])|${DEEDS}|${DEEDS_ABROAD})`,
  'iu',
);
function maskQuotedNicknames(text: string): string {
  if (!/["\u201c\u201e\u00ab'\u2018]/u.test(text)) return text;
  return text.replace(QUOTED.get(), (name: string, _name: string, at: number) => {
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + name.length);
    const placed = QUOTED_PLACE_AFTER.get().exec(after);
    // A word in capitals alone is said loud ("a so called \"GREAT\" place"), not a nickname.
    if (!/\p{Ll}|\uE000/u.test(name)) return name;
    const someone =
      CALLED_BEFORE.get().test(before) ||
      (placed !== null && DONE_TO_SOMEONE.get().test(after.slice(placed[0].length)));
    return someone ? mask('NAME', name.length) : name;
  });
}

/** Hides the names and nicknames that are words, where only a person stands (see above). */
export const maskWordNicknames: Rule = (text) => {
  let out = maskQuotedNicknames(text);
  const deeds = DEED_GATE.test(out);
  if (deeds || ABROAD_GATE.test(out)) out = hideGroup(out, AT_WORK.get(), maySomeone);
  if (deeds) out = hideGroup(out, SMALL_AT_WORK.get(), (w) => nameOrNickname(w) && notAWordForWho(w));
  if (TOLD_GATE.test(out))
    out = hideGroup(
      out,
      SMALL_TOLD.get(),
      (w) => notAWordForWho(w) && (WORD_NICKNAMES.has(w) || (isGivenName(w) && !ADJECTIVE_NAMES.has(w))),
    );
  if (MODAL_GATE.test(out)) out = hideGroup(out, SMALL_MODAL.get(), () => true);
  out = out.replace(IS_NAME_AT_END.get(), (whole: string, name: string, at: number, all: string) => {
    if (ADJECTIVE_NAMES.has(name) || !nameOrNickname(name) || !notAWordForWho(name)) return whole;
    const role = ROLE_BEFORE.get()
      .exec(all.slice(Math.max(0, at - 40), at))?.[1]
      ?.toLowerCase();
    if (!role || !(ROLE_CUES.has(role) || ROLES_ABROAD.has(role))) return whole;
    return whole.slice(0, whole.length - name.length) + mask('NAME', name.length);
  });
  // "Will's been": no modal is written so; a season or a virtue is ("Summer's been busy", "Hope's been lost").
  // Spelled out, "has been" is said of firms as often ("Asos has been growing"): there only a listed name or nickname.
  if (BEEN_GATE.test(out))
    out = out.replace(BEEN.get(), (word: string, _name: string, form: string | undefined) => {
      const lower = word.toLowerCase();
      const someone =
        form && !/^['\u2019]/u.test(form)
          ? nameOrNickname(lower) && notAWordForWho(lower)
          : maySomeone(word) || /^(?:Will|May)$/u.test(word);
      return someone ? mask('NAME', word.length) : word;
    });
  return out;
};
