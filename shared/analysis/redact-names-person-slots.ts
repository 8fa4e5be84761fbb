import { isEnglishWord } from './english-dictionary';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { ALL_STOPWORDS, DEPARTMENTS, DETERMINERS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 17: a name the dictionary knows only as a proper noun ("Dominique", "Octavia", "Desmond" are people
 * from history in its list, as "Chicago" and "Toyota" are places and brands) or as two English words run together
 * ("Brayden": "bray" + "den"), where the words around it can only mean a person. The other rules take such a word
 * where a title or a role stands before it; here the person's place is said otherwise:
 * - what only a person does after it: "Dominique keeps stealing my lunch", "Octavia yelled at me", "Desmond always
 *   takes the good shifts" (not "says", "said": news says them of countries and firms, "Russia says");
 * - told or asked something: "tell Brayden to stop", "ask Leocadia about it", "text Desmond if …";
 * - quarrelled or paired with: "I had a fight with Octavia", "argued with Thaddeus again" (not "the problem with
 *   Google");
 * - a title written small before the surname: "tell ms. abernathy …", "mr okafor", "dr. nakamura" (an everyday word
 *   after one stays: "ms word", "mr. clean", "dr. pepper").
 * An everyday word of English or of the other languages' lists stays wherever it stands ("tell Management to …").
 */

/** No everyday word of any language the lists hold, nor a word of function, role or department. */
function isNoEverydayWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || (word.length > 2 && word === word.toUpperCase())) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || DETERMINERS.has(lower) || ROLE_CUES.has(lower)) return false;
  if (DEPARTMENTS.has(lower) || TITLES.has(lower)) return false;
  return !isEnglishWord(lower) && !commonWordLanguages(lower) && !moreEverydayLanguages(lower);
}

const CAPITAL_NAME = String.raw`(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)`;
// What only a person does, right after the name. "keeps", "kept", "always", "never" only before a deed of a person
// ("Dominique keeps stealing"), as a brand or a town keeps doing other things ("Walmart keeps cutting hours").
// Not "said", "says", "told": news says them of countries and firms ("Russia says", "Samsung says").
const DEEDS =
  'yelled|yells|screamed|screams|shouted|shouts|grabbed|grabs|touched|touches|threatened|threatens|swore|swears|lied|lies|stole|steals|bullies|bullied|harassed|harasses|texted|punched|pushed|groped|gropes|mocked|laughed|insulted|insults|cursed|curses|slapped|hit|kicked|spat|cried|quit|snapped|sneers|sneered|flirts|flirted|stares|stared|gossips|gossiped|belittles|belittled';
const ING_DEEDS =
  'stealing|yelling|screaming|shouting|grabbing|touching|threatening|swearing|lying|bullying|harassing|texting|calling|messaging|punching|pushing|groping|mocking|laughing|insulting|cursing|slapping|hitting|kicking|spitting|crying|flirting|staring|gossiping|belittling|taking|skipping|clocking|leaving|coming|showing|sleeping|smoking|drinking|talking|picking|making|blaming|undermining|ignoring|interrupting|micromanaging|nagging|snapping|hiding|sneaking|eating|using|borrowing|giving|asking|telling|sending';
// After "always", "never": what a person does at work and a shop or a bank does not ("Desmond always takes the good
// shifts", "Thaddeus never shows up"; "Amazon never pays" stays).
const HABITS =
  'takes[ \\t]+(?:my|our|credit|the[ \\t]+good)|shows[ \\t]+up|leaves[ \\t]+early|comes[ \\t]+in[ \\t]+late|skips|blames|picks[ \\t]+on|listens|cleans[ \\t]+up|covers[ \\t]+for|smiles';
const DEED_AFTER = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’.@#-])${CAPITAL_NAME}(?=[ \t]+(?:(?:${DEEDS})|(?:keeps|kept|constantly)[ \t]+(?:${ING_DEEDS})|(?:always|never|constantly|still)[ \t]+(?:${DEEDS}|${HABITS}))(?![\p{L}]))`,
  'gu',
);
// Told or asked something: the name, then the clause's end, or what it is asked or told.
const TELLING = 'tell|told|ask|asked|text|texted|ping|message|email|warn|warned|remind|thank|thanked|blame|blamed';
// Either case of a word's first letter: the verb may open the sentence ("Tell Brayden …").
const anyFirstCase = (list: string) =>
  list
    .split('|')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
const TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:${anyFirstCase(TELLING)})[ \t]+${CAPITAL_NAME}(?=[ \t]*(?:[,.!?;:)\n]|$)|[ \t]+(?:to|that|about|if|whether|[iI]|we|he|she|they|not|again|already|yet)(?![\p{L}'’]))`,
  'gu',
);
/*
 * Round 31: a name that is an everyday word, told or asked to do something ("I told Rusty to stop", "asked Grace not
 * to tell", "warned Frank to back off"): inside a sentence English gives the word its capital only as a name. A
 * department or a role so written stays ("told Management to", "asked Security to").
 */
const TOLD_TO_DO = lazyPattern(
  String.raw`(?<![\p{L}])(?:${anyFirstCase('told|asked|warned|reminded|begged|tell|ask|warn|remind|beg')})[ \t]+${CAPITAL_NAME}(?=[ \t]+(?:not[ \t]+)?to[ \t]+\p{Ll})`,
  'gu',
);

// The same told in Spanish, French and German: "le dije a Rusty que parara", "j'ai dit à Rusty d'arrêter", "ich hab
// Rusty gesagt" ("Bescheid gesagt" is "let know").
const TOLD_TO_DO_ABROAD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:dije|dijo|dijimos|pedí|pidió|avisé|avisó)[ \t]+a|(?:dit|demandé|demande)[ \t]+à|(?:hab|habe|hat|haben|hatte)(?:[ \t]+\p{Ll}+)?)[ \t]+${CAPITAL_NAME}(?=[ \t]+(?:que|de|d['’]|gesagt|gebeten))`,
  'gu',
);

function isWordAsName(word: string): boolean {
  if (/^(?:Bescheid|Danke|Hallo|Tschüss|Nein|Ja)$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower.length < 3 || word === word.toUpperCase()) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || DETERMINERS.has(lower) || ROLE_CUES.has(lower)) return false;
  return !DEPARTMENTS.has(lower) && !TITLES.has(lower) && !DEPARTMENT_LIKE.has(lower);
}
// Who else is told to do things with a capital: the firm's parts and outside bodies.
const DEPARTMENT_LIKE = new Set(
  `management corporate head legal facilities maintenance security payroll accounts finance admin reception
  shipping receiving dispatch logistics purchasing procurement compliance audit union council police government
  everyone everybody someone somebody them him her me us god mum mom dad`.split(/\s+/),
);

// Quarrelled or paired with: what two people do together (not "the problem with Google", "a meeting with Accenture").
const WITH = lazyPattern(
  String.raw`(?<![\p{L}])(?:fight|fights|fought|fighting|argument|arguments|argued|arguing|argue|row|beef|clash|clashed|spat|chatted|paired|partnered|dating|flirting|flirts|sleeping)[ \t]+with[ \t]+${CAPITAL_NAME}(?![\p{L}\p{N}'’@-])`,
  'gu',
);
// A title written small, then a surname written small: "ms. abernathy", "mr okafor", "dr. nakamura".
// Not "miss": a verb as often ("Miss coworkers", "I miss hannah").
const SMALL_TITLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:[mM]r|[mM]rs|[mM]s|[mM]x|[dD]r|[pP]rof)(?:\.[ \t]*|[ \t]+)(\p{Ll}{3,}(?:-\p{Ll}+)?)(?![\p{L}\p{N}'’@])`,
  'gu',
);

// What each pattern cannot match without, asked first (most texts hold none).
const DEED_GATE = lazyPattern(
  String.raw`\p{Lu}\p{Ll}+[ \t]+(?:${DEEDS}|keeps|kept|always|never|constantly|still)\b`,
  'u',
);
const TOLD_GATE = lazyPattern(String.raw`\b(?:${TELLING})[ \t]+\p{Lu}`, 'iu');
const WITH_GATE = lazyPattern(String.raw`\bwith[ \t]+\p{Lu}`, 'u');
const TITLE_GATE = /\b(?:mr|mrs|ms|mx|dr|prof)\b/iu;

function hideGroup(text: string, pattern: RegExp, accept: (word: string) => boolean): string {
  return text.replace(pattern, (whole: string, word: string) => {
    if (!accept(word)) return whole;
    const at = whole.lastIndexOf(word);
    return whole.slice(0, at) + mask('NAME', word.length) + whole.slice(at + word.length);
  });
}

/** "coworkers", "tacos": an English word's plural, which a surname after a title is not. */
function isEnglishPlural(lower: string): boolean {
  return (
    /s$/u.test(lower) &&
    (isEnglishWord(lower.slice(0, -1)) || (/es$/u.test(lower) && isEnglishWord(lower.slice(0, -2))))
  );
}

/** Hides a name no everyday word is where the words around it say a person is meant (see above). */
export const maskNamesInPersonSlots: Rule = (text) => {
  let out = text;
  if (DEED_GATE.get().test(out)) out = hideGroup(out, DEED_AFTER.get(), isNoEverydayWord);
  if (TOLD_GATE.get().test(out))
    out = hideGroup(hideGroup(out, TOLD.get(), isNoEverydayWord), TOLD_TO_DO.get(), isWordAsName);
  if (/(?:a|à|hab|habe|hat|haben|hatte)[ \t]+\p{Lu}/u.test(out))
    out = hideGroup(
      out,
      TOLD_TO_DO_ABROAD.get(),
      (word) =>
        isWordAsName(word) && !commonWordLanguages(word.toLowerCase()) && !moreEverydayLanguages(word.toLowerCase()),
    );
  if (WITH_GATE.get().test(out)) out = hideGroup(out, WITH.get(), isNoEverydayWord);
  if (TITLE_GATE.test(out))
    out = hideGroup(out, SMALL_TITLE.get(), (word) => isNoEverydayWord(word) && !isEnglishPlural(word));
  return out;
};
