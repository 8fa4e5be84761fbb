/*
 * A sponsor's name written in Chinese characters the way Chinese writes a
 * Western name (Xinhua's table: 马什 Marsh, 奥卡福 Okafor, 惠特菲尔德
 * Whitfield, 罗梅罗 Romero) is still their name. Those names are spelled
 * from a few hundred characters chosen for their sound; this module reads a
 * run of such characters by its pinyin and compares it with a configured
 * name as Chinese hears it (`hanKeyMatches`): each consonant followed by a
 * vowel of its own (斯 si for s, 特 te for t), 尔 for an l or r, an r after
 * a vowel left unsaid (马什, 奥卡福), ji and qi for ki, gi or chi (基), hu
 * before a vowel for h or w (惠 Whit).
 *
 * The same characters write everyday Chinese too (马上 at once, 特别
 * especially), so only a stretch of two characters or more counts, and only
 * as a whole surname, or first name and surname together, never a first name
 * alone (李 is also the commonest Chinese surname), nor with a slip.
 * Japanese text is left to kana (`name-kana.ts`): there these characters
 * are Japanese words. The table is read only when a text holds Chinese
 * characters.
 */

import type { Reading, Span } from './name-readings';
import { devoiced } from './name-indic';
import { type SoundWord, sounded, soundedName, syllabicWord } from './name-transliteration';

const HAN = /[\u4e00-\u9fff]/u;

/** Kana syllables (not the ・ or ー Chinese text borrows): the text is Japanese. */
const KANA_SYLLABLE = /[\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff6f\uff71-\uff9d]/u;

/** Whether `raw` holds Chinese characters in Chinese text. */
export const hasHan = (raw: string): boolean => HAN.test(raw) && !KANA_SYLLABLE.test(raw);

/** Characters of Xinhua's transliteration table and those usual in given names, with their pinyin there. */
const TABLE = `阿a 埃ai 艾ai 爱ai 安an 昂ang 奥ao 巴ba 芭ba 拜bai 班ban 邦bang 包bao 保bao 鲍bao 贝bei 蓓bei 本ben
比bi 彼bi 碧bi 宾bin 波bo 伯bo 博bo 布bu 查cha 柴chai 彻che 楚chu 茨ci 崔cui 达da 大da 戴dai 黛dai 代dai 丹dan
当dang 道dao 德de 得de 登deng 迪di 蒂di 丁ding 东dong 杜du 多duo 敦dun 顿dun 厄e 恩en 尔er 儿er 法fa 凡fan 范fan
方fang 菲fei 费fei 芬fen 丰feng 冯feng 弗fu 福fu 夫fu 富fu 芙fu 盖gai 甘gan 冈gang 高gao 戈ge 格ge 根gen 贡gong
古gu 瓜gua 圭gui 桂gui 哈ha 海hai 汉han 翰han 杭hang 豪hao 赫he 贺he 黑hei 亨heng 洪hong 胡hu 华hua 怀huai 惠hui
辉hui 霍huo 基ji 吉ji 姬ji 加jia 贾jia 简jian 焦jiao 杰jie 捷jie 金jin 京jing 久jiu 卡ka 凯kai 坎kan 康kang 考kao
柯ke 科ke 克ke 肯ken 孔kong 库ku 夸kua 奎kui 昆kun 拉la 莱lai 来lai 兰lan 朗lang 劳lao 勒le 雷lei 蕾lei 冷leng
李li 里li 利li 莉li 丽li 理li 历li 连lian 莲lian 廉lian 林lin 琳lin 柳liu 隆long 卢lu 鲁lu 路lu 露lu 吕lü 伦lun
罗luo 洛luo 马ma 玛ma 迈mai 麦mai 曼man 芒mang 毛mao 梅mei 美mei 门men 蒙meng 孟meng 米mi 密mi 弥mi 苗miao
妙miao 敏min 明ming 缪miu 莫mo 墨mo 默mo 姆mu 穆mu 纳na 娜na 奈nai 南nan 瑙nao 内nei 嫩nen 尼ni 妮ni 宁ning
纽niu 努nu 诺nuo 涅nie 聂nie 欧ou 帕pa 派pai 潘pan 庞pang 佩pei 彭peng 皮pi 平ping 珀po 普pu 齐qi 奇qi 琪qi
契qi 恰qia 乔qiao 切qie 钦qin 琴qin 琼qiong 丘qiu 屈qu 让rang 热re 日ri 荣rong 茹ru 儒ru 瑞rui 芮rui 若ruo 萨sa
塞sai 赛sai 桑sang 瑟se 森sen 莎sha 沙sha 山shan 珊shan 尚shang 绍shao 舍she 申shen 什shi 史shi 舒shu 斯si 丝si
思si 松song 苏su 索suo 塔ta 泰tai 坦tan 汤tang 唐tang 陶tao 特te 滕teng 提ti 廷ting 通tong 图tu 托tuo 瓦wa 娃wa
外wai 万wan 旺wang 威wei 韦wei 维wei 薇wei 魏wei 温wen 文wen 翁weng 沃wo 乌wu 伍wu 武wu 西xi 希xi 锡xi 茜xi
夏xia 霞xia 仙xian 香xiang 肖xiao 谢xie 辛xin 欣xin 星xing 休xiu 修xiu 许xu 薛xue 逊xun 雅ya 亚ya 娅ya 扬yang
耶ye 叶ye 伊yi 依yi 易yi 因yin 英ying 尤you 于yu 约yue 云yun 扎zha 詹zhan 章zhang 赵zhao 哲zhe 珍zhen 治zhi
朱zhu 卓zhuo 兹zi 宗zong 祖zu 佐zuo 泽ze 曾zeng 赞zan 藏zang 策ce 采cai 蔡cai`;

