import { mask, MASKED } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Numbers in Chinese, Japanese and Korean text. These scripts put no space
 * between a word and a number ("我的手机138 1234 5678", "身份证号110105…"), so
 * the number rules, which want no letter before a number, would read every
 * such number as part of a word and leave it. They read the text with each
 * of those characters as a mark that is no letter, so "机138 1234 5678" is
 * "·138 1234 5678"; what they hide is hidden in the text as written.
 *
 * What a number is in Chinese is said by the word before it, which the rules
 * (reading Latin cue words) cannot see: an employee number ("工号30217"), an
 * identity card ("身份证号…"), a birth date ("出生日期1980年1月1日"), a street and
 * its number ("朝阳区建国路88号"), a number plate ("京A·12345"). Those are read
 * here, on the text as written.
 */

const CJK = lazyPattern(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`, 'u');
const CJK_ALL = lazyPattern(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`, 'gu');

/** Runs `rule` on `text` read with CJK characters as marks that are no letters (see above). */
export function readingCjkAsMarks(rule: Rule): Rule {
  return (text) => {
    if (!CJK.get().test(text)) return rule(text);
    const reading = text.replace(CJK_ALL.get(), (c) => '·'.repeat(c.length));
    const masked = rule(reading);
    if (masked === reading) return text;
    let out = '';
    for (let i = 0; i < text.length; i++) out += MASKED.test(masked[i]!) ? masked[i] : text[i];
    return out;
  };
}

// What may stand between a Chinese cue and what it announces: "工号：30217", "工号是30217", "身份证号为…".
const SAYS = String.raw`[\s:：]*(?:是|为|為)?[\s:：]*`;
const ID_CUE = String.raw`(?:工号|工號|员工号|员工编号|員工編號|职工号|工牌号?|胸卡号|卡号|编号|身份证号码?|身份证|身分證字號|证件号码?|护照号码?|社保号|学号)`;
const CHINESE_ID = lazyPattern(String.raw`${ID_CUE}${SAYS}([A-Za-z]{0,3}\d[\dA-Za-z-]{2,})`, 'gu');
const CHINESE_BIRTH_DATE = lazyPattern(
  String.raw`(?:出生日期|出生年月日?|生日|出生于|出生於)${SAYS}(\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*[日号]?)`,
  'gu',
);
// A street and its number, with the city and district before it: "朝阳区建国路88号", "上海市静安区南京西路1266号2栋",
// and the flat's number that ends it, with its "室" or without ("…3单元502").
// A word of the sentence before the address ("我住在", "的") opens no place name.
const PLACE_CHARACTER = String.raw`(?:(?![在住是到从的我你他她们了和去]|[路街号])\p{Script=Han})`;
const CHINESE_STREET = lazyPattern(
  String.raw`(?:${PLACE_CHARACTER}{1,6}(?:省|市|区|區|县|縣|镇|鎮))*${PLACE_CHARACTER}{1,8}(?:路|街|大街|大道|巷|胡同|弄)\s*\d+\s*号(?:\s*\d+\s*(?:栋|棟|号楼|幢|单元|單元|室|楼|樓))*(?:\s*[-－]?\s*\d{1,5}(?:室|号|號)?(?![\d年月日元块個个人次%]))?`,
  'gu',
);
// A phone number after the word for one, however short: the rules above want seven digits or more and, reading the
// cue as marks, cannot tell "电话：5551234" from "工厂有5551234个零件". A local number may be seven digits or fewer (an
// office line "内线8021"); after its cue it is someone's. Chinese, Japanese ("電話番号は…", "携帯：…") and Korean
// ("전화번호는 …", "연락처: …") cues, their particles, then four to fifteen digits; not a count, a year or money
// ("电话费1200元" is a bill: "费" is no particle).
const PHONE_WORD = String.raw`(?:\u7535\u8bdd|\u96fb\u8a71|\u624b\u673a|\u624b\u6a5f|\u5ea7\u673a|\u5ea7\u6a5f|\u5206\u673a|\u5206\u6a5f|\u5185\u7ebf|\u5167\u7dda|\u5185\u7dda|\u643a\u5e2f|\u30b1\u30fc\u30bf\u30a4|\u9023\u7d61\u5148|\u8054\u7cfb\u65b9\u5f0f|\uc804\ud654|\ud734\ub300\ud3f0|\ud578\ub4dc\ud3f0|\uc5f0\ub77d\ucc98|\ub0b4\uc120)`;
// "号码", "號碼", "号", "番号", "번호" after the cue word; "是", "为", "は", "는", "은", "：" before the number.
const PHONE_SAYS = String.raw`(?:\u53f7\u7801|\u865f\u78bc|\u53f7|\u865f|\u756a\u53f7|\u96fb\u8a71|\s?\ubc88\ud638)?[\s:\uff1a]*(?:\u662f|\u4e3a|\u70ba|\u306f|\ub294|\uc740|\uc774|:|\uff1a)?[\s:\uff1a]*`;
const CJK_CUED_PHONE = lazyPattern(
  String.raw`${PHONE_WORD}${PHONE_SAYS}(\+?\d(?:[\s.-]?\d){3,14})(?![\d.,]?\d|[%\u5e74\u6708\u65e5\u5143\u5757\u584a\u4e2a\u500b\u6b21\u5186\uc6d0\uac1c\ubc88\ub144])`,
  'gu',
);

