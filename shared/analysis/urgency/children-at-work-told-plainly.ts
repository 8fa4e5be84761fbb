import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Child labour told plainly (att44, M1, u46a): "child labor in the warehouse", "the owner's using child labour in the
 * sewing room", "theres kids working in the back, like 13 yrs old", "high school kids who are like 14 … until
 * midnight", "có trẻ em 13 tuổi làm việc trong xưởng", "工厂里有十三四岁的童工". English read only "N year olds
 * working", "minors" and "underage"; Vietnamese and Chinese read none of it. A child at work is in danger first:
 * safety, the safety owner's, as the other child-labour rules route it (pay-records-and-child-work-tables.ts,
 * children-at-presses-and-nights.ts). English, Vietnamese, Chinese and German.
 *
 * Not the writer's own child ("my kids are 13 and 14"), a laws poster, a documentary or history, a school, a visit,
 * a party or a game. Folded text, every gap bounded.
 * Tests: test/unit/analysis/urgency-att44-u46a.test.ts.
 */

// English: the words themselves ("child labour", "child workers"), or children at work with an age of 5 to 15 or
// "little", "small" before them; not the writer's, the reader's, or those "who have" them (employee reviews: "if you
// don't have small kids", "people who have young children"): "young kids" is said of new hires too.
const EN_NAMED = String.raw`\bchild[- ]?(?:labou?r(?:ers?)?|workers?)\b`;
const EN_CHILD = String.raw`\b(?=kids|children|child|youngsters|little ones|boys and girls)(?<!\b(?:my|our|your|own|raising|(?:if you|you|who|people|parents|families|those|anyone|don't|dont|do not|not|never|doesn't|doesnt) (?:have|has|had|with)) (?:[a-z]{1,12} )?)(?:kids|children|child|youngsters|little ones|boys and girls)\b`;
const EN_WORK = String.raw`\b(?:work(?:s|ing|ed)?|sort(?:s|ing)|pack(?:s|ing)|pick(?:s|ing)|stack(?:s|ing)|hired?|hires|hiring|employ(?:s|ed|ing)?|run(?:s|ning)? (?:the|a)|operat(?:e|es|ed|ing)|wash(?:es|ing)|clean(?:s|ing)|cutting|sewing|lifting|carrying|doing (?:shifts|nights)|on the (?:line|night shift|machines?|floor)|night shifts?|until midnight|till midnight|in the fields?)\b`;
const EN_CHILD_AT_WORK = String.raw`${EN_CHILD}[^.!?\n]{0,60}?${EN_WORK}|${EN_WORK}[^.!?\n]{0,30}?${EN_CHILD}`;
const EN_AGE = String.raw`(?:\b(?:like|about|around|maybe|aged?|as young as|only|under|barely|who are|are|were|look|looks|some|just)\s(?:[5-9]|1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|\b(?:[5-9]|1[0-5])(?:\s?(?:and|or|to|-|,)\s?(?:[5-9]|1[0-5]))?\s?(?:yrs?|years?|yo|y/o|year[- ]olds?)\b|\b(?:little|small|tiny)\s(?:kids|children)\b)`;

// Vietnamese (folded: no tones): "trẻ em", "con nít", "đứa nhỏ" at work, with an age of 5 to 15 or "dưới 15 tuổi".
const VI_NAMED = String.raw`\blao dong tre em\b|\bsu dung tre em\b`;
const VI_CHILD = String.raw`\b(?=tre |con nit|dua |may dua|em nho|be )(?<!\bcon (?:toi|minh|em|cua toi) )(?:tre em|tre con|tre nho|con nit|dua (?:nho|tre|be)|may dua nho|em nho|be (?:trai|gai))\b`;
const VI_WORK = String.raw`\b(?:lam viec|lam ca|ca dem|dung may|lam thue|thue|tuyen|di lam|boc vac|khuan vac|may vai|phu viec)\b`;
const VI_AGE = String.raw`\b(?:[5-9]|1[0-5]) tuoi\b|\bduoi (?:1[0-8]) tuoi\b`;

// Chinese: 童工 (child workers) named, or a child of 5 to 15 at work.
const ZH_AGE = String.raw`(?:[五六七八九]|十[一二三四五]?|十[二三四][三四五]|1[0-5])(?:[、到至-]?(?:十?[一二三四五]|1[0-5]))?岁`;
const ZH_WORK = String.raw`(?:干活|上班|打工|做工|夜班|工作|雇|招|流水线|车间|工厂|厂里|搬货|缝纫)`;
const ZH = String.raw`童工|${ZH_AGE}[^。！？\n]{0,10}?${ZH_WORK}|${ZH_WORK}[^。！？\n]{0,10}?${ZH_AGE}`;
const ZH_OWN =
  /我(?:的)?(?:儿子|女儿|孩子|小孩)|禁止|严禁|不得|反对|法律|法规|电影|历史|纪录片|新闻|海报|培训|上学|初中|小学|生日/u;

// German: "Kinder arbeiten", with an age of 5 to 15.
const DE_CHILD_AT_WORK = String.raw`\b(?=kind)(?<!\b(?:meine|unsere) )(?:kinder|kind)\b[^.!?\n]{0,40}?\b(?:arbeite\w*|schuft\w*|schicht\w*)\b|\b(?:arbeite\w*|schuft\w*)\b[^.!?\n]{0,20}?\b(?:kinder|kind)\b`;
const DE_AGE = String.raw`\b(?:[5-9]|1[0-5]) jahre\b|\b(?:[5-9]|1[0-5])[- ]?jahrig\w*`;

const NAMED = lazyPattern(foldPattern([EN_NAMED, VI_NAMED].join('|')), 'u');
const AT_WORK = lazyPattern(
  foldPattern(
    [EN_CHILD_AT_WORK, `${VI_CHILD}[^.!?\\n]{0,40}?${VI_WORK}`, DE_CHILD_AT_WORK].map((s) => `(?:${s})`).join('|'),
  ),
  'u',
);
const AGE = lazyPattern(foldPattern([EN_AGE, VI_AGE, DE_AGE].map((s) => `(?:${s})`).join('|')), 'u');
const CHINESE = lazyPattern(ZH, 'u');
// A poster, a law, history, a film, school, a visit, a party or a game: no child put to work.
const NOT_AT_WORK = lazyPattern(
  foldPattern(
    String.raw`\b(?:laws?|legal|illegal to|documentary|histor\w*|film|movie|book|museum|campaign|awareness|policy|poster|training|course|lesson|essay|statement|supply chain|free|against|ban(?:ned|s)?|abolish\w*|1[6-9]\d0s|century|back in the day|visit\w*|family day|open day|tour|at school|to school|from school|homework|birthday|party|games?|practice|daycare|bring your|take your|work experience|field trip|summer camp|babysit\w*|trong phim|lich su|di hoc|sinh nhat|gesetz\w*|schule|besuch\w*|film)\b`,
  ),
  'u',
);

/** Whether the text tells children put to work (child labour). */
export function tellsChildrenAtWork(text: string): boolean {
  if (/[\u4e00-\u9fff]/u.test(text) && CHINESE.get().test(text) && !ZH_OWN.test(text)) return true;
  const folded = fold(text);
  if (NOT_AT_WORK.get().test(folded)) return false;
  if (NAMED.get().test(folded)) return true;
  return AT_WORK.get().test(folded) && AGE.get().test(folded);
}

/** The reading with safety added (and urgent) where children are put to work. */
export function withChildrenAtWork(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  return tellsChildrenAtWork(text) ? withKindsAdded(reading, 'safety') : reading;
}
