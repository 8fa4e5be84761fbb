import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { detectLanguage } from './language';
import { commonWordLanguages } from './redact-names-common-words';
import { isDutchWorkplaceWord } from './redact-names-dutch-of-the';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isVietnameseNamePart } from './redact-names-vietnamese';
import { isShorthandOrContraction } from './redact-names-lower-cued';
import { POSSESSIVES_BY_LANGUAGE, RELATIVES_BY_LANGUAGE } from './redact-names-relatives';
import {
  ALL_STOPWORDS,
  DEPARTMENTS,
  DETERMINERS,
  NOT_A_NAME_HERE,
  NOT_NAMES,
  PERSON_DEEDS,
  ROLE_CUES,
  SPANISH_NOUN_ENDING,
} from './redact-names-words';
import { mask } from './redaction-kinds';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { isCommonSurname } from './surnames';
import { actsAsPerson } from './redact-names-verb-forms';
import { isTurkishPersonAsObject, isVerbNotName } from './redact-names-verb-shapes';
import { LazyPattern, lazyPattern } from './lazy-pattern';

/*
 * Names no list knows, where the words around them can only mean a person (the eleventh operator-attacker round):
 * "my cousin Kimberley", "mein Sohn Kimberley", "ask for dolores", "shout out to marcus", "and then lakisha said
 * "not my problem"", "the girl at the till, shaniqua, was crying", "el Chema de logística", "mi cuñado el Pancho", "pytajcie o
 * danę", and the cues of languages the other rules read little of: Romanian ("colega mea ioana", "doamna
 * georgiana"), Turkish ("kuzenim emre", "kemal bey"), Dutch and Swedish ("de ploegbaas heet ruud", "fråga efter
 * elin"), Tagalog ("si kuya jomar", "kay boss edwin"). The name lists stay general on purpose; a place like these
 * holds no everyday word, so a word no list knows is taken there, and an everyday word of any language stays.
 */

/** A word no list of words knows: English, the other languages' frequent words, stopwords, roles, departments. */
function isUnlisted(lower: string): boolean {
  return (
    lower.length >= 3 &&
    !isEnglishWord(lower) &&
    !commonWordLanguages(lower) &&
    !ALL_STOPWORDS.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !DETERMINERS.has(lower) &&
    !ROLE_CUES.has(lower) &&
    !DEPARTMENTS.has(lower) &&
    !isShorthandOrContraction(lower) &&
    !/(?:ing|ed|ly)$/u.test(lower)
  );
}

/** A given name, or a word no list knows that is no typo of a long English word ("alwyas"). */
export function isNameHere(word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length > 2 && word === word.toUpperCase()) return false;
  // A given name that is an English word too ("price", "grant", "rose") is the word written small.
  if (isGivenName(lower) && !ALL_STOPWORDS.has(lower) && !NOT_NAMES.has(lower))
    return word !== lower || !isEnglishWord(lower);
  return isUnlisted(lower) && !(lower.length >= 7 && isNearEnglishWord(lower));
}

/** Capitalised, a name unless it is an everyday word; written small, as isNameHere. */
function isCapitalisedNameHere(word: string): boolean {
  if (/^\p{Lu}\p{Ll}/u.test(word) && word.length >= 3) {
    const lower = word.toLowerCase();
    if (isGivenName(lower) || isCommonSurname(lower)) return !ALL_STOPWORDS.has(lower);
    return (
      !isEnglishWord(lower) &&
      !commonWordLanguages(lower) &&
      !ALL_STOPWORDS.has(lower) &&
      !ROLE_CUES.has(lower) &&
      !DEPARTMENTS.has(lower)
    );
  }
  return isNameHere(word);
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const alternation = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length).join('|');

const NAME = String.raw`(\p{L}+(?:-\p{L}+)?)(?![\p{L}\p{N}'’@]|-\p{L})`;

const EXTRA_RELATIVES = words(`godmother godfather godson goddaughter godsister godbrother stepbrother stepsister
  grandmother grandfather granny bestie bff cuz sister-in-law brother-in-law mother-in-law father-in-law son-in-law
  daughter-in-law baby\\s+mama baby\\s+daddy babymama babydaddy ex`);
const RELATIVES = [...Object.values(RELATIVES_BY_LANGUAGE).flatMap(words), ...EXTRA_RELATIVES];
const POSSESSIVES = Object.values(POSSESSIVES_BY_LANGUAGE).flatMap(words);
const SPANISH_RELATIVES = words(`${RELATIVES_BY_LANGUAGE.es} cuñado cuñada suegro suegra compadre comadre compa
  jefe jefa encargado encargada supervisor supervisora compañero compañera`);

// A possessive, perhaps a word, then a relative, read without Unicode classes (fast): what the first cue needs.
const POSSESSIVE_THEN_RELATIVE = lazyPattern(
  String.raw`\s(?:${alternation(POSSESSIVES)})\s+(?:\S+\s+)?(?:${alternation(RELATIVES)})[ \t]*,?[ \t]+[^\s,.!?;:]`,
);

