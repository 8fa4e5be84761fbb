import { lazyPattern } from './lazy-pattern';

/*
 * The writer's child's school, named (red43b, from op42): "My son is in third grade at Lincoln Elementary". A school
 * named, or a grade with where it is, beside the site names one family: the other parents, the school run, the
 * teacher who knows whose child is whose. Kept (a school is a place many share), but the preview names it. The
 * writer's child ("my son", "mi hija", "ma fille", "mein Sohn", "meu filho", "mia figlia", "mój syn", "anak ko"), then,
 * in the same sentence, a school by its name ("Lincoln Elementary", "la escuela Benito Juárez", "l'école Jules Ferry",
 * "Szkoła Podstawowa nr 5", "goes to St. Mary's"; a name redaction hid, "escuela [NAME]", counts) or a grade at a
 * place named ("in kindergarten at Roosevelt"). Not "my son was sick", "I pick my kids up from school at 3", "the
 * school bus blocks the gate", "school holidays make scheduling hard" (no school named).
 *
 * Letters outside ASCII are \u escapes, as in the other self-descriptions files (test/infra/bundles.test.ts).
 */

const CHILD = String.raw`(?:my|mi|mis|mon|ma|mes|meu|minha|meus|minhas|mein|meine|meiner|meines|meinem|mojego|mojej|moich|mio|mia|il[ \t]+mio|la[ \t]+mia|i[ \t]+miei|m\u00f3j|moja|moje)[ \t]+(?:(?:little|youngest|oldest|eldest|older|younger|peque\u00f1[oa]|petite?|kleine[rn]?|pi\u00f9[ \t]+piccol[oa]|m\u0142odsz\p{L}*|starsz\p{L}*)[ \t]+)?(?:son|daughter|kid|kids|child|children|boy|girl|stepson|stepdaughter|hij[oa]s?|ni\u00f1[oa]s?|fils|fille|enfants?|gamin|filh[oa]s?|sohn|tochter|kind|kinder|figli[oa]?|bambin[oa]|syn\p{L}{0,2}|c\u00f3rk\p{L}*|dzieck\p{L}*)(?:['\u2019]s)?|(?:ang[ \t]+)?anak[ \t]+ko`;
const CHILD_W = lazyPattern(String.raw`(?<![\p{L}])(?:${CHILD})(?![\p{L}])`, 'giu');
// A name: a capitalised word (or two, or three), or what redaction put in a name's place.
const NAMED = String.raw`(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|\[NAME\]|\[ADDRESS\])(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|\[NAME\]|de|del|da|do|dos|di|della|am|an|der|nr\.?|n[\u00ba\u00b0o]\.?|\d{1,3})){0,3}`;
const SCHOOL_WORD = String.raw`[eE]scuela|[cC]olegio|[pP]rimaria|[sS]ecundaria|[kK]inder|[jJ]ard\u00edn[ \t]+de[ \t]+ni\u00f1os|(?:\u00e9cole|\u00c9cole)|[cC]oll\u00e8ge|[lL]yc\u00e9e|[cC]r\u00e8che|[eE]scola|[cC]ol\u00e9gio|[cC]reche|[sS]chule|[gG]rundschule|[gG]ymnasium|[rR]ealschule|[gG]esamtschule|[kK]ita|[kK]indergarten|[sS]cuola|[aA]silo|[lL]iceo|[eE]lementari|[sS]zko\u0142\p{L}*|[sS]zkol\p{L}{1,3}|[pP]rzedszkol\p{L}*|[pP]aaralan|[eE]skwelahan`;
const SCHOOL = lazyPattern(
  String.raw`(?<![\p{L}])(?:${NAMED})[ \t]+(?:Elementary|Middle|High|Primary|Junior|Senior|Academy|School|Montessori|Prep|Preparatory|Kindergarten|Daycare|Preschool)(?![\p{L}])|(?<![\p{L}])(?:${SCHOOL_WORD})(?:[ \t]+(?:de|del|da|do|di|am|an[ \t]+der|in[ \t]+der|im))?[ \t]+(?:${NAMED})|(?<![\p{L}])(?:goes[ \t]+to|attends|va[ \t]+(?:a|al|alla|\u00e0)|vai[ \t]+(?:\u00e0|ao)|geht[ \t]+(?:auf|in|zur)[ \t]+(?:die[ \t]+)?|chodzi[ \t]+do|nag-aaral[ \t]+sa)[ \t]+(?:St\.?|Saint|San|Santa|Sainte?|Sankt|\p{Lu}\p{Ll}+['\u2019]s|\[NAME\])`,
  'gu',
);
// op44: a daycare or school told by the street it is on: "my kid's daycare on Elm", "la guardería de mi hijo en la
// calle Olmo", "la crèche de ma fille rue des Lilas", "die Kita meiner Tochter in der Lindenstraße".
const PLACED_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:daycare|day[ \t]+care|nursery|preschool|school|kindergarten|guarder\u00eda|escuela|colegio|kinder|cr\u00e8che|\u00e9cole|creche|escola|Kita|Schule|Kindergarten|asilo|scuola|nido|przedszkol\p{L}{1,2}|\u017c\u0142ob\p{L}{1,2}|szko\u0142\p{L}{1,2}|szkol\p{L}{1,2})(?:[ \t]+(?:(?:de|da|do|of|di|that|where)[ \t]+)?(?:${CHILD})(?:[ \t]+(?:goes[ \t]+to|attends|went[ \t]+to|va|vai|geht|chodzi))?)?[ \t]+(?:(?:on|off|at|by|near|en[ \t]+la|en|sur|na|no|em|in[ \t]+der|an[ \t]+der|in|przy|w)[ \t]+(?:(?:calle|rua|via|rue|ulicy|avenida|avenue)[ \t]+(?:(?:de[ \t]+la|des|du|de|del|da|das|do|dos|della)[ \t]+)?)?|(?:calle|rua|via|rue|ulicy|avenida|avenue)[ \t]+(?:(?:de[ \t]+la|des|du|de|del|da|das|do|dos|della)[ \t]+)?)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Lunes|Martes|Viernes|Montag|Freitag)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|\[ADDRESS\]|\[NAME\])`,
  'giu',
);
const GRADE_AT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kindergarten|pre-?k|preschool|daycare|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+grade|grade[ \t]+\d{1,2})(?![\p{L}])[ \t]+(?:at|in|sa)[ \t]+(?:${NAMED})`,
  'gu',
);
const GATE =
  /son|daughter|kid|child|boy|girl|hij|ni\u00f1|fils|fille|enfant|gamin|filh|sohn|tochter|kind|figli|bambin|syn|c\u00f3rk|dzieck|anak/iu;

