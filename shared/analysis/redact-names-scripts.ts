import { maskArabicNames } from './redact-names-arabic';
import { maskFamilyNames } from './redact-names-family';
import { isKatakanaWorkplaceWord, maskFullCjkNames } from './redact-names-full-cjk';
import { maskHindiNames } from './redact-names-hindi';
import { maskIntroducedNames } from './redact-names-introduced';
import { maskThaiNames } from './redact-names-thai';
import { maskNamesAfterScriptRoles } from './redact-names-script-roles';
import { DOES, WHEN } from './redact-names-chinese-words';
import { asSimplified } from './traditional-chinese';
import { mask, MASKED } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { UKRAINIAN_CYRILLIC_GIVEN_NAMES } from './given-names-uk-ht-west-african';

/*
 * Names in other scripts, where they can be told from the words around them:
 * Cyrillic and Greek capitalise names as Latin does; Chinese, Japanese and
 * Korean put a title after a surname ("王经理", "田中さん", "박 부장님"); Hindi
 * puts one before it ("प्रबंधक शर्मा जी"). The title stays; the name is
 * masked. Arabic and Persian have a file of their own (redact-names-arabic.ts).
 */

// Blind round 25: Bulgarian, Serbian and Ukrainian names too ("Георги от склада", "Милош из магацина").
const RUSSIAN_GIVEN = new Set(
  `александр алексей андрей анна антон артём артем борис вадим валентина валерий василий вера виктор виктория владимир
  галина георгий глеб григорий дарья денис дмитрий евгений евгения екатерина елена иван игорь илья ирина катерина
  кирилл константин ксения лариса леонид людмила максим марина мария михаил надежда наталья никита николай ольга
  олег павел пётр петр роман светлана сергей софия станислав татьяна тимур юлия юрий яна ярослав оксана богдан
  тарас ігор олександр андрій наталія
  георги милош драган горан зоран никола марко петар йордан димитър стоян христо васил тодор снежана весна драгана
  милица петро микола василь тетяна олена`.split(/\s+/),
);
// said38: Ukrainian names in Ukrainian spelling and their pet forms ("Віктор", "Сашко", "Вітьок", "Оксанка").
for (const name of UKRAINIAN_CYRILLIC_GIVEN_NAMES.split(/\s+/)) if (name) RUSSIAN_GIVEN.add(name);
// Blind round 26: the names chat writes small ("наташа на кассе", "олена з бухгалтерії", "ο γιωργος απο τη βαρδια"):
// the short forms people are called by at work, and Greek's commonest names, read without their accents (chat
// drops them). A listed name that is a word too ("вера" faith, "роман" novel, "весна" spring, "νικη" victory) is
// read small only after a role.
const SMALL_FORMS = new Set(
  `наташа маша саша лена катя дима коля петя вася таня оля женя юля ваня серёжа сережа лёша леша миша гриша паша
  витя вова толя света настя даша аня галя люда лёня валя игорёк олег
  γιωργος γιωργο νικος νικο κωστας κωστα δημητρης δημητρη γιαννης γιαννη παναγιωτης τακης βασιλης μιχαλης αντωνης
  χρηστος θανασης σταυρος σπυρος μανωλης ελενη μαρια κατερινα αννα δεσποινα αγγελικη φωτεινη γεωργια χρυσα σοφια`.split(
    /\s+/,
  ),
);
const WORDLIKE_GIVEN = new Set(['вера', 'надежда', 'роман', 'виктория', 'марина', 'яна', 'весна', 'йордан', 'слава']);
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

const CYRILLIC_ROLES =
  /(?:менеджер|начальник|начальница|директор|директорша|мастер|бригадир|руководитель|руководительница|господин|госпожа|коллега|управляющий|старший|сменный|супервайзер|прораб)/iu;
const GREEK_ROLES =
  /(?:προϊστάμενος|προϊσταμένη|διευθυντής|διευθύντρια|κύριος|κυρία|κ\.|συνάδελφος|υπεύθυνος|υπεύθυνη)/iu;

// A capitalised Cyrillic or Greek word: after a role, mid-sentence, or a known given name anywhere.
// An apostrophe inside goes on with the word ("б'є", "Мар'яна": apostrophe-words.ts).
const CYRILLIC_OR_GREEK_WORD = lazyPattern(
  String.raw`[\p{Script=Cyrillic}\p{Script=Greek}]+(?:['\u2019\u02bc][\p{Script=Cyrillic}]+)*(?:-[\p{Script=Cyrillic}\p{Script=Greek}]+(?:['\u2019\u02bc][\p{Script=Cyrillic}]+)*)*`,
  'gu',
);

