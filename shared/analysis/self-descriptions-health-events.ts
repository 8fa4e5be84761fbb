/*
 * What few at a site share, said by the writer of themselves (op46c, after the op45 attack, 2026-12-07): a pregnancy
 * ("estoy embarazada de 7 meses", "i'm pregnant, due in March", "je suis enceinte", "ich bin schwanger", "jestem w
 * ciąży", "я вагітна", "tôi đang mang thai", "buntis ako"), a treatment or an illness HR holds for leave ("estoy en
 * tratamiento de quimio", "I'm on dialysis", "je suis sous chimio", "ich mache eine Chemotherapie", "I have breast
 * cancer"), a recovery meeting ("only one in the crew who goes to AA meetings"), and an event that happened to the
 * writer, said as "I'm the one who …" ("I'm the guy who got stabbed in the parking lot in August", "I'm the one who
 * came back from Ukraine last month", "soy el que se cayó del andamio en julio", "je suis celle qui s'est fait
 * agresser", "ich bin der, der im Juli vom Stapler angefahren wurde"). HR's file, the leave log or the incident log
 * answers "who" at once.
 *
 * A condition is named when the writer says it of themselves (a word of "I" a few words before it, with no one close
 * to them and no "not" between: "my wife is pregnant", "no estoy embarazada" are not named) or when "only one" or
 * "the one" points at one person in the same sentence. Not "pregnant workers need breaks", "chemo patients should get
 * flexible hours", "the AA meeting flyers …" (no one). The stored text keeps it, as it keeps the "only" phrases: it is
 * often what the report is about.
 *
 * Each span is bounded.
 */
import { KIN, NEGATION } from './self-descriptions-apart-words';
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

