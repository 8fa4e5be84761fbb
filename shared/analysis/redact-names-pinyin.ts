// Round 13: Chinese names written in pinyin, which the given-name lists know only in part ("Wang Fang", "xiao li").
import { isEnglishWord } from './english-dictionary';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Chinese colleagues' names reach the service in pinyin: a surname then one
 * or two syllables ("Wang Fang yells", "Lin Tao is rude", "Sun Li yelled"),
 * or a familiar "xiao"/"lao" before the surname ("ask xiao li", "lao wang
 * from the kitchen"). The names rules know the common surnames but read the
 * given name by the English lists, where "Fang", "Tao", "Long" are words, so
 * half the name was left ("[NAME] Na", "Sun [NAME]"). Here a surname of the
 * list below, capitalised, and a capitalised pinyin syllable or two after it
 * are one name, whichever half the other rules hid; after "xiao" or "lao" a
 * surname in any case is a person. Phrases of Chinese origin that read the
 * same ("Hong Kong", "Kung Pao", "Tai Chi", "Feng Shui") stay.
 */

// The hundred commonest surnames, in pinyin (one syllable; the double ones are rare at work).
const SURNAMES = `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
  song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao
  cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu hou yin xue yan duan lei long tao mao hao
  gu gong shao wan qian dai mo kong xiang chang lai wen kang niu qi zhan bao`
  .split(/\s+/)
  .filter(Boolean);
export const SURNAME = SURNAMES.map((s) => s[0]!.toUpperCase() + s.slice(1)).join('|');

// One pinyin syllable, written without tone marks: an initial, then a final (longest finals first).
const SYLLABLE = String.raw`(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)`;
// A given name: one or two syllables, the second joined, hyphenated or after an apostrophe ("Jianguo", "Xiao-ming").
export const GIVEN = String.raw`${SYLLABLE}(?:[-'’]?${SYLLABLE})?`;
const NAME_MARK = mask('NAME', 1);

// "Wang Fang", "[NAME] Na" (the surname hidden), "Sun [NAME]" (the given name hidden).
const SURNAME_THEN_GIVEN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${SURNAME}|${NAME_MARK}+)[ \t]+(${GIVEN}|${NAME_MARK}+)(?![\p{L}\p{N}'’-])`,
  'giu',
);
// "xiao li", "Lao Wang", "lao-zhang": a familiar prefix and a surname, in any case.
const FAMILIAR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:xiao|lao)[ \t-]+(?:${SURNAMES.join('|')})(?![\p{L}\p{N}'’-])(?![ \t]+bao)`,
  'giu',
);

// Pairs that are no one's name, and English words that would open the pair as a pronoun or a word.
const NOT_NAMES = new Set(
  `hong kong|kung pao|kung fu|tai chi|feng shui|ping pong|yin yang|chow mein|lo mein|dim sum|bok choy|mah jong|
  mao tai|shang hai|bei jing|xi an|wu han|gan bei|ni hao|xie xie|wei bo|he he|ha ha|li ning|tai pei|jin jiang|
  ma ma|ba ba|long long|so so|ye ye|ding dong|wan chai|lu lu|chang an|yu gi|shi tzu|bao bao`
    .split('|')
    .map((p) => p.trim()),
);
const NOT_OPENING = new Set(['he', 'she', 'so', 'me', 'we', 'ye', 'yo', 'pa', 'lo', 'ha', 'hey', 'he\u2019s']);

const hidden = (word: string) => word.startsWith(NAME_MARK);
const CONTRACTION = /['’](?:re|s|t|ll|ve|d|m)$/u;

/** Masks Chinese names in pinyin (see above); gated on a capitalised surname or "xiao"/"lao". */
export const maskPinyinNames: Rule = (text) => {
  let out = /(?:^|[^\p{L}])\p{Ll}{1,5}[ \t]+\p{Ll}/u.test(text) ? maskSmallPinyinNames(text) : text;
  if (/(?:^|[^\p{L}])(?:xiao|lao)[ \t-]/iu.test(text))
    out = out.replace(FAMILIAR.get(), (whole) => (whole.includes(NAME_MARK) ? whole : mask('NAME', whole.length)));
  if (!MAY_HOLD_SURNAME.get().test(out)) return out;
  return out.replace(SURNAME_THEN_GIVEN.get(), (whole: string, first: string, second: string) => {
    if (hidden(first) && hidden(second)) return whole;
    // Both capitalised, as names are written ("wang fang" small is read after "xiao"/"lao" only).
    if (![first, second].every((w) => hidden(w) || /^\p{Lu}/u.test(w))) return whole;
    // A letter alone is a word ("At [NAME] I learned"), not a given name.
    if ([first, second].some((w) => !hidden(w) && w.length < 2)) return whole;
    // "[NAME] Na": after a hidden surname's length, a syllable no English word spells ("[NAME] Can you …" stays).
    if (hidden(first))
      return first.length <= 5 && /^\p{Lu}\p{Ll}+$/u.test(second) && !isEnglishWord(second.toLowerCase())
        ? mask('NAME', whole.length)
        : whole;
    // Written as a name is: a capital, then small letters ("IMO", "UN" are acronyms, "We're" a contraction).
    if (!hidden(second) && (!/^\p{Lu}\p{Ll}+(?:[-'’]?\p{Ll}+)?$/u.test(second) || CONTRACTION.test(second)))
      return whole;
    // Both English words ("Long Time", "Song Title"): a phrase in title case.
    if (!hidden(second) && isEnglishWord(first.toLowerCase()) && isEnglishWord(second.toLowerCase())) return whole;
    // "Wang Fang", "Sun [NAME]": a surname of the list as written, not a pronoun or word opening a sentence.
    if (!SURNAMES.includes(first.toLowerCase()) || NOT_OPENING.has(first.toLowerCase())) return whole;
    if (!hidden(second) && NOT_NAMES.has(`${first} ${second}`.toLowerCase())) return whole;
    return mask('NAME', whole.length);
  });
};

/*
 * Blind round 25 (and 24's "li wei took my locker key", "wang lei from dispatch"): the same name written small, as
 * people text ("zhou jie from qc never signs", "ask liu yang about the keys", "huang min on nights is bullying").
 * Small, a surname and a syllable are taken only where neither is a word of English, and where the words around
 * them say a person: asked or told after, or where they work and what they did before.
 */
const SMALL_PAIR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}@#._-])(${SURNAMES.join('|')})[ \t]+(${GIVEN})(?![\p{L}\p{N}'’@._-])`,
  'gu',
);
const ASKED_SMALL = lazyPattern(String.raw`(?:^|[^\p{L}])(?:ask|asked|tell|told|with)[ \t]+$`, 'iu');
const PERSON_BEFORE_SMALL = lazyPattern(String.raw`(?:^|[^\p{L}])(?:and|n|me|its|it['’]s|im|i['’]m)[ \t]+$`, 'iu');
const PERSON_AFTER_SMALL = lazyPattern(
  String.raw`^[ \t]+(?:from|frm|on|in|at|took|takes|keeps|kept|never|always|yells|yelled|shouts|shouted|said|says|told|tells|is|was|and|about|abt|stole|left|broke|lost|gets|got)(?![\p{L}'’])`,
  'iu',
);

/** Masks a pinyin name written small where a person is meant (see above). */
const maskSmallPinyinNames: Rule = (text) =>
  text.replace(SMALL_PAIR.get(), (whole: string, surname: string, given: string, at: number) => {
    if (isEnglishWord(surname) || isEnglishWord(given.replace(/[-'’]/gu, '')) || given.length < 2) return whole;
    if (NOT_OPENING.has(surname) || NOT_NAMES.has(`${surname} ${given}`)) return whole;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 12);
    const opens = /^\s*$/u.test(before) || /[.!?\n]\s*$/u.test(before);
    const placed = opens || PERSON_BEFORE_SMALL.get().test(before);
    return ASKED_SMALL.get().test(before) || (placed && PERSON_AFTER_SMALL.get().test(after))
      ? mask('NAME', whole.length)
      : whole;
  });

// What the pair rule cannot match without: a surname of the list capitalised before a capital or a hidden name.
const MAY_HOLD_SURNAME = lazyPattern(String.raw`(?:${SURNAME}|${NAME_MARK})[ \t]+(?:\p{Lu}|${NAME_MARK})`, 'u');