const IN_A_PLACE = new Set(['в', 'во', 'из', 'под', 'возле', 'около', 'біля', 'з', 'із']);

function maskCapitalisedCyrillicGreek(text: string): string {
  const words = [...text.matchAll(CYRILLIC_OR_GREEK_WORD.get())];
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
    // Written small (the word is all lower case): a listed name or short form that is no word.
    const lower = word.toLowerCase();
    const smallName =
      word === lower &&
      !WORDLIKE_GIVEN.has(lower) &&
      (given || SMALL_FORMS.has(lower) || SMALL_FORMS.has(withoutAccents(lower)));
    const previousWasName =
      i > 0 && out.slice(words[i - 1]!.index, words[i - 1]!.index + 1) === mask('NAME', 1) && /^\s+$/.test(gap);
    // Blind round 13: "в Казани и в Самаре", "из Москвы": a capital after "in", "from", "near" is a town, not a person.
    const placed = IN_A_PLACE.has(previous) && /^[ \t]+$/u.test(gap) && !given;
    if (placed) return;
    if (
      (capitalised && (afterRole || !sentenceStart || given || previousWasName)) ||
      (afterRole && given) ||
      smallName
    ) {
      out = out.slice(0, m.index) + mask('NAME', word.length) + out.slice(m.index + word.length);
    }
  });
  return out;
}

// Chinese: a common surname, perhaps with a given name, before a title ("王经理", "李主管", "张先生").
export const CHINESE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢唐韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文';
// "总" and "工" begin everyday words too ("总是" always, "工资" wages): not when they do.
const CHINESE_TITLES =
  '经理|主管|先生|女士|小姐|老板|总监|总(?![是共结体之算部数])|师傅|老师|主任|组长|班长|部长|科长|厂长|队长|工(?![资作人厂具程业种位会地期时])|姐|哥|阿姨';
// Chinese puts no space before the surname, so it may follow any word ending in one of the short words a person
// comes after ("请联系王经理", "我们的王经理", "跟李主管说"); other Han before it makes it part of a word
// ("语文老师", "地方总是").
const BEFORE_A_PERSON = '的和跟与同给找问叫请系诉是被让对向把了说位个见到在还也都就为由';
const CHINESE_NAME = lazyPattern(
  String.raw`(?<!(?![${BEFORE_A_PERSON}])\p{Script=Han})(?:[老小])?([${CHINESE_SURNAMES}][\p{Script=Han}]{0,2}?)(?=${CHINESE_TITLES})`,
  'gu',
);
// Chinese: a surname and one or two characters standing alone after the writer introduces or signs
// themselves ("我是李娜", "谢谢，王伟", "署名：刘洋"). Followed by more Han it is a word ("我是高中生的"): left. After
// "我是" a word ending as roles and origins end is what the writer is, not who ("我是高中生", "我是文员", "我是江苏人"):
// left too. Runs after the titles above, which take "王" of "我是王经理".
const ROLE_ENDINGS = '员員人者族迷友党控粉户戶商官';
// These end given names too ("王海生"): a role only after a surname that begins everyday words ("高中生", "白班").
const ROLE_OR_NAME_ENDINGS = '生工家师師长長管班手士代';
const WORDLIKE_SURNAMES = '高江文程白常万方金石任向易龙史黎毛钱汤康乔马周何夏田严武孔黄';

