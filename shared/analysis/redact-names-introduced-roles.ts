import { JAPANESE_SURNAMES, KOREAN_SURNAMES } from './redact-names-introduced';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * The writer's own name after their role, and "my name is" in Persian and Arabic: "저는 간호사 박지은입니다" (I am
 * nurse Park Ji-eun), "私は看護師の佐藤です" (I am Sato, the nurse), "اسم من علی رضایی است" (my name is Ali Rezaei),
 * "اسمي أحمد" (my name is Ahmed). redact-names-introduced.ts takes the name right after "저는" or "私は"; here a
 * word or two of role may stand between. As there, the name must open with a common surname in Korean and Japanese,
 * where "I am a nurse" is said as often.
 */

// Characters outside ASCII in String.raw patterns are \u escapes (docs/performance.md); the comments show them.
// Korean: "저는", "나는", "난", "전", then one or two words (the role, "간호사", "3교대 간호사"), then the name and
// "입니다", "이에요", "예요". The name does not end as a role or a thing does ("저는 간호사 정규직입니다").
const KOREAN_ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{Script=Hangul}])(?:\ub098\ub294|\uc800\ub294|\ub09c|\uc804)\s+(?:[\p{Script=Hangul}\p{N}]+\s+){1,2}([${KOREAN_SURNAMES}][\p{Script=Hangul}]{2})(?<![\uc9c1\uc6d0\uc790\uc0dd\uc7a5\uc0ac\uad00\ubd80\ud300\ub2d8\uccb4\ud488\uc2e4\uacfc])(?=\uc785\ub2c8\ub2e4|\uc774\uc5d0\uc694|\uc608\uc694|\uc774\uace0|\ub77c\uace0|\uc774\ub77c\uace0)`,
  'gu',
);
// Japanese: "私は" (or 僕は, 俺は, わたしは), a role and "の", then a surname and "です" or "と申します".
const JAPANESE_ROLE_THEN_NAME = lazyPattern(
  String.raw`(?:\u79c1|\u308f\u305f\u3057|\u50d5|\u307c\u304f|\u4ffa|\u308f\u305f\u304f\u3057)\u306f\s*[\p{Script=Han}\p{Script=Katakana}\u30fc\p{N}]{1,10}\u306e\s*((?:${JAPANESE_SURNAMES})\p{Script=Han}{0,3})(?=\s*(?:\u3067\u3059|\u3068\u7533\u3057\u307e\u3059|\u3068\u3044\u3044\u307e\u3059|\u3068\u8a00\u3044\u307e\u3059|\u3060|\u3002|\u3001|$))`,
  'gu',
);
// Persian: "اسم من X است", "نام من X است", "اسمم X است", "اسم من X هست": the name is what stands before the verb
// (one to three words).
const PERSIAN_NAME_IS = lazyPattern(
  String.raw`(?<![\p{L}])(?:اسم من|نام من|اسمم|نامم)\s+((?:(?!است|هست|هستم)[\p{Script=Arabic}]+\s+){0,2}(?!است|هست|هستم)[\p{Script=Arabic}]+)(?=\s+(?:است|هست|هستش|می\u200c?باشد)(?![\p{L}]))`,
  'gu',
);
// Arabic: "اسمي X", "إسمي X", "أنا اسمي X": the word after, and a family name with ال after it ("أحمد الشمري"), or a
// second word that ends the clause ("اسمي علي حسن.").
const ARABIC_NAME_IS = lazyPattern(
  String.raw`(?<![\p{L}])(?:اسمي|إسمي|أسمي)\s+((?!هو|هي|ليس|مش|غير)[\p{Script=Arabic}]+(?:\s+(?:ال[\p{Script=Arabic}]{2,}|[\p{Script=Arabic}]+(?=\s*(?:[.,!?\u060c\u061f\n]|$))))?)`,
  'gu',
);

function maskGroup(pattern: RegExp, text: string): string {
  return text.replace(pattern, (match: string, name: string) => {
    const at = match.lastIndexOf(name);
    return match.slice(0, at) + mask('NAME', name.length) + match.slice(at + name.length);
  });
}

/** Masks the names introduced after a role (Korean, Japanese) and after "my name is" in Persian and Arabic. */
export function maskNamesAfterRoles(text: string): string {
  let out = text;
  if (/[\u3040-\u30ff\uac00-\ud7af]/u.test(out))
    for (const pattern of [KOREAN_ROLE_THEN_NAME.get(), JAPANESE_ROLE_THEN_NAME.get()]) out = maskGroup(pattern, out);
  if (/[\u0600-\u06ff]/u.test(out))
    for (const pattern of [PERSIAN_NAME_IS.get(), ARABIC_NAME_IS.get()]) out = maskGroup(pattern, out);
  return out;
}
