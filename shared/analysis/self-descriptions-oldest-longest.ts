/*
 * An age or a time served given as a superlative, in the forms the older reader (self-descriptions-superlatives.ts)
 * missed (op46c, after the op45 attack, 2026-12-07): split off from "I" by a comma ("I'm 67, oldest one in the
 * warehouse", "tengo 66 años, el mayor de todo el almacén", "ho 65 anni, il più anziano del reparto"), in Tagalog and
 * Vietnamese ("ako yung pinakamatanda sa line 2", "tôi đã làm ở đây 30 năm, lâu nhất", "tôi 65 tuổi, lớn tuổi nhất
 * xưởng"), and "longer than anyone" ("ich bin seit 1998 hier, länger als alle anderen", "trabajo aquí desde 1991, más
 * que nadie", "je suis là depuis 1989, plus longtemps que tout le monde"). HR's file answers "who is the oldest at the
 * warehouse" at once.
 *
 * Named when the writer speaks of themselves in the same sentence, before it, and either a figure stands in it (an
 * age, years, a year) or the superlative follows "I" at once ("ako yung pinakamatanda", "я найстарша"); and the
 * superlative is of a person, not a thing ("I think the oldest forklift keeps breaking", "my oldest son": a noun
 * after it that is no person). "Longer than anyone" needs a time served (a year, "since", years). Not "the oldest
 * machine in the warehouse", "this plant is 60 years old, the oldest in the state" (no "I").
 *
 * Warned about, not hidden (docs/anonymity.md). Each span is bounded.
 */
import { KIN } from './self-descriptions-apart-words';
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

// "I" in each language: a pronoun or a verb of "I" (age, time served, work).
const I = String.raw`i|i['\u2019]m|i['\u2019]ve|me|yo|soy|tengo|llevo|trabajo|estoy|je|j['\u2019]ai|j['\u2019]|moi|suis|ich|bin|mir|eu|sou|tenho|trabalho|estou|io|sono|ho|lavoro|jestem|mam|pracuj\u0119|ja|\u044f|\u043c\u0435\u043d\u0456|\u043f\u0440\u0430\u0446\u044e\u044e|ako|t\u00f4i|m\u00ecnh`;
const SUPERLATIVE = [
  String.raw`(?:the[ \t]+)?(?:oldest|eldest|youngest|newest|longest[ \t-]+(?:serving|standing|tenured)|most[ \t]+(?:senior|junior)|senior-most)`,
  String.raw`(?:(?:el|la)[ \t]+)?(?:mayor|menor|m[a\u00e1]s[ \t]+(?:viej[oa]|joven|antigu[oa]|veteran[oa]))`,
  String.raw`(?:(?:le|la|l['\u2019])[ \t]*)?(?:plus[ \t]+(?:vieux|vieille|jeune|\u00e2g\u00e9e?|ancienne?)|doyen(?:ne)?|benjamine?)`,
  String.raw`(?:(?:der|die)[ \t]+)?(?:Dienst)?(?:\u00e4lteste|j\u00fcngste)[rn]?`,
  String.raw`(?:(?:il|la|l['\u2019])[ \t]*)?pi\u00f9[ \t]+(?:anzian[oa]|giovane|vecchi[oa])`,
  String.raw`(?:(?:o|a)[ \t]+)?mais[ \t]+(?:velh[oa]|nov[oa]|jovem|antig[oa])`,
  String.raw`najstarsz\p{L}*|najm\u0142odsz\p{L}*|najd\u0142u\u017cej`,
  String.raw`\u043d\u0430\u0439\u0441\u0442\u0430\u0440\u0448\p{L}*|\u043d\u0430\u0439\u043c\u043e\u043b\u043e\u0434\u0448\p{L}*|\u043d\u0430\u0439\u0434\u043e\u0432\u0448\u0435`,
  String.raw`(?:(?:yung|ang)[ \t]+)?pinaka-?(?:matanda|bata|matagal|bago)`,
  String.raw`(?:gi\u00e0|l\u1edbn[ \t]+tu\u1ed5i|tr\u1ebb|nh\u1ecf[ \t]+tu\u1ed5i|l\u00e2u|l\u00e2u[ \t]+n\u0103m|th\u00e2m[ \t]+ni\u00ean)[ \t]+nh\u1ea5t`,
].join('|');
// What may follow a superlative of a person: the clause's end, "one", a person word, where ("in the warehouse", "de
// l'atelier", "xưởng").
const OF_A_PERSON = String.raw`(?=[ \t]*(?:$|[,.;:!?)\n])|[ \t]+(?:one|person|guy|gal|lady|woman|man|worker|employee|here|there|in|on|at|of|among|around|left|de|del|en|aqu[i\u00ed]|ac[a\u00e1]|ici|du|des|dans|\u00e0|au|hier|im|in|der|auf|bei|von|unter|da|do|no|na|aqui|nel|nella|della|dello|qui|di|tra|fra|w|z|w\u015br\u00f3d|tu|tutaj|\u0432|\u0443|\u043d\u0430|\u0441\u0435\u0440\u0435\u0434|\u0437|\u0442\u0443\u0442|sa|dito|ng|\u1edf|t\u1ea1i|x\u01b0\u1edfng|kho|t\u1ed5|ca|c\u00f4ng|trong|c\u1ee7a)(?![\p{L}]))`;
const SPLIT_SUPERLATIVE = lazyPattern(String.raw`(?<![\p{L}])(?:${SUPERLATIVE})(?![\p{L}])${OF_A_PERSON}`, 'giu');
// "longer than anyone", "más que nadie", "plus longtemps que tout le monde", "länger als alle anderen".
const THAN_ALL = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:longer|older|more[ \t]+years)[ \t]+than[ \t]+(?:anyone|anybody|everyone|everybody|all|any[ \t]+other)|(?:m[a\u00e1]s|mas)(?:[ \t]+tiempo|[ \t]+a\u00f1os)?[ \t]+que[ \t]+(?:nadie|todos|cualquiera)|plus(?:[ \t]+longtemps)?[ \t]+que[ \t]+(?:tout[ \t]+le[ \t]+monde|personne|quiconque|tous|les[ \t]+autres)|(?:l\u00e4nger|\u00e4lter|mehr[ \t]+Jahre)[ \t]+als[ \t]+(?:alle|jeder|jede|sonst[ \t]+wer|irgendwer|irgendjemand)|mais(?:[ \t]+tempo)?[ \t]+(?:do[ \t]+)?que[ \t]+(?:todos|ningu[e\u00e9]m|qualquer)|(?:pi\u00f9|da[ \t]+pi\u00f9[ \t]+tempo)(?:[ \t]+a[ \t]+lungo)?[ \t]+(?:di|che)[ \t]+(?:chiunque|tutti|nessuno)|(?:d\u0142u\u017cej|starsz\p{L}*)[ \t]+(?:ni\u017c|od)[ \t]+(?:ktokolwiek|wszyscy|wszystkich|inni|innych)|(?:\u0434\u043e\u0432\u0448\u0435|\u0441\u0442\u0430\u0440\u0448\p{L}*)[ \t]+(?:\u0437\u0430|\u043d\u0456\u0436)[ \t]+(?:\u0432\u0441\u0456\u0445|\u0443\u0441\u0456\u0445|\u0431\u0443\u0434\u044c-\u043a\u043e\u0433\u043e|\u0431\u0443\u0434\u044c-\u0445\u0442\u043e|\u0456\u043d\u0448\u0438\u0445)|(?:mas[ \t]+)?matagal[ \t]+(?:sa|kaysa[ \t]+sa)[ \t]+lahat|l\u00e2u[ \t]+h\u01a1n[ \t]+(?:t\u1ea5t[ \t]+c\u1ea3|ai[ \t]+h\u1ebft|m\u1ecdi[ \t]+ng\u01b0\u1eddi))(?![\p{L}])`,
  'giu',
);
const SAYS_I = lazyPattern(String.raw`(?<![\p{L}])(?:${I})(?![\p{L}])`, 'iu');
// "I" said at once before it: "ako yung pinakamatanda", "я найстарша", "tôi là người già nhất".
const I_AT_ONCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:ako(?:[ \t]+(?:yung|ang|ay))?|\u044f|(?:t\u00f4i|m\u00ecnh|em)(?:[ \t]+l\u00e0)?(?:[ \t]+ng\u01b0\u1eddi)?)[ \t]+$`,
  'iu',
);
// "I have three kids, the youngest in school": the writer's family, not the writer.
const FAMILY = lazyPattern(
  String.raw`(?<![\p{L}])(?:${KIN}|kids|children|hij[oa]s|enfants|Kinder|filhos|figli|dzieci|\u0434\u0456\u0442\u0438|con[ \t]+c\u00e1i|mga[ \t]+anak)(?![\p{L}])`,
  'iu',
);
const A_FIGURE = /\p{N}/u;
// A time served for "longer than anyone": a year, "since", or years.
const TIME_SERVED = lazyPattern(
  String.raw`(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])|(?<![\p{L}])(?:since|desde|depuis|seit|desde|dal|od|\u0437|\u0432\u0456\u0434|mula|t\u1eeb|years?|a\u00f1os|ans|Jahre[n]?|anos|anni|lat|\u0440\u043e\u043a\u0456\u0432|taon|n\u0103m)(?![\p{L}])`,
  'iu',
);