/** "高中生", "文员", "江苏人": a word for what someone is, however a surname begins it. */
function isRoleWord(found: string): boolean {
  const last = found[found.length - 1]!;
  if (ROLE_ENDINGS.includes(last)) return true;
  return ROLE_OR_NAME_ENDINGS.includes(last) && (found.length === 2 || WORDLIKE_SURNAMES.includes(found[0]!));
}
const CHINESE_SELF_NAMED = lazyPattern(
  String.raw`(?:${'我是|谢谢|署名'})[\s，,、：:！!]*([${CHINESE_SURNAMES}][\p{Script=Han}]{1,2})(?![\p{Script=Han}])`,
  'gu',
);
// After "我叫", "我姓", "我的名字是" (my name is) nothing but a name stands: a surname alone ("我姓王"), a familiar name
// without one ("我叫小明", "我叫阿强"), and after "名字是"/"名叫" any two or three characters ("我的名字是思远").
// "我叫外卖" (I ordered a take-away) is why "我叫" alone wants a surname or "小"/"阿".
const CHINESE_NAME_GIVEN = lazyPattern(
  String.raw`(?:${'我叫|我姓|我的名字是|我的名字叫|名字是|名字叫|名叫'})[\s，,、：:！!]*((?:[${CHINESE_SURNAMES}]|[${'小阿'}])[\p{Script=Han}]{0,2}|(?<=(?:${'名字是|名字叫|名叫'})[\s，,、：:！!]*)[\p{Script=Han}]{2,3})(?![\p{Script=Han}])`,
  'gu',
);
// A relative or a colleague "is called" the name that follows ("我妹妹叫小红也在这里上班", "我同事叫王芳"): a surname or
// "小"/"阿" and one or two characters, ending where a word a sentence goes on with starts ("也", "在", "是" …).
const CHINESE_RELATIVE_CALLED = lazyPattern(
  String.raw`(?<=(?:妹妹|姐姐|哥哥|弟弟|老婆|老公|妻子|丈夫|儿子|女儿|朋友|同事|表哥|表姐|表妹|表弟|堂哥|堂姐|室友|男朋友|女朋友)叫)((?:[${CHINESE_SURNAMES}]|[${'小阿'}])[\p{Script=Han}]{1,2}?)(?=也|在|是|的|和|跟|很|都|还|说|就|不|了|被|每|[\s，。,.!！?？；;、]|$)`,
  'gu',
);
// "叫我小雨就行", "大家都叫我阿强": what the writer asks to be called, a familiar name ("小"/"阿"/"老" and one or two
// characters) that ends where the sentence or a closing word ("就行", "吧", "好了") does. "叫我小心" (told me to take care)
// and "叫我老板" are words, not names.
const CHINESE_CALLED = lazyPattern(
  String.raw`(?:叫我|喊我|称呼我|我的外号是|外号叫|绰号叫|小名叫)[\s：:]*(?!小心|小组|小时|小孩|小事|小费|小区|小便|小姐|小点|老板|老师|老是|老实|老婆|老公|老大|老家|阿姨)([小阿老][\p{Script=Han}]{1,2}?)(?=就行|就好|就可以|吧|好了|也行|[\s，。,.!！?？；;、]|$)`,
  'gu',
);
// Chinese: a full name with no title, where a person stands: before a verb of saying or telling ("王伟说",
// "张伟告诉我", "刘洋让我们加班"), at the start or after a short word a person comes after ("让李娜去做" is read by
// "让"). Two-character words begin with these surnames too ("马上告诉", "周末让", "任何人说"): such a word, or one ending
// as roles do ("高管说"), is no name.
const SAYING = '说|告诉|让|讲|骂|问|通知|要求|叫|跟我|对我|找我|批评|表扬';
const ROLES_BEFORE = '经理|主管|老板|组长|班长|同事|领导|主任|上司';
const CHINESE_SPEAKER = lazyPattern(
  // Blind round 12: never ending on "不", "没", "也" ("张伟不让我们休息": the name is 张伟, read as a doer below).
  String.raw`(?:^|(?<=[^\p{Script=Han}]|[${BEFORE_A_PERSON}]|${ROLES_BEFORE}))([${CHINESE_SURNAMES}][\p{Script=Han}]{1,2}?)(?<![不没也还都就又])(?=${SAYING})`,
  'gu',
);
// And told, asked or sent to do something: "让李娜去做", "告诉张伟。", "叫王强来加班".
const TOLD = '让|叫|告诉|通知|找|问|跟|和|给';
const TOLD_TO = '去|来|做|说|帮|负责|处理|加班|知道|[，。,.!！?？;；]|$';
const CHINESE_TOLD = lazyPattern(
  String.raw`(?<=${TOLD})([${CHINESE_SURNAMES}][\p{Script=Han}]{1,2}?)(?=${TOLD_TO})`,
  'gu',
);
// Chinese: a full name opening a clause, before what a person does: an adverb of when or how ("李明偷偷拿了钱",
// "王芳经常迟到", "张伟昨天骂人", "刘洋又没来") or a deed ("赵磊打了同事", "陈静迟到"). Words begin with these surnames too
// ("方案经常改", "周末总是加班", "文件又丢了"): the one or two characters after the surname must be ones given names are
// made of ("伟", "芳", "明"), which "案", "末" and "件" are not, and the few words made only of such characters
// ("黎明", "高峰", "黄金", and towns: "金华", "沈阳") are no names (NOT_CHINESE_NAMES).
const GIVEN_NAME_CHARACTERS =
  '伟芳娜敏静丽强磊军洋勇生艳杰娟涛明超秀霞平刚桂英华玲红鹏飞斌宇浩凯健俊帆帅旭宁欢阳建亮佳峰辉婷雪琳晶燕鑫博丹萍颖倩慧莉梅玉兰凤洁琴晨思雨欣怡婧璐彤昊轩泽睿涵志海波东国庆永福德伦智琪瑶薇蕾晓小立文武新春秋冬成胜利荣兵彬松柏林森山川江河云霖龙虎鹤凡晴岚蓉芬芝莲菊梦露琦瑜璇嘉铭宏鸿振兴安康家豪毅诚信义礼仁忠孝贤淑惠巧美妮娇媛嫣';

