/*
 * How the writer looks, in the forms the older reader (self-descriptions-own-looks.ts) missed (op46c, after the op45
 * attack, 2026-12-07): a height in figures ("I'm the 6'6 guy with the red beard in shipping"), a look after an
 * elided article ("sono quello con l'apparecchio acustico"), a look worn ("soy la que usa hiyab en empaque", "je suis
 * celle qui porte le voile"), Ukrainian ("я той високий рудий з татуюваннями на складі", "я та низенька в
 * окулярах"), Vietnamese ("tôi là cô gái tóc ngắn đeo kính ở tổ may", "tôi là anh cao to có râu ở kho") and Tagalog
 * ("ako yung babaeng naka-hijab sa packing").
 *
 * The writer ("I'm", "soy", "je suis", "ich bin", "sou", "sono", "jestem", "ako", "я", "tôi là"), a "the one" word or
 * an article, then within six words a look. Not "I'm a fat ho" (an English "a" says what kind, not which one), "soy la
 * del turno de noche" (nothing seen), "я купила окуляри" (no "that one" word: a Ukrainian look must follow "я" at
 * once or after "той / та"), "tôi là công nhân ca đêm" (no look).
 *
 * Warned about, not hidden (docs/anonymity.md). Each span is bounded.
 */
import { LOOK } from './self-descriptions-apart-words';
import { lazyPattern } from './lazy-pattern';

const SELF = String.raw`i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|(?:yo[ \t]+)?soy|(?:eu[ \t]+)?sou|je[ \t]+suis|j['\u2019][ \t]*suis|ich[ \t]+bin|(?:io[ \t]+)?sono|jestem|ako|\u044f|(?:t\u00f4i|em|m\u00ecnh)[ \t]+l\u00e0`;
// An article or a "that one" word; or a name redaction hid, which a look after it describes ("tôi là [NAME] to có râu").
const ARTICLE = String.raw`the|that|el|la|le|celui|celle|der|die|derjenige|diejenige|o|a|aquele|aquela|il|lo|quello|quella|quel|ten|ta|tym|t\u0105|yung|iyong|yong|ang|\u0442\u043e\u0439|\u0442\u0430|\u0442\u043e\u044e|\u0442\u0438\u043c|c\u00f4|anh|ch\u1ecb|ch\u00fa|b\u00e1c|em|\u00f4ng|b\u00e0|ng\u01b0\u1eddi|th\u1eb1ng|c\u1eadu|\u0111\u1ee9a|con`;
// Words that open another clause between the article and the look: "I'm the one who pays for the fat bonuses".
const NOT_BETWEEN = String.raw`who|that|which|whose|que|qui|dont|welche[rs]?|che|kt\p{L}*|and|but|y|et|und|e|ale|at|because|porque|parce|weil|perch\u00e9|pays|paid|\u0449\u043e|\u044f\u043a\u0438\u0439|\u044f\u043a\u0430|\u0456|\u0430\u043b\u0435|v\u00e0|nh\u01b0ng|m\u00e0|pero|kasi`;
const TOKEN = String.raw`[\p{L}\p{M}\p{N}'\u2019"/.\[\]-]+`;
const LOOKED = String.raw`(?:l['\u2019]|d['\u2019])?(?:${LOOK})(?![\p{L}])`;
const DESCRIBED = lazyPattern(
  String.raw`(?<![\p{L}])(${SELF})[ \t]+((?:(?:${ARTICLE}|\[NAME\])(?![\p{L}])(?:[ \t]+(?!(?:${NOT_BETWEEN})(?![\p{L}]))${TOKEN}){0,6}?[ \t]+|(?<=\u044f[ \t]+))${LOOKED})`,
  'giu',
);
// "soy la que usa hiyab", "je suis celle qui porte le voile", "I'm the one who wears the hijab", "sono quella che
// porta il velo", "ich bin die, die ein Kopftuch trägt" is read by the first pattern's "die … Kopftuch".
const WEAR = String.raw`wears?|wearing|has|uses?|usa|lleva|trae|tiene|porte|a|utilise|tr\u00e4gt|hat|tem|porta|ha|nosi|ma|u\u017cywa|\u043d\u043e\u0441\u0438\u0442\u044c|\u043c\u0430\u0454|\u0111eo|c\u00f3|nagsusuot`;
const WHO = String.raw`que|qui|who|that|che|die|der|kt\u00f3r[ay]|\u044f\u043a\u0430|\u044f\u043a\u0438\u0439|\u0449\u043e|na|m\u00e0`;
const WEARS = lazyPattern(
  String.raw`(?<![\p{L}])(${SELF})[ \t]+((?:${ARTICLE})[ \t]*,?[ \t]+(?:${WHO})[ \t]+(?:${WEAR})(?:[ \t]+\p{L}{1,12}){0,3}?[ \t]+${LOOKED})`,
  'giu',
);
const ENDS =
  /[.,;:!?()\n]|[ \t](?:and|but|so|because|who|y|pero|porque|que|et|mais|qui|und|aber|weil|e|mas|ma|i|ale|kasi|at|\u0456|\u0430\u043b\u0435|v\u00e0|nh\u01b0ng)(?=[ \t])/iu;
const GATE = /i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|soy|sou|suis|bin|sono|jestem|ako|\u044f|l\u00e0/iu;

/** Each phrase in which the writer says how they look, in the forms self-descriptions-own-looks.ts does not read. */
export function looksWorn(text: string): string[] {
  if (!GATE.test(text)) return [];
  const found: string[] = [];
  for (const pattern of [DESCRIBED, WEARS])
    for (const m of text.matchAll(pattern.get())) {
      // "I'm a fat ho": in English an indefinite "a" says what kind, not which one.
      if (/^i/iu.test(m[1]!) && /^an?(?![\p{L}])/iu.test(m[2]!)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const stop = after.search(ENDS);
      found.push(`${m[1]} ${m[2]}${stop < 0 ? after : after.slice(0, stop)}`.trimEnd());
    }
  return found;
}