/** Each phrase in text where the writer gives their age or time served as a superlative of the group. */
export function oldestOrLongest(text: string): string[] {
  if (
    !/old|eld|young|new|long|senior|junior|mayor|menor|m[a\u00e1]s|plus|doyen|benjamin|lteste|ngste|pi\u00f9|mais|naj|\u043d\u0430\u0439|pinaka|nh\u1ea5t|h\u01a1n|than|que|als|di|che|ni\u017c|\u0437\u0430|\u043d\u0456\u0436|lahat/iu.test(
      text,
    )
  )
    return [];
  const found: string[] = [];
  for (const m of text.matchAll(SPLIT_SUPERLATIVE.get())) {
    const sentence = sentenceBefore(text, m.index);
    if (!SAYS_I.get().test(sentence) || FAMILY.get().test(sentence)) continue;
    if (!A_FIGURE.test(sentenceAround(text, m.index)) && !I_AT_ONCE.get().test(sentence)) continue;
    found.push(phrase(text, m.index, m[0].length));
  }
  for (const m of text.matchAll(THAN_ALL.get())) {
    const sentence = sentenceBefore(text, m.index);
    if (SAYS_I.get().test(sentence) && TIME_SERVED.get().test(sentenceAround(text, m.index)))
      found.push(phrase(text, m.index, m[0].length));
  }
  return found;
}

/** The sentence before a find, at most eighty letters back. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
}

/** The sentence around a find, at most eighty letters each way. */
function sentenceAround(text: string, at: number): string {
  const after = text.slice(at, at + 80);
  const to = after.search(/[.!?\n]/u);
  return sentenceBefore(text, at) + (to < 0 ? after : after.slice(0, to));
}

/** What the writer said of themselves: the sentence up to the find, and the find to its clause's end. */
function phrase(text: string, start: number, length: number): string {
  const lead = sentenceBefore(text, start).trimStart();
  return `${lead}${firstPersonPhrase(text, start, start + length) ?? text.slice(start, start + length)}`.trim();
}