// Right after a role a name says who holds it, whatever follows: "经理张伟不给加班费", "我们组长张伟很过分".
const ROLES_BEFORE_A_NAME = `${ROLES_BEFORE}|总监|部长|科长|厂长|队长|店长|师傅|老师|主任|线长|课长|助理|秘书|人事|财务`;
const CHINESE_AFTER_ROLE = lazyPattern(
  String.raw`(?<=${ROLES_BEFORE_A_NAME})([${CHINESE_SURNAMES}][${GIVEN_NAME_CHARACTERS}]{1,2})`,
  'gu',
);

// What is felt about a person or done to them, before their name: "我讨厌李娜", "我举报王芳经常迟到".
const FELT_OR_DONE_TO =
  '讨厌|喜欢|恨|怕|相信|举报|投诉|认识|看到|见到|遇到|碰到|帮|支持|感谢|佩服|尊重|欺负|受不了|忍不了|提醒|除了|包括|比如';
const CHINESE_DOER = lazyPattern(
  String.raw`(?:^|(?<=[^\p{Script=Han}]|[${BEFORE_A_PERSON}]|${ROLES_BEFORE}|${WHEN}|${FELT_OR_DONE_TO}))([${CHINESE_SURNAMES}][${GIVEN_NAME_CHARACTERS}]{1,2}?)(?=${DOES}|[和跟与])`,
  'gu',
);
// Before a time word the longest name first: "王晓明晚上…" is 王晓明 then 晚上, not 王晓 then 明晚; "张伟明天来" is still 张伟.
const CHINESE_BEFORE_WHEN = lazyPattern(
  String.raw`(?:^|(?<=[^\p{Script=Han}]|[${BEFORE_A_PERSON}]|${ROLES_BEFORE}|${WHEN}|${FELT_OR_DONE_TO}))([${CHINESE_SURNAMES}][${GIVEN_NAME_CHARACTERS}]{1,2})(?=${WHEN})`,
  'gu',
);
/*
 * A full name standing alone in its clause: opening the text or after a mark, a word a person comes after, a time or
 * a feeling, and ending at a mark ("李娜，经常迟到", "李娜、王伟和张强", "“王芳”又来了", "我讨厌李娜。", "周五：赵磊"). Chinese
 * marks are full width (、，。：；！？) or not; quotes of either kind. The same stock of given-name characters and the
 * same list of words that are no names (NOT_CHINESE_NAMES) as before a deed.
 */
const CLAUSE_END = String.raw`[、，。：；！？,.:;!?…“”"'‘’「」『』（）()\s]|$`;
const CHINESE_ALONE = lazyPattern(
  String.raw`(?:^|(?<=[^\p{Script=Han}]|[${BEFORE_A_PERSON}]|${ROLES_BEFORE}|${WHEN}|${FELT_OR_DONE_TO}))([${CHINESE_SURNAMES}][${GIVEN_NAME_CHARACTERS}]{1,2}?)(?=${CLAUSE_END})`,
  'gu',
);
// "给钱了": a particle ends a phrase, never a name.
const PARTICLES = '了的着过吗呢吧啊们么';