interface Cue {
  /**
   * What every find holds, tested first, so that the pattern runs only on the few texts it may match: words one of
   * which the text in lower case holds, or a pattern read in that lower case (a space at each end).
   */
  guard: RegExp | LazyPattern | readonly string[];
  pattern: LazyPattern;
  accept: (name: string, match: RegExpExecArray) => boolean;
  /** The group that is the name: 1 unless said. */
  group?: number;
}

const lowerOrCapital = (name: string, match?: RegExpExecArray) =>
  !NOT_A_NAME_HERE.has(name.toLowerCase()) &&
  // Attack round 29: "ustabaşı dövdü beni", "si boss sinuntok ako", "ustabaşı kadını dövdü": what was done, and to whom.
  !(match && isVerbNotName(name, wordAfter(match))) &&
  !isTurkishPersonAsObject(name) &&
  // Blind round 12: "șeful nostru țipă", "müdürümüz hep bağırıyor": an everyday word or verb is no name.
  !(name === name.toLowerCase() && moreEverydayLanguages(name)) &&
  isCapitalisedNameHere(name);

const WORD_AFTER = lazyPattern(String.raw`^[ \t]+(\p{L}+)`, 'u');
const wordAfter = (match: RegExpExecArray) =>
  WORD_AFTER.get().exec(match.input.slice(match.index + match[0].length, match.index + match[0].length + 64))?.[1];

