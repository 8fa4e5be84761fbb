import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 30 (and round 28's known misses): a given name alone before a word of kinship or respect, the way
 * colleagues are called in Korean and Chinese: "민수 오빠가", "지영 언니가", "영호 형이", "丽丽姐", "阿强叔", "小芳姐",
 * "建国师傅". No surname stands before it, so the surname rules never start. The name is read from what names are
 * made of: two Korean syllables both common in given names ("우리 형" is "our brother", "친구 오빠" a friend's brother:
 * their syllables are no name's), or Chinese characters common in given names, doubled ("丽丽") or after "阿"/"小".
 */

// Syllables Korean given names are made of (the 형 of "brother" is no name syllable here).
const KOREAN_NAME_SYLLABLES =
  '민수지영정우현준서연은혜진성호승재동상희경미숙자선윤아주하유나태석철용훈일규원기인광명혁한도예빈채소다가시건범보순옥춘덕남길종국병창봉문세화란애향솔슬별람결율온찬환휘효';
// Everyday words made of those syllables ("아주" very, "다시" again, "주인" the owner, "한국" Korea).
const KOREAN_WORDS = new Set(
  '아주 다시 주인 현재 하지 하나 가지 나도 자기 서서 한국 중국 미국 일본 수도 정도 인정 동안 가장 다음 세상 국민 시민 기사 연기 경기 보다 원래 일단 동기 주민 나이 가정 가게 정문 정원 선수 선생 남자 아가 소장 회장 시장 사장 부장 과장 차장'.split(
    ' ',
  ),
);
const KOREAN_KIN = '오빠|언니|형님|형|누나|선배님|선배|씨|아저씨|아줌마|이모|삼촌|쌤';
const KOREAN_NAME_BEFORE_KIN = lazyPattern(
  `(?<![\\uAC00-\\uD7A3])([${KOREAN_NAME_SYLLABLES}]{2})[ ]?(?:${KOREAN_KIN})(?=[이가은는을를도한께의랑하한테]|[\\s.,!?]|$)`,
  'gu',
);

// Characters common in Chinese given names (the names of round 28's known misses among them).
const CHINESE_NAME_CHARACTERS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玲红鹏飞斌宇浩凯健俊帆宁欢阳建亮佳峰辉婷雪琳晶燕鑫博丹萍颖倩慧莉梅玉兰凤洁琴晨雨欣怡国志德文春秋海林永荣庆福贵';
const CHINESE_KIN = '师傅|大哥|大姐|叔|姐|哥|姨|嫂|伯|婶';
// Before it, no Han at all, or a short word a person comes after ("跟丽丽姐说", "我们的建国师傅").
const CHINESE_NAME_BEFORE_KIN = lazyPattern(
  `(?<!(?![的和跟与同给找问叫请是被让对向把了说位个见到在还也都就为由])\\p{Script=Han})((?:[阿小][${CHINESE_NAME_CHARACTERS}])|([${CHINESE_NAME_CHARACTERS}])\\2|[${CHINESE_NAME_CHARACTERS}]{2})(?=${CHINESE_KIN})`,
  'gu',
);

/** Hides a Korean or Chinese given name written alone before a word of kinship or respect. */
export const maskNamesBeforeKinWords: Rule = (text) => {
  let out = text;
  if (/[\uAC00-\uD7A3]/u.test(text))
    for (const m of text.matchAll(KOREAN_NAME_BEFORE_KIN.get())) {
      if (KOREAN_WORDS.has(m[1]!)) continue;
      out = out.slice(0, m.index) + mask('NAME', m[1]!.length) + out.slice(m.index + m[1]!.length);
    }
  if (/\p{Script=Han}/u.test(text))
    for (const m of out.matchAll(CHINESE_NAME_BEFORE_KIN.get()))
      out = out.slice(0, m.index) + mask('NAME', m[1]!.length) + out.slice(m.index + m[1]!.length);
  return out;
};
