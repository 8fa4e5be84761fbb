/*
 * A Latin name part spelled as Thai, Chinese (Xinhua's characters) and Urdu writers spell a foreign name,
 * by rule, so that property tests can spell any configured sponsor, not only the example config's. Each
 * speller takes a habit number: the same name comes out in the several ways people write it (ก or ค for
 * k, a silent letter marked or not, 马 or 玛, ٹ or ت, vowels written or left out).
 */

interface Piece {
  consonant?: string;
  vowel?: string;
}

const CONSONANT = /^(sh|ch|th|ph|wh|ck|qu|[bcdfghjklmnpqrstvwxz]|y(?=[aeiou]))/;
const VOWEL = /^[aeiouy]+/;

/** A name part as consonant + vowel pieces: "whitfield" is wh-i, t, f-ie, l, d. */
export function pieces(part: string): Piece[] {
  let rest = part.toLowerCase().replace(/gh/g, '').replace(/(.)\1/g, '$1');
  // A silent final e ("Grace", "Moore").
  if (rest.length > 3 && /[^aeiouy]e$/.test(rest)) rest = rest.slice(0, -1);
  const out: Piece[] = [];
  while (rest) {
    const c = rest.match(CONSONANT)?.[0];
    if (c) rest = rest.slice(c.length);
    const v = rest.match(VOWEL)?.[0];
    if (v) rest = rest.slice(v.length);
    if (!c && !v) rest = rest.slice(1);
    else out.push({ consonant: c, vowel: v });
  }
  return out;
}

/** The vowel a run of English vowel letters is heard as. */
const vowelOf = (v: string): 'a' | 'e' | 'i' | 'o' | 'u' =>
  /^(ee|ea|ie|y)/.test(v)
    ? 'i'
    : /^oo/.test(v)
      ? 'u'
      : /^(ai|ay)/.test(v)
        ? 'e'
        : (v[0] as 'a' | 'e' | 'i' | 'o' | 'u');

/** A consonant before c's e or i is an s; qu a k. */
const normal = (c: string, v?: string): string =>
  c === 'c' ? (v && /^[eiy]/.test(v) ? 's' : 'k') : c === 'ck' || c === 'qu' || c === 'q' ? 'k' : c === 'ph' ? 'f' : c;

const pick = <T>(xs: readonly T[], habit: number): T => xs[habit % xs.length]!;

/** Xinhua's characters for a consonant before a, e, i, o, u, in two habits each. */
const HAN_ROWS: Record<string, string[]> = {
  b: ['巴贝比博布', '芭蓓碧波布'],
  p: ['帕佩皮波普', '帕派皮珀普'],
  m: ['马梅米莫穆', '玛默密莫穆'],
  f: ['法费菲福弗', '法菲菲福夫'],
  d: ['达德迪多杜', '达戴蒂多杜'],
  t: ['塔特蒂托图', '塔泰提托图'],
  n: ['纳内尼诺努', '娜内妮诺努'],
  l: ['拉莱利洛卢', '拉勒莉罗鲁'],
  r: ['拉雷里罗鲁', '拉蕾丽洛鲁'],
  g: ['加格吉戈古', '加盖吉戈古'],
  k: ['卡凯基科库', '卡克基柯库'],
  h: ['哈赫希霍胡', '哈黑希霍胡'],
  s: ['萨塞西索苏', '莎瑟斯索苏'],
  sh: ['沙舍希绍舒', '莎舍什绍舒'],
  ch: ['查切奇乔楚', '恰彻琪乔楚'],
  j: ['贾杰吉乔朱', '加杰姬乔朱'],
  th: ['萨瑟西索苏', '塔特提托图'],
  v: ['瓦维维沃乌', '娃韦薇沃乌'],
  w: ['瓦韦威沃伍', '娃维维沃乌'],
  wh: ['华惠惠霍胡', '华惠惠霍胡'],
  y: ['亚耶伊约尤', '雅叶依约尤'],
  z: ['扎泽兹佐祖', '扎泽兹佐祖'],
  x: ['扎泽兹佐祖', '扎泽兹佐祖'],
};
const HAN_ALONE: Record<string, string[]> = {
  b: ['布'],
  p: ['普'],
  m: ['姆'],
  f: ['夫'],
  v: ['夫'],
  d: ['德'],
  t: ['特'],
  n: ['恩'],
  l: ['尔'],
  r: ['尔', ''],
  g: ['格'],
  k: ['克'],
  h: [''],
  w: [''],
  s: ['斯'],
  sh: ['什'],
  ch: ['奇'],
  j: ['奇'],
  th: ['斯'],
  z: ['兹'],
  x: ['克斯'],
};
const HAN_VOWEL: Record<string, string[]> = {
  a: ['阿', '艾'],
  e: ['埃'],
  i: ['伊', '依'],
  o: ['奥', '欧'],
  u: ['乌', '伍'],
};
const VOWELS = 'aeiou';