/** Each phrase in which the writer names their child's school ("My son is in third grade at Lincoln Elementary"). */
export function childSchoolNamed(text: string): string[] {
  if (!GATE.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(CHILD_W.get())) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    // A full stop after a figure is an ordinal ("die 2. Klasse"), not a sentence's end.
    const stop = after.search(/[!?\n;]|(?<!\d)\.(?=[ \t]+\p{Lu}|$)/u);
    const rest = stop < 0 ? after : after.slice(0, stop);
    const school = SCHOOL.get();
    school.lastIndex = 0;
    const grade = GRADE_AT.get();
    grade.lastIndex = 0;
    const placed = PLACED_ON.get();
    placed.lastIndex = 0;
    // The child's school by its street: read from the child's word on, "my kid's daycare on Elm".
    // "la guardería de mi hijo en la calle Olmo": the school before the child, then its street.
    const from = Math.max(0, m.index - 40);
    const around = text.slice(from, m.index + m[0].length + rest.length);
    const before = [...around.matchAll(placed)].find(
      (p) => namedAtEnd(p[0]) && from + p.index <= m.index && from + p.index + p[0].length >= m.index + m[0].length,
    );
    if (before) {
      found.push(text.slice(from + before.index, from + before.index + before[0].length));
      continue;
    }
    const hit = school.exec(rest) ?? grade.exec(rest) ?? [...rest.matchAll(placed)].find((p) => namedAtEnd(p[0]));
    if (!hit) continue;
    found.push(text.slice(m.index, m.index + m[0].length + hit.index + hit[0].length));
  }
  return found;
}

/** A street read case-blind ends in a capital or a hidden part: "on Elm", not "on monday" nor "rue des". */
function namedAtEnd(found: string): boolean {
  return /(?:^|[ \t])(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|\[(?:ADDRESS|NAME)\])$/u.test(found);
}
