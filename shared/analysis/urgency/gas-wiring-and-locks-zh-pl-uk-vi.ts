import { lazyPattern, type LazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';
import { shortSentences } from './short-sentences';

/*
 * Safety the att46 attack found calm (u48b), each read in one sentence (a comma does not end it) by parts that must all
 * stand, so no gap is unbounded:
 * - A gas pipe or bottle hissing or leaking, in Chinese, Polish and Ukrainian ("煤气管道有嘶嘶声", "syczy rura od gazu w
 *   kotlowni"); wiring, a socket or a fuse box charred, melted or sparking ("проводка в щитку обгоріла і пахне горілим").
 *   hazards-heard-and-worn-through.ts reads the other languages.
 * - Workers locked in from outside, in Vietnamese and Chinese ("ho khoa cua tu ben ngoai, chung toi khong ra duoc",
 *   "晚上宿舍门从外面锁上了，我们出不去"): a lock beside nobody able to get out. locked-in-from-outside.ts reads the others.
 * - Gas told without the word, by a hiss and the smell of rotten eggs (att48: "锅炉房的管子一直嘶嘶响，有股臭鸡蛋味",
 *   "coś syczy w kotłowni śmierdzi zgniłymi jajami", "щось шипить біля плити тхне тухлими яйцями").
 * Calm beside them: a steak hissing in the pan, a kettle, wiring replaced, a door locked after everyone has gone home.
 * Tests: test/unit/analysis/urgency-att46-u48b.test.ts.
 */

type Parts = string[];

const NB = String.raw`(?<!\p{L})`;

const SIGNS: Parts[] = [
  // Chinese: gas hissing or leaking; wiring charred or sparking.
  [
    String.raw`煤气|燃气|天然气|液化气|瓦斯|气管|气罐|气瓶`,
    String.raw`嘶嘶|滋滋|呲呲|咝咝|丝丝|漏气|泄漏|泄露|漏了|煤气味|燃气味|气味很(?:大|重)`,
  ],
  [
    String.raw`电线|线路|电路|电箱|配电箱|电闸|插座|插头|电缆`,
    String.raw`烧焦|烧黑|烧坏|烧化|熔化|融化|冒烟|冒火花|打火|火花|焦味|糊味|发烫`,
  ],
  // Polish.
  [String.raw`\b(?:gaz\w*|butl\w*)\b`, String.raw`\b(?:sycz\w*|syk\w*|ulatni\w*|wycie\w*|nieszczeln\w*|przecie\w*)\b`],
  [
    String.raw`\b(?:kabl\w*|kabel|przewod\w*|instalacj\w*|gniazd\w*|rozdzielni\w*|bezpiecznik\w*|skrzynk\w*|elektryk\w*)\b`,
    String.raw`\b(?:nadpal\w*|spalon\w*|zweglon\w*|osmal\w*|stopion\w*|stopil\w*|iskrz\w*|dymi\w*|spalenizn\w*|topi sie|topia sie)\b`,
  ],
  // Ukrainian.
  [
    String.raw`${NB}(?:газ\p{L}*)`,
    String.raw`${NB}(?:шипить|шипіння|шипит|сичить|свистить|витік|витікає|тече|пахне газом|запах газу|травить)`,
  ],
  [
    String.raw`${NB}(?:проводк\p{L}*|дріт|дрот\p{L}*|кабел\p{L}*|розетк\p{L}*|щит\p{L}*|електрощит\p{L}*|вилк\p{L}*)`,
    String.raw`${NB}(?:обгорі\p{L}*|обгор\p{L}*|згорі\p{L}*|оплав\p{L}*|іскр\p{L}*|димить|димиться|горілим|плавиться|розплави\p{L}*)`,
  ],
];

// Gas told by its signs alone, without the word (att48): a hiss and the rotten-egg smell of its odorant.
SIGNS.push(
  [String.raw`嘶嘶|滋滋|呲呲|咝咝|丝丝|漏气`, String.raw`臭鸡蛋|坏鸡蛋|臭蛋`],
  [String.raw`\b(?:sycz\w*|syk\w*)\b`, String.raw`\b(?:zgnil\w*|zepsut\w*)\b`, String.raw`\bjaj\w*`],
  [
    String.raw`${NB}(?:шипить|шипіння|сичить|шипит|шипение)`,
    String.raw`${NB}(?:тухл\p{L}*|гнил\p{L}*)`,
    String.raw`${NB}(?:яиц\p{L}*|яєць|яец|яйц\p{L}*)`,
  ],
);

// The same in Spanish, French, Portuguese, Italian, Tagalog and Vietnamese (att51, u53a): the rotten-egg smell beside a
// hiss, a gas appliance (a boiler, a pipe, a stove) or what it does to people (headaches, dizziness, nausea). "huele a
// huevo podrido en la cocina y se escucha un silbido en el tubo", "ça sent l'œuf pourri près de la chaudière", "có mùi
// trứng thối trong bếp và ống kêu xì xì". The smell alone is an egg salad; a hiss alone a kettle.
const ROTTEN_EGGS = String.raw`\b(?:huevos? podridos?|huevo podrido|oeufs? pourris?|ovos? podres?|uov[ao] marc[eio]|uova marce|bulok na itlog|itlog na bulok|trung thoi|trung ung)\b`;
const HISS_OR_SIGN = String.raw`\b(?:silb\w*|chiflid\w*|sise\w*|siffl\w*|chuint\w*|chiad\w*|chiand\w*|assobi\w*|sibil\w*|fischi\w*|sumisitsit|sitsit|sumusutsot|sutsot|xi xi|xi|keu xi|caldera|calentador|boiler|tubo|tuberia|estufa|chaudiere|tuyau|tuyauterie|chauffe-eau|gaziniere|caldeira|cano|tubulacao|fogao|aquecedor|caldaia|tubo|tubatura|fornello|scaldabagno|tubo|kalan|boiler|ong dan|ong nuoc|ong ga|ong khoi|bep ga|binh nong lanh|duele la cabeza|dolor de cabeza|mareo\w*|marea\w*|nause\w*|vomit\w*|mal (?:a|de) (?:la )?tete|vertige\w*|etourdi\w*|dor de cabeca|tontura\w*|enjoo\w*|mal di testa|gira la testa|vertigin\w*|nausea|nahihilo|hilo|masakit ang ulo|sakit ng ulo|suka|chong mat|dau dau|buon non|buon oi)\b`;
SIGNS.push([ROTTEN_EGGS, HISS_OR_SIGN]);

const LOCKED_IN: Parts[] = [
  [
    String.raw`\bkhoa\b`,
    String.raw`\b(?:khong (?:ai |ai co the |the |duoc |cho (?:ai |chung toi |chung tui |tui |minh |cong nhan )?)?(?:ra|thoat|di ra|ra ngoai)\b(?: ngoai)?(?: duoc)?|khong (?:the )?ra ngoai duoc)`,
  ],
  [
    String.raw`锁`,
    String.raw`出不去|出不来|不能出去|不能出来|不让(?:我们|我|大家|工人)?出|没法出去|没办法出去|走不了|逃不出|跑不出`,
  ],
];

// A film, a joke, or the fault already put right ("the electrician replaced the charred socket").
const NOT_REAL = lazyPattern(
  String.raw`\b(?:film\w*|serial\w*|gra|gry|lol|haha\w*|xd|wymieni\w*|naprawi\w*|sprawdzi\w*|szczeln\w*|da thay|da sua|sua xong|thay xong|(?:ja){3,}\w*|ensalada|salad|salade|salada|insalata|arregl\w*|repar\w*|consert\w*|ripar\w*|gracias|merci|obrigad\w*|grazie|salamat|cam on|pelicula|serie|receta|recette|receita|ricetta)\b|电影|电视剧|游戏|小说|换好|修好|换了新|已经修|已经换|正常|фільм\p{L}*|серіал\p{L}*|гра|заміни\p{L}*|полагод\p{L}*|відремонт\p{L}*|phim|tro choi`,
  'u',
);

const compiled = (groups: Parts[]): LazyPattern[][] =>
  groups.map((parts) => parts.map((part) => lazyPattern(foldPattern(part), 'u')));
const READINGS = [SIGNS, LOCKED_IN].map(compiled);

/** Whether one sentence of the folded text tells gas hissing, wiring charred, or workers locked in. */
export function tellsGasWiringOrLockedIn(folded: string): boolean {
  for (const sentence of shortSentences(folded)) {
    if (sentence.length < 2) continue;
    const found = READINGS.some((groups) => groups.some((parts) => parts.every((part) => part.get().test(sentence))));
    if (found && !NOT_REAL.get().test(sentence)) return true;
  }
  return false;
}

/** The reading with safety added (and urgent) where gas hisses, wiring is charred or workers are locked in. */
export function withGasWiringOrLockedIn(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string' || !text) return reading;
  return tellsGasWiringOrLockedIn(fold(text)) ? withKindsAdded(reading, 'safety') : reading;
}