/** Whether a surname and one or two characters before a verb are a name, not a word ("马上", "高层", "钱了"). */
function isChineseName(found: string): boolean {
  return (
    !NOT_CHINESE_NAMES.has(found.slice(0, 2)) && !isRoleWord(found) && !PARTICLES.includes(found[found.length - 1]!)
  );
}
/** A name before a deed: three characters of given-name stock are a name even when two of them make a word ("高明伟"). */
function isChineseDoer(found: string): boolean {
  return found.length === 3 ? !isRoleWord(found) : isChineseName(found);
}
export const NOT_CHINESE_NAMES = new Set(
  `马上 马路 周末 周一 周二 周三 周四 周五 周六 周日 周围 周边 常常 常规 任何 任务 高层 高级 高中 高兴 高速 方面 方法 方便
  方式 方向 文件 文化 文字 白天 白班 万一 万万 金额 金钱 程序 程度 江湖 黄金 黄色 钱包 陆续 余下 余额 何时 何况 何必 夏天 向来
  严格 严重 顾客 顾问 史上 石头 段落 曾经 董事 叶子 孙子 孙女 王子 王国 李子 刘海 陈旧 杨树 林子 韩国 谢谢 康复 付款 武器 毛病
  龙头 苏醒 田地 罗马 石油 江山 莫非 莫名 钟头 易于 汤圆 朱红 胡同 胡乱 郑重 于是 许多 白白 明明 雷同
  黎明 文明 高明 高峰 高超 高亮 高兴 黄金 黄山 金山 白云 白雪 武林 陆军 万国 方圆 江南 江西 江东 江苏 湖南 高新 文艺 文凭
  文学 文娱 康复 安康 龙虎 白玉 金玉 高雅 高洁 高贵 高端 常青 常新 万能 万家 马力 武力 任性 付清 何苦 余生
  金华 沈阳 唐山 江宁 万宁 龙华 江阳 邵阳 江海 黄河 高山 林海 江河 雷雨 石林 金秋 高飞 孔明 常春 万安 龙凤 高中生`.split(
    /\s+/,
  ),
);
// Chinese: a surname after 小 or 老, the way colleagues call each other ("小刘", "老陈"), then what a person does or
// the sentence's end: "小刘和老陈总是迟到", wherever it stands (Chinese puts no space before it). Followed by other Han
// it is a word ("小时", "老师", "小孙子", "缩小范围"): left.
const CHINESE_FAMILIAR = lazyPattern(
  String.raw`[小老]([${CHINESE_SURNAMES}])(?=[和跟与说讲总是在也又还就把被给对不没让叫都经天昨今常偷骂打刚要会已]|[^\p{Script=Han}]|$)`,
  'gu',
);
// Japanese: a name in kanji or katakana before an honorific or a title ("田中さん", "佐藤部長"). A part a Chinese rule
// took already ("林" of "小林さん") is in the name: the rest of it is not left beside the mask.
const JAPANESE_NAME = lazyPattern(
  String.raw`(?<![\p{Script=Han}\p{Script=Katakana}\uE000])((?=[\p{Script=Han}\uE000]{0,3}\p{Script=Han})[\p{Script=Han}\uE000]{1,4}|[\p{Script=Katakana}ー]{2,8})(?=さん|様|さま|くん|君|ちゃん|先生|部長|課長|係長|社長|主任|店長|氏|班長|リーダー)`,
  'gu',
);
// Korean: a surname, perhaps with a given name, before a title ("김민수 씨", "박 부장님").
const KOREAN_SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국';
const KOREAN_NAME = lazyPattern(
  String.raw`(?<![\p{Script=Hangul}])([${KOREAN_SURNAMES}][\p{Script=Hangul}]{0,3}?)(?=\s?(?:씨|님|부장|과장|대리|팀장|사장|선생|실장|주임|반장|차장|이사|상무|전무|매니저)(?![\p{Script=Hangul}]{3}))`,
  'gu',
);
// Hindi: after a title or role ("प्रबंधक शर्मा", "श्री वर्मा"), or before "जी". A postposition after the role
// goes on the sentence ("प्रबंधक से बात की", spoke with the manager): no name. Names elsewhere: redact-names-hindi.ts.
const HINDI_NAME = lazyPattern(
  String.raw`(?<=(?:^|\s)(?:प्रबंधक|मैनेजर|सुपरवाइजर|श्री|श्रीमती|सुश्री|साहब|मालिक|अधिकारी|बॉस)\s+)(?!(?:से|को|ने|का|की|के|में|पर|भी|तो|ही|और|या|जी|ने|साहब|हमेशा|नहीं|बहुत)(?![\p{Script=Devanagari}]))[\p{Script=Devanagari}]+|[\p{Script=Devanagari}]+(?=\s+(?:जी|साहब|सर|मैडम)(?![\p{Script=Devanagari}]))`,
  'gu',
);