let pinyin: Map<string, string> | undefined;
/** The table, read the first time a text holds Chinese characters. */
const table = (): Map<string, string> => {
  pinyin ??= new Map(
    TABLE.split(/\s+/)
      .filter(Boolean)
      .map((s) => [s[0]!, s.slice(1)]),
  );
  return pinyin;
};

/**
 * A syllable's pinyin as the English letters it stands for. J stands for a consonant Chinese says as ji or
 * qi before i and ü (k, g, j or ch in the name), X for xi (s, sh or h) and H for hu before a vowel (h or w).
 */
function latinOf(syllable: string): string {
  return syllable
    .replace(/ü/g, 'u')
    .replace(/^[jq]/, 'J')
    .replace(/^hu(?=[aeio])/, 'H')
    .replace(/^x/, 'X')
    .replace(/^zh/, 'j')
    .replace(/^z/, 's')
    .replace(/^c(?!h)/, 'ts')
    .replace(/ng$/, 'n')
    .replace(/^er$/, 'ar');
}

/*
 * Keys here keep a trace of the vowels, unlike other scripts' keys: Chinese characters write every vowel,
 * and a name's first vowel tells 马什 (Marsh) from 密斯 (Miss). A vowel run is one digit, a set of
 * classes: 1 open (a), 2 front (e, i), 4 back (o, u); two keys' vowels meet when their sets share one.
 */
const PINYIN_VOWEL: Record<string, number> = { a: 1, e: 7, i: 2, o: 4, u: 4, y: 2 };
/** An English vowel letter as the classes Chinese may write it with: Dana is 达娜 or 黛娜, Mike 迈克, Merkel 默克尔. */
const NAME_VOWEL: Record<string, number> = { a: 3, e: 6, i: 3, o: 5, u: 5, y: 2 };

/** Consonants without voicing (devoiced) and each vowel run as the digit of its classes, doubles made one. */
function classKey(letters: string, vowel: (letter: string, at: number, run: number) => number): string {
  let key = '';
  let mask = 0;
  let runs = 0;
  for (let i = 0; i <= letters.length; i++) {
    const c = letters[i];
    if (c !== undefined && /[aeiouy]/.test(c)) {
      mask |= vowel(c, i, runs);
      continue;
    }
    if (mask) {
      key += String(mask);
      mask = 0;
      runs++;
    }
    if (c === undefined) break;
    // A letter written twice is one; two letters devoicing alike stay two (Basjaba's s and j, 斯 and 贾).
    if (c !== letters[i - 1]) key += devoiced(c);
  }
  return key;
}

/**
 * A configured name part as Chinese writes it: its first vowel as spelled (an a before r is open: Marsh,
 * 马什), later ones as any (Helen is 海伦: unstressed vowels are written several ways).
 */
export function hanNameKeys(part: string): string[] {
  return [...new Set([part, part.replace(/th/g, 's'), part.replace(/ch/g, 'k')])].map((p) => {
    const letters = soundedName(p);
    return classKey(letters, (c, i, run) => (run > 0 ? 7 : c === 'a' && letters[i + 1] === 'r' ? 1 : NAME_VOWEL[c]!));
  });
}