const PREGNANT = String.raw`pregnant|expecting[ \t]+(?:a[ \t]+baby|twins|my[ \t]+first|our[ \t]+first|a[ \t]+boy|a[ \t]+girl)|embarazada|encinta|enceinte|schwanger|gr\u00e1vida|gestante|incinta|w[ \t]+ci\u0105\u017cy|ci\u0119\u017carn\p{L}*|\u0432\u0430\u0433\u0456\u0442\u043d\p{L}*|mang[ \t]+thai|c\u00f3[ \t]+b\u1ea7u|c\u00f3[ \t]+thai|buntis|pregnancy|embarazo|grossesse|Schwangerschaft|gravidez|gravidanza|ci\u0105\u017c[ay]|\u0432\u0430\u0433\u0456\u0442\u043d\u0456\u0441\u0442\u044c`;
export const TREATED = String.raw`chemo(?:therapy)?|radiation(?:[ \t]+(?:therapy|treatment))|radiotherapy|dialysis|quimio(?:terapia)?|radioterapia|hemodi[a\u00e1]lisis|di[a\u00e1]lisis|chimio(?:th\u00e9rapie)?|radioth\u00e9rapie|dialyse|Chemo(?:therapie)?|Strahlentherapie|Bestrahlung|hemodi\u00e1lise|di\u00e1lise|chemio(?:terapia)?|dialisi|chemi[ai]|chemioterapi\p{L}*|radioterapi\p{L}*|dializ\p{L}*|\u0445\u0456\u043c\u0456\u043e\p{L}*|\u0434\u0456\u0430\u043b\u0456\u0437\p{L}*|h\u00f3a[ \t]+tr\u1ecb|x\u1ea1[ \t]+tr\u1ecb|ch\u1ea1y[ \t]+th\u1eadn|l\u1ecdc[ \t]+m\u00e1u|nagche-?chemo|(?:kidney|liver|heart)[ \t]+transplant|trasplante|greffe|Transplantation|transplante|trapianto|przeszczep\p{L}*`;
// An illness, when the writer has it ("I have breast cancer", "tengo cáncer", "j'ai un cancer", "ich habe Krebs",
// "mam raka", "tôi bị ung thư", "I'm HIV positive"); not "I hate cancer", "I'm a Cancer".
const ILL = String.raw`(?:(?:have|has|had|with|got|diagnosed[ \t]+with|tengo|tuve|con|j['\u2019][ \t]*ai|avec|habe|hatte|mit|tenho|tive|com|ho|avuto|mam|mia\u0142\p{L}{0,2}|\u043c\u0430\u044e|\u0443[ \t]+\u043c\u0435\u043d\u0435|b\u1ecb|may)(?:[ \t]+\p{L}{1,10}){0,2}?[ \t]+(?:cancer|c\u00e1ncer|c\u00e2ncer|cancro|Krebs|tumore|raka|nowotw\p{L}*|\u0440\u0430\u043a|ung[ \t]+th\u01b0|kanser|HIV)|(?:HIV|VIH)[ \t-]*(?:positive|positivo|positif|positiv)|s\u00e9ropositi\p{L}*|soropositiv\p{L}*|sieropositiv\p{L}*|\u0412\u0406\u041b-\u043f\u043e\u0437\u0438\u0442\u0438\u0432\u043d\p{L}*)`;
const RECOVERY = String.raw`alcoholics[ \t]+anonymous|narcotics[ \t]+anonymous|alcoh\u00f3licos[ \t]+an\u00f3nimos|alcooliques[ \t]+anonymes|anonyme[ \t]+alkoholiker|alco\u00f3licos[ \t]+an\u00f4nimos|alcolisti[ \t]+anonimi|anonimowi[ \t]+alkoholicy|\u0430\u043d\u043e\u043d\u0456\u043c\u043d\p{L}*[ \t]+\u0430\u043b\u043a\u043e\u0433\u043e\u043b\p{L}*|rehab|in[ \t]+recovery|sober[ \t]+(?:for|since)`;
const CONDITION = lazyPattern(String.raw`(?<![\p{L}])(?:${PREGNANT}|${TREATED}|${RECOVERY}|${ILL})(?![\p{L}])`, 'giu');
// AA and NA in capitals only, before their meetings ("aa" is a word in many tongues).
const MEETINGS = lazyPattern(
  String.raw`(?<![\p{L}])(?:AA|NA)(?=[ \t]+(?:[Mm]eetings?|reuniones|r\u00e9unions|Treffen|reuni\u00f5es|riunioni|spotkania|spotka\u0144|\u0437\u0431\u043e\u0440\u0438))`,
  'gu',
);
// A word of "I" a few words before it. Before a word that says what someone is ("pregnant", "embarazada",
// "schwanger") it must be "I" with "to be" ("I'm", "I was", "I got", "estoy", "je suis", "ich bin", "я"): "do I like
// pregnant?", "got ma Boo pregnant" are no one's; before a thing one has ("my pregnancy", "mi quimio") "my" will do.
const I_AM = String.raw`i['\u2019]?m|i[ \t]+(?:am|was|were|became|become|got|get|been|have[ \t]+been|had[ \t]+been|['\u2019]ve[ \t]+been|found[ \t]+out[ \t]+i[ \t]+was)|yo[ \t]+estoy|estoy|estaba|estuve|qued\u00e9|soy|je[ \t]+suis|j['\u2019][ \t]?\u00e9tais|suis|ich[ \t]+bin|ich[ \t]+war|bin|estou|estava|fiquei|sou|sono|ero|rimasta|jestem|by\u0142am|\u044f|t\u00f4i|m\u00ecnh|em|ako`;
const I_ANY = String.raw`${I_AM}|i|i['\u2019]ve|my|myself|yo|tengo|recibo|hago|voy|mi|je|j['\u2019]ai|j['\u2019]|fais|ma|mon|moi|ich|habe|mache|bekomme|gehe|meine[mnrs]?|eu|fa\u00e7o|tenho|vou|minha|meu|io|faccio|ho|sto|vado|mia|mio|mam|chodz\u0119|moja|moje|mojej|\u043c\u0435\u043d\u0456|\u043c\u0435\u043d\u0435|\u043c\u043e\u044f|\u043c\u043e\u044e|ko`;
const saidOfMe = (marker: string) =>
  lazyPattern(String.raw`(?<![\p{L}])(?:${marker})(?![\p{L}])((?:[ \t]+[\p{L}\p{N}'\u2019-]+){0,4}?)[ \t]+$`, 'iu');
const SAID_OF_ME = saidOfMe(I_ANY);
const SAID_OF_ME_BEING = saidOfMe(I_AM);
// What someone is, not a thing they have: needs "I am".
const BEING =
  /^(?:pregnant|embarazada|encinta|enceinte|schwanger|gr\u00e1vida|gestante|incinta|w[ \t]+ci\u0105\u017cy|ci\u0119\u017carn\p{L}*|\u0432\u0430\u0433\u0456\u0442\u043d[\u0430\u0438]\p{L}*|buntis|in[ \t]+recovery)$/iu;