const CUES: Cue[] = [
  // "my cousin Kimberley", "mein Sohn Kimberley", "my godmother Eunice", "my bf tyrese": after a possessive and a
  // relative, capitalised or not.
  {
    guard: POSSESSIVE_THEN_RELATIVE,
    pattern: lazyPattern(
      // Not before a number: "my son Jan 2019" is a date (redact-names-calendar.ts reads the months).
      String.raw`(?<![\p{L}])(?:${alternation(POSSESSIVES)})\s+(?:${alternation(RELATIVES)})[ \t]*,?[ \t]+${NAME}(?![ \t]*[.,/-]?[ \t]*\d)`,
      'giu',
    ),
    accept: lowerOrCapital,
  },
  // "ask for dolores", "shout out to marcus", "props to yolanda", "fråga efter elin", "vraag naar
  // joost", "pratade med erik".
  {
    guard: [
      'ask for',
      'asked for',
      'asking for',
      'shout',
      'props to',
      'kudos to',
      'thanks to',
      'fråga',
      'vraag naar',
      'vroeg naar',
      ' med ',
      ' met ',
    ],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:ask(?:ed|ing)?\s+for|shout[- ]?outs?\s+to|props\s+to|kudos\s+to|(?:big\s+)?thanks\s+to|fråga(?:de)?\s+efter|vraag\s+naar|vroeg\s+naar|(?:pratade|pratat|talade|snackade)\s+med|(?:praat|sprak|gepraat)\s+met)[ \t]+(?:(?:big|lil|little|old)[ \t]+)?${NAME}`,
      'giu',
    ),
    accept: (name) => isCapitalisedNameHere(name) && !NOT_A_NAME_HERE.has(name.toLowerCase()),
  },
  // Quoted speech, a word no list knows written small as who spoke: "and then lakisha said "not my problem"", ""get
  // back to work" said rhonda". Without the quote the place is anything's ("the tagline says", "when walmart said").
  {
    guard: [
      'said "',
      'says "',
      'said: "',
      'said, "',
      'said “',
      'yelled "',
      'screamed "',
      'shouted "',
      "said '",
      'said “',
      'says “',
      'told me "',
      'told us "',
    ],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}'’])(\p{Ll}{4,})(?=[ \t]+(?:said|says|told\s+(?:me|us|her|him|them)|yelled|yells|screamed|shouted|asked|replied)[ \t]*[:,]?[ \t]*["“'‘«])`,
      'gu',
    ),
    accept: isQuotedSpeaker,
  },
  {
    guard: ['said ', 'says ', 'yelled ', 'screamed ', 'shouted ', 'asked ', 'replied '],
    pattern: lazyPattern(
      String.raw`(?<=["”'’»][ \t]*[,—–-]?[ \t]*(?:said|says|yelled|screamed|shouted|asked|replied)[ \t]+)(\p{Ll}{4,})(?![\p{L}])`,
      'gu',
    ),
    accept: isQuotedSpeaker,
  },
  // "the girl at the till, shaniqua, was crying": a word no list knows set off by commas after a person the writer
  // points at ("the", "this", "our" …), before what they did or are: not a list ("cashier, markdowns, sizing").
  {
    guard: /,[ \t]+[^\s,]{4,}[ \t]*,[ \t]/,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:the|this|that|a|an|our|my|his|her|their|new)[ \t]+(?:new[ \t]+|old[ \t]+)?(?:girl|guy|lady|woman|man|dude|boy|kid|person|lead|manager|supervisor|boss|cashier|driver|nurse|cook|chef|worker|employee|co-?worker|colleague|temp|trainee)(?![\p{L}])[^,.!?;\n]{0,30},[ \t]+(\p{Ll}{4,})[ \t]*,[ \t]+(?=(?:was|is|has|had|who|keeps|kept|said|says|told|yelled|did|does|got|gets|just|always|never|still|will|would|can|could)(?![\p{L}]))`,
      'gu',
    ),
    accept: (name) => isNameHere(name) && !/s$/u.test(name) && !isNearEnglishWord(name) && !NOT_A_NAME_HERE.has(name),
  },
  // "el Chema de logística", "la Yeni de caja": a capitalised word no list knows after Spanish's article, before the
  // section the person works in; before what they do ("el Beto nos amenaza") only a short word no noun's ending
  // shapes ("el Gobierno nos ignora", "el Mercado de abastos" stay).
  {
    guard: [' el ', ' la '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:el|la)[ \t]+(\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:de|del)[ \t]+\p{Ll}|[ \t]+(nos|me|te|le|les|se|siempre|nunca|ya|también|tambien|trabaja|dice|dijo|grita)(?![\p{L}]))`,
      'gu',
    ),
    accept: (name, m) =>
      isCapitalisedNameHere(name) &&
      !isGivenNameOfSpanishWord(name) &&
      !SPANISH_NOUN_ENDING.test(name) &&
      (m[2] === undefined || isGivenName(name.toLowerCase()) || name.length <= 6),
  },
  // The same in Portuguese, Italian and French, and Spanish's short nicknames a noun's ending shapes: "a Loira do
  // caixa humilha", "o Baixinho do turno rouba", "il Biondo del magazzino ci urla", "le Grand Momo nous insulte",
  // "el Chato nos grita". These languages write no noun with a capital mid-sentence: after the article, before the
  // section or what the person did to the writer, a capitalised word no list knows is a nickname ("o Governo do
  // estado", "la Direzione ci ignora", "le Grand Palais était fermé" stay: words the lists know, or no deed after).
  {
    // An article, a word, then a section's or a deed's word: English texts hold " me " and " do " too often alone.
    guard:
      / (?:el|la|o|a|il|lo|le) (?:grand |petit |gros |grosse |grande |gran )?\S+ (?:de|do|da|del|della|dello|di|du|des|nos|me|nous|ci|mi|m'a|m’a|ne|te|les|lui|sempre|siempre|toujours|grita|urla|crie|insulte|rouba|roba|ruba|vole|humilha|humilla|umilia|humilie|ameaça|amenaza|minaccia|menace) /,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:el|la|o|a|il|lo|le)[ \t]+((?:(?:Grand|Petit|Gros|Grosse|Grande|Gran)[ \t]+)?\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:de|del|do|da|della|dello|di|du|des)[ \t]+(?:la[ \t]+|l['’])?(?:caixa|turno|estoque|armaz[ée]m|dep[óo]sito|cozinha|limpeza|recep[çc][ãa]o|expedi[çc][ãa]o|produ[çc][ãa]o|manuten[çc][ãa]o|galp[ãa]o|magazzino|cassa|cucina|reparto|notte|pulizie|magasin|caisse|cuisine|entrep[ôo]t|accueil|[ée]quipe|atelier|nuit|quai|almac[ée]n|caja|cocina|turno|noche|bodega|embarques|log[íi]stica|rh|noite|dia|manh[ãa]|tarde|sera|mattina|soir|matin)(?![\p{L}])|[ \t]+(?:nos|me|nous|ci|mi|m['’]a|ne|te|les|lui|sempre|siempre|toujours|grita|urla|crie|insulte|rouba|roba|ruba|vole|humilha|humilla|umilia|humilie|ameaça|amenaza|minaccia|menace)(?![\p{L}]))`,
      'gu',
    ),
    accept: (nickname) => {
      const name = nickname.split(/[ \t]+/u).at(-1)!;
      const lower = name.toLowerCase();
      if (isProperNoun(lower) && !isGivenName(lower)) return false;
      const noun = (SPANISH_NOUN_ENDING.test(lower) || ROMANCE_NOUN_ENDING.test(lower)) && lower.length > 6;
      return isCapitalisedNameHere(name) && !noun;
    },
  },
  {
    guard: [' el ', ' la '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:mi|tu|su|nuestro|nuestra)\s+(?:${alternation(SPANISH_RELATIVES)})\s+(?:el|la)[ \t]+(\p{L}{3,})(?![\p{L}])`,
      'giu',
    ),
    accept: (name) => isCapitalisedNameHere(name) && !isGivenNameOfSpanishWord(name),
  },
  // Romanian: "colega mea ioana", "vărul meu costel", "doamna georgiana", "domnul popescu".
  {
    guard: [' meu', ' mea', 'nostru', 'noastr', 'doamn', 'domn', ' dna', ' dl.', ' dl ', 'd-na', 'd-l '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:(?:colega|colegul|vărul|varul|verișoara|verisoara|fratele|sora|fiul|fiica|soția|sotia|soțul|sotul|prietenul|prietena|șeful|seful|șefa|sefa|vecinul|vecina|nepotul|nepoata|cumnatul|cumnata)[ \t]+(?:meu|mea|nostru|noastră|noastra)[ \t]*,?|doamna|domnul|dna\.?|dl\.?|d-na|d-l|doamnei|domnului)[ \t]+${NAME}`,
      'giu',
    ),
    accept: lowerOrCapital,
  },
  // Turkish: "kuzenim emre", "müdürümüz kemal bey", and the name before "bey", "hanım", "abi", "abla", "hoca".
  {
    guard: [
      'kuzen',
      'arkada',
      'abim',
      'ablam',
      'karde',
      'annem',
      'babam',
      'eşim',
      'esim',
      'oğlum',
      'oglum',
      'kızım',
      'kizim',
      'amcam',
      'dayım',
      'dayim',
      'teyzem',
      'halam',
      'komşu',
      'komsu',
      'müdür',
      'mudur',
      'şef',
      'sefim',
      'amir',
      'ustaba',
    ],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:kuzenim|arkadaşım|arkadasim|abim|ablam|kardeşim|kardesim|annem|babam|eşim|esim|oğlum|oglum|kızım|kizim|amcam|dayım|dayim|teyzem|halam|komşum|komsum|müdürümüz|müdürüm|mudurumuz|mudurum|şefimiz|şefim|sefimiz|sefim|amirim|amirimiz|ustabaşımız|ustabaşı|ustabasi)[ \t]*,?[ \t]+${NAME}`,
      'giu',
    ),
    accept: lowerOrCapital,
  },
  {
    guard: [
      ' bey ',
      ' bey,',
      ' bey.',
      ' beye',
      ' beyin',
      ' beyi ',
      ' hanım',
      ' hanim',
      ' abi ',
      ' abi,',
      ' abla',
      ' hoca',
    ],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(\p{L}{3,})(?=[ \t]+(?:bey|beyin|beye|beyi|hanım|hanim|hanımın|hanıma|abi|abla|hoca|hocam)(?![\p{L}]))`,
      'giu',
    ),
    accept: lowerOrCapital,
  },
  // Dutch and Swedish "is called": "de ploegbaas heet ruud", "chefen heter Magnus".
  {
    guard: ['heet', 'heter', 'hette'],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?<!(?:det|het|dat|dit|das|wat|vad|hoe|hur|it|this|that)[ \t]+)(?:heet|heette|heter|hette)[ \t]+${NAME}`,
      'giu',
    ),
    accept: lowerOrCapital,
  },
  // Tagalog: "si kuya jomar", "kay boss edwin", "ni ate marites".
  {
    guard: [' si ', ' kay ', ' ni ', ' sina ', ' kina '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:si|kay|ni|sina|kina)[ \t]+(?:(?:kuya|ate|boss|sir|ma'?am|mam|tita|tito|lola|lolo|manong|manang|mang|aling|ms|mr|mrs)\.?[ \t]+)?${NAME}`,
      'giu',
    ),
    // r38: "kay tagal ng sweldo", "kay init ng bodega": "kay" before a word and "ng" is "how …", no person's mark.
    accept: (name, m) =>
      TAGALOG.get().test(m.input) &&
      !(/^kay[ \t]/iu.test(m[0]) && /^[ \t]+(?:ng|nang)(?![\p{L}])/iu.test(m.input.slice(m.index + m[0].length))) &&
      lowerOrCapital(name, m),
  },
  // A nickname's "lil" before a name written small: "lil jay stole my phone", "lil' kev"; "big" and "little" only
  // before a given name no word spells ("big mike", not "big deal").
  {
    // Patterns, not words: "big " and "little " are in too many texts to open every cue's word list.
    guard: /(?:lil['’]?|li['’]l|big|little|fat|skinny|tall|crazy|old man|old lady) [a-z]/,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(lil['’]?|li['’]l|big|little|fat|skinny|tall|crazy|old[ \t]+(?:man|lady))[ \t]+(\p{L}{2,}(?:-\p{L}+)?)(?![\p{L}\p{N}'’@])`,
      'giu',
    ),
    accept: (_, m) => {
      const [cue, name] = [m[1]!.toLowerCase(), m[2]!];
      const lower = name.toLowerCase();
      if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || NOT_AFTER_LIL.has(lower)) return false;
      const plainName = isGivenName(lower) && !isEnglishWord(lower) && !commonWordLanguages(lower);
      // "old man jenkins gropes …": after "old man" a surname or given name the lists know.
      if (/^old/u.test(cue))
        return (isCommonSurname(lower) || isGivenName(lower)) && !isEnglishWord(lower) && personNext(m);
      // "big kev yells at the new guys", "fat tony steals": a word no list knows, where a person's deed follows.
      if (cue === 'little') return plainName;
      if (!/^li['’]?l/u.test(cue)) return plainName || (isNameHere(name) && !isEnglishWord(lower) && personNext(m));
      // After "lil" a short given name that is a word too ("lil jay", "lil rob"); not a plural ("they lil memes").
      return plainName || (isGivenName(lower) && lower.length <= 4) || (isNameHere(name) && !/s$/u.test(lower));
    },
    group: 2,
  },
  // Spanish "don", "señor", "seño" before a name written small: "don chuy nos grita", "señor ramiro" ("doña" is a title
  // the names rules read). "don" is English's "don" too: only before a given name or a word no list knows, in a text
  // with a word only Spanish has.
  {
    guard: / (?:don|señor|senor|seño|señora|senora|doñita|donita) [a-zñáéíóú]/,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:don|señor|senor|seño|señora|senora|doñita|donita)[ \t]+(\p{Ll}{3,})(?![\p{L}\p{N}'’@-])`,
      'giu',
    ),
    accept: (name, m) =>
      readsAsSpanish(m.input) &&
      !commonWordLanguages(name) &&
      !isEnglishWord(name) &&
      (isGivenName(name) || isNameHere(name)),
  },
  // Romanian, a name with no cue before what a person did to the writer: "ionuț ne-a amenințat", "gheorghe mi-a
  // furat telefonul", "costel a țipat la noi".
  {
    guard: /(?:mi|ne|m|i|le|ți|ti)-au? | a (?:zis|spus|furat|lovit|țipat|tipat|amenin|înjurat|injurat|bătut|batut)/,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(\p{L}{3,})(?=[ \t]+(?:mi-a|ne-a|m-a|ne-au|mi-au|i-a|le-a|ți-a|ti-a|a[ \t]+(?:zis|spus|furat|lovit|țipat|tipat|amenințat|amenintat|înjurat|injurat|bătut|batut))(?![\p{L}]))`,
      'giu',
    ),
    accept: (name) =>
      !NOT_A_NAME_HERE.has(name.toLowerCase()) && isCapitalisedNameHere(name) && !isEnglishWord(name.toLowerCase()),
  },
  // Vietnamese, a name after "là" that a relative or "tên" (name) leads to: "em gái tôi là thảo", "tên nó là hùng".
  {
    guard: [' là '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:(?:em|anh|chị|chi|cô|chú|bác|bạn|vợ|chồng|con|mẹ|bố|ba|má)(?:[ \t]+(?:gái|trai|ruột|họ|thân))?[ \t]+(?:của[ \t]+)?(?:tôi|tui|mình|em|tao)|tên[ \t]+(?:của[ \t]+)?(?:tôi|tui|mình|em|nó|anh ấy|chị ấy|cô ấy|ông ấy|bà ấy|anh ta|chị ta|cô ta|ổng|bả))[ \t]+là[ \t]+(\p{L}+)(?![\p{L}])`,
      'giu',
    ),
    accept: (name) => isVietnameseNamePart(name.toLowerCase()),
  },
  // The name in brackets after a role, with its initial: "the supervisor (rob k.)", "my lead (ana p)".
  {
    guard: lazyPattern(String.raw`[(][ \t]*\p{L}+[ \t]+\p{L}\.?[ \t]*[)]`, 'u'),
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:${alternation([...ROLE_CUES].filter((w) => /^\p{Ll}+$/u.test(w)))})[ \t]*\([ \t]*(\p{L}{2,}[ \t]+\p{L}\.?)[ \t]*\)`,
      'giu',
    ),
    accept: (name) => {
      const first = name.split(/[ \t]+/u)[0]!.toLowerCase();
      return !ALL_STOPWORDS.has(first) && !NOT_NAMES.has(first) && (isGivenName(first) || isNameHere(first));
    },
  },
  // Hindi written in Latin letters: "mera naam ankit hai", "main ritu hoon", "mera bhai rakesh yahan kaam karta hai",
  // "meri behen pooja": a word no list knows (nor a Hindi word) after the writer's name or relative.
  {
    guard: [' naam '],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:mera|meraa|hamara)[ \t]+naam[ \t]+(\p{L}{3,}(?:[ \t]+\p{L}{3,})?)(?=[ \t]+(?:hai|he|h)(?![\p{L}]))`,
      'giu',
    ),
    accept: (name) => name.split(/[ \t]+/u).every(isHindiNameHere),
  },
  {
    guard: / (?:hoon|hun|hu|hoo)[ ,.!?]/,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:main|mai|mein)[ \t]+(\p{L}{3,})(?=[ \t]+(?:hoon|hun|hu|hoo)(?![\p{L}]))`,
      'giu',
    ),
    accept: isHindiNameHere,
  },
  {
    guard:
      /(?:mera|meri|mere|hamara|hamari|hamare) (?:bhai|bhaiya|behen|bahen|bahan|didi|beta|beti|pati|patni|biwi|dost|saheli|chacha|chachi|mama|mami|cousin|bhabhi|jija|devar|sasur|saas) /,
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:mera|meri|mere|hamara|hamari|hamare)[ \t]+(?:bhai|bhaiya|behen|bahen|bahan|didi|beta|beti|pati|patni|biwi|dost|saheli|chacha|chachi|mama|mami|cousin|bhabhi|jija|devar|sasur|saas)[ \t]+(\p{L}{3,})(?![\p{L}])`,
      'giu',
    ),
    accept: isHindiNameHere,
  },
  // Polish, a given name in a case's form, written small or not: "pytajcie o danę", "rozmawiałam z kasią".
  {
    guard: ['ę', 'ą', 'ł', 'ś', 'ż', 'ź', 'ń'],
    pattern: lazyPattern(
      String.raw`(?<![\p{L}])(?:o|z|ze|do|dla|od|u|przez|przy|na|po)[ \t]+(\p{L}{3,}(?:ę|ą|ie|ię|i|y|owi|em))(?![\p{L}])`,
      'giu',
    ),
    accept: (name) => isDeclinedPolishGivenName(name.toLowerCase()),
  },
];

