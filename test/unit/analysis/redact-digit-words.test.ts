import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Numbers an attacker wrote so that a filter reading digits would miss them, and handles half hidden: each class
 * in each script, with calm look-alikes that must stay as written.
 */

describe('phone numbers written in the digit words or characters of other scripts', () => {
  it.each([
    ['我的电话是一三八一二三四五六七八', '我的电话是[PHONE]'],
    ['打幺三八 一二三四 五六七八', '打[PHONE]'],
    ['号码 壹叁捌壹贰叁肆伍陆柒捌', '号码 [PHONE]'],
    ['号码138一二三四5678', '号码[PHONE]'],
    ['電話は〇九〇一二三四五六七八です', '電話は[PHONE]です'],
    ['전화 공일공 일이삼사 오육칠팔 로 주세요', '전화 [PHONE] 로 주세요'],
    ['رقمي صفر خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة', 'رقمي [PHONE]'],
    ['رقمي ٠٥٠١٢٣٤٥٦٧', 'رقمي [PHONE]'],
    ['شماره من ۰۹۱۲۳۴۵۶۷۸۹ است', 'شماره من [PHONE] است'],
    ['मेरा नंबर नौ आठ सात छह दो दो चार तीन एक शून्य है', 'मेरा नंबर [PHONE] है'],
    ['नंबर ९८७६५४३२१० है', 'नंबर [PHONE] है'],
    ['số không chín một hai ba bốn năm sáu bảy tám nhé', 'số [PHONE] nhé'],
    ['goi khong chin mot hai, ba bon nam sau bay', 'goi [PHONE]'],
    ['โทร ศูนย์แปดหนึ่งสองสามสี่ห้าหกเจ็ดแปด นะ', 'โทร [PHONE] นะ'],
  ])('Should hide the number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '我们三个人一二月份第一次开会，用了十五分钟',
    '一二三四五六七八，大家一起数',
    '二〇二四年十二月三十一日',
    '一千二百三十四万五千六百七十八元',
    '이 사이 일을 이사 가기 전에 했어요',
    '사과 다섯 개, 하나 둘 셋 넷',
    'We went from zero to one in prose, then one two three four five six seven eight',
    'In 1987 and 2023 we moved',
    'năm nay tôi làm ba năm hai tháng, một tuần',
    'एक दो तीन चार पाँच छह सात आठ',
    'واحد اثنان ثلاثة أربعة خمسة ستة سبعة',
    'năm 2024 có ba người',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('numbers with letters that look like digits', () => {
  it.each([
    ['Call 555 O12 3456 tonight', 'Call [PHONE] tonight'],
    ['ring (555) 0l2-3456', 'ring [PHONE]'],
    ['mobile 07700 9OO 123', 'mobile [PHONE]'],
  ])('Should hide the number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['Oil at 10 I think', 'I paid 100 and lol 2', 'O2 signal is bad on floor 3', 'Room IO1 at 10:30'])(
    'Should leave %j as written',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});

describe('the rest of a handle or name whose first part was hidden', () => {
  it.each([
    ['ask Maria_gonzalez1987 about it', 'ask [NAME] about it'],
    ['[NAME]_gonzalez1987 posted it', '[NAME] posted it'],
    ['from [NAME]_asante_99', 'from [NAME]'],
    ['it was [NAME] s.m.i.t.h again', 'it was [NAME] [NAME] again'],
    ['[NAME] कुमार ने कहा', '[NAME] [NAME] ने कहा'],
  ])('Should hide the rest in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '[NAME] ने कहा',
    'Ask [NAME] a.k.a. the boss',
    "[NAME]'s shift, e.g. nights",
    '[NAME] and I',
    '#[NAME]_Fund: a topic, not a handle',
    'My top 4: 1. Kirk2. [NAME]3. Lane4. Paris',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
