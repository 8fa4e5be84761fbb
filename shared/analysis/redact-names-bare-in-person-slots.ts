// names39 (blind attack ra38b): a name written small with no cue word, where only a person stands.
import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { isNameHere } from './redact-names-unlisted';
import { ALL_STOPWORDS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * ra38b read through names the lists did not hold, or held in a slot no rule read, written small with no cue word
 * ("tariku never signs the forklift checklist", "please stop letting nneka handle the cash", "the whole team knows
 * about kalani and the missing cash", "😡😡 mbali 😡😡", "Why does zaid get every Saturday off?", "priyanka!!! answer
 * your radio", "makoa and the other drivers skip…", "tell kiri to stop yelling", "mi supervisora ramonita nos grita",
 * "Ti Jan nan depo a", "Cormac. … C-O-R-M-A-C"). Each slot below is one where only a person stands; the word there is
 * taken when it is a given name of the lists (not one that is an everyday word, "will", "grace", "mark"), or a word no
 * list of any language knows and no typo of a long English word (isNameHere), never a known firm or town:
 * - the one told, asked or let to do something: "tell X to", "ask X why", "letting X handle";
 * - the one talked about: "knows about X and…", "heard about X who…";
 * - the one a question is about: "why does X get…", "how is X still…";
 * - the one called: "X!!! answer your radio", "X, pick up";
 * - a word alone between emoji: "😡 X 😡";
 * - the subject of a habit or a refusal at a sentence's start: "X never signs", "X keeps clocking in", "X and the
 *   other drivers skip…";
 * - after a role word and its article or possessive, in the languages the service reads ("mi supervisora X nos
 *   grita", "mein Vorarbeiter X schreit", "наш бригадир X кричить");
 * - Haitian Creole's "Ti" (little) before a capital in a Creole text: "Ti Jan nan depo a";
 * - a name spelled a letter at a time, at its plain mention too ("Cormac. … C-O-R-M-A-C").
 * "tell them to", "letting it slide", "about it and", "why does management get", "😂 lol 😂", "Will never signs",
 * "tell Grace to" (capitalised: the other rules decide) stay as they are.
 */

const NAME = mask('NAME', 1);
const isPlace = (lower: string) => WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower);

/**
 * A word that can only be a person's name here: a given name of the lists that is no everyday word, or, written small,
 * a word of four letters or more that no list of any language knows, with a vowel, no chat word, no typo of a long
 * English word and no two English words run together ("timecard", "eachother", "upfront"). Capitalised, only a listed
 * name: a capital no list knows in these slots is as often a firm, a country or a hero ("Why does Hawkeye…",
 * "Wayfair doesn't pay", "allowing Russia to run").
 */
function isBareName(word: string): boolean {
  if (!/^\p{L}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (lower.length < 3 || ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower)) return false;
  if (isPlace(lower)) return false;
  if (isGivenName(lower)) return !isWordlikeName(lower) && !isEnglishWord(lower) && !commonWordLanguages(lower);
  if (word !== lower || lower.length < 4) return false;
  const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (
    !/[aeiouy]/u.test(plain) &&
    !/[\u0430\u0435\u0438\u043e\u0443\u044b\u044d\u044e\u044f\u0456\u0457\u0454]/u.test(lower)
  )
    return false;
  if (CHAT.has(plain) || isTwoEnglishWords(plain)) return false;
  return isNameHere(lower) && !isNearEnglishWord(lower) && !/s$/u.test(lower);
}

/** "timecard", "eachother", "proactive", "upfront": English words run together. */
function isTwoEnglishWords(lower: string): boolean {
  for (let cut = 2; cut <= lower.length - 3; cut++) {
    const head = lower.slice(0, cut);
    const tail = lower.slice(cut);
    if ((cut >= 3 || SHORT_HEADS.has(head)) && isEnglishWord(head) && isEnglishWord(tail)) return true;
  }
  return false;
}
const SHORT_HEADS = new Set(['up', 'in', 'on', 'un', 're', 'co', 'by', 'to', 'no']);

// Chat's words no list holds, which have a vowel.
const CHAT = new Set(
  'lol lmao lmfao rofl omg omfg idk imo imho tho cuz coz bcuz yall yal gonna wanna gotta dunno kinda sorta bruh bro fam yea yeah yep nope ok okay pls plz bday tmrw tmr tonite ur ure youre ive im wtf wth ffs jk ikr irl asap fyi eta'.split(
    ' ',
  ),
);

// A word, written small or with its capital only ("Zaid", not "ZAID"), letters of any script.
const W = String.raw`(\p{L}\p{Ll}+)`;
const END = String.raw`(?![\p{L}\p{N}_'\u2019@.-]\p{L})`;
const START = String.raw`(?<![\p{L}\p{N}_@#'\u2019.-])`;

const SLOTS = [
  // Told, asked or let: "tell kiri to", "ask zaid why", "letting nneka handle the cash"; told or asked, only "to"
  // ("your told upfront that" is "you're told").
  lazyPattern(
    String.raw`${START}(?:tell|ask|remind|warn)[ \t]+${W}${END}(?=[ \t]+(?:to|that|about|why|if|whether|not|what|where)(?![\p{L}]))`,
    'giu',
  ),
  lazyPattern(String.raw`${START}(?:told|asked|reminded|warned)[ \t]+${W}${END}(?=[ \t]+to(?![\p{L}]))`, 'giu'),
  lazyPattern(
    String.raw`${START}(?:let|lets|letting|allow|allows|allowing|allowed)[ \t]+${W}${END}(?=[ \t]+(?:to[ \t]+)?\p{Ll}{3,}(?![\p{L}]))`,
    'giu',
  ),
  // Talked about: "knows about kalani and the missing cash".
  lazyPattern(
    String.raw`${START}(?:know|knows|knew|heard|hear|hears|talk|talks|talking|talked|gossip|gossips|gossiping|rumou?rs?|complain|complains|complaining|complained|warned|told|tell)[ \t]+about[ \t]+${W}${END}(?=[ \t]*(?:,|and|who|is|was|has|had|'s|\u2019s)(?![\p{L}]))`,
    'giu',
  ),
  // A question about someone: "Why does zaid get every Saturday off?".
  lazyPattern(
    String.raw`${START}(?:why|how|when)[ \t]+(?:does|did|do|is|was|has|can|should|would)[ \t]+${W}${END}(?=[ \t]+\p{Ll}{2,})`,
    'giu',
  ),
  // Called: "priyanka!!! answer your radio", "zaid, pick up".
  lazyPattern(
    String.raw`(?:^|(?<=[.!?\n][ \t]*))${W}(?=(?:!+|[ \t]*,)[ \t]*(?:answer|pick|call|come|stop|get|check|move|help|please|pls|where|you|your|we|u)(?![\p{L}]))`,
    'gu',
  ),
  // Alone between emoji: "😡😡 mbali 😡😡".
  // A pictograph of the symbol blocks ("▪", "•") is a bullet, not a face: touching the word, only an emoji's own.
  lazyPattern(
    String.raw`(?<=[\u{1F000}-\u{1FAFF}]\uFE0F?[ \t]*|\p{Extended_Pictographic}\uFE0F?[ \t]+)${W}(?=[ \t]*[\u{1F000}-\u{1FAFF}]|[ \t]+\p{Extended_Pictographic})`,
    'gu',
  ),
  // A habit or refusal at a sentence's start: "tariku never signs", "ebo keeps clocking in", "makoa and the other
  // drivers skip".
  lazyPattern(
    String.raw`(?:^|(?<=[.!?\n][ \t]*))${W}(?=[ \t]+(?:never|always|keeps|kept|constantly|refuses|refused|won't|wont|doesn't|doesnt|didn't|didnt|still|just|nunca|siempre|jamais|toujours|nie|immer|nigdy|zawsze|sempre|mai|pa[ \t]+janm|toujou)[ \t]+\p{Ll}{2,}|[ \t]+and[ \t]+the[ \t]+other[ \t]+\p{Ll}+s(?![\p{L}]))`,
    'gu',
  ),
];

// After a role word, with its article or possessive, in the languages read: "mi supervisora ramonita nos grita".
const OWNER = String.raw`(?:my|our|the|mi|nuestro|nuestra|el|la|mon|ma|notre|le|o|a|meu|minha|nosso|nossa|mein|meine|unser|unsere|der|die|il|mio|mia|nostro|nostra|m\u00f3j|moja|nasz|nasza|ang|si|nap|mwen|nou|\u043d\u0430\u0448|\u043d\u0430\u0448\u0430|\u043c\u0456\u0439|\u043c\u043e\u044f)`;
const ROLE = lazyPattern(
  String.raw`${START}${OWNER}[ \t]+(\p{L}+)(?:[ \t]+(?:a|la|an))?[ \t]+(\p{Ll}{3,})${END}(?=[ \t]+\p{L})`,
  'giu',
);
const POSSESSIVE =
  /^(?:my|our|mi|nuestr[oa]|mon|ma|notre|meu|minha|noss[oa]|mein|meine|unser|unsere|mio|mia|nostr[oa]|m\u00f3j|moja|nasz|nasza|\u043d\u0430\u0448|\u043d\u0430\u0448\u0430|\u043c\u0456\u0439|\u043c\u043e\u044f)[ \t]/iu;
const VERB_NEXT =
  /^[ \t]+(?:in|a|en|\u00e0|au|aux|w|z|do|da|de|di|del|al|im|am|zu|nel|nella|the|la|le|il|el|un|una|une|ein|eine|per|con|with|at|on|sur|bei|mit|auf|dans|po|u|v|nan|bay)(?![\p{L}])/iu;
// Creole puts its article after the role: "sipèvizè a X", "bos nou X".
const CREOLE_ROLE = lazyPattern(
  String.raw`${START}(\p{L}+)[ \t]+(?:a|la|an|nou|mwen)[ \t]+(\p{Ll}{3,})${END}(?=[ \t]+\p{L})`,
  'giu',
);
// More role words, beside the shared list: Creole, Ukrainian, Polish and Tagalog ones it lacks.
const MORE_ROLES = new Set([
  'sip\u00e8viz\u00e8',
  'sipevize',
  'bos',
  'ch\u00e8f',
  'manadj\u00e8',
  '\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a',
  '\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u043a',
  '\u043c\u0435\u043d\u0435\u0434\u0436\u0435\u0440',
  '\u043c\u0430\u0439\u0441\u0442\u0435\u0440',
  '\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u0446\u044f',
  'brygadzista',
  'szef',
  'szefowa',
  'amo',
  'boss',
  'foreman',
]);

// Haitian Creole's "Ti" before a capital, in a text with a Creole word: "Ti Jan nan depo a".
const TI = lazyPattern(String.raw`(?<![\p{L}])Ti[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])`, 'gu');
const CREOLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:nan|depo|mwen|nou|yo|ap|pa|konn|toujou|biwo|rele|se)(?![\p{L}])`,
  'u',
);

// A name spelled a letter at a time ("C-O-R-M-A-C", "k.i.r.i"), and its plain mention elsewhere in the text.
// At most 24 letters spelled out: no name is longer, and a run of thousands of single letters ("я я я …", 16 KB) made
// one pattern of them all, which V8 refused as too large (a thrown error, not a redaction).
const SPELLED = lazyPattern(String.raw`(?<![\p{L}\p{N}])\p{L}(?:[-. ]\p{L}){3,23}(?![\p{L}\p{N}])`, 'gu');

function hide(text: string, start: number, length: number): string {
  return text.slice(0, start) + NAME.repeat(length) + text.slice(start + length);
}

/** Masks names with no cue word in the slots above. */
export const maskBareNamesInPersonSlots: Rule = (text) => {
  let out = text;
  for (const slot of SLOTS) {
    const pattern = slot.get();
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const word = m[1]!;
      const start = m.index + m[0].indexOf(word);
      if (out.slice(start, start + word.length).includes(NAME)) continue;
      if (isBareName(word)) out = hide(out, start, word.length);
    }
  }
  if (text.includes(' ')) {
    // Read from each word on, not match after match: "o meu chefe X" is read from "meu" too.
    for (const pattern of [ROLE.get(), CREOLE_ROLE.get()]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        pattern.lastIndex = m.index + 1;
        const role = m[1]!.toLowerCase();
        const word = m[2]!;
        if (!ROLE_CUES.has(role) && !MORE_ROLES.has(role)) continue;
        // "a manager everytime", "the supervisor xyz": an English role is read by the English rules.
        if (isEnglishWord(role) && !POSSESSIVE.test(m[0])) continue;
        const start = m.index + m[0].lastIndexOf(word);
        // After an article, only a listed name ("il capo abita in…" is where the boss lives); after a possessive, a
        // word no list knows too, unless a preposition or an article follows it, as after a verb ("mio capo abita a").
        const listed = isGivenName(word.toLowerCase());
        const possessive = POSSESSIVE.test(m[0]) || pattern === CREOLE_ROLE.get();
        if (!listed && (!possessive || VERB_NEXT.test(text.slice(start + word.length)))) continue;
        if (isBareName(word) && !out.slice(start, start + word.length).includes(NAME))
          out = hide(out, start, word.length);
      }
    }
  }
  if (text.includes('Ti ') && CREOLE.get().test(text))
    for (const m of text.matchAll(TI.get())) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      const lower = m[1]!.toLowerCase();
      if (!isPlace(lower) && !ALL_STOPWORDS.has(lower)) out = hide(out, start, m[1]!.length);
    }
  for (const m of text.matchAll(SPELLED.get())) {
    const plain = m[0].replace(/[-. ]/gu, '');
    const lower = plain.toLowerCase();
    if (lower.length < 4 || (isEnglishWord(lower) && !isGivenName(lower)) || isWordlikeName(lower)) continue;
    if (commonWordLanguages(lower) || isPlace(lower)) continue;
    const mentions = [...text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${plain}(?![\p{L}\p{N}])`, 'giu'))];
    if (mentions.length === 0) continue;
    out = hide(out, m.index, m[0].length);
    for (const mention of mentions) out = hide(out, mention.index, plain.length);
  }
  return out;
};