/** A name part in Chinese characters (Xinhua's habits; an r after a vowel written 尔 or left out). */
export function hanSpelling(part: string, habit: number): string {
  return pieces(part)
    .map(({ consonant, vowel }, i) => {
      const c = consonant && normal(consonant, vowel);
      if (c && vowel) return pick(HAN_ROWS[c]!, habit)[VOWELS.indexOf(vowelOf(vowel))]!;
      if (c) return pick(HAN_ALONE[c]!, habit + i);
      return pick(HAN_VOWEL[vowelOf(vowel!)]!, habit);
    })
    .join('');
}

const THAI_CONSONANT: Record<string, string[]> = {
  b: ['บ'],
  p: ['พ', 'ป'],
  m: ['ม'],
  f: ['ฟ'],
  d: ['ด'],
  t: ['ท', 'ต'],
  n: ['น'],
  l: ['ล'],
  r: ['ร'],
  g: ['ก'],
  k: ['ค', 'ก'],
  h: ['ฮ'],
  s: ['ส', 'ซ'],
  sh: ['ช'],
  ch: ['ช'],
  j: ['จ'],
  th: ['ธ', 'ท'],
  v: ['ว', 'ฟ'],
  w: ['ว'],
  wh: ['ว'],
  y: ['ย'],
  z: ['ซ'],
  x: ['กซ'],
};

/** A consonant with its vowel, as Thai writes it: เ and โ before the letter, the others after or above it. */
function thaiSyllable(c: string, v: string, habit: number): string {
  switch (v) {
    case 'a':
      return `${c}า`;
    case 'e':
      return `เ${c}`;
    case 'i':
      return pick([`${c}ิ`, `${c}ี`], habit);
    case 'o':
      return `โ${c}`;
    default:
      return pick([`${c}ู`, `${c}ุ`], habit);
  }
}

/** A name part in Thai script: an r after a vowel under the silent mark (มาร์ช), other closing letters marked or not. */
export function thaiSpelling(part: string, habit: number): string {
  const ps = pieces(part);
  return ps
    .map(({ consonant, vowel }, i) => {
      // A closing v is ฟ: a closing ว is the vowel w (บาว, bao).
      const c =
        consonant && (!vowel && consonant === 'v' ? 'ฟ' : pick(THAI_CONSONANT[normal(consonant, vowel)]!, habit));
      if (c && vowel) return thaiSyllable(c, vowelOf(vowel), habit);
      if (c) {
        const silent = c === 'ร' || (habit % 2 === 1 && i === ps.length - 1 && i > 0 && !ps[i - 1]!.vowel);
        return silent ? `${c}์` : c;
      }
      return thaiSyllable('อ', vowelOf(vowel!), habit);
    })
    .join('');
}

const URDU_CONSONANT: Record<string, string[]> = {
  b: ['ب'],
  p: ['پ'],
  m: ['م'],
  f: ['ف'],
  d: ['ڈ', 'د'],
  t: ['ٹ', 'ت'],
  n: ['ن'],
  l: ['ل'],
  r: ['ر'],
  g: ['گ'],
  k: ['ک'],
  h: ['ہ'],
  s: ['س'],
  sh: ['ش'],
  ch: ['چ'],
  j: ['ج'],
  th: ['تھ', 'ت'],
  v: ['و'],
  w: ['و'],
  wh: ['و'],
  y: ['ی'],
  z: ['ز'],
  x: ['کس'],
};
const URDU_VOWEL: Record<string, string[]> = { a: ['ا', ''], e: ['ی', ''], i: ['ی', ''], o: ['و'], u: ['و'] };
const URDU_OPENING: Record<string, string> = { a: 'ا', e: 'ای', i: 'ای', o: 'او', u: 'او' };

/** A name part in Urdu script: ٹ or ت, ڈ or د, vowels written or left out, a final a as ا or ہ. */
export function urduSpelling(part: string, habit: number): string {
  const ps = pieces(part);
  return ps
    .map(({ consonant, vowel }, i) => {
      const c = consonant ? pick(URDU_CONSONANT[normal(consonant, vowel)]!, habit) : '';
      if (!vowel) return c;
      const v = vowelOf(vowel);
      if (!c) return URDU_OPENING[v]!;
      if (i === ps.length - 1)
        return c + (v === 'a' ? pick(['ا', 'ہ'], habit) : v === 'e' ? 'ے' : pick(URDU_VOWEL[v]!, 0));
      // A long vowel is written; the first, stressed one always (ڈانا), later ones by habit, where leaving it
      // out does not join two letters into another English sound (ت and س as ts, ک and ہ as kh, م and ب as mb).
      const next = ps[i + 1]?.consonant ?? '';
      const pair = normal(consonant!, vowel) + next;
      const joins = /^(t|d|s|k|c|g|p|z)(s|h|sh|z)|^(mp|mb|nt|nd|kn|wr|wh)/.test(pair);
      return c + pick(URDU_VOWEL[v]!, i === 0 || joins ? 0 : habit);
    })
    .join('');
}
