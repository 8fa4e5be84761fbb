import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { PARTS, PARTS_ABROAD, WORD_NICKNAMES, notAWordForWho } from './redact-names-word-nicknames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isTradeWord } from './self-descriptions';
import { WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * r37 (blind attacker): nicknames that are everyday words ("Tank threatened me", "ask Red, he saw it", "Ginger from
 * nights", "Chopper said he'd sort me out", "Boss Hog") stayed visible: the rules before this one know a few such
 * nicknames by a list (WORD_NICKNAMES), and any word outside it stayed a word. Here it is the place, not the word,
 * that says a person is meant, whatever the word: a capitalised word (or two: "Big Dog", "Pork Chop")
 * - as the subject of what only a person does to someone or says: "Hammer threatened to stab me", "Spider said he'd
 *   sort me out", "Brick keeps cornering the new hires", "yesterday Peanut groped a temp";
 * - addressed or asked: "ask Blue, she was there", "talk to Pebbles, he knows", "frag Hase, er hat es gesehen",
 *   "pregúntale a Toro", "demande à Lapin";
 * - from a part of the workplace, inside a sentence ("it was Rocket from days who pushed me") or, opening one, before
 *   what a person does ("Hawk from nights keeps following me home"), also in Spanish, French, Italian, Portuguese
 *   and German ("Cookie de cocina nos insulta"), or said alone ("Ginger from nights.");
 * - after a role set before it as a title: "Boss Hog", "Sarge Rock".
 * It stays a word where a thing, a group or a feeling is meant: written small ("the tank is leaking", "a tiny
 * crack"), after an article or an owner, a plural ("Drivers keep grabbing"), a group, a role, a department, a kin
 * word, a document or a firm ("Management threatened us", "Customer yelled at me", "Mum said", "The rota said I'm
 * off", "Google said"), a feeling or a force ("Stress hit me", "Pressure pushed us"), a word of function.
 */

// What only a person does to someone, with whom it is done to, or says.
const TO_SOMEONE = String.raw`(?:threatened|threatens|threatening|groped|gropes|grabbed|grabs|cornered|corners|stalked|stalks|shoved|shoves|punched|punches|slapped|slaps|kicked|kicks|spat|spits|insulted|insults|mocked|mocks|bullied|bullies|harassed|harasses|touched|touches|pinched|pinches|kissed|texted|texts|messaged|messages|hassled|hassles|scared|intimidated|intimidates|blackmailed|assaulted|attacked|sacked|hit|hits|pushed|pushes)`;
// Telling and asking: institutions and devices do it too ("Bank told me"); opening a sentence, only with "he" or
// "she" after it ("Moose told me he'd get me fired").
const TELLING = String.raw`(?:warned|told|tells|asked|asks|promised)`;
const SOMEONE = String.raw`(?:me|us|him|her|them|you|my|his|our|their|your|a|an|the|everyone|everybody|anyone|people|someone|somebody|new|girls|women|lads|temps|staff|at)`;
const AT_SOMEONE = String.raw`(?:yelled|yells|screamed|screams|shouted|shouts|swore|swears|laughed|laughs|winked|winks|stared|stares|leered|leers|spat|lunged|lashed[ \t]+out|went[ \t]+for|came[ \t]+at)[ \t]+(?:at|on|in[ \t]+my|in[ \t]+her|in[ \t]+his|for)`;
const SAID = String.raw`(?:said|says|reckons|reckoned|swore|claimed|claims|admitted|bragged|boasted|joked)[ \t]+(?:he|she|I|he['\u2019]d|she['\u2019]d|he['\u2019]ll|she['\u2019]ll|I['\u2019]d|I['\u2019]ll|I['\u2019]m)(?![\p{L}])`;
const SAW = String.raw`(?:saw|sees|seen|heard|knows|knew)[ \t]+(?:it|him|her|them|me|us|everything|what|who|the[ \t]+whole)`;
const HABIT = String.raw`(?:keeps|kept|is[ \t]+always|was[ \t]+always|never[ \t]+stops|won['\u2019]?t[ \t]+stop)[ \t]+(?:grabbing|groping|touching|staring|leering|yelling|screaming|shouting|swearing|bullying|harassing|punching|pushing|shoving|mocking|insulting|slapping|hitting|kicking|spitting|flirting|belittling|threatening|stalking|following|cornering|pinching|texting|messaging|hassling|picking[ \t]+on|going[ \t]+after|hitting[ \t]+on)`;
const BETWEEN = String.raw`(?:(?:just|then|also|again|even|literally|actually|still|once|always|never|has|had|openly|basically)[ \t]+)?`;
const ACTS = String.raw`${BETWEEN}(?:${TO_SOMEONE}[ \t]+${SOMEONE}|(?:threatened|threatens)[ \t]+to|(?:followed|follows|stalked)[ \t]+(?:me|him|her|us|them)|${AT_SOMEONE}|${SAID}|${SAW}|${HABIT})(?![\p{L}])`;
const TELLS = String.raw`${BETWEEN}${TELLING}[ \t]+${SOMEONE}(?![\p{L}])`;
const HE_OR_SHE_AFTER = lazyPattern(
  String.raw`^[^.!?\n]{0,80}?(?<![\p{L}])(?:he|she|him|his|he['\u2019]d|she['\u2019]d|he['\u2019]ll|she['\u2019]ll)(?![\p{L}])`,
  'iu',
);

// A capitalised word, or two ("Big Dog", "Pork Chop", "Boss Hog").
const CAPITAL = String.raw`\p{Lu}\p{Ll}{2,}`;
const NAME = String.raw`(${CAPITAL}(?:[ \t]+${CAPITAL})?)`;
const EDGE = String.raw`(?<![\p{L}\p{N}'\u2019.@#&-])`;

const SUBJECT = lazyPattern(String.raw`${EDGE}${NAME}(?=[ \t]+${ACTS})`, 'gu');
const SUBJECT_TELLING = lazyPattern(String.raw`${EDGE}${NAME}(?=[ \t]+${TELLS})`, 'gu');

// Addressed or asked, then a pause, a pronoun or what it is about.
const ADDRESS_EN = String.raw`(?:ask|asked|tell|told|speak[ \t]+to|spoke[ \t]+to|talk[ \t]+to|talked[ \t]+to|text|texted|message|messaged|warn|warned|thank|thanked|blame|blamed|check[ \t]+with|checked[ \t]+with|complained[ \t]+about|scared[ \t]+of|afraid[ \t]+of|watch[ \t]+out[ \t]+for|avoid)`;
const ADDRESS_ABROAD = String.raw`(?:preg[\u00fau]ntale[ \t]+a|pregunta[ \t]+a|dile[ \t]+a|d[\u00ed]selo[ \t]+a|habla[ \t]+con|hablad[ \t]+con|demande[ \t]+\u00e0|demandez[ \t]+\u00e0|dis[ \t]+\u00e0|dites[ \t]+\u00e0|parle[ \t]+\u00e0|parlez[ \t]+\u00e0|chiedi[ \t]+a|chiedete[ \t]+a|d[i\u00ec]['\u2019]?[ \t]+a|parla[ \t]+con|pergunta[ \t]+(?:ao|\u00e0|a)|pergunte[ \t]+(?:ao|\u00e0|a)|fala[ \t]+com|fale[ \t]+com|zapytaj|spytaj|powiedz|\u0441\u043f\u0438\u0442\u0430\u0439|\u0441\u043a\u0430\u0436\u0438)`;
const ADDRESSED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ADDRESS_EN}|${ADDRESS_ABROAD})[ \t]+${NAME}(?=[ \t]*(?:[,.!?;:\u2014\u2013)]|$)|[ \t]+(?:to|about|if|whether|what|who|he|she|and|or|for|cause|cos|because|when|where|why|how|first|que|si|qui|se|che|czy|bo|\u0449\u043e|\u0447\u0438)(?![\p{L}]))`,
  'gu',
);
// German gives every noun a capital: "frag Hase" only with a pronoun or "ob" after it ("frag Hase, er hat es gesehen").
const ADDRESSED_GERMAN = lazyPattern(
  String.raw`(?<![\p{L}])(?:frag|fragt|frage|sag|sagt|sage)[ \t]+${NAME}(?=[ \t]*,?[ \t]*(?:er|sie|der|die|ob)(?![\p{L}]))`,
  'gu',
);

// From a part of the workplace.
// "in" is left out: "Salary in line with market".
const FROM_PART = String.raw`[ \t]+(?:from|on)[ \t]+${PARTS}(?![\p{L}])`;
const FROM_PART_ABROAD = String.raw`[ \t]+${PARTS_ABROAD}(?![\p{L}])`;
const IN_SENTENCE_FROM = lazyPattern(String.raw`${EDGE}${NAME}(?=${FROM_PART}|${FROM_PART_ABROAD})`, 'gu');
// Said alone, a word and the part it is from ("Ginger from nights.", "Moose on B shift"): where a thing would need a verb.
const FROM_PART_ALONE = lazyPattern(
  String.raw`${EDGE}${NAME}(?=[ \t]+(?:from|on)[ \t]+${PARTS}[ \t]*(?:$|[\n!?]|[.,;:][ \t]*(?:$|\n|\p{Lu})))`,
  'gu',
);
// A role set before a nickname as a title ("Boss Hog", "Sarge Rock"): both words.
const ROLE_TITLED = lazyPattern(String.raw`${EDGE}((?:Boss|Sarge|Gaffer|Skipper)[ \t]+${CAPITAL})(?![\p{L}])`, 'gu');
const OPENING_FROM = lazyPattern(
  String.raw`${EDGE}${NAME}(?=${FROM_PART}[ \t]+${ACTS}|${FROM_PART_ABROAD}[ \t]+(?:(?:me|te|le|la|lo|nos|les|m['\u2019]|t['\u2019]|l['\u2019]|nous|mi|ti|ci|gli|hat[ \t]+(?:mich|uns|sie|ihn))[ \t]*\p{Ll}+|(?:grita|insulta|amenaza|acosa|empuja|roba|golpea|crie|insulte|menace|pousse|vole|frappe|urla|insulta|minaccia|spinge|ruba|picchia|grita|amea\u00e7a|empurra|rouba|bate)(?![\p{L}])))`,
  'gu',
);

// Words that stand where a person does and are no one's name.
const NOT_SOMEONE = new Set(
  // r38: units named by a plural of their work ("ask Claims, she will know", "check with Returns, he …").
  `claims returns collections payables receivables benefits admissions communications investigations refunds repairs
  deliveries exports imports payments pensions rentals bookings reservations allocations inbounds outbounds
  customer customers client clients guest guests patient patients resident residents visitor visitors passenger
  passengers driver drivers cleaner cleaners guard guards temp temps agency security police cops management corporate
  company council union government head office admin ops dispatch maintenance facilities legal compliance
  leadership team crew shift staff everyone everybody someone somebody nobody anyone anybody whoever people person
  guy man woman lady girl boy bloke lad lads gal kid kids dude mum mom mam dad mother father brother sister wife
  husband son daughter uncle aunt auntie nan nana gran granny grandma grandad grandpa baby partner boyfriend
  girlfriend friend mate neighbour neighbor cousin colleague coworker boss manager supervisor nurse doctor teacher
  rota email letter text message sign notice policy contract system app website site manual handbook memo note
  report form payslip schedule paper news article screen computer label card poster law rule rules guidance survey
  advert post announcement tannoy radio phone tv video camera cctv alarm machine scanner printer robot computer
  stress pressure life work reality fear grief anxiety depression covid inflation heat cold weather rain wind snow
  traffic money debt rent time age god jesus allah karma hope faith love luck fate everything nothing something
  anything this that these those it he she they we you i one which what who whom where when why how then also
  just still even only once yesterday today tonight tomorrow morning evening night week weekend month year
  apparently suddenly honestly basically seriously literally finally eventually health safety quality wellbeing
  welfare hygiene momma mama mammy mommy mummy daddy papa pops ma pa bro sis nanna grandpa granddad big small
  little old new great good bad high low huge massive major minor poor often always never sometimes usually soon
  again get got gets getting keep being been industries bank court school college university uni insurance insurer landlord lender hospital clinic
  pharmacy church firm business shop store employer branch headquarters hq group board committee department dept
  ministry state city county district region network service services support helpdesk desk speaker alarm sensor
  laptop tablet kiosk display bot chatbot satnav clock meter gauge headset terminal data info information research
  science evidence history experience statistics results executive officer engineer director constable inspector`.split(
    /\s+/,
  ),
);
// Abstract nouns, adverbs: no nickname ends so.
const NOT_A_NICKNAME_ENDING = /(?:ness|ity|tion|sion|ment|ance|ence|ism|ship|hood|dom|ety|ogy)$/u;

/*
 * A trade or a post, which says what someone does, not who ("Mechanic said he'd look at it", "Gardener threatened to
 * quit", "Receptionist said she'd call", "Caretaker yelled at the kids"): a word the dictionary knows that is a verb
 * or a noun with a doer's ending ("garden-er", "decorat-or", "port-er"), or a post's ending ("-ist", "-ian", "-ic",
 * "-ant", "-ent", "-man", "-ess"), or a trade or post self-descriptions.ts lists ("courier", "cashier", "janitor"). A
 * nickname that is a doer too ("Chopper", "Digger") is in WORD_NICKNAMES.
 */
const DOER_TAILS =
  /(?:taker|keeper|maker|worker|minder|handler|fitter|picker|packer|driver|loader|cleaner|washer|layer|setter|watcher|seller|dealer|trader|holder|leader|man|woman|person|smith|wright)$/u;
function isTrade(lower: string): boolean {
  // fx37r: the trades and posts self-descriptions.ts knows ("Courier said he'd come", "Cashier told me", "Janitor
  // yelled"), whose doer the test below misses.
  if (isTradeWord(lower)) return true;
  if (!isEnglishWord(lower)) return false;
  if (DOER_TAILS.test(lower) || /(?:ist|ian|ic|ant|ent|ess)$/u.test(lower)) return true;
  const doer = /^(.{3,})(?:er|or)$/u.exec(lower)?.[1];
  return doer !== undefined && (isEnglishWord(doer) || isEnglishWord(`${doer}e`));
}

/**
 * Whether `word` may be someone's nickname. `one`: what follows says one person ("talk to Pebbles, he knows"), so a
 * word like a plural ("Pebbles", "Noodles") may be one too, unless its singular is no one ("Accounts", "Operations").
 */
function someone(word: string, one = false): boolean {
  const lower = word.toLowerCase();
  if (NOT_SOMEONE.has(lower) || !notAWordForWho(lower) || WELL_KNOWN_FIRMS.has(lower)) return false;
  if (WORD_NICKNAMES.has(lower) || isGivenName(lower)) return true;
  if (NOT_A_NICKNAME_ENDING.test(lower)) return false;
  // A past form or an adjective made of one ("Focused on sales").
  if (/.{3}ed$/u.test(lower) && isEnglishWord(lower)) return false;
  if (isTrade(lower)) return false;
  // A unit named by its work ("Cleaning said she'd come", "Planning told us").
  if (/.{3}ing$/u.test(lower) && isEnglishWord(lower)) return false;
  // An adverb ("Apparently said …") or a plural ("Drivers keep grabbing …").
  if (/ly$/u.test(lower) && isEnglishWord(lower)) return false;
  if (/[^s]s$/u.test(lower) && isEnglishWord(lower.slice(0, -1)) && !(one && someone(lower.slice(0, -1)))) return false;
  // A place or a brand the dictionary knows with its capital ("Amazon", "Tesco").
  return !isProperNoun(lower);
}

const NICKNAME_FIRST = new Set([
  'big',
  'little',
  'lil',
  'fat',
  'old',
  'young',
  'mad',
  'crazy',
  'baby',
  'tall',
  'short',
]);

/** The name in `words` (one or two capitalised words) that is a person's, or undefined. */
function whoIsMeant(words: string): { at: number; word: string } | undefined {
  const parts = words.split(/[ \t]+/u);
  if (parts.length === 2) {
    const [first, last] = parts as [string, string];
    // "Big Dog", "Little Chris", "Fat Tony": a nickname's first word.
    if (NICKNAME_FIRST.has(first.toLowerCase())) return someone(last) ? { at: 0, word: words } : undefined;
    // "The Tank", "Then Tank": the second alone; "Head Office", "Area Manager": no one.
    if (!notAWordForWho(first.toLowerCase()) || NOT_SOMEONE.has(first.toLowerCase()))
      return someone(last) ? { at: words.length - last.length, word: last } : undefined;
    // "Occupational Health", "Central Stores": an adjective of a unit's name.
    const unitAdjective =
      /(?:al|ive|ous|ic|ary|ory|ed)$/u.test(first.toLowerCase()) && isEnglishWord(first.toLowerCase());
    return someone(last) && !NOT_SOMEONE.has(first.toLowerCase()) && !unitAdjective
      ? { at: 0, word: words }
      : undefined;
  }
  return someone(words) ? { at: 0, word: words } : undefined;
}

/** "the Tank", "our Chopper": a thing or a role with its capital, after an article or an owner. */
function afterArticleOrOwner(text: string, at: number): boolean {
  return /(?:^|[^\p{L}])(?:the|a|an|this|that|our|my|your|his|her|their|its|el|la|le|les|der|die|das|den|il|lo|o|os|as|un|une|una|ein|eine)[ \t]+$/iu.test(
    text.slice(Math.max(0, at - 12), at),
  );
}

/** "The C Level told everyone", "Commerce Bank knows": the rest of a name that a capital word begins. */
function afterCapital(text: string, at: number): boolean {
  return /(?:^|[^\p{L}])\p{Lu}[\p{L}]*[ \t]+$/u.test(text.slice(Math.max(0, at - 30), at));
}

/** Whether the capital at `at` opens its sentence. */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/[ \t"\u201C'\u2018([*\u2022-]+$/u, '');
  return before === '' || /[.!?:;\n]$/u.test(before);
}

// fx37r: "talk to Pebbles, he knows": "he" or "she" right after the word says it is one person.
const ONE_AFTER = /^[ \t]*,?[ \t]*(?:he|she)(?:['\u2019](?:s|d|ll))?(?![\p{L}])/iu;

function hide(text: string, pattern: RegExp, accept: (at: number) => boolean, oneAfter = false): string {
  return text.replace(pattern, (whole: string, words: string, ...rest: unknown[]) => {
    const at = rest.find((r) => typeof r === 'number') as number;
    const start = at + whole.length - words.length;
    const one = oneAfter && !/[ \t]/u.test(words) && ONE_AFTER.test(text.slice(start + words.length));
    const meant = one && someone(words, true) ? { at: 0, word: words } : whoIsMeant(words);
    if (!meant || afterArticleOrOwner(text, start + meant.at) || afterCapital(text, start + meant.at)) return whole;
    if (!accept(start + meant.at)) return whole;
    const from = whole.length - words.length + meant.at;
    return whole.slice(0, from) + mask('NAME', meant.word.length) + whole.slice(from + meant.word.length);
  });
}

const GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}{2}`, 'u');

/** Hides an everyday word used as someone's name, where it acts, is addressed, or is from a part of the workplace. */
export const maskEverydayWordsAsPeople: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = hide(text, SUBJECT.get(), () => true);
  out = hide(out, SUBJECT_TELLING.get(), (at) => !opensSentence(out, at) || HE_OR_SHE_AFTER.get().test(out.slice(at)));
  out = hide(out, ADDRESSED.get(), () => true, true);
  out = hide(out, ADDRESSED_GERMAN.get(), () => true);
  out = hide(out, IN_SENTENCE_FROM.get(), (at) => !opensSentence(out, at));
  out = hide(out, OPENING_FROM.get(), () => true);
  out = hide(out, FROM_PART_ALONE.get(), () => true);
  out = out.replace(ROLE_TITLED.get(), (whole: string, _: string, at: number) => {
    const second = whole.split(/[ \t]+/u)[1]!;
    // "Boss Engineer": a role's name, not a nickname.
    const role = /(?:ive|or|ist|ant|ent|ian|er)$/u.test(second.toLowerCase()) && isEnglishWord(second.toLowerCase());
    return someone(second) && !role && !afterArticleOrOwner(out, at) ? mask('NAME', whole.length) : whole;
  });
  return out;
};
