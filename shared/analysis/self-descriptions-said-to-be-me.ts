/*
 * A description of one person, then "that is me" (op46c, after the op45 attack, 2026-12-07): "the redhead with the
 * nose ring in returns is me", "la chica alta de pelo rosa en la caja 3 soy yo", "quello con la barba in magazzino
 * sono io", "der Große mit dem Bart im Lager, das bin ich", "yung matangkad na may tattoo sa bodega, ako yun",
 * "високий рудий з бородою на складі це я", "cô bán hàng già nhất quầy 3 là tôi"; or "it is me" first and the
 * description after it: "c'est moi la grande rousse de l'accueil", "it's me, the tall guy in shipping". The older
 * readers looked for "I'm the …" before the description; said the other way round it pointed at the writer as surely
 * and nothing named it.
 *
 * Named when the description is of a person (an article or a "that one" word with a person word, a look, or a
 * Vietnamese or Tagalog person word) and says something of them: a look, an "only" or a superlative, "with …", or
 * where they work. Not "is it me or is it hot", "c'est moi ou il fait froid", "sono io o fa caldo?" (a question, no
 * description), "that's not me", "the problem is me" (no person), "the one who pays is me" (nothing said of them).
 *
 * Warned about, not hidden (docs/anonymity.md): it is often what the report is about. Each span is bounded.
 */
import { DESCRIBING_LINK, LOOK, NEGATION, OF_ONE, clauseFrom } from './self-descriptions-apart-words';
import { lazyPattern } from './lazy-pattern';

