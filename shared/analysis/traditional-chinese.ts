/*
 * Traditional Chinese (Taiwan, Hong Kong, Macau) read as simplified, character for character, so the Chinese name
 * rules, written in simplified characters, read "陳經理", "張偉今天又遲到了" as they read "陈经理", "张伟今天又迟到了".
 * Only the characters those rules read are here: surnames, the characters given names are made of, titles, roles,
 * verbs of saying and doing, time words, and the characters of the words that are no names. Each is one character
 * for one, so positions never move and what the rules hide is hidden in the text as written.
 */

const PAIRS = [
  // Surnames.
  '陳陈劉刘張张黃黄趙赵吳吴孫孙馬马羅罗鄭郑謝谢韓韩馮冯鄧邓蕭肖蔣蒋葉叶蘇苏呂吕盧卢鍾钟譚谭陸陆賈贾鄒邹閆闫龍龙賀贺顧顾龔龚萬万錢钱嚴严湯汤喬乔賴赖楊杨瀋沈',
  // Given names.
  '偉伟麗丽強强軍军艷艳豔艳傑杰濤涛華华紅红鵬鹏飛飞凱凯帥帅寧宁歡欢陽阳輝辉曉晓穎颖蘭兰鳳凤潔洁軒轩澤泽東东國国慶庆倫伦瑤瑶勝胜榮荣雲云鶴鹤嵐岚蓮莲夢梦銘铭鴻鸿興兴誠诚義义禮礼賢贤嬌娇靜静瑩莹',
  // Titles and roles.
  '經经闆板師师長长組组領领導导總总監监廠厂隊队課课財财務务線线員员黨党戶户書书處处',
  // Saying, doing, feeling, and the short words a person comes after.
  '說说訴诉讓让講讲罵骂問问識识見见對对評评揚扬幹干壞坏刪删開开辭辞給给別别從从剛刚當当眾众屢屡動动遲迟曠旷脅胁騷骚擾扰搶抢剋克謠谣謊谎貪贪汙污還还沒没報报舉举厭厌幫帮負负毆殴視视責责請请係系與与為为個个來来過过們们麼么嗎吗這这歲岁討讨聯联繫系',
  // Time words.
  '週周後后時时間间淩凌',
  // What "工" and "总" begin as words ("工資", "總結"): the title rule reads them.
  '資资業业種种會会結结體体數数發发',
  // Words that are no names.
  '層层額额續续餘余舊旧樹树復复頭头鐘钟圓圆亂乱於于許许學学藝艺憑凭娛娱圍围邊边規规級级況况貴贵門门',
];

const SIMPLIFIED = new Map<string, string>();
for (const pairs of PAIRS) for (let i = 0; i < pairs.length; i += 2) SIMPLIFIED.set(pairs[i]!, pairs[i + 1]!);
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'gu');

/** The text with the traditional characters the name rules read written simplified; same length. */
export function asSimplified(text: string): string {
  return text.replace(TRADITIONAL, (c) => SIMPLIFIED.get(c)!);
}
