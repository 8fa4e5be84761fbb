import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Names the writer gives their own family or themselves, in the scripts whose names the capital-letter rules
 * cannot see: Russian written in lower case ("меня зовут иван петров", "моя дочь маша"), Korean ("내 딸 지민이가"),
 * Chinese ("我女儿小红生病了") and Japanese ("私の娘の花子"). English, Spanish, French and German say the same
 * ("my daughter Emma", "mi hija Lucía") and are caught by the names rules. Each needs the relative and a word shaped
 * as a name there: a Russian name or pet name, a Korean name before its particle, a Chinese "小"/"阿" name or a
 * doubled character, a Japanese given name's last character; what a child does or has stays ("моя дочь болеет",
 * "내 딸 친구가", "我女儿生病了", "私の娘の学校").
 */

// Russian given names and the pet names people use for their children and family.
const RUSSIAN_NAMES = new Set(
  `александр алексей андрей анна антон артём артем борис вадим валентина валерий василий вера виктор виктория владимир
  галина георгий глеб григорий дарья денис дмитрий евгений евгения екатерина елена иван игорь илья ирина катерина
  кирилл константин ксения лариса леонид людмила максим марина мария михаил надежда наталья никита николай ольга
  олег павел пётр петр роман светлана сергей софия софья станислав татьяна тимур юлия юрий яна ярослав оксана богдан
  тарас полина алиса варвара анастасия елизавета милана ева кира арина алина вероника злата есения тимофей егор
  матвей фёдор федор даниил данил маша саша катя даша ваня петя коля оля таня лена наташа настя соня аня миша дима
  лёша леша алёша алеша серёжа сережа женя вова юля ира света галя ксюша варя вика лиза мила ника лёва лева гоша
  федя тёма тема костя паша слава толя люба надя поля нина зоя`.split(/\s+/),
);
const CYRILLIC = String.raw`[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)*`;
const RUSSIAN_RELATIVE = String.raw`(?:мо[яйеи]|наш[аие]?|мою|моего|моей|моему)\s+(?:дочь|дочка|дочку|дочери|доченька|сын|сына|сыну|сынок|ребёнок|ребенок|внучка|внучку|внук|внука|жена|жену|муж|мужа|брат|брата|сестра|сестру|мама|маму|папа|папу)`;
const RUSSIAN_CHILD = lazyPattern(String.raw`(?<![\p{L}])${RUSSIAN_RELATIVE}[\s,—-]+(${CYRILLIC})(?![\p{L}])`, 'giu');
// "меня зовут иван петров", "моё имя ирина": the name and a surname or patronymic after it.
const RUSSIAN_INTRODUCED = lazyPattern(
  String.raw`(?<![\p{L}])(?:меня\s+зовут|мо[её]\s+имя|зовите\s+меня)\s*[:—-]?\s*(${CYRILLIC})(?:\s+(${CYRILLIC}))?(?![\p{L}])`,
  'giu',
);
// A surname's or patronymic's ending: "петров", "иванова", "сидоренко", "ковальчук", "иванович".
const RUSSIAN_SURNAME_ENDING =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк|ович|евич|овна|евна|ич|ична)$/u;

// Korean: "내 딸 지민이가", "우리 아들 민준이는": a name of two or three syllables, "이" perhaps, then its particle.
const KOREAN_RELATIVE = String.raw`(?:내|우리|제|저희)\s*(?:딸|아들|아이|애|남편|아내|와이프|동생|누나|언니|형|오빠|손녀|손자)`;
const KOREAN_CHILD = lazyPattern(
  String.raw`${KOREAN_RELATIVE}\s+([\uAC00-\uD7A3]{2,3}?이?)(?:가|는|를|랑|도|한테|에게|의|야|가요)(?![\uAC00-\uD7A3])`,
  'gu',
);
// What follows a relative that is no name: "내 딸 친구가", "우리 아들 학교는".
const KOREAN_NOT_NAMES = new Set(
  '친구 학교 선생님 담임 방 생일 엄마 아빠 반 이름 회사 유치원 어린이집 병원 숙제 사진 옷 돌 나이 건강 상태 일 직장 남자친구 여자친구 아이'.split(
    ' ',
  ),
);