function maskGroup(pattern: RegExp, text: string): string {
  return maskGroupIf(pattern, text, () => true);
}

/** Masks the first group of each match of `pattern` that `ok` accepts. */
function maskGroupIf(pattern: RegExp, text: string, ok: (found: string) => boolean): string {
  return text.replace(pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const group = typeof args[1] === 'string' ? args[1] : match;
    if (!ok(group)) return match;
    const at = match.lastIndexOf(group);
    return match.slice(0, at) + mask('NAME', group.length) + match.slice(at + group.length);
  });
}

const LATIN_ONLY = lazyPattern(String.raw`^[\p{Script=Latin}\p{P}\p{N}\p{Z}\p{S}\s\uE000-\uE006]*$`, 'u');

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

/** Masks Chinese names (the rules above), read in simplified characters. */
function maskChineseNames(text: string): string {
  if (!HAN.get().test(text)) return text;
  let out = maskGroup(CHINESE_NAME.get(), text);
  out = maskGroupIf(CHINESE_SELF_NAMED.get(), out, (name) => !isRoleWord(name));
  out = maskGroup(CHINESE_NAME_GIVEN.get(), out);
  out = maskGroup(CHINESE_CALLED.get(), out);
  out = maskGroup(CHINESE_RELATIVE_CALLED.get(), out);
  out = maskGroupIf(CHINESE_SPEAKER.get(), out, isChineseName);
  out = maskGroupIf(CHINESE_TOLD.get(), out, isChineseName);
  out = maskGroupIf(CHINESE_AFTER_ROLE.get(), out, isChineseDoer);
  out = maskGroupIf(CHINESE_BEFORE_WHEN.get(), out, isChineseDoer);
  out = maskGroupIf(CHINESE_DOER.get(), out, isChineseDoer);
  out = maskGroupIf(CHINESE_ALONE.get(), out, isChineseDoer);
  return maskGroup(CHINESE_FAMILIAR.get(), out);
}
const HAN = lazyPattern(String.raw`\p{Script=Han}`, 'u');
// Units of a workplace, which a role follows as a name does: "车间主任" (the workshop's director), "仓库主管".
const CHINESE_UNITS = new Set(
  '车间 仓库 工厂 部门 公司 生产 质检 品质 人事 财务 行政 销售 采购 物流 后勤 食堂 保安 门店 班组 产线 工地 厂区 办公'.split(
    ' ',
  ),
);
const KANA = lazyPattern(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`, 'u');

/** Runs `rule` on the text read in simplified characters (traditional-chinese.ts); what it hides is hidden as written. */
function readingSimplified(rule: (text: string) => string): (text: string) => string {
  return (text) => {
    const reading = asSimplified(text);
    if (reading === text) return rule(text);
    const masked = rule(reading);
    let out = '';
    for (let i = 0; i < text.length; i++) out += MASKED.test(masked[i]!) ? masked[i] : text[i];
    return out;
  };
}

/** Masks the names in scripts other than Latin (see redaction-kinds.ts). */
export function maskNamesInOtherScripts(text: string): string {
  if (isPrintableAsciiOrMasked(text) || LATIN_ONLY.get().test(text)) return text;
  // Introduced names first: a katakana full name is taken whole before its family name alone is.
  // "моя дочь маша", "我女儿小红": the writer's family and the writer named in lower case or without a title.
  let out = maskFullCjkNames(maskIntroducedNames(maskCapitalisedCyrillicGreek(maskFamilyNames(text))));
  out = readingSimplified(maskChineseNames)(out);
  // Blind round 12: in Chinese (no kana) "主任", "班長" follow a word as often as a name ("我们车间主任" is our workshop's
  // director): there a Japanese family name before them is of one or two characters, the Chinese rules take the rest.
  // Blind round 13: not a unit of the workplace, whose head the role after it is ("车间主任", "仓库主管").
  out = KANA.get().test(out)
    ? maskGroupIf(JAPANESE_NAME.get(), out, (name) => !isKatakanaWorkplaceWord(name))
    : maskGroupIf(JAPANESE_NAME.get(), out, (name) => name.length <= 2 && !CHINESE_UNITS.has(name));
  for (const pattern of [KOREAN_NAME.get(), HINDI_NAME.get()]) out = maskGroup(pattern, out);
  // Blind round 27: a role in another script before the name, and a name beside itself in its own script.
  return maskThaiNames(maskHindiNames(maskArabicNames(maskNamesAfterScriptRoles(out))));
}