// Japanese and Korean employee numbers: "社員番号12345", "社員番号は12345です", "従業員ID：A1234", "사번 12345",
// "사원번호는 12345입니다", "직원 번호: 4521". Three digits or more, as the Chinese cue above wants.
const JAPANESE_KOREAN_ID_CUE = String.raw`(?:\u793e\u54e1\u756a\u53f7|\u793e\u54e1ID|\u793e\u54e1\u30b3\u30fc\u30c9|\u5f93\u696d\u54e1\u756a\u53f7|\u5f93\u696d\u54e1ID|\u8077\u54e1\u756a\u53f7|\u793e\u756a|\uc0ac\ubc88|\uc0ac\uc6d0\s?\ubc88\ud638|\uc9c1\uc6d0\s?\ubc88\ud638|\uc9c1\uc6d0\s?ID|\uc0ac\uc6d0\s?ID)`;
const JAPANESE_KOREAN_ID = lazyPattern(
  String.raw`${JAPANESE_KOREAN_ID_CUE}[\s:\uff1a]*(?:\u306f|\u304c|\ub294|\uc740|\uc774)?[\s:\uff1a]*([A-Za-z]{0,3}\d[\dA-Za-z-]{2,})`,
  'gu',
);

// Japan: a postcode after its mark ("〒100-0001") and the address after it, or a prefecture, its city or ward and the
// block numbers ("東京都千代田区千代田1-1", "大阪府大阪市北区梅田3丁目1番1号"). The mark says it is a postcode, not a phone.
const JAPANESE_BLOCKS = String.raw`\d+(?:\s*(?:[-－ー]|丁目|番地?|号|の)\s*\d*)*`;
const JAPANESE_PLACE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ヶケ]`;
const JAPANESE_ADDRESS = lazyPattern(
  String.raw`〒\s*\d{3}[-－ー]?\d{4}(?:\s*${JAPANESE_PLACE}{2,20}?${JAPANESE_BLOCKS})?|(?:東京都|北海道|京都府|大阪府|${JAPANESE_PLACE}{2,3}県)${JAPANESE_PLACE}{1,12}?[市区町村郡]${JAPANESE_PLACE}{0,12}?${JAPANESE_BLOCKS}|\d+\s*丁目(?:\s*\d+\s*番地?(?:\s*\d+\s*号)?|[-－ー]\d+(?:[-－ー]\d+)?)?`,
  'gu',
);

// Blind round 26: a Japanese block written with "丁目" is an address wherever it stands ("梅田3丁目4番5号"); Chinese
// writes no "丁目".
// Blind round 26 (and round 25's "해운대구 우동 1408-5"): Korea's addresses after their district ("구", "시", "군"): a
// road and its building number ("강남구 테헤란로 152"), or a neighbourhood and its lot ("남동구 구월동 1234-7"). Not a
// count after the road word ("버스로 30분", by bus 30 minutes: no district before it).
const KOREAN_ADDRESS = lazyPattern(
  String.raw`(?<=[\p{Script=Hangul}]+[구군시][ \t]+(?:[\p{Script=Hangul}]+[동읍면][ \t]+)?)[\p{Script=Hangul}\d]*[\p{Script=Hangul}](?:로|길|동|리)[ \t]*\d{1,5}(?:[-－]\d{1,4})?(?:번지|번길)?(?![\d분시개명원층호년월일%])`,
  'gu',
);

// A plate: the province's one character, a letter, five or six letters and digits ("京A·12345", "粤B D12345").
const CHINESE_PLATE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•.\s-]?[A-Z0-9]{5,6}(?![A-Za-z0-9])/gu;

function maskGroup(pattern: RegExp, kind: 'ID' | 'ADDRESS' | 'PLATE' | 'PHONE', text: string): string {
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const group = typeof args[1] === 'string' ? args[1] : match;
    const at = match.lastIndexOf(group);
    return match.slice(0, at) + mask(kind, group.length) + match.slice(at + group.length);
  });
}

/** Masks the numbers a Chinese, Japanese or Korean word announces: phones, ids, birth dates, streets and plates. */
export function maskChineseNumbers(text: string): string {
  if (!CJK.get().test(text)) return text;
  const addressed = maskGroup(KOREAN_ADDRESS.get(), 'ADDRESS', maskGroup(JAPANESE_ADDRESS.get(), 'ADDRESS', text));
  const phones = maskGroup(JAPANESE_KOREAN_ID.get(), 'ID', maskGroup(CJK_CUED_PHONE.get(), 'PHONE', addressed));
  if (!/\p{Script=Han}/u.test(text)) return phones;
  let out = maskGroup(CHINESE_ID.get(), 'ID', phones);
  out = maskGroup(CHINESE_BIRTH_DATE.get(), 'ID', out);
  out = maskGroup(CHINESE_STREET.get(), 'ADDRESS', out);
  return maskGroup(CHINESE_PLATE, 'PLATE', out);
}