// "buntis ako", "chemo ako": Tagalog says "I" after.
const I_AFTER = /^[ \t]+(?:na[ \t]+)?ako(?![\p{L}])/iu;
const ONE_POINTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:only[ \t]+one|the[ \t]+one|the[ \t]+only|(?:el|la)[ \t]+[u\u00fa]nic[oa]|(?:le|la)[ \t]+seule?|(?:der|die)[ \t]+einzige|l['\u2019]unic[oa]|(?:o|a)[ \t]+[u\u00fa]nic[oa]|jedyn\p{L}+|\u0454\u0434\u0438\u043d\p{L}+|ako[ \t]+la(?:ng|mang)|duy[ \t]+nh\u1ea5t)(?![\p{L}])`,
  'iu',
);
const NOT_MINE = lazyPattern(String.raw`(?<![\p{L}])(?:${KIN}|${NEGATION})(?![\p{L}])`, 'iu');
// op48c: "I don't have epilepsy", "I think AA meetings should …": a "not" joined to its verb, or an opinion, says
// nothing of the writer.
const NOT_SAID_OF_ME = lazyPattern(
  String.raw`n['\u2019]t(?![\p{L}])|(?<![\p{L}])(?:think|believe|feel|guess|suppose|hope|wish|want|creo|pienso|opino|pense|crois|denke|glaube|finde|acho|penso|credo|my\u015bl\u0119|uwa\u017cam|\u0434\u0443\u043c\u0430\u044e|\u0432\u0432\u0430\u0436\u0430\u044e)(?![\p{L}])`,
  'iu',
);
// "pregnant workers", "chemo patients", "cancer research": a group or a thing, not a person.
const OF_MANY = lazyPattern(
  String.raw`^[ \t-]*(?:workers|women|employees|people|patients|staff|colleagues|coworkers|co-workers|research|awareness|fundraiser|fund|walk|ward|unit|center|centre|policy|leave|benefits?|screening|test|drive|month|day)(?![\p{L}])`,
  'iu',
);

// "I'm the one who" and an event that happened to them, in each language (an English "-ed" and the words the older
// reader has, "reported", "called", are self-descriptions-personal-marks.ts's).
const EVENT = [
  String.raw`(?:i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|i[ \t]+was)[ \t]+the[ \t]+(?:one|guy|girl|woman|man|person|lady|dude|worker|employee|kid|new[ \t]+guy|new[ \t]+girl)[ \t]+(?:who|that)[ \t]+(?:(?:just|recently|actually|also|nearly|almost)[ \t]+)?(?:got|came|went|had|was|fell|broke|lost|left|hit|cut|quit|fought|won|ran|threw|drove|bit|took|spent|became|gave[ \t]+birth)`,
  String.raw`soy[ \t]+(?:el|la)[ \t]+(?:(?:chic[oa]|se\u00f1ora?|mujer|hombre|muchach[oa])[ \t]+)?que[ \t]+(?:(?:se|me|le|lo|la|ya)[ \t]+)?(?:\p{L}{2,}(?:\u00f3|i\u00f3|\u00e9|\u00ed)|tuvo|estuvo|fue|vino|anduvo|atropellaron|asaltaron|apu\u00f1alaron|operaron|despidieron)`,
  String.raw`je[ \t]+suis[ \t]+(?:celui|celle|la[ \t]+personne|le[ \t]+gars|la[ \t]+fille|la[ \t]+femme|l['\u2019]homme)[ \t]+qui[ \t]+(?:s['\u2019][ \t]*est|est|a|s['\u2019][ \t]*\u00e9tait|\u00e9tait)`,
  String.raw`ich[ \t]+bin[ \t]+(?:der|die)(?:jenige)?[ \t]*,[ \t]*(?:der|die)[ \t]+[^.!?\n,]{1,60}?(?:wurde|worden|hat|hatte|ist|war)`,
  String.raw`sou[ \t]+(?:o|a|aquel[ea])[ \t]+que[ \t]+(?:(?:se|me|foi|levou)[ \t]+)?(?:\p{L}{2,}(?:ou|eu|iu)|foi|teve|esteve|veio)`,
  String.raw`sono[ \t]+(?:quell[oa]|colui|colei|la[ \t]+persona)[ \t]+che[ \t]+(?:\u00e8|ha|si[ \t]+\u00e8|era|fu)`,
  String.raw`jestem[ \t]+(?:tym|t\u0105|ta|ten|osob\u0105)[ \t]*,?[ \t]*(?:kt\u00f3ry|kt\u00f3ra|co)[ \t]+(?:\p{L}+(?:\u0142|\u0142a)|mia\u0142\p{L}{0,2}|by\u0142\p{L}{0,2})`,
  String.raw`\u044f[ \t]+(?:\u0442\u043e\u0439|\u0442\u0430)[ \t]*,?[ \t]*(?:\u0445\u0442\u043e|\u0449\u043e|\u044f\u043a\u0438\u0439|\u044f\u043a\u0430|\u043a\u043e\u0433\u043e|\u044f\u043a\u0443|\u044f\u043a\u043e\u0433\u043e)[ \t]+\p{L}+(?:\u0432|\u043b\u0430|\u043b\u0430\u0441\u044c|\u0432\u0441\u044f|\u043b\u0438)`,
  String.raw`t\u00f4i[ \t]+l\u00e0[ \t]+(?:ng\u01b0\u1eddi|c\u00f4|anh|ch\u1ecb|em|th\u1eb1ng|\u0111\u1ee9a)[ \t]+(?:\u0111\u00e3[ \t]+)?(?:b\u1ecb|\u0111\u00e3|\u0111\u01b0\u1ee3c)`,
  String.raw`ako[ \t]+(?:yung|ang|iyong)[ \t]+(?:na|nag|naka|nasa)\p{L}+`,
];
const HAPPENED = lazyPattern(String.raw`(?<![\p{L}])(?:${EVENT.join('|')})(?![\p{L}])`, 'giu');