// "… is me": after the description, in each language.
const IS_ME = String.raw`(?:is|was)[ \t]+me|that[ \t]?['\u2019]?[ \t]?s[ \t]+me|that[ \t]+(?:is|was)[ \t]+me|it[ \t]?['\u2019]?[ \t]?s[ \t]+me|(?:soy|era|fui)[ \t]+yo|c['\u2019][ \t]*(?:est|\u00e9tait)[ \t]+moi|(?:das|der|die)[ \t]+bin[ \t]+ich|bin[ \t]+ich|(?:sou|era|fui)[ \t]+eu|(?:sono|ero)[ \t]+io|to[ \t]+(?:jestem[ \t]+)?ja|ako[ \t]+(?:['\u2019]?yun|iyon|yon|iyan|yan)|(?:\u0446\u0435|\u0442\u043e|\u043e\u0441\u044c)[ \t]+\u044f|(?:ch\u00ednh[ \t]+)?l\u00e0[ \t]+(?:t\u00f4i|em|m\u00ecnh)`;
const DESCRIBED_IS_ME = lazyPattern(
  String.raw`(?<![\p{L}])(?:${IS_ME})(?![\p{L}])(?![ \t]*(?:\?|or[ \t]|o[ \t]|ou[ \t]|oder[ \t]|czy[ \t]|\u0430\u0431\u043e[ \t]|hay[ \t]))`,
  'giu',
);
// "c'est moi la grande rousse", "it's me, the tall guy", "soy yo, la del pelo rosa", "das bin ich, der Große": "it is
// me" first, then the description.
const ME_THEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:c['\u2019][ \t]*est[ \t]+moi|it[ \t]?['\u2019]?[ \t]?s[ \t]+me|that[ \t]?['\u2019]?[ \t]?s[ \t]+me|soy[ \t]+yo|sou[ \t]+eu|sono[ \t]+io|das[ \t]+bin[ \t]+ich|to[ \t]+ja|\u0446\u0435[ \t]+\u044f|ako[ \t]+(?:['\u2019]?yun|iyon|yon))[ \t]*[,:\u2013\u2014-]?[ \t]*(?=(?:the|that|el|la|le|l['\u2019]|celui|celle|der|die|o|a|il|lo|quell[oa]|ten|ta|\u0442\u043e\u0439|\u0442\u0430|yung|ang)(?![\p{L}]))`,
  'giu',
);

// A word that stands for a person by itself: "one", "guy", a "that one" pronoun, a Vietnamese person word.
const PERSON_HEAD = lazyPattern(
  String.raw`^(?:one|guy|gal|lady|dude|woman|man|girl|boy|chic[oa]|se(?:\u00f1|n)ora|mec|type|typ|gars|kerl|cara|mo\u00e7a|ragazz[oa]|signora|facet|babka|pani|pan|aquel(?:l[oa])?|aquel[ea]|celui|celle|quell[oa]|ten|ta|tamten|tamta|\u0442\u043e\u0439|\u0442\u0430|\u0445\u043b\u043e\u043f\u0435\u0446\u044c|\u0436\u0456\u043d\u043a\u0430|\u0434\u0456\u0432\u0447\u0438\u043d\u0430|\u0447\u043e\u043b\u043e\u0432\u0456\u043a|c\u00f4|anh|ch\u1ecb|ch\u00fa|b\u00e1c|\u00f4ng|b\u00e0|ng\u01b0\u1eddi|th\u1eb1ng|c\u1eadu|babae|lalaki)$`,
  'iu',
);
const OF_ONE_WORD = lazyPattern(String.raw`^(?:${OF_ONE})$`, 'iu');
// Where a description starts: after the sentence's start, or a word that opens another clause ("… but the one … is
// me").
const BREAKS =
  /[.!?\n;]|(?<![\p{L}])(?:but|so|because|pero|porque|mais|parce|donc|aber|weil|denn|ma|perch\u00e9|mas|ale|bo|\u0430\u043b\u0435|\u0431\u043e|nh\u01b0ng|v\u00ec|kasi)(?![\p{L}])/giu;
const LOOKS = lazyPattern(String.raw`(?<![\p{L}])(?:l['\u2019]|d['\u2019])?(?:${LOOK})(?![\p{L}])`, 'iu');
const DESCRIBING = lazyPattern(
  String.raw`(?<![\p{L}])(?:${OF_ONE}|${DESCRIBING_LINK})(?![\p{L}])|(?<![\p{L}])(?:l['\u2019]|d['\u2019])\p{L}`,
  'iu',
);
// Someone else's words reported: "the guy in HR said the problem is me" describes the guy, not the writer.
const REPORTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:said|says|told|tells|thinks?|thought|claims?|dijo|dice|piensa|cree|dit|pense|croit|sagt|sagte|meint|glaubt|disse|diz|acha|detto|pensa|crede|powiedzia\p{L}*|m\u00f3wi|my\u015bli|\u0441\u043a\u0430\u0437\u0430\p{L}*|\u043a\u0430\u0436\u0435|n\u00f3i|b\u1ea3o|sabi|yo|je|ich|eu|io|ja|\u044f|t\u00f4i|ako)(?![\p{L}])`,
  'iu',
);
const NEGATED = lazyPattern(String.raw`(?<![\p{L}])(?:${NEGATION})[ \t]*$`, 'iu');
const WORD = /[\p{L}\p{M}'\u2019\-[\]]+|\p{N}+/gu;

/**
 * Each phrase in text that describes one person and says it is the writer ("the redhead in returns is me").
 * `isPerson` says whether a word, as written, names a person (self-descriptions.ts's lists).
 */
export function saidToBeMe(text: string, isPerson: (word: string) => boolean): string[] {
  if (!/me|yo|moi|ich|eu|io|ja|ako|\u044f|t\u00f4i|em|m\u00ecnh/iu.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(DESCRIBED_IS_ME.get())) {
    const before = text.slice(Math.max(0, m.index - 100), m.index);
    if (NEGATED.get().test(before)) continue;
    // The description: back to its clause's start (a comma may stand between it and "that's me").
    let from = 0;
    for (const stop of before.matchAll(BREAKS)) from = stop.index + stop[0].length;
    const description = before.slice(from).replace(/^[ \t,]+/u, '');
    if (describesOne(description.replace(/[ \t,:\u2013\u2014-]+$/u, ''), isPerson))
      found.push((description + m[0]).trim());
  }
  for (const m of text.matchAll(ME_THEN.get())) {
    const after = clauseFrom(text, m.index + m[0].length, 10).replace(/,.*$/su, '');
    if (describesOne(after, isPerson)) found.push(`${m[0]}${after}`.trim());
  }
  return found;
}

/** Whether words describe one person: a person is named in the first words, and something is said of them. */
function describesOne(description: string, isPerson: (word: string) => boolean): boolean {
  const words = [...description.matchAll(WORD)].map((w) => w[0]);
  // … or the writer's own clause before it ("I think the new guy … is me"): "I" in capitals.
  if (words.length < 2 || REPORTED.get().test(description) || /(?<![\p{L}])I(?![\p{L}])/u.test(description))
    return false;
  const person = words
    .slice(0, 4)
    .some(
      (word) =>
        isPerson(word) || PERSON_HEAD.get().test(word) || OF_ONE_WORD.get().test(word) || LOOKS.get().test(word),
    );
  if (!person) return false;
  return LOOKS.get().test(description) || DESCRIBING.get().test(words.slice(1).join(' '));
}
