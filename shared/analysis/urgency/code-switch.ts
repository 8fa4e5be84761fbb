/*
 * Chinese written with English words in it, as people who work in English write it: "manager 每天都 touch 我，说不从就
 * fire 我". Neither language's rules read it: the Chinese rules look for 摸我 and 开除, the English ones for "touches
 * me" and "fired if". This gives a second reading of such a text with the English words that carry the report put
 * into Chinese ("老板每天都摸我，说不从就开除我"), for the Chinese rules to read as well. Only words with a
 * Chinese character beside them (or one word away) are put into Chinese: an English sentence after a Chinese one
 * stays English, and is read by the English rules as before.
 */

// Folded English words (and a few two-word verbs) and the Chinese the rules know them by.
const CHINESE_FOR: Record<string, string> = {
  boss: '老板',
  manager: '经理',
  supervisor: '主管',
  leader: '领导',
  lead: '领导',
  director: '总监',
  ceo: '老板',
  hr: '人事',
  touch: '摸',
  touches: '摸',
  touched: '摸了',
  touching: '摸',
  grope: '摸',
  groped: '摸了',
  grab: '抓',
  grabbed: '抓了',
  kiss: '亲',
  kissed: '亲了',
  hug: '抱',
  hugged: '抱了',
  hit: '打',
  hits: '打',
  slap: '扇',
  slapped: '扇了',
  kick: '踢',
  kicked: '踢了',
  push: '推',
  pushed: '推了',
  fire: '开除',
  fired: '开除',
  sack: '开除',
  sacked: '开除',
  date: '约会',
  'sleep with': '睡',
  'go out with': '约会',
  harass: '骚扰',
  harassing: '骚扰',
  harassment: '骚扰',
  stalk: '跟踪',
  stalking: '跟踪',
  follow: '跟踪',
  follows: '跟踪',
  kill: '杀',
  rape: '强奸',
  raped: '强奸了',
  sexy: '性感',
  sex: '性',
  gun: '枪',
  knife: '刀',
};

const HAN = /\p{Script=Han}/u;
const SPACES_AMONG_HAN = /(?<=\p{Script=Han})[^\S\n]+(?=\p{Script=Han})/gu;
// "touch base" (to talk) and "fire drill" / "fire alarm" are not what they look like.
const NOT_WHAT_IT_LOOKS = String.raw`(?! (?:base|drill|alarm|exit|door|extinguisher|safety|up|of))`;

/*
 * An English word (or two-word term) of `table` with the script's letters, spaces and at most one other Latin word
 * between it and a letter of that script on either side: an English sentence after one in the script stays English.
 */
function englishBeside(script: string, table: Record<string, string>): RegExp {
  const keys = Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(
    String.raw`(?<=\p{Script=${script}}[^\S\n]*(?:[a-z]+[^\S\n]+)?)\b(${keys})\b${NOT_WHAT_IT_LOOKS}[^\S\n]*|[^\S\n]*\b(${keys})\b${NOT_WHAT_IT_LOOKS}(?=[^\S\n]*(?:[a-z]+[^\S\n]+)?\p{Script=${script}})`,
    'gu',
  );
}
const ENGLISH_IN_CHINESE = englishBeside('Han', CHINESE_FOR);

/** The folded text with its English words put into Chinese, or undefined when it has no English word among Chinese. */
export function englishInChinese(folded: string): string | undefined {
  if (!HAN.test(folded) || !/[a-z]/.test(folded)) return undefined;
  ENGLISH_IN_CHINESE.lastIndex = 0;
  const reading = folded.replace(
    ENGLISH_IN_CHINESE,
    (_, before?: string, after?: string) => CHINESE_FOR[before ?? after ?? ''] ?? '',
  );
  // Chinese has no spaces between words: none is left where an English word stood.
  return reading === folded ? undefined : reading.replace(SPACES_AMONG_HAN, '');
}

/*
 * Arabic written with English words in it, the same way: "الـ fire exit مسكر بقفل", "في gas leak بالمطبخ". The words
 * for the hazard and the people are put into Arabic as the Arabic rules know them (folded: ة is ه), with spaces kept.
 */
const ARABIC_FOR: Record<string, string> = {
  'fire exit': 'مخرج الطوارئ',
  'emergency exit': 'مخرج الطوارئ',
  'emergency door': 'باب الطوارئ',
  'fire door': 'باب الطوارئ',
  exit: 'المخرج',
  'gas leak': 'تسريب غاز',
  gas: 'غاز',
  leak: 'تسريب',
  smell: 'ريحه',
  wire: 'سلك',
  wires: 'اسلاك',
  cable: 'كابل',
  cables: 'كابلات',
  forklift: 'الرافعه',
  manager: 'المدير',
  boss: 'المدير',
  supervisor: 'المشرف',
  knife: 'سكين',
  gun: 'مسدس',
  locked: 'مقفول',
  blocked: 'مسدود',
};
const ARABIC = /\p{Script=Arabic}/u;
const ENGLISH_IN_ARABIC = englishBeside('Arabic', ARABIC_FOR);

/** The folded text with its English hazard words put into Arabic, or undefined when it has none among Arabic. */
export function englishInArabic(folded: string): string | undefined {
  if (!ARABIC.test(folded) || !/[a-z]/.test(folded)) return undefined;
  ENGLISH_IN_ARABIC.lastIndex = 0;
  const reading = folded.replace(
    ENGLISH_IN_ARABIC,
    (_, before?: string, after?: string) => ` ${ARABIC_FOR[before ?? after ?? ''] ?? ''} `,
  );
  return reading === folded ? undefined : reading.replace(/[^\S\n]{2,}/g, ' ').trim();
}
