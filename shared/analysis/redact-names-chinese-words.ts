/*
 * What follows a Chinese name in a report of what a person did (redact-names-scripts.ts, redact-names-full-cjk.ts):
 * an adverb of when or how, a deed, a time.
 */

// What a person does, said after their name: "李明偷偷拿了钱", "王芳经常迟到", "张伟昨天骂人", "刘洋又没来", "赵磊打了同事".
export const DOES = [
  // When, how often, how: "经常", "偷偷", "昨天", "又", "没".
  '偷偷|悄悄|经常|常常|总是|老是|一直|一再|每天|天天|每次|整天|昨天|今天|前天|刚才|刚刚|已经|突然|故意|竟然|居然|从来|从不|多次|屡次|再次|曾经|当众|公开|私下|上周|最近|动不动|又|也|还|都|不|没',
  // What was done: "骂人", "打了", "拿了", "迟到".
  '骂|打了|打人|打我|打他|打她|殴打|欺负|威胁|辱骂|侮辱|骚扰|性骚扰|拿了|偷了|偷拿|抢了|迟到|早退|旷工|克扣|扣了|扣我|推了|踢了|吼|嘲笑|歧视|动手|造谣|撒谎|说谎|挪用|贪污|强迫|逼我|逼他|逼她|摸了',
  // What was done to something, by whom, and how they are: "把我的报告删了", "干的", "删了", "很过分".
  '把|干的|干了|做的|弄的|弄坏|删了|删掉|删除|拿走|害|开除|辞退|不给|不让|很|太|特别|非常|真是|总|老|从',
  // Misconduct on shift: "孙建国喝醉了", "李强上班玩手机"; and the pronoun a name is said again with: "陈晓燕她知道".
  '喝醉|喝酒|醉酒|酒驾|抽烟|吸烟|赌博|打架|吵架|睡觉|玩手机|摸鱼|上班|下班|她知道|他知道|她说|他说|她也|他也|她就|他就|她是|他是',
].join('|');

// When a thing happened, before or after the name: "张伟明天来", "王芳上午骂了我", "昨天李娜骂我", "赵磊周一没来".
export const WHEN = [
  '今天|明天|昨天|前天|后天|大前天|大后天|今早|明早|昨早|今晚|明晚|昨晚|早上|上午|中午|下午|傍晚|晚上|半夜|凌晨|平时|刚才|最近',
  // The shift a person works: "昨天晚班孙建国喝醉了".
  '晚班|夜班|白班|早班|中班|大夜班',
  '上周|这周|本周|下周|上个月|这个月|下个月|上月|本月|下月|去年|今年|明年|每周|每月|每年|周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]',
].join('|');
