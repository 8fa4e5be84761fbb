import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Classes the redaction still left after the attacker rounds (redact-leaks-left-open.test.ts): each hidden in
 * several forms and languages, each beside calm look-alikes that must stay as written.
 */

describe('a Chinese full name opening a clause, before an adverb or a deed', () => {
  it.each([
    ['李明偷偷拿了钱', '[NAME]偷偷拿了钱'],
    ['王芳经常迟到', '[NAME]经常迟到'],
    ['张伟昨天骂人', '[NAME]昨天骂人'],
    ['刘洋又没来上班', '[NAME]又没来上班'],
    ['陈静总是早退', '[NAME]总是早退'],
    ['我们组的杨帆每天都加班', '我们组的[NAME]每天都加班'],
    ['赵磊打了同事', '[NAME]打了同事'],
    ['同事王海生一直欺负新人', '同事[NAME]一直欺负新人'],
    ['周杰昨天当众辱骂我', '[NAME]昨天当众辱骂我'],
    ['老板说黄丽偷拿了东西', '老板说[NAME]偷拿了东西'],
    ['孙浩又迟到了。', '[NAME]又迟到了。'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '方案经常改',
    '周末总是加班',
    '高层经常开会',
    '白天也要上班',
    '文件又丢了',
    '黄金也涨了',
    '任务一直很多',
    '高峰期经常堵车',
    '金额不对',
    '程序又崩溃了',
    '付款已经完成',
    '万一迟到了怎么办',
    '黎明总是来得很早',
    '高兴不起来',
    '我们的方法也不行',
    '周一又要开会',
    '金华经常下雨',
    '学生经常迟到',
    '常常加班',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('South Asian surnames, and the name before the respect Indian English puts after it', () => {
  it.each([
    ['Patil is rude to everyone', '[NAME] is rude to everyone'],
    ['yesterday Hegde took my badge', 'yesterday [NAME] took my badge'],
    ['Complaint about Kulkarni.', 'Complaint about [NAME].'],
    ['Pawar never approves leave', '[NAME] never approves leave'],
    ['Bhattacharya is rude', '[NAME] is rude'],
    ['Chakraborty is unfair to the night shift', '[NAME] is unfair to the night shift'],
    ['Sharma ji is rude', '[NAME] ji is rude'],
    ['patil sir shouts at us', '[NAME] sir shouts at us'],
    ['Kulkarni madam ignores complaints', '[NAME] madam ignores complaints'],
    ['Ravi bhai took my lunch', '[NAME] bhai took my lunch'],
    ['Lakshmi garu is kind', '[NAME] garu is kind'],
    ['Thanks Ramesh sir', 'Thanks [NAME] sir'],
  ])('Should hide the name in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'yes sir',
    'thank you madam',
    'Dear Sir/Madam',
    'Respected Sir, the canteen is dirty',
    'pandit ji came for the puja',
    'HR madam ignored it',
    'Good morning sir',
    'Worked at Tata Consultancy Services in Pune',
    'mi cuenta es nueva',
    'tomar un descanso',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a phone number with a look-alike letter in its area code', () => {
  it.each([
    ['call (O2) 9876 5432', 'call [PHONE]'],
    ['O2 9876 5432', '[PHONE]'],
    ['my number is O555 123 456', 'my number is [PHONE]'],
    ['O6 12 34 56 78', '[PHONE]'],
    ['555 O12 3456', '[PHONE]'],
    ['+44 2O7 946 O958', '[PHONE]'],
  ])('Should hide the number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(['O2 and 3G plans are cheap', 'we ordered 5O0 units of Oil', 'it costs 1O0 dollars', 'lol 2 O2 arena'])(
    'Should leave %j as written',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );
});

describe('an id the writer says is theirs, the platform named or not, in any language', () => {
  it.each([
    ['add me on WeChat, my id is zhangwei', 'add me on WeChat, my id is [ID]'],
    ['my wechat: zhang_wei88', 'my wechat: [ID]'],
    ['line id: kenji', 'line id: [ID]'],
    ['my telegram is ivanko', 'my telegram is [ID]'],
    ['mi id de telegram es ivanko', 'mi id de telegram es [ID]'],
    ['agrégame en WeChat, mi id es zhangwei', 'agrégame en WeChat, mi id es [ID]'],
    ['mon identifiant Telegram est ivanko', 'mon identifiant Telegram est [ID]'],
    ['meine Telegram-ID ist ivanko', 'meine Telegram-ID ist [ID]'],
    ['il mio id telegram è ivanko', 'il mio id telegram è [ID]'],
    ['my discord is jdoe#1234', 'my discord is [ID]'],
    ['Telegram @ivanko', 'Telegram [NAME]'],
  ])('Should hide the id in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'my id is expired',
    'my id is not working',
    'my account is locked',
    'mi cuenta es nueva',
    'mon compte est bloqué',
    'my teams is slow',
    'my signal is weak',
    'my line is busy',
    'production line id: 4',
    'the line id: assembly',
    'my login is slow',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('an email spelled out, in Latin words or in Chinese, Japanese or Korean', () => {
  it.each([
    ['john dot smith at gmail dot com', '[EMAIL]'],
    ['maria punto garcia arroba gmail punto com', '[EMAIL]'],
    ['jean point dupont arobase orange point fr', '[EMAIL]'],
    ['lan a còng congty chấm vn', '[EMAIL]'],
    ['maria arroba empresa punto cl', '[EMAIL]'],
    ['zhangwei 艾特 qq 点 com', '[EMAIL]'],
    ['我的邮箱是zhangwei艾特qq点com，谢谢', '我的邮箱是[EMAIL]，谢谢'],
    ['邮箱：12345678艾特qq点com', '邮箱：[EMAIL]'],
    ['tanaka アットマーク gmail ドット com', '[EMAIL]'],
    ['minsu 골뱅이 naver 닷 com', '[EMAIL]'],
  ])('Should hide the address in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '3点开会',
    '我们在qq群里讨论到10点',
    'we meet at 3 dot 30',
    'look at this dot com era',
    'I work at google dot ch',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('an employee number after its cue, in any language', () => {
  it.each([
    ['emp# 45213', 'emp# [ID]'],
    ['badge 0042', 'badge [ID]'],
    ['工号 12345', '工号 [ID]'],
    ["numéro d'employé 4521", "numéro d'employé [ID]"],
    ['社員番号は12345です', '社員番号は[ID]です'],
    ['従業員ID：A1234', '従業員ID：[ID]'],
    ['사번 12345', '사번 [ID]'],
    ['사원번호는 12345입니다', '사원번호는 [ID]입니다'],
    ['कर्मचारी आईडी 4521 है', 'कर्मचारी आईडी [ID] है'],
  ])('Should hide the number in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    '社員は300人います',
    '사번은 몰라요',
    'कर्मचारी संख्या 300 से ज़्यादा है',
    'badge reader broken since 2019',
    'my account is 100% secure',
    'customer is 1000% right',
  ])('Should leave %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
