import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Leaks an attacker still found after the first round (redact-attacker-leaks.test.ts), each a class checked with
 * calm look-alikes that must stay as written.
 */

describe('a short local number after the word for a phone, in any language', () => {
  it.each([
    ['我的手机号是8675309，请联系我', '我的手机号是[PHONE]，请联系我'],
    ['电话：5551234', '电话：[PHONE]'],
    ['电话5551234', '电话[PHONE]'],
    ['有事打我内线8021', '有事打我内线[PHONE]'],
    ['電話番号は5551234です', '電話番号は[PHONE]です'],
    ['携帯：555-1234', '携帯：[PHONE]'],
    ['제 전화번호는 5551234입니다', '제 전화번호는 [PHONE]입니다'],
    ['내선 4471로 연락주세요', '내선 [PHONE]로 연락주세요'],
    ['my desk phone is 4471', 'my desk phone is [PHONE]'],
    ['phone: 4471', 'phone: [PHONE]'],
    ['my mobile number is 52-34-11', 'my mobile number is [PHONE]'],
    ['Telefon 23 45 67', 'Telefon [PHONE]'],
    ['số điện thoại 234567', 'số điện thoại [PHONE]'],
    ['mi teléfono es 234567', 'mi teléfono es [PHONE]'],
  ])('Should hide the number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '我的电话费1200元太贵了',
    '电话2020年换的',
    '我们在2023年有1234567个订单',
    '工厂有5551234个零件',
    '전화 3번 했어요',
    'phone bill 1200 dollars',
    'my phone is 2019 model',
    'I rang the phone 3 times',
    'tel 1:30',
    'the number rose to 4000 units',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a Chinese name: what the writer is is not who', () => {
  it.each([
    ['我是李明', '我是[NAME]'],
    ['我是王海生', '我是[NAME]'],
    ['我叫小明', '我叫[NAME]'],
    ['我叫阿强，在仓库', '我叫[NAME]，在仓库'],
    ['我姓王', '我姓[NAME]'],
    ['我的名字是思远', '我的名字是[NAME]'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['我是高中生', '我是文员', '我是程序员', '我是江苏人', '我是白班', '我是高管', '我叫外卖'])(
    'Should leave %j as written',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});

describe('a Chinese full name with no title, beside a verb of saying or telling', () => {
  it.each([
    ['王伟说他不会再来了', '[NAME]说他不会再来了'],
    ['张伟告诉我明天加班', '[NAME]告诉我明天加班'],
    ['刘洋让我们加班', '[NAME]让我们加班'],
    ['经理王小明说不行', '经理[NAME]说不行'],
    ['让李娜去做', '让[NAME]去做'],
    ['叫王强来加班', '叫[NAME]来加班'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '马上告诉他',
    '周末让我们加班',
    '任何人说什么都没用',
    '高层说要裁员',
    '他常常说',
    '文件让我们签字',
    '张家界很美',
    '王国很大',
    '刘海太长',
    '李子很好吃',
    '陈旧的设备',
    '给钱了。',
    '跟高层说',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a platform is not a person; the handle after it is', () => {
  it.each([
    ['add me on WeChat zhangwei_88', 'add me on WeChat [ID]'],
    ['WeChat: zhangwei', 'WeChat: [ID]'],
    ['my Telegram id is ivanko', 'my Telegram id is [ID]'],
    ['加我微信zhangwei88', '加我微信[ID]'],
    ['微信号是zhangwei88', '微信号是[ID]'],
    ['我的微信是 zhangwei', '我的微信是 [ID]'],
    ['QQ号123456', 'QQ号[ID]'],
    ['카톡 아이디는 minsu', '카톡 아이디는 [ID]'],
  ])('Should hide the handle in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'add me on WeChat',
    'I use WeChat every day',
    'message me on Viber or Zalo',
    'we moved to KakaoTalk and Mastodon',
    'on WhatsApp is fine',
    '微信群里说了123次',
    '微信app很好用',
    '我们用QQ群',
    'They should try listening to delivery teams ideas',
    "my tie was to slack wasn't fastened",
    "diverse teams: Accenture's biggest quality",
    "if her Instagram isn't private",
    'I was recruited through Linkedin',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('the whole name after "my name is", in capitals or not, in any language', () => {
  it.each([
    ['my name is john smith', 'my name is [NAME]'],
    ['my name is kayleigh brown from packing', 'my name is [NAME] from packing'],
    ['ich heiße anna müller und arbeite hier', 'ich heiße [NAME] und arbeite hier'],
    ['nazywam się jan kowalski', 'nazywam się [NAME]'],
    ['ako si juan dela cruz', 'ako si [NAME]'],
    ['meu nome é joão da silva', 'meu nome é [NAME]'],
    ['me llamo carlos garcia lopez y trabajo aqui', 'me llamo [NAME] y trabajo aqui'],
    ['tôi tên là an', 'tôi tên là [NAME]'],
    ['Ten toi la Tran Thi Mai', 'Ten toi la [NAME]'],
    ['toi la nguyen an', 'toi la [NAME]'],
    ['em là trần thị mai', 'em là [NAME]'],
    ['Tôi là Trần Văn Hùng, làm ở kho', 'Tôi là [NAME], làm ở kho'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'my name is not important',
    'my name is withheld for obvious reasons',
    'my name is spelled wrong in the system',
    'ich heiße nicht so',
    'tôi là nhân viên kho',
    'what is my name is the question',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
