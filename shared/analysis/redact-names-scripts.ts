import { maskArabicNames } from './redact-names-arabic';
import { maskIntroducedNames } from './redact-names-introduced';
import { mask } from './redaction-kinds';

/*
 * Names in other scripts, where they can be told from the words around them:
 * Cyrillic and Greek capitalise names as Latin does; Chinese, Japanese and
 * Korean put a title after a surname ("王经理", "田中さん", "박 부장님"); Hindi
 * puts one before it ("प्रबंधक शर्मा जी"). The title stays; the name is
 * masked. Arabic and Persian have a file of their own (redact-names-arabic.ts).
 */

const RUSSIAN_GIVEN = new Set(
  `александр алексей андрей анна антон артём артем борис вадим валентина валерий василий вера виктор виктория владимир
  галина георгий глеб григорий дарья денис дмитрий евгений евгения екатерина елена иван игорь илья ирина катерина
  кирилл константин ксения лариса леонид людмила максим марина мария михаил надежда наталья никита николай ольга
  олег павел пётр петр роман светлана сергей софия станислав татьяна тимур юлия юрий яна ярослав оксана богдан
  тарас ігор олександр андрій наталія`.split(/\s+/),
);
const CYRILLIC_ROLES =
  /(?:менеджер|начальник|начальница|директор|директорша|мастер|бригадир|руководитель|руководительница|господин|госпожа|коллега|управляющий|старший|сменный|супервайзер|прораб)/iu;
const GREEK_ROLES =
  /(?:προϊστάμενος|προϊσταμένη|διευθυντής|διευθύντρια|κύριος|κυρία|κ\.|συνάδελφος|υπεύθυνος|υπεύθυνη)/iu;

// A capitalised Cyrillic or Greek word: after a role, mid-sentence, or a known given name anywhere.
const CYRILLIC_OR_GREEK_WORD = /[\p{Script=Cyrillic}\p{Script=Greek}]+(?:-[\p{Script=Cyrillic}\p{Script=Greek}]+)*/gu;

