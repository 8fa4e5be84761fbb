// Attack round 29 (atx29 F7): Korean, Chinese and Vietnamese names written small, where no capital marks them.
import { isEnglishWord } from './english-dictionary';
import type { Rule } from './redact-rule';
import { isVietnameseFamilyName, isVietnameseNamePart } from './redact-names-vietnamese';
import { ALL_STOPWORDS } from './redact-names-words';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Korean and Chinese colleagues' names reach the service as chat writes them: small, the surname first and the
 * given name's two syllables joined by a hyphen ("kim lee and park min-jun", "ask choi seo-yeon", "wang xiao-ming
 * said"); Vietnamese ones surname first and a comma before the rest ("nguyen, thi lan said it"). The names rules
 * read a lower-case word by the English lists, where "park", "song" and "lee" are words, so the person was kept.
 * Here:
 * - a surname of the list below, in any case, before a hyphenated given name of two romanised syllables (the
 *   hyphenated word no English word: "check-in", "so-so" stay): both are the person;
 * - such a given name after a name already hidden ("[NAME] min-jun"): the rest of the person;
 * - one of these surnames that is no English word ("kim", "choi") just before a name already hidden ("kim [NAME]");
 * - a Vietnamese family name opening the text, a comma, and the parts of a Vietnamese name after it.
 */

const SURNAMES = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin sin kwon
  hwang ahn an song yoo yu hong jeon jun go ko moon mun yang son bae baek paek heo nam noh roh ha kwak sung seong cha
  joo ju woo min ryu yoo na jin
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie tang feng deng
  cao peng zeng xiao tian dong pan cai jiang du ye cheng wei su lu ding ren shen yao cui zhong tan fan liao jia xia
  fu fang bai zou meng xiong qin qiu hou yin xue yan chan wong chow cheung leung ng lau tsang kwok yeung`
    .split(/\s+/)
    .filter(Boolean),
);
// Syllables of Korean given names as they are romanised (Revised and older spellings), and Chinese ones in pinyin
// and Wade-Giles as Taiwan and Hong Kong write them ("mei-ling", "chia-hui").
const SYLLABLES = new Set(
  `min jun joon seo so yeon yun yoon ji jee woo hoon hun hyun hyeon jin soo su young yeong eun hye hee hui ha na da
  jae jung jeong sung seong ho won bin kyung kyeong hwa mi ra ri ah a in sook suk chul cheol dong gun geon tae hyeok
  hyuk seok sik gyu kyu yu yoo sang il woong wook jong mun mo sol bo bom byung byeong chan chae gi ki hae hyo hwan
  ja ju kang kwang myung myeong nam ok rin seung si sin shin sun seon uk ung wan ye yong ae eui ui yi
  mei ling xiao ming wei jie chia hua hao jia lin yan fang hong li lei qing xin yi zhi kai yu ting hsin hsiu chun
  chih chien kuo hsiao yuan wen tao feng long cheng zhen hui jun ying lan`
    .split(/\s+/)
    .filter(Boolean),
);
const NAME_MARK = mask('NAME', 1);
const isGivenPair = (pair: string) => {
  const [first, second] = pair.toLowerCase().split('-');
  // "so-so", "ha-ha": the same syllable twice is said, not named.
  // "mi-a" (Romanian "me has"): a one-letter half is a language's, not a name's.
  return (
    first !== second &&
    first!.length > 1 &&
    second!.length > 1 &&
    SYLLABLES.has(first!) &&
    SYLLABLES.has(second!) &&
    !isEnglishWord(pair.toLowerCase())
  );
};
const SURNAME_THEN_PAIR = lazyPattern(
  String.raw`(?<![\p{L}\p{M}'’-])(\p{L}{1,6})([ \t]+)(\p{L}{1,6}-\p{L}{1,6})(?![\p{L}\p{M}'’-])`,
  'gu',
);
const PAIR_AFTER_HIDDEN = lazyPattern(
  String.raw`(?<=${NAME_MARK}[ \t]+)(\p{L}{1,6}-\p{L}{1,6})(?![\p{L}\p{M}'’-])`,
  'gu',
);
const SURNAME_BEFORE_HIDDEN = lazyPattern(String.raw`(?<![\p{L}\p{M}'’-])(\p{Ll}{1,6})(?=[ \t]+${NAME_MARK})`, 'gu');
const VIETNAMESE_COMMA = lazyPattern(
  String.raw`^([ \t]*)(\p{Ll}+|${NAME_MARK}+)(,[ \t]*)(\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})`,
  'u',
);

/** Masks a Korean, Chinese or Vietnamese name written small (see above). */
export const maskSmallEastAsianNames: Rule = (text) => {
  let out = text;
  if (/\p{L}-\p{L}/u.test(out)) {
    out = out.replace(SURNAME_THEN_PAIR.get(), (whole: string, surname: string, gap: string, pair: string) =>
      SURNAMES.has(surname.toLowerCase()) && isGivenPair(pair)
        ? mask('NAME', surname.length) + gap + mask('NAME', pair.length)
        : whole,
    );
    if (out.includes(NAME_MARK))
      out = out.replace(PAIR_AFTER_HIDDEN.get(), (pair: string) =>
        isGivenPair(pair) ? mask('NAME', pair.length) : pair,
      );
  }
  if (out.includes(NAME_MARK))
    out = out.replace(SURNAME_BEFORE_HIDDEN.get(), (surname: string) =>
      SURNAMES.has(surname) && !isEnglishWord(surname) && !ALL_STOPWORDS.has(surname)
        ? mask('NAME', surname.length)
        : surname,
    );
  out = out.replace(
    VIETNAMESE_COMMA.get(),
    (whole: string, lead: string, family: string, comma: string, rest: string) => {
      // "ha, an idea": a family name that is a word of English or another language opens no name here.
      const hidden = family.startsWith(NAME_MARK);
      if (!hidden && (!isVietnameseFamilyName(family) || isEnglishWord(family) || ALL_STOPWORDS.has(family)))
        return whole;
      const parts = rest.split(/([ \t]+)/u);
      // After a name already hidden ("[NAME], an idea"), the first part is no English word ("[NAME], thi lan").
      if (hidden && (isEnglishWord(parts[0]!) || ALL_STOPWORDS.has(parts[0]!))) return whole;
      let taken = 0;
      while (taken < parts.length && isVietnameseNamePart(parts[taken]!)) taken += 2;
      if (taken === 0) return whole;
      const name = parts.slice(0, taken - 1).join('');
      return (
        lead +
        (hidden ? family : mask('NAME', family.length)) +
        comma +
        mask('NAME', name.length) +
        rest.slice(name.length)
      );
    },
  );
  return out;
};