// Chinese: "我女儿小红", "我儿子阿明", "我女儿红红": a familiar name after the relative.
const CHINESE_CHILD = lazyPattern(
  String.raw`(?:我|我的|我们|我家)(?:女儿|儿子|孩子|闺女|老婆|老公|妻子|丈夫|爱人|弟弟|妹妹|哥哥|姐姐|孙女|孙子)[，,、\s]*((?:小|阿)\p{Script=Han}|(\p{Script=Han})\2)`,
  'gu',
);
// "小学", "小时", "小心": words that start with "小" after a relative ("我女儿小学三年级").
const CHINESE_SMALL_WORDS = new Set(
  '小学 小时 小心 小组 小孩 小区 小姐 小说 小吃 小便 小病 小事 小朋 小班 小儿 阿姨'.split(' '),
);

// Japanese: "私の娘の花子", "うちの息子、太郎が": a given name of two or three kanji after the relative.
const JAPANESE_CHILD = lazyPattern(
  String.raw`(?:私の|僕の|俺の|うちの|わたしの)(?:娘|息子|子供|子ども|妻|夫|主人|嫁|兄|弟|姉|妹|孫)(?:の|、|,|\s)\s*(\p{Script=Han}{1,2}(?:子|美|奈|香|恵|菜|代|江|花|乃|里|郎|太|介|斗|翔|人|輝|樹|也|希|音))(?![\p{Script=Han}])`,
  'gu',
);
const JAPANESE_NOT_NAMES = new Set(
  '様子 調子 帽子 椅子 菓子 電子 弟子 双子 障子 冊子 主人 大人 友人 恋人 他人 本人 知人 成人 住人 個人 世代 時代 年代 地代 部屋 生花 名人 新人 美人'.split(
    ' ',
  ),
);

function maskGroup(text: string, start: number, length: number): string {
  return text.slice(0, start) + mask('NAME', length) + text.slice(start + length);
}

function maskRussian(text: string): string {
  let out = text;
  for (const m of text.matchAll(RUSSIAN_INTRODUCED.get())) {
    const [first, second] = [m[1]!, m[2]];
    const end = m.index + m[0].length;
    const firstEnd = second ? end - second.length - (m[0].length - m[0].trimEnd().length) : end;
    const firstAt = m.index + m[0].lastIndexOf(first, firstEnd - m.index - first.length);
    // "меня зовут на собрание" is being called to a meeting: a name the list knows, or a surname after it, says it is one.
    const surnamed = !!second && (RUSSIAN_SURNAME_ENDING.test(second.toLowerCase()) || /^\p{Lu}/u.test(second));
    if (!RUSSIAN_NAMES.has(first.toLowerCase()) && !/^\p{Lu}/u.test(first) && !surnamed) continue;
    out = maskGroup(out, firstAt, first.length);
    if (surnamed) out = maskGroup(out, end - second.length, second.length);
  }
  for (const m of text.matchAll(RUSSIAN_CHILD.get())) {
    const name = m[1]!;
    if (RUSSIAN_NAMES.has(name.toLowerCase())) out = maskGroup(out, m.index + m[0].length - name.length, name.length);
  }
  return out;
}

/** Masks the names of the writer's family and of the writer in Russian, Korean, Chinese and Japanese (see above). */
export function maskFamilyNames(text: string): string {
  let out = text;
  if (/\p{Script=Cyrillic}/u.test(text)) out = maskRussian(out);
  if (/[\uAC00-\uD7A3]/u.test(text)) {
    for (const m of text.matchAll(KOREAN_CHILD.get())) {
      const name = m[1]!;
      const stem = name.replace(/이$/u, '');
      if (KOREAN_NOT_NAMES.has(name) || KOREAN_NOT_NAMES.has(stem)) continue;
      out = maskGroup(out, m.index + m[0].lastIndexOf(name), name.length);
    }
  }
  if (/\p{Script=Han}/u.test(text)) {
    for (const m of text.matchAll(CHINESE_CHILD.get())) {
      const name = m[1]!;
      if (CHINESE_SMALL_WORDS.has(name)) continue;
      out = maskGroup(out, m.index + m[0].length - name.length, name.length);
    }
    for (const m of text.matchAll(JAPANESE_CHILD.get())) {
      const name = m[1]!;
      if (JAPANESE_NOT_NAMES.has(name)) continue;
      out = maskGroup(out, m.index + m[0].length - name.length, name.length);
    }
  }
  return out;
}
