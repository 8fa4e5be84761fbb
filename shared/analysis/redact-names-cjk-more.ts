import { JAPANESE_SURNAMES } from './redact-names-introduced';
import { GIVEN as PINYIN_GIVEN, SURNAME as PINYIN_SURNAME } from './redact-names-pinyin';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 16, names in Chinese, Japanese and Korean text that the other rules read only in other places:
 * - Japanese signs a message with the surname alone on its last line ("よろしくお願いします\n高橋", "高橋より",
 *   "以上です。\n渡辺") and introduces itself with what it does before the name ("夜勤の田中美咲ですが");
 * - Korean calls colleagues by the given name alone, a particle after it ("민준이랑 지호가 창고에서"): the
 *   commonest given names, which are no words;
 * - a Chinese name in pinyin written inside Chinese ("我们组长Li Wei天天骂人"): the word reader took "Wei天天骂人"
 *   for one word, leaving "Li" and hiding the sentence.
 */

const JAPANESE_SIGNED = lazyPattern(
  String.raw`(?:^|\n)[ \t\u3000]*((?:${JAPANESE_SURNAMES})\p{Script=Han}{0,2})[ \t\u3000]*(?:より|拝|です)?[ \t\u3000。.]*$`,
  'du',
);
const JAPANESE_SELF = lazyPattern(
  String.raw`(?:の|、|^)((?:${JAPANESE_SURNAMES})\p{Script=Han}{0,2})(?=(?:ですが|です[。、,!！]|と申します|でございます))`,
  'dgu',
);

// The given names Korean parents have chosen most these thirty years; none is an everyday word.
const KOREAN_GIVEN =
  `민준 서준 도윤 예준 시우 하준 주원 지호 지후 준우 준서 건우 현우 우진 선우 서진 연우 유준 정우 승우 승현
  시윤 준혁 은우 지환 서연 서윤 서현 민서 하은 하윤 윤서 지유 지민 채원 수아 지아 지윤 은서 다은 예은 수빈 소율 예린 민지 유나
  은지 혜진 현정 영희 철수 민호 지훈 성민 동현 현준 수민 민수 지은 유진 혜원 나연 다현 태윤 재민 민재 동훈 상민 영수 미영`
    .split(/\s+/)
    .filter(Boolean)
    .join('|');
const KOREAN_GIVEN_ALONE = lazyPattern(
  String.raw`(?<!\p{Script=Hangul})(${KOREAN_GIVEN})(?=이?(?:가|랑|는|도|한테|하고|를|을|의|에게|씨|야|아|이)(?!\p{Script=Hangul}))`,
  'gu',
);

const PINYIN_IN_HAN = lazyPattern(
  String.raw`(?<=\p{Script=Han}|^)(?:${PINYIN_SURNAME})[ \t]?(?:${PINYIN_GIVEN})(?=\p{Script=Han}|[，。、！？,.!?]|$)`,
  'giu',
);

const CJK = lazyPattern(String.raw`[\p{Script=Han}\p{Script=Hangul}]`, 'u');

/** Hides a Japanese signature or self-introduction, a Korean given name alone, a pinyin name inside Chinese. */
export const maskMoreCjkNames: Rule = (text) => {
  if (!CJK.get().test(text)) return text;
  let out = text;
  const hide = (start: number, length: number) => {
    out = out.slice(0, start) + mask('NAME', length) + out.slice(start + length);
  };
  const signed = JAPANESE_SIGNED.get().exec(text);
  if (signed) hide(signed.indices![1]![0], signed[1]!.length);
  for (const m of text.matchAll(JAPANESE_SELF.get())) hide(m.indices![1]![0], m[1]!.length);
  for (const m of text.matchAll(KOREAN_GIVEN_ALONE.get())) hide(m.index!, m[1]!.length);
  if (/[A-Za-z]/.test(text)) for (const m of text.matchAll(PINYIN_IN_HAN.get())) hide(m.index!, m[0].length);
  return out;
};