function maskCapitalisedCyrillicGreek(text: string): string {
  const words = [...text.matchAll(CYRILLIC_OR_GREEK_WORD)];
  let out = text;
  let previousEnd = 0;
  words.forEach((m, i) => {
    const word = m[0];
    const gap = text.slice(previousEnd, m.index);
    previousEnd = m.index + word.length;
    const previous = words[i - 1]?.[0] ?? '';
    const sentenceStart = i === 0 || /[.!?\n;:"«(]/u.test(gap);
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    const afterRole = CYRILLIC_ROLES.test(previous) || GREEK_ROLES.test(previous);
    const given = RUSSIAN_GIVEN.has(word.toLowerCase());
    const previousWasName =
      i > 0 && out.slice(words[i - 1]!.index, words[i - 1]!.index + 1) === mask('NAME', 1) && /^\s+$/.test(gap);
    if ((capitalised && (afterRole || !sentenceStart || given || previousWasName)) || (afterRole && given)) {
      out = out.slice(0, m.index) + mask('NAME', word.length) + out.slice(m.index + word.length);
    }
  });
  return out;
}

// Chinese: a common surname, perhaps with a given name, before a title ("王经理", "李主管", "张先生").
const CHINESE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文';
// "总" and "工" begin everyday words too ("总是" always, "工资" wages): not when they do.
const CHINESE_TITLES =
  '经理|主管|先生|女士|小姐|老板|总监|总(?![是共结体之算部数])|师傅|老师|主任|组长|班长|部长|科长|厂长|队长|工(?![资作人厂具程业种位会地期时])|姐|哥|阿姨';
// Chinese puts no space before the surname, so it may follow any word ending in one of the short words a person
// comes after ("请联系王经理", "我们的王经理", "跟李主管说"); other Han before it makes it part of a word
// ("语文老师", "地方总是").
const BEFORE_A_PERSON = '的和跟与同给找问叫请系诉是被让对向把了说位个见到在还也都就为由';
const CHINESE_NAME = new RegExp(
  String.raw`(?<!(?![${BEFORE_A_PERSON}])\p{Script=Han})(?:[老小])?([${CHINESE_SURNAMES}][\p{Script=Han}]{0,2}?)(?=${CHINESE_TITLES})`,
  'gu',
);
// Chinese: a surname and one or two characters standing alone after the writer introduces or signs
// themselves ("我是李娜", "我叫张伟", "谢谢，王伟", "署名：刘洋"). Followed by more Han it is a word ("我是高中生的"):
// left. Runs after the titles above, which take "王" of "我是王经理".
const CHINESE_INTRODUCED = new RegExp(
  String.raw`(?:我是|我叫|我姓|我的名字是|我的名字叫|名字是|谢谢|署名)[\s，,、：:！!]*([${CHINESE_SURNAMES}][\p{Script=Han}]{1,2})(?![\p{Script=Han}])`,
  'gu',
);
// Chinese: a surname after 小 or 老, the way colleagues call each other ("小刘", "老陈"), then what a person does or
// the sentence's end: "小刘和老陈总是迟到", wherever it stands (Chinese puts no space before it). Followed by other Han
// it is a word ("小时", "老师", "小孙子", "缩小范围"): left.
const CHINESE_FAMILIAR = new RegExp(
  String.raw`[小老]([${CHINESE_SURNAMES}])(?=[和跟与说讲总是在也又还就把被给对不没让叫都经天昨今常偷骂打刚要会已]|[^\p{Script=Han}]|$)`,
  'gu',
);
// Japanese: a name in kanji or katakana before an honorific or a title ("田中さん", "佐藤部長").
const JAPANESE_NAME =
  /(?<![\p{Script=Han}\p{Script=Katakana}])([\p{Script=Han}]{1,4}|[\p{Script=Katakana}ー]{2,8})(?=さん|様|さま|くん|君|ちゃん|先生|部長|課長|係長|社長|主任|店長|氏|班長|リーダー)/gu;
// Korean: a surname, perhaps with a given name, before a title ("김민수 씨", "박 부장님").
const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국';
const KOREAN_NAME = new RegExp(
  String.raw`(?<![\p{Script=Hangul}])([${KOREAN_SURNAMES}][\p{Script=Hangul}]{0,3}?)(?=\s?(?:씨|님|부장|과장|대리|팀장|사장|선생|실장|주임|반장|차장|이사|상무|전무|매니저)(?![\p{Script=Hangul}]{3}))`,
  'gu',
);
// Hindi: after a title or role ("प्रबंधक शर्मा", "श्री वर्मा"), or before "जी".
const HINDI_NAME =
  /(?<=(?:^|\s)(?:प्रबंधक|मैनेजर|सुपरवाइजर|श्री|श्रीमती|सुश्री|साहब|मालिक|अधिकारी|बॉस)\s+)[\p{Script=Devanagari}]+|[\p{Script=Devanagari}]+(?=\s+(?:जी|साहब|सर|मैडम)(?![\p{Script=Devanagari}]))/gu;

function maskGroup(pattern: RegExp, text: string): string {
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const group = typeof args[1] === 'string' ? args[1] : match;
    const at = match.lastIndexOf(group);
    return match.slice(0, at) + mask('NAME', group.length) + match.slice(at + group.length);
  });
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{P}\p{N}\p{Z}\p{S}\s\uE000-\uE006]*$/u;

/**
 * What LATIN_ONLY says of most texts, read code by code: printable ASCII is Latin letters, digits, punctuation,
 * symbols and spaces, and tab to carriage return are spaces; any other character is left to the pattern.
 */
function isPrintableAsciiOrMasked(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x20 && code <= 0x7e) || (code >= 0x09 && code <= 0x0d) || (code >= 0xe000 && code <= 0xe006)))
      return false;
  }
  return true;
}

/** Masks the names in scripts other than Latin (see redaction-kinds.ts). */
export function maskNamesInOtherScripts(text: string): string {
  if (isPrintableAsciiOrMasked(text) || LATIN_ONLY.test(text)) return text;
  // Introduced names first: a katakana full name is taken whole before its family name alone is.
  let out = maskIntroducedNames(maskCapitalisedCyrillicGreek(text));
  for (const pattern of [CHINESE_NAME, CHINESE_INTRODUCED, CHINESE_FAMILIAR, JAPANESE_NAME, KOREAN_NAME, HINDI_NAME])
    out = maskGroup(pattern, out);
  return maskArabicNames(out);
}
