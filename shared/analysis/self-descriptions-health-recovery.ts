/*
 * What few at a site share, said by the writer of themselves, in the forms the op47 attack found unnamed (op48c,
 * 2026-12-07): a recovery from drink or drugs ("I'm in AA", "I'm a recovering alcoholic", "Chodzę na mityngi AA",
 * "soy alcohólico en recuperación", "ich bin trockener Alkoholiker", "sono un alcolista", "jestem alkoholikiem"), a
 * health matter ("I have epilepsy", "I had a seizure", "a cochlear implant", "I'm in a wheelchair", "tengo
 * epilepsia", "mam padaczkę", "у мене епілепсія", "my being pregnant"), and where the writer comes from with "the only
 * one" after "and I am (here)" ("Vengo dal Bangladesh e sono l'unico", "Я з Нігерії і я тут єдиний такий", "Jestem z
 * Ukrainy i jestem tu jedyna taka", "Ich komme aus Syrien und bin hier der Einzige"). HR's file, the leave log or a
 * glance round the shift answers "who" at once.
 *
 * A condition is named as self-descriptions-health-events.ts names one (`saidOfTheWriter`): a word of "I" a few words
 * before it with no kin and no "not" between ("my dad is an alcoholic", "I don't have epilepsy" are not named), a
 * word that says what someone is ("alcoholic", "alcohólico", "Alkoholiker") only after "I am" or "as a"; not before
 * "patients / workers / users / ramp / batteries …" ("AA batteries", "the wheelchair ramp", "AA meetings should be
 * allowed on paid time": no one). The stored text keeps it, as it keeps the "only" phrases: it is often what the
 * report is about; the preview warns, and the digest does not quote it.
 *
 * Each span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { KIN, NEGATION } from './self-descriptions-apart-words';
import { saidOfTheWriter } from './self-descriptions-health-events';
import { lazyPattern } from './lazy-pattern';

// Something one has: said after any word of "I" ("I have", "my", "tengo", "mam", "у мене").
const HAVING = [
  // Epilepsy and seizures.
  String.raw`epilep\p{L}*|\u00e9pilep\p{L}*|epiless\p{L}*|epilett\p{L}*|padaczk\p{L}*|\u0435\u043f\u0456\u043b\u0435\u043f\p{L}*|seizures?|convulsion\p{L}*|Krampfanf\u00e4ll\p{L}*|Krampfanfall|\u0111\u1ed9ng[ \t]+kinh`,
  // A cochlear implant, a hearing aid.
  String.raw`cochlear[ \t]+implants?|implantes?[ \t]+cocleares?|implants?[ \t]+cochl\u00e9aires?|Cochlea-?Implantat\p{L}*|impiant\p{L}*[ \t]+cocleari?|implant\p{L}*[ \t]+\u015blimakow\p{L}*|\u043a\u043e\u0445\u043b\u0435\u0430\u0440\u043d\p{L}*[ \t]+\u0456\u043c\u043f\u043b\u0430\u043d\u0442\p{L}*|hearing[ \t]+aids?|aud\u00edfonos?|appareils?[ \t]+auditifs?|H\u00f6rger\u00e4t\p{L}*|aparelhos?[ \t]+auditivos?|apparecchi(?:o)?[ \t]+acustic[oi]|aparat\p{L}*[ \t]+s\u0142uchow\p{L}*|\u0441\u043b\u0443\u0445\u043e\u0432\p{L}*[ \t]+\u0430\u043f\u0430\u0440\u0430\u0442\p{L}*`,
  // A wheelchair, crutches, a prosthesis.
  String.raw`wheelchair|silla[ \t]+de[ \t]+ruedas|fauteuil[ \t]+roulant|cadeira[ \t]+de[ \t]+rodas|Rollstuhl|sedia[ \t]+a[ \t]+rotelle|w\u00f3zk\p{L}*[ \t]+inwalidzk\p{L}*|\u0456\u043d\u0432\u0430\u043b\u0456\u0434\u043d\p{L}*[ \t]+\u0432\u0456\u0437\u043a\p{L}*|xe[ \t]+l\u0103n|crutches|muletas|b\u00e9quilles|Kr\u00fccken|stampelle|prosthe(?:sis|tic)|pr\u00f3tese|pr\u00f3tesis|proth\u00e8se|Prothese|protesi|protez\p{L}*|\u043f\u0440\u043e\u0442\u0435\u0437\p{L}*`,
  // A stoma, an insulin pump, multiple sclerosis.
  String.raw`stoma|colostomy|ileostomy|ostomy|insulin[ \t]+pump|multiple[ \t]+sclerosis|esclerosis[ \t]+m\u00faltiple|scl\u00e9rose[ \t]+en[ \t]+plaques|Multiple[ \t]+Sklerose|sclerosi[ \t]+multipla|stwardnieni\p{L}*[ \t]+rozsian\p{L}*|\u0440\u043e\u0437\u0441\u0456\u044f\u043d\p{L}*[ \t]+\u0441\u043a\u043b\u0435\u0440\u043e\u0437\p{L}*`,
  // Staying sober: "my sobriety".
  String.raw`sobriety`,
].join('|');
// What someone is: said after "I am" or "as a".
const BEING = [
  String.raw`recovering[ \t]+(?:alcoholic|addict)|alcoholic(?:[ \t]+in[ \t]+recovery)?|drug[ \t]+addict|addict[ \t]+in[ \t]+recovery`,
  String.raw`alcoh\u00f3lic[oa]|drogadict[oa]`,
  String.raw`alcoolique|toxicomane`,
  String.raw`alco\u00f3latra|alco\u00f3lic[oa]|dependente[ \t]+qu\u00edmic[oa]`,
  String.raw`(?:trocken\p{L}{0,2}[ \t]+)?Alkoholiker(?:in)?|suchtkrank`,
  String.raw`alcolist[ai]|alcolizzat[oa]|tossicodipendente`,
  String.raw`alkoholi(?:k|kiem|czk\p{L}*)`,
  String.raw`\u0430\u043b\u043a\u043e\u0433\u043e\u043b\u0456(?:\u043a|\u043a\u043e\u043c|\u0447\u043a\u0430|\u0447\u043a\u043e\u044e)|\u043d\u0430\u0440\u043a\u043e\u0437\u0430\u043b\u0435\u0436\u043d\p{L}*|nghi\u1ec7n[ \t]+r\u01b0\u1ee3u`,
].join('|');
const CONDITION = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:l|d)['\u2019][ \t]?)?(?:(${HAVING})|(${BEING}))(?![\p{L}])`,
  'giu',
);
// A recovery group by its letters (capitals: "aa" is a word in many tongues): in, at or to it, its meetings before or
// after it, its sponsor or group after it ("I'm in AA", "Chodzę na mityngi AA", "my NA group", "AA-Treffen").
const GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:in|at|to|into|attend|attending|join|joined|en|aux|\u00e0|agli|ai|alle|da|zu|bei|nos|aos|w|na|do|\u0432|\u0443|\u0434\u043e|\u043d\u0430)[ \t]+(?:(?:the|los|las|les|den|die)[ \t]+)?|(?:[Mm]ityng\p{L}*|[Ss]potkani\p{L}*|[Rr]euni\p{L}+|[Rr]\u00e9unions?|[Gg]rup\p{L}*|[Gg]roupes?|[Gg]ruppe|[Gg]ruppo|[Mm]eetings?|[Tt]reffen|\u0437\u0431\u043e\u0440\p{L}*|\u0433\u0440\u0443\u043f\p{L}*)(?:[ \t]+(?:de|des|di|degli|dos|der|do|od|of))?[ \t]+)(?:AA|NA)(?![\p{L}])|(?<![\p{L}])(?:AA|NA)(?:[ \t]+(?:[Ss]ponsor|group|program|programme|chip|coin|Gruppe|grupo|groupe|gruppo|grupa|\u0433\u0440\u0443\u043f\p{L}*)|-(?:Treffen|Gruppe|Meetings?))(?![\p{L}])`,
  'gu',
);
const NOT_A_GROUP =
  /^[ \t-]*(?:batter|bater|pile|batterie|baterie|\u0431\u0430\u0442\u0430\u0440|size|cells?(?![\p{L}])|rated|rating)/iu;
// A recovery group by its whole name, in en es fr pt de it pl uk ("Alcolisti Anonimi", "den Anonymen Alkoholikern",
// "Anonimowych Alkoholików", "Анонімних алкоголіків"), and a verb of going to it in the first person or "my" a few
// words before ("Frequento os Alcoólicos Anônimos", "Należę do Anonimowych Alkoholików", "Ich gehe seit zwei Jahren zu
// den Anonymen Alkoholikern"): a name people rarely say but of themselves or of a meeting place.
const GROUP_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:alcoh\p{L}*|alcool\p{L}*|alco\u00f3l\p{L}*|alcolist\p{L}*|narc\p{L}*)[ \t]+an[o\u00f3\u00f4]n[iy]m\p{L}*|anonym\p{L}*[ \t]+(?:alkohol\p{L}*|narkom\p{L}*|narkotik\p{L}*)|anonim\p{L}*[ \t]+(?:alkohol\p{L}*|narkoman\p{L}*)|\u0430\u043d\u043e\u043d\u0456\u043c\u043d\p{L}*[ \t]+(?:\u0430\u043b\u043a\u043e\u0433\u043e\u043b\p{L}*|\u043d\u0430\u0440\u043a\u043e\u043c\u0430\u043d\p{L}*))(?![\p{L}])`,
  'giu',
);
const GOING = String.raw`go|going|went|attend\p{L}*|join\p{L}*|my|asisto|acudo|voy|fui|mi|mis|fr\u00e9quente|vais|suis[ \t]+all\u00e9e?|ma|mes|mon|besuche|gehe|ging|meine[mnrs]?|frequento|frequentei|vou|fui|meu|minha|frequentavo|vado|andavo|mio|mia|miei|chodz\u0119|chodzi\u0142\p{L}*|nale\u017c\u0119|ucz\u0119szczam|moj\p{L}*|m\u00f3j|\u0445\u043e\u0434\u0436\u0443|\u0432\u0456\u0434\u0432\u0456\u0434\u0443\u044e|\u043c\u043e\u0457\p{L}*|\u043c\u043e\u044f|\u043c\u0456\u0439`;
const GOING_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:${GOING})(?![\p{L}])((?:[ \t]+[\p{L}\p{N}'\u2019-]+){0,7}?)[ \t]+$`,
  'iu',
);
const NOT_MINE = lazyPattern(String.raw`(?<![\p{L}])(?:${KIN}|${NEGATION})(?![\p{L}])`, 'iu');
// "my being pregnant", "me getting pregnant": the writer's own.
const OWN_PREGNANCY = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|me)[ \t]+(?:being|getting|becoming|falling)[ \t]+pregnant(?![\p{L}])`,
  'giu',
);
// "as a recovering addict", "en tant qu'alcoolique", "jako alkoholik": what the writer is.
const AS_A = lazyPattern(
  String.raw`(?<![\p{L}])(?:as[ \t]+an?|en[ \t]+tant[ \t]+qu(?:e[ \t]+|['\u2019][ \t]?)|jako|como|come)[ \t]*$`,
  'iu',
);
// Of many, or a thing: "wheelchair users", "the wheelchair ramp", "epilepsy awareness".
const OF_MANY = lazyPattern(
  String.raw`^[ \t-]*(?:users|ramps?|access|accessible|spots?|space|parking|lifts?|entrance|bathroom|toilets?|rampa|acceso|acc\u00e8s|Zugang|Rampe|accesso|podjazd|\u043f\u0430\u043d\u0434\u0443\u0441\p{L}*|training|first[ \t]+aid|session|policy|awareness)(?![\p{L}])`,
  'iu',
);

// "and I am (here) the only one (such)": where the writer comes from, then "the only one" after "and" or a comma
// with "I am" said again ("Vengo dal Bangladesh e sono l'unico", "Я з Нігерії і я тут єдиний такий").
const I_CLAUSE = String.raw`i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|i[ \t]+(?:come|came|moved)|(?:yo[ \t]+)?soy|vengo|je[ \t]+suis|je[ \t]+viens|ich[ \t]+(?:bin|komme|stamme)|(?:eu[ \t]+)?sou|venho|(?:io[ \t]+)?sono|jestem|pochodz\u0119|\u044f`;
const I_AGAIN = String.raw`i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|(?:yo[ \t]+)?soy|je[ \t]+suis|(?:ich[ \t]+)?bin|(?:eu[ \t]+)?sou|(?:io[ \t]+)?sono|jestem|\u044f`;
const HERE = String.raw`here|aqu[i\u00ed]|ici|hier|aqui|qui|tu|tutaj|\u0442\u0443\u0442`;
const ONLY_ONE = String.raw`the[ \t]+only[ \t]+one|(?:el|la)[ \t]+[u\u00fa]nic[oa]|(?:le|la)[ \t]+seule?|(?:der|die)[ \t]+einzige|als[ \t]+einzige[rs]?|(?:o|a)[ \t]+[u\u00fa]nic[oa]|l['\u2019][ \t]?[u\u00fa]nic[oa]|(?:il|la)[ \t]+sol[oa]|jedyn[ya]|\u0454\u0434\u0438\u043d(?:\u0438\u0439|\u0430)|(?:\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430)(?=[ \t]+\u0442\u0430\u043a)`;
const SUCH = String.raw`\u0442\u0430\u043a\u0438\u0439|\u0442\u0430\u043a\u0430|taki|taka|cos\u00ec|cosi|so[ \t]+einer`;
const AFTER = String.raw`(?=[ \t]*(?:$|[,.;:!?)\n])|[ \t]+(?:${HERE}|on|in|at|of|among|en|del|de|dans|du|au|im|in|auf|bei|unter|no|na|do|da|em|nel|nella|della|di|tra|fra|w|z|w\u015br\u00f3d|\u0432|\u0443|\u043d\u0430|\u0441\u0435\u0440\u0435\u0434)(?![\p{L}]))`;
const SEPARATOR = String.raw`(?:[ \t]*[,;\u2013\u2014][ \t]*(?:(?:and|y|et|und|e|i|\u0456|\u0442\u0430)[ \t]+)?|[ \t]+(?:and|y|et|und|e|i|\u0456|\u0442\u0430)[ \t]+)`;
const ONLY_AGAIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:${I_CLAUSE})(?![\p{L}])[^.!?\n]{1,80}?${SEPARATOR}(?:(?:${HERE})[ \t]+)?(?:${I_AGAIN})(?:[ \t]+(?:${HERE}))?[ \t]+(?:${ONLY_ONE})(?:[ \t]+(?:${SUCH}))?(?![\p{L}])${AFTER}`,
  'giu',
);

/** Each phrase in which the writer says a recovery, a health matter, or where they come from and "the only one". */
export function healthAndRecovery(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CONDITION.get())) {
    const start = m.index;
    const end = start + m[0].length;
    if (OF_MANY.get().test(text.slice(end, end + 16))) continue;
    const being = m[2] !== undefined;
    // "as a recovering addict": said of the writer.
    const window = text.slice(Math.max(0, start - 20), start);
    const asA = being ? AS_A.get().exec(window) : null;
    if (asA) {
      found.push(text.slice(start - window.length + asA.index, end));
      continue;
    }
    const phrase = saidOfTheWriter(text, start, end, being);
    if (phrase) found.push(phrase);
  }
  if (/AA|NA/u.test(text))
    for (const m of text.matchAll(GROUP.get())) {
      const end = m.index + m[0].length;
      if (NOT_A_GROUP.test(text.slice(end, end + 12))) continue;
      const phrase = saidOfTheWriter(text, m.index, end, false);
      if (phrase) found.push(phrase);
    }
  if (/an[o\u00f3\u00f4]n|\u0430\u043d\u043e\u043d/iu.test(text))
    for (const m of text.matchAll(GROUP_NAME.get())) {
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const sentence = before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
      const going = GOING_BEFORE.get().exec(sentence);
      if (going && !NOT_MINE.get().test(going[1]!)) found.push(sentence.slice(going.index) + m[0]);
    }
  for (const m of text.matchAll(OWN_PREGNANCY.get())) found.push(m[0]);
  if (
    /[u\u00fa]nic|seul|einzig|sol[oa]|jedyn|\u0454\u0434\u0438\u043d|\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430|only/iu.test(
      text,
    )
  )
    for (const m of text.matchAll(ONLY_AGAIN.get())) found.push(m[0]);
  return found;
}
