/*
 * A superlative of a group holds one person exactly as "the only" does (op42 F1, 2026-12-07): "I'm the oldest guy on
 * the line", "the newest hire in dispatch", "the longest-serving forklift driver at Plant 2", "soy la más antigua del
 * turno de noche", "la de más edad en la línea 2", "je suis la plus jeune de l'équipe", "der Dienstälteste in Halle 3",
 * "najstarszy na zmianie". HR's file answers "who is the oldest at Plant 2" at once. The preview names the phrase so
 * the writer can reword it; redaction keeps it, as it keeps "the only …".
 *
 * A superlative points to a person when the writer says it of themselves ("I'm the youngest …", "… soy yo", "that's
 * me"), when a person word stands beside it ("the oldest guy", "la empleada de mayor antigüedad", "der dienstälteste
 * Staplerfahrer"), or when it can only be said of people ("de más edad", a German noun "der Älteste"). "The oldest
 * forklift on the line", "the newest scanner", "the youngest plants", "la máquina más antigua", "die älteste Maschine",
 * "the youngest workers get the worst shifts" (many) name no one.
 */
import { firstPersonPhrase, saidOfThemselves } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

// Each language's superlatives of age and time served, with the article (or none, Slavic) that makes them a noun.
const EN = String.raw`(?:(?:the|our|my)[ \t]+)?(?:oldest|eldest|youngest|newest|longest[ \t-]+(?:serving|standing|tenured)|most[ \t]+(?:senior|junior|experienced)|least[ \t]+senior|senior-most)`;
const ES = String.raw`(?:(?:el|la)[ \t]+)?(?:m\u00e1s|mas)[ \t]+(?:antigu[oa]|viej[oa]|joven|nuev[oa]|veteran[oa])|(?:(?:el|la)[ \t]+)?(?:de[ \t]+)(?:m\u00e1s|mas|mayor|menor|menos)[ \t]+(?:edad|antig\u00fcedad|antiguedad)`;
const FR = String.raw`(?:(?:le|la|l['\u2019])[ \t]*)?plus[ \t]+(?:ancien(?:ne)?|jeune|vieux|vieille|\u00e2g\u00e9e?|ag\u00e9e?)|(?:le|la|l['\u2019])[ \t]*(?:doyen(?:ne)?|benjamin(?:e)?|dernier[ \t]+arriv\u00e9|derni\u00e8re[ \t]+arriv\u00e9e)`;
const DE = String.raw`(?:der|die|den|dem)[ \t]+(?:dienst\u00e4lteste|\u00e4lteste|j\u00fcngste|neueste)[nr]?`;
const IT = String.raw`(?:(?:il|la|l['\u2019])[ \t]*)?(?:pi\u00f9|piu)[ \t]+(?:anzian[oa]|giovane|vecchi[oa]|nuov[oa])`;
const PT = String.raw`(?:(?:o|a)[ \t]+)?mais[ \t]+(?:antig[oa]|velh[oa]|nov[oa]|jovem)`;
const PL = String.raw`najstarsz(?:y|a|ym|\u0105)|najm\u0142odsz(?:y|a|ym|\u0105)|najnowsz(?:y|a|ym|\u0105)|najd\u0142u\u017cej[ \t]+pracuj\u0105c(?:y|a)`;
const UK = String.raw`\u043d\u0430\u0439\u0441\u0442\u0430\u0440\u0448(?:\u0438\u0439|\u0430)|\u043d\u0430\u0439\u043c\u043e\u043b\u043e\u0434\u0448(?:\u0438\u0439|\u0430)|\u0441\u0430\u043c(?:\u044b\u0439|\u0430\u044f)[ \t]+(?:\u0441\u0442\u0430\u0440(?:\u044b\u0439|\u0448\u0438\u0439|\u0430\u044f|\u0448\u0430\u044f)|\u043c\u043e\u043b\u043e\u0434(?:\u043e\u0439|\u0430\u044f))`;
const SUPERLATIVE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_])(?:${EN}|${ES}|${FR}|${DE}|${IT}|${PT}|${PL}|${UK})(?![\p{L}\p{N}_])`,
  'giu',
);
// Said only of people: "de más edad", a German superlative as a noun ("der Dienstälteste", capitalised).
const ONLY_OF_PEOPLE = /[ \t]edad$|^(?:der|die|den|dem)[ \t]+\p{Lu}/u;
// "…, that's me", "… soy yo", "… bin ich", "… to ja": said of the writer after it, within the clause.
const ME_AFTER =
  /^[^.!?\n]{0,60}?(?:that['\u2019]?s[ \t]+me|it['\u2019]?s[ \t]+me|(?:soy|era|fui)[ \t]+yo|c['\u2019]est[ \t]+moi|bin[ \t]+ich|to[ \t]+ja|sou[ \t]+eu|sono[ \t]+io|\u0446\u0435[ \t]+\u044f)(?![\p{L}])/iu;
// "being the most junior nurse …", "as the newest hire …": said of the writer before it too.
const BEING_BEFORE = /(?:^|[^\p{L}])(?:being|as|siendo|como|en[ \t]+tant[ \t]+que|als)[ \t]+$/iu;
const WORD = /[\p{L}\p{M}'\u2019-]+/gu;

/**
 * Each phrase in text where a superlative of age or time served points to one person ("I'm the oldest guy on the
 * line"), as written. `isPerson` says whether a word (as written) names a person (self-descriptions.ts's lists).
 */
export function superlativesOfOne(text: string, isPerson: (word: string) => boolean): string[] {
  if (
    !/old|eld|young|new|long|senior|junior|experien|m[\u00e1a]s|mayor|menor|menos|plus|doyen|benjamin|derni|lteste|ngste|neueste|pi[\u00f9u]|mais|naj|\u043d\u0430\u0439|\u0441\u0430\u043c/iu.test(
      text,
    )
  )
    return [];
  const found: string[] = [];
  for (const m of text.matchAll(SUPERLATIVE.get())) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end);
    const pointed =
      saidOfThemselves(text, start) ||
      BEING_BEFORE.test(before) ||
      ONLY_OF_PEOPLE.test(m[0]) ||
      personBeside(before, after, isPerson) ||
      ME_AFTER.test(after);
    if (!pointed) continue;
    const phrase = firstPersonPhrase(text, start, end) ?? m[0];
    found.push(phrase.replace(/[ \t]+$/u, ''));
  }
  return found;
}

/** A person word (singular) just after the superlative, within three words, or just before it in the Romance order. */
function personBeside(before: string, after: string, isPerson: (word: string) => boolean): boolean {
  // Only spaces between: "the oldest, most …" is a list, and a clause's end stops it.
  let gap = 0;
  for (const word of [...after.slice(0, 50).matchAll(WORD)].slice(0, 3)) {
    if (!/^[ \t-]*$/u.test(after.slice(gap, word.index))) break;
    gap = word.index + word[0].length;
    if (singularPerson(word[0], isPerson)) return true;
  }
  // "la empleada de mayor antigüedad", "le cariste le plus ancien", "il collega più anziano".
  const last = /([\p{L}\p{M}'\u2019-]+)[ \t]+$/u.exec(before);
  return last !== null && singularPerson(last[1]!, isPerson);
}

// Person words not in self-descriptions.ts's lists that a superlative often stands beside.
const MORE_PEOPLE = new Set(
  'hire recruit newcomer starter new-starter newbie rookie hand staffer staff-member member tech guy gal lady fella bloke dude'.split(
    ' ',
  ),
);
/** A person word, not its plural: "the youngest workers get the worst shifts" is many people. */
function singularPerson(word: string, isPerson: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (MORE_PEOPLE.has(lower)) return true;
  if (!isPerson(word)) return false;
  // English plurals of person words (workers, drivers, guys, women, men): many, not one.
  if (/^(?:women|men|people|staff)$/u.test(lower)) return false;
  return !(/s$/u.test(lower) && isPerson(word.slice(0, -1)));
}