// What follows a person's nickname and no thing's: a deed, or where they work ("from receiving", "on nights").
function personNext(m: RegExpMatchArray): boolean {
  const next = /^[ \t]+(\p{L}+)/u.exec(m.input!.slice(m.index! + m[0].length))?.[1]?.toLowerCase();
  if (!next) return false;
  return (
    PERSON_DEEDS.includes(next) || actsAsPerson(next) || /^(?:from|in|on|at|is|was|keeps|always|never)$/u.test(next)
  );
}

// After "lil" and "big": what a nickname is not ("lil bit", "lil bro", "big ole"), slang and insults included.
const NOT_AFTER_LIL = new Set(
  words(`bit bits bro sis kid kids guy guys baby babe boo one ones man dude homie boy girl more while young old ole ol
  thing things shit dick ass bitch hoe nigga nigger niggas nicca cock pussy dawg dog mac bertha wig deal`),
);

// What Italian, French and Portuguese nouns of bodies end in: "Direzione", "Direction", "Gerência", "Prefeitura".
const ROMANCE_NOUN_ENDING = /(?:zione|sione|tion|ção|cao|ções|ité|ment|enza|anza|ência|ância|eria|ura|ia)$/u;

// A word only Spanish writes, that says "don" is the title: "nos", "me gritó", "el", "dice".
const SPANISH_ONLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:nos|les|del|dice|dijo|siempre|nunca|también|aquí|pero|está|están|grita|gritó|trabaja|es|el|la|que|muy|jefe|señor|señora)(?![\p{L}])`,
  'iu',
);

// Hindi words, in Latin letters, that stand where a name would after "main", "mera naam" or a relative.
const HINDI_WORDS = new Set(
  words(`yahan wahan bhi ko ne ka ki ke hai hain tha thi the aur ya par pe se mein me sab kuch koi kaam karta karti
  karte raha rahi rahe theek thik bahut bohot pareshan khush naya nayi purana bimar akela akeli abhi kal aaj roz
  hamesha kabhi nahi nahin mat bas sirf sath saath log apna apni unka unki uska uski iska iski tera teri bhai behen
  ghar bahar andar yaha waha mujhe humein hamein kya kyun kaise kaun jab tab phir fir bilkul zyada jyada kam naukri
  majboor mazboor dukhi tang thaka thaki ready sahi galat accha acha bura pareshaan pershan naraz naraaz udaas udas
  beemar bimaar bemar khushi gussa gusse darra darri dara dari akele tayyar taiyar free busy bekar berozgar
  rehta rehti rehte rahta rahti jaata jata jaati jati aata ata aati sakta sakti chahta chahti sochta sochti dekhta
  bolta kehta likhta padhta khata peeta sota baitha baithi khada khadi thak thake`),
);

// Asked of every "don" in a text: the text's answer is kept, so a text of many is read once, not once a "don".
let lastSpanishText = '';
let lastSpanishAnswer = false;
function readsAsSpanish(text: string): boolean {
  if (text !== lastSpanishText) {
    lastSpanishText = text;
    lastSpanishAnswer = SPANISH_ONLY.get().test(text);
  }
  return lastSpanishAnswer;
}

/** A word no list knows, nor Hindi's own, nor English: where Hindi's cues stand, a name. */
function isHindiNameHere(name: string): boolean {
  const lower = name.toLowerCase();
  return !HINDI_WORDS.has(lower) && !isEnglishWord(lower) && isNameHere(name);
}

/** A speaker named small in quoted speech: a word no list knows, no typo of an English word, no plural. */
function isQuotedSpeaker(name: string): boolean {
  return isUnlisted(name) && !/s$/u.test(name) && !isNearEnglishWord(name);
}

const TAGALOG = lazyPattern(String.raw`(?<![\p{L}])(?:ang|ng|yung|namin|natin|kami|ako|ko|po|mga)(?![\p{L}])`, 'iu');

// "el Rocío de", "la Pilar de": a given name that is also a Spanish word stays to the names rules, which know it.
function isGivenNameOfSpanishWord(name: string): boolean {
  return commonWordLanguages(name.toLowerCase())?.has('es') ?? false;
}

/** "danę", "kasią", "anny", "markowi": a Polish given name's case form, which is no Polish word itself. */
function isDeclinedPolishGivenName(lower: string): boolean {
  if (commonWordLanguages(lower) || ALL_STOPWORDS.has(lower) || isEnglishWord(lower)) return false;
  const bases = [
    lower.replace(/(?:ę|ą|y)$/u, 'a'),
    lower.replace(/(?:ię|ią|ii|i)$/u, 'ia'),
    lower.replace(/ie$/u, 'a'),
    lower.replace(/(?:owi|em)$/u, ''),
  ];
  return bases.some((base) => base !== lower && base.length >= 3 && isGivenName(base));
}

// A cue refused ("șefa mea, doamna …" is no name) is read again from its next character, where another may start.
// Every cue's words in one pattern of plain words, read in the lower-cased text with a space at each end (no case
// folding, no Unicode classes: the fastest a pattern is read): most texts hold none, and skip every cue with words.
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_CUE_WORD = lazyPattern(
  CUES.flatMap(({ guard }) => (Array.isArray(guard) ? guard.map(escaped) : [])).join('|'),
);

const CUE_RULES = CUES.map(({ guard, pattern, accept, group = 1 }) => {
  const rule = maskMatches(pattern, 'NAME', (m) => accept(m[group]!, m), group, true);
  // `padded`: the text in lower case, a space at each end; `words`: the same, when it holds a cue's words.
  return (text: string, padded: string, words: string | undefined) => {
    if (guard instanceof LazyPattern) return guard.get().test(padded) ? rule(text) : text;
    if (guard instanceof RegExp) return guard.test(padded) ? rule(text) : text;
    return words !== undefined && guard.some((word) => words.includes(word)) ? rule(text) : text;
  };
});

/*
 * Initials in the orders the names rules miss: glued to the surname ("r.okafor", "j.smith from IT"), after it
 * ("smith j. from accounts", "Okafor R. harasses women"), and the surname after a hidden name and its initial
 * ("dana k. Smith", which had become "[NAME] [NAME]. Smith").
 */
const GLUED_INITIAL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.@/_-])\p{L}\.(\p{L}{3,})(?![\p{L}\p{N}@_-]|\.\p{L})`,
  'gu',
);
const SURNAME_THEN_INITIAL = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.'’-])(\p{L}{3,}),?[ \t]+\p{L}(?=\.[ \t]+(?:\p{Ll}|(?:is|was|keeps|from|in|at)(?![\p{L}]))|\.[ \t]*$)`,
  'gu',
);
// Built from the mark itself: the literal gate of maskMatches reads a pattern's "\u" escapes of letters only.
const NAME_MARK = mask('NAME', 1);
const SURNAME_AFTER_HIDDEN_INITIAL = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]+${NAME_MARK}{1,2}\.?[ \t])(\p{Lu}\p{Ll}{2,})(?![\p{L}])`,
  'gu',
);
const TOP_LEVEL = new Set(words('com net org edu gov info biz'));

const isSurnameWord = (word: string) => {
  const lower = word.toLowerCase();
  if (TOP_LEVEL.has(lower) || ALL_STOPWORDS.has(lower)) return false;
  return isCommonSurname(lower) || (isUnlisted(lower) && !isGivenName(lower));
};

/*
 * A Dutch surname written small after a hidden given name and its particle: "sanne de vries", "joost van dam" (the
 * names rules take "van" before one; "de" is Romance's "of" too, so only in a Dutch text, and only a word no list knows:
 * "[NAME] de logística" stays).
 */
const DUTCH_SURNAME = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]+)(?:de|van|van der|van de|van den|ter|ten)[ \t]+(\p{Ll}{4,})(?![\p{L}\p{N}])`,
  'gu',
);

