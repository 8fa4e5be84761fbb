import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { NOT_CHINESE_NAMES } from '../../../shared/analysis/redact-names-scripts';

/*
 * Leftovers of promise 2, each a class: a Chinese name standing alone before a mark or next to a time word, a Hindi
 * name before a postposition, a Thai name after a kin word or before what they said, a person named like an
 * institution; and the other way, ranges of years, amounts and shift times that were hidden as phone numbers.
 */

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

describe('a Chinese name alone in its clause or beside a time word', () => {
  it.each([
    ['李娜，经常迟到', '[NAME]，经常迟到'],
    ['李娜、王伟和张强都迟到了', '[NAME]、[NAME]和[NAME]都迟到了'],
    ['我们组的刘洋：总是骂人', '我们组的[NAME]：总是骂人'],
    ['赵磊！你太过分了', '[NAME]！你太过分了'],
    ['“李娜”经常迟到', '“[NAME]”经常迟到'],
    ['我讨厌李娜。', '我讨厌[NAME]。'],
    ['张伟明天来', '[NAME]明天来'],
    ['王芳上午骂了我', '[NAME]上午骂了我'],
    ['黄晓明星期五打了同事', '[NAME]星期五打了同事'],
    ['昨天李娜骂我', '昨天[NAME]骂我'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '工资太低，方案经常改，周末总是加班。',
    '我很高兴，谢谢！',
    '我喜欢高山，也喜欢江河。',
    '马上就要下班了，文件又丢了。',
    '领导说明天开会。',
    '这是黄金时代，文明礼貌。',
    '明天下午开会，后天上午培训。',
    '他是高中生，我是文员。',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  const surname = pick('王', '李', '张', '刘', '陈', '杨', '赵', '周', '吴', '孙', '林');
  const given = pick('伟', '芳', '娜', '静', '强', '磊', '洋', '晓明', '建国', '秀英');
  const after = pick(
    '，经常迟到',
    '、他们都走了',
    '。她又没来',
    '：总是骂人',
    '！太过分了',
    '？他去哪了',
    '”说的',
    '明天来',
    '下周一走',
    '晚上打电话威胁我',
  );
  const before = pick('', '昨天', '我讨厌', '“', '我们组的', '是');
  it('Should hide every full name before a mark or a time word, and keep what is around it', () => {
    fc.assert(
      fc.property(before, surname, given, after, (b, s, g, a) => {
        expect(redact(`${b}${s}${g}${a}`)).toBe(`${b}[NAME]${a}`);
      }),
      { numRuns: 150 },
    );
  });

  it('Should leave every word that is no name, however it stands before a mark', () => {
    const words = [...NOT_CHINESE_NAMES].filter((w) => w.length === 2);
    fc.assert(
      fc.property(pick(...words), pick('，', '。', '、', '！', ''), (word, mark) => {
        const text = `我们说${word}${mark}`;
        expect(redact(text)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a Chinese name written in traditional characters', () => {
  it.each([
    ['陳經理經常罵人', '[NAME]經理經常罵人'],
    ['陳靜，經常遲到', '[NAME]，經常遲到'],
    ['張偉今天又遲到了', '[NAME]今天又遲到了'],
    ['劉洋說明天加班', '[NAME]說明天加班'],
    ['我討厭李娜。', '我討厭[NAME]。'],
    ['請聯繫王經理', '請聯繫[NAME]經理'],
    ['小劉和老陳總是遲到', '小[NAME]和老[NAME]總是遲到'],
  ])('Should hide the name in %j as in simplified', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '工資太低，方案經常改，週末總是加班。',
    '何時發工資？',
    '公司文化很好，高層不管事。',
    '我很高興，謝謝！',
    '時間通りに来ない。',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a Hindi name before a postposition', () => {
  it.each([
    ['राहुल ने मुझे धमकाया', '[NAME] ने मुझे धमकाया'],
    ['मैंने सुनीता से बात की', 'मैंने [NAME] से बात की'],
    ['हरप्रीत को सब पता है', '[NAME] को सब पता है'],
    ['बलविंदर संधू से पूछो', '[NAME] से पूछो'],
    ['हरप्रीत कौर को सब पता है', '[NAME] को सब पता है'],
    ['तनेजा के कारण मैं परेशान हूं', '[NAME] के कारण मैं परेशान हूं'],
    ['शर्मा ने मुझे डांटा', '[NAME] ने मुझे डांटा'],
    ['विकास ने मुझे धमकाया', '[NAME] ने मुझे धमकाया'],
    ['विकास हमेशा देर से आता है', '[NAME] हमेशा देर से आता है'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'करियर विकास के अवसर नहीं हैं',
    'यह गौरव की बात है',
    'भावना को ठेस पहुंची',
    'धीरज रखो',
    'किसी और ने मुझे बताया',
    'बैंक ने पैसे काट लिए',
    'मैनेजरों ने कुछ नहीं किया',
    'नेताओं ने वादा किया',
    'केंद्र सरकार ने कहा',
    'शेर सिंह की तरह',
    'खान में काम करते हैं',
    'काम का बोझ बहुत है',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  const name = pick('राहुल', 'सुनीता', 'हरप्रीत', 'गुरमीत', 'इरफ़ान', 'लक्ष्मी', 'तनेजा', 'मल्होत्रा', 'बलविंदर कौर');
  const postposition = pick(' ने', ' को', ' से', ' का', ' की', ' के');
  it('Should hide every name before every postposition', () => {
    fc.assert(
      fc.property(pick('', 'मैंने ', 'यह '), name, postposition, (b, n, p) => {
        expect(redact(`${b}${n}${p} बारे में सब जानते हैं`)).toBe(`${b}[NAME]${p} बारे में सब जानते हैं`);
      }),
      { numRuns: 120 },
    );
  });
});

describe('a Thai name without คุณ or นาย', () => {
  it.each([
    ['พี่สมชายตะโกนใส่ผม', 'พี่[NAME]ตะโกนใส่ผม'],
    ['น้องบีถูกไล่ออก', 'น้อง[NAME]ถูกไล่ออก'],
    ['พี่เอกด่าผมทุกวัน', 'พี่[NAME]ด่าผมทุกวัน'],
    ['เจ๊หน่อยโกงเงินเดือน', 'เจ๊[NAME]โกงเงินเดือน'],
    ['สมชายบอกว่าจะไม่จ่ายเงิน', '[NAME]บอกว่าจะไม่จ่ายเงิน'],
    ['หัวหน้าวิชัยขู่ว่าจะไล่ออก', 'หัวหน้า[NAME]ขู่ว่าจะไล่ออก'],
    ['ผู้จัดการชื่อธีรพงษ์ชอบด่าลูกน้อง', 'ผู้จัดการชื่อ[NAME]ชอบด่าลูกน้อง'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'พี่ชายของผมทำงานที่นี่',
    'น้องสาวป่วย',
    'พี่น้องทุกคนเหนื่อย',
    'พี่ๆทุกคนบอกว่าเหนื่อย',
    'น้องใหม่ชอบมาสาย',
    'ป้ายประกาศบอกว่าห้ามเข้า',
    'หัวหน้าแผนกด่าทุกคน',
    'หน้าที่บอกว่าต้องทำ',
    'บริษัทมีชื่อเสียงดี',
    'ลงชื่อเข้างานทุกวัน',
    'อำนาจของหัวหน้ามากเกินไป',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a person named like an institution', () => {
  it.each([
    ['Mr Church shouted at me again.', 'Mr [NAME] shouted at me again.'],
    ['boss Church threatened me', 'boss [NAME] threatened me'],
    ['Manager Chapel yelled at everyone', 'Manager [NAME] yelled at everyone'],
    ['Our manager Bank is rude', 'Our manager [NAME] is rude'],
    ['Supervisor Temple harassed me', 'Supervisor [NAME] harassed me'],
    ['Mrs Hospital is the worst boss', 'Mrs [NAME] is the worst boss'],
    ['Sarah Bank told me to leave', '[NAME] told me to leave'],
    ['Liam Church shouted at me', '[NAME] shouted at me'],
    // An institution named after a person may keep its word; the person's name goes.
    ['Anna University told me', '[NAME] University told me'],
  ])('Should hide the person in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'The Church of England hired me.',
    'Branch manager Bank of America staff',
    'Mr Bean is funny',
    'Trinity College was fine.',
    // Eval rows: a pronoun after a role, and a role's capital naming a field.
    'a good lesson from the retired CEO, She said: serve the member.',
    'It taught me more in the Admin Field. Most enjoyable part.',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('ranges that are no phone number', () => {
  it.each([
    'Worked there 2019-2023 and loved it.',
    'Worked there 2019–2023 and loved it.',
    'From 1999 - 2005 it was fine, then 2015—2019 worse.',
    'Years 2018~2022 were hard.',
    'Salary 40000-50000 a year.',
    'Pay 1500-2000 a month.',
    'Shift 0700-1530 daily.',
    'Night shift 2200-0600 is hard.',
    'Salary is between 25500-32750 per month.',
    'Rs 18250-21400 for freshers.',
    'A patent pays (1000-1500 EUR).',
    '2019～2023年在公司工作',
    '२०१९-२०२३ तक काम किया',
    'Version 2.3.1-4.0.2 was buggy.',
    'Dates 12/03/2021-15/06/2022.',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['Call me on 555-123-4567', 'Call me on [PHONE]'],
    ['call me 5551-2345', 'call me [PHONE]'],
    ['ring 98765 43210', 'ring [PHONE]'],
    ['phone 2019-2023', 'phone [PHONE]'],
  ])('Should still hide the phone number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  const separator = pick('-', '–', '—', '‐', '‑', '−', '~', ' - ', ' – ');
  it('Should keep every range of years, whatever dash is between them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2098 }),
        fc.integer({ min: 1, max: 40 }),
        separator,
        (from, span, sep) => {
          const text = `I worked there ${from}${sep}${Math.min(from + span, 2099)} and left.`;
          expect(redact(text)).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// fast-check's employee numbers in redact-local-forms.property.test.ts found "matricola QQ0000" → "matricola QQ[ID]":
// "QQ" written onto digits was read as the QQ platform before its number, and left beside the placeholder.
describe('a platform name written onto its number', () => {
  it.each([
    ['matricola QQ0000', 'matricola [ID]'],
    ['employee number QQ12345', 'employee number [ID]'],
    ['QQ12345678', '[ID]'],
    ['LINE1234 is my id', '[ID] is my id'],
    ['my QQ is 12345678', 'my QQ is [ID]'],
    ['我的QQ是12345678', '我的QQ是[ID]'],
    ['QQ群里说了', 'QQ群里说了'],
  ])('Should hide %j whole: %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