/** Every stretch of table characters in a run of Chinese characters, as sound words. */
export function hanWords(raw: string): SoundWord[] {
  const known = table();
  const words: SoundWord[] = [];
  // Each stretch's key by its letters: a text that repeats a few characters has few stretches of its own.
  const keys = new Map<string, string>();
  const chars = [...raw.matchAll(/[\u4e00-\u9fff]/gu)];
  let runStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    const c = chars[i];
    const joined = c && i > runStart && c.index === chars[i - 1]!.index + 1 && known.has(c[0]);
    if (joined) continue;
    pushStretches(chars.slice(runStart, i), words, keys);
    runStart = i;
    if (c && !known.has(c[0])) runStart = i + 1;
  }
  return words;
}

const latinKept = new Map<string, string>();
/** A table character's letters (`latinOf` its pinyin), worked out once. */
function latinOfCharacter(known: Map<string, string>, character: string): string {
  let letters = latinKept.get(character);
  if (letters === undefined) {
    letters = latinOf(known.get(character)!);
    latinKept.set(character, letters);
  }
  return letters;
}

/** The longest stretch read: a first name and surname of four characters each. */
const LONGEST = 8;

function pushStretches(run: RegExpMatchArray[], words: SoundWord[], keys: Map<string, string>): void {
  const known = table();
  for (let s = 0; s < run.length; s++) {
    // One character alone is read too, for a first name just before a surname ("李·马什"): never a surname.
    for (let e = s + 1; e <= Math.min(run.length, s + LONGEST); e++) {
      const latin: Reading = { text: '', from: [], to: [] };
      for (const c of run.slice(s, e)) {
        for (const letter of latinOfCharacter(known, c[0])) {
          latin.text += letter;
          latin.from.push(c.index!);
          latin.to.push(c.index! + 1);
        }
      }
      let key = keys.get(latin.text);
      if (key === undefined) {
        key = classKey(sounded(latin, false).text, (c) => PINYIN_VOWEL[c]!);
        keys.set(latin.text, key);
      }
      const span: Span = { start: run[s]!.index!, end: run[e - 1]!.index! + 1 };
      words.push(syllabicWord(key, span, 'han'));
    }
  }
}

/** Letters Chinese hearing takes for one: l and r (尔, 罗), b and v (维); J is k or s (基), H h or w (惠), X s or h (希). */
const alike = (han: string, name: string): boolean => {
  if (/\d/.test(han) && /\d/.test(name)) return (Number(han) & Number(name)) !== 0;
  const plain = (c: string) => (c === 'l' ? 'r' : c === 'v' ? 'b' : c);
  if (han === 'J') return name === 's' || name === 'k';
  if (han === 'H') return name === 'h' || name === 'b' || name === 'v';
  if (han === 'X') return name === 's' || name === 'h';
  // 夫 writes a closing v as well as an f (Dave, 戴夫).
  if (han === 'f' && name === 'v') return true;
  return plain(han) === plain(name);
};

/**
 * Whether a stretch's key (`han`) spells a name's key (`name`, `hanNameKeys`): the name's consonants in
 * order and each of its vowels written with one of its classes; besides them only a vowel after a
 * consonant (斯 si), and the name's r or h after a vowel may go unsaid (马什 Marsh, 奥卡福 Okafor).
 */
export function hanKeyMatches(han: string, name: string): boolean {
  const vowel = (c: string | undefined) => c !== undefined && /\d/.test(c);
  if (!han.length || !name.length || vowel(han[0]) !== vowel(name[0]) || !alike(han[0]!, name[0]!)) return false;
  const seen = new Set<number>();
  const go = (i: number, j: number): boolean => {
    if (i === han.length && j === name.length) return true;
    const at = i * 1024 + j;
    if (seen.has(at)) return false;
    seen.add(at);
    if (i < han.length && j < name.length && vowel(han[i]) === vowel(name[j]) && alike(han[i]!, name[j]!))
      if (go(i + 1, j + 1)) return true;
    if (vowel(han[i]) && i > 0 && !vowel(han[i - 1]) && go(i + 1, j)) return true;
    return /[rh]/.test(name[j] ?? '') && vowel(name[j - 1]) && !vowel(name[j + 1]) && go(i, j + 1);
  };
  return go(0, 0);
}