const INITIAL_RULES: Rule[] = [
  onlyWith(
    lazyPattern(`${NAME_MARK}[ \t]+(?:de|van|ter|ten)[ \t]`, 'u'),
    maskMatches(
      DUTCH_SURNAME,
      'NAME',
      (m) =>
        isUnlisted(m[1]!) &&
        (!m[0].startsWith('de') || detectLanguage(m.input) === 'nl') &&
        // Blind round 12: "[NAME] van inkoop" is where the person works.
        !isDutchWorkplaceWord(m[1]!.toLowerCase()),
    ),
  ),
  onlyWith(
    lazyPattern(String.raw`\p{L}\.\p{L}{3}`, 'u'),
    maskMatches(GLUED_INITIAL, 'NAME', (m) => isSurnameWord(m[1]!)),
  ),
  onlyWith(
    lazyPattern(String.raw`[ \t]\p{L}\.`, 'u'),
    maskMatches(SURNAME_THEN_INITIAL, 'NAME', (m) => isSurnameWord(m[1]!) && !NOT_A_NAME_HERE.has(m[1]!.toLowerCase())),
  ),
  onlyWith(
    lazyPattern(`${NAME_MARK}[ \t]+${NAME_MARK}`, 'u'),
    maskMatches(SURNAME_AFTER_HIDDEN_INITIAL, 'NAME', (m) => {
      const lower = m[1]!.toLowerCase();
      return isCommonSurname(lower) || !isEnglishWord(lower);
    }),
  ),
];