/**
 * The phrase from the writer's word of "I" to a condition found at `start`…`end`, when the writer says it of themselves
 * (see above); none when it is said of many, of kin, with a "not", in quotes or of no one. `being`: the condition is
 * what someone is ("pregnant", "alcohólico"), which needs "I" with "to be".
 */
export function saidOfTheWriter(text: string, start: number, end: number, being: boolean): string | undefined {
  if (OF_MANY.get().test(text.slice(end, end + 16))) return undefined;
  const before = text.slice(Math.max(0, start - 60), start);
  const sentence = before.slice(Math.max(before.search(/[^.!?\n]*$/u), 0));
  // "I hate a "I'm pregnant" type of …": words in quotes are someone's said, not the writer's.
  if (/["\u201c][^"\u201d]{0,30}$/u.test(sentence) && /^["\u201d]/u.test(text.slice(end))) return undefined;
  let mine = (being ? SAID_OF_ME_BEING : SAID_OF_ME).get().exec(sentence);
  // "I think I'm pregnant": after an opinion, the writer may speak of themselves again.
  const opinion = mine ? NOT_SAID_OF_ME.get().exec(mine[1]!) : null;
  if (mine && opinion && !/^n/iu.test(opinion[0])) {
    const words = mine.index + mine[0].trimEnd().length - mine[1]!.length;
    const after = words + opinion.index + opinion[0].length;
    const again = (being ? SAID_OF_ME_BEING : SAID_OF_ME).get().exec(sentence.slice(after));
    mine = again && Object.assign(again, { index: again.index + after });
  }
  const pointed =
    (mine && !NOT_MINE.get().test(mine[1]!) && !NOT_SAID_OF_ME.get().test(mine[1]!)) ||
    I_AFTER.test(text.slice(end, end + 12)) ||
    ONE_POINTED.get().test(sentence);
  if (!pointed) return undefined;
  const lead = mine ? sentence.slice(mine.index) : sentence.trimStart();
  return `${lead}${firstPersonPhrase(text, start, end) ?? text.slice(start, end)}`.trim();
}

/** Each phrase in which the writer says a pregnancy, a treatment, a recovery or an event that happened to them. */
export function healthAndEvents(text: string): string[] {
  const found: string[] = [];
  for (const m of [...text.matchAll(CONDITION.get()), ...text.matchAll(MEETINGS.get())]) {
    const phrase = saidOfTheWriter(text, m.index, m.index + m[0].length, BEING.test(m[0]));
    if (phrase) found.push(phrase);
  }
  for (const m of text.matchAll(HAPPENED.get()))
    found.push(firstPersonPhrase(text, m.index, m.index + m[0].length) ?? m[0]);
  return found;
}