/*
 * A name spelled with something between its letters that no letter-spacing rule reads: an emoji ("k😡e😡v😡i😡n"),
 * a combining mark under each letter ("ke̲v̲in"), or, after a role or a relative, stars or dashes around a name
 * that is a word too ("supervisor m*a*r*k", "M-A-R-K"; elsewhere "f*i*r*e" is a word shouted).
 */
const SPELLED = lazyPattern(
  String.raw`(?<![^\s([{"'“‘])(?:\p{L}\p{M}*(?:[\p{M}*·•_~+|.-]|\p{Extended_Pictographic}\uFE0F?|\u200D)+){2,}\p{L}\p{M}*(?=[\s,.;:!?)\]}"'”’]|$)`,
  'gu',
);
const PERSON_BEFORE = lazyPattern(
  String.raw`(?:${alternation([...RELATIVES, ...[...ROLE_CUES].filter((w) => /^\p{Ll}+$/u.test(w))])})[ \t]*[:,]?[ \t]+$`,
  'iu',
);

// A word with marks that no language writes on it ("ke̲v̲in", "d̶a̶n̶a̶"): the letters under them are read.
const MARKED = lazyPattern(String.raw`(?<![\p{L}\p{M}])\p{L}[\p{L}\p{M}]*\p{M}[\p{L}\p{M}]*`, 'gu');

// What a spelled name holds: two gaps a letter apart ("k-e-v", "m*a*r"), a pictograph after a letter, or a mark.
// (First without Unicode classes: a gap, one character, a gap; a surrogate pair, as pictographs are; a mark's block.)
const MAY_BE_SPELLED_FAST =
  /[*·•_~+|.-][^\s][*·•_~+|.-]|[\u2190-\u21FF\u2300-\u27BF\u2B00-\u2BFF\u3030\u303D\u3297\u3299\uD83C-\uD83E]|[\u0300-\u036F\u1AB0-\u1AFF\u20D0-\u20FF]/;
const MAY_BE_SPELLED = lazyPattern(
  String.raw`\p{L}[*·•_~+|.-]\p{L}[*·•_~+|.-]\p{L}|\p{L}\p{Extended_Pictographic}|\p{M}`,
  'u',
);

function maskSpelledNames(text: string): string {
  const marked = !/\p{M}/u.test(text)
    ? text
    : text.replace(MARKED.get(), (run, offset: number) => {
        const letters = run.replace(/\p{M}/gu, '').normalize('NFC');
        if (letters.length < 3 || letters === run.normalize('NFC')) return run;
        const lower = letters.toLowerCase();
        const before = text.slice(Math.max(0, offset - 30), offset);
        const name = (isGivenName(lower) || isCommonSurname(lower)) && !isEnglishWord(lower);
        const cued = PERSON_BEFORE.get().test(before) && (isGivenName(lower) || isSpelledUnlisted(lower));
        return name || cued ? NAME_MARK.repeat(run.length) : run;
      });
  return marked.replace(SPELLED.get(), (run, offset: number) => {
    const letters = run.replace(/[^\p{L}]/gu, '');
    const gaps = run.length - letters.length;
    const emojiOrMarks = /[\p{M}\p{Extended_Pictographic}]/u.test(run);
    // Between most letters; marks under a few of them are enough ("ke̲v̲in").
    if (letters.length < 3 || gaps < (emojiOrMarks ? 2 : letters.length - 2)) return run;
    const lower = letters.toLowerCase();
    const before = text.slice(Math.max(0, offset - 30), offset);
    const name = (isGivenName(lower) || isCommonSurname(lower)) && (emojiOrMarks || !isEnglishWord(lower));
    const cued = PERSON_BEFORE.get().test(before) && (isGivenName(lower) || isSpelledUnlisted(lower));
    return name || cued ? NAME_MARK.repeat(run.length) : run;
  });
}

// Spelled out, a verb is spelled as often as a name ("my supervisor m-a-n-a-g-e-s nothing").
const isSpelledUnlisted = (lower: string) => isUnlisted(lower) && !/s$/u.test(lower) && !isNearEnglishWord(lower);

/** Masks names no list knows where the words around them say a person is meant (see above). */
export const maskUnlistedNames: Rule = (text) => {
  let out = text;
  // Masks keep every position, and what a cue's words are does not change as names are hidden: one lower case will do.
  const padded = ` ${text.toLowerCase()} `;
  const words = ANY_CUE_WORD.get().test(padded) ? padded : undefined;
  for (const rule of CUE_RULES) out = rule(out, padded, words);
  // Each needs a dot or a hidden name: a native search says whether a text has either.
  if (out.includes('.') || out.includes(NAME_MARK)) for (const rule of INITIAL_RULES) out = rule(out);
  if (MAY_BE_SPELLED_FAST.test(out) && MAY_BE_SPELLED.get().test(out)) out = maskSpelledNames(out);
  return out;
};
