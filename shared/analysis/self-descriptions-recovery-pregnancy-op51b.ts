/*
 * What few at a site share, said by the writer in forms the older readers miss (op51b, 2026-12-07 night, from the blind
 * operator attack op49's class 9 and what op50b left): a Ukrainian recovery told with a verb ("я не п'ю вже три роки",
 * "кинув пити", "ходжу на збори АА", "я в зав'язці"), and a pregnancy in a conditional or since it began ("if I hadn't
 * gotten pregnant", "since getting pregnant", "si no me hubiera embarazado", "desde que me embaracé", "wenn ich nicht
 * schwanger geworden wäre", "si je n'étais pas tombée enceinte", "se eu não tivesse engravidado", "gdybym nie zaszła w
 * ciążę", "якби я не завагітніла"). self-descriptions-recovery-verbs.ts (op50b) reads the present and the clause.
 *
 * Each phrase holds its own first person (a verb's ending, "I", "je", "ich", "eu", "я", "me"), or a span of years or a
 * drink after the Ukrainian "I don't drink" ("Я не п'ю каву" is not named); "my sister got pregnant" is not the writer.
 * Each span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { lazyPattern } from './lazy-pattern';

const APOS = String.raw`['\u2019\u02bc]?`;
// "п'ю" (I drink), "пити" (to drink).
const DRINK = String.raw`\u043f${APOS}\u044e`;
const SPAN_UK = String.raw`(?:\u0440\u0456\u043a|\u0440\u043e\u043a\u0438|\u0440\u043e\u043a\u0456\u0432|\u043c\u0456\u0441\u044f\u0446\p{L}{0,3}|\u0442\u0438\u0436\u043d\p{L}{0,3})`;
const ALCOHOL_UK = String.raw`(?:\u0430\u043b\u043a\u043e\u0433\u043e\u043b\p{L}{0,3}|\u0441\u043f\u0438\u0440\u0442\u043d\p{L}{0,3}|\u0433\u043e\u0440\u0456\u043b\u043a\p{L}{0,2})`;
const PHRASES = [
  // Ukrainian recovery: "я не п'ю вже три роки", "вже два роки не п'ю", "кинув пити", "зав'язав", "я в зав'язці",
  // "ходжу на збори АА / анонімних алкоголіків".
  String.raw`\u043d\u0435[ \t]+${DRINK}(?:[ \t]+[\p{L}\p{N}'\u2019\u02bc]{1,12}){0,3}?[ \t]+(?:${SPAN_UK}|${ALCOHOL_UK})`,
  String.raw`${SPAN_UK}[ \t]+(?:\u044f[ \t]+)?(?:\u0432\u0436\u0435[ \t]+)?\u043d\u0435[ \t]+${DRINK}`,
  String.raw`(?:\u043a\u0438\u043d\u0443\u0432|\u043a\u0438\u043d\u0443\u043b\u0430|\u043f\u0435\u0440\u0435\u0441\u0442\u0430\u0432|\u043f\u0435\u0440\u0435\u0441\u0442\u0430\u043b\u0430)[ \t]+\u043f\u0438\u0442\u0438`,
  String.raw`\u044f[ \t]+(?:\u0437\u0430\u0432${APOS}\u044f\u0437\u0430\u0432|\u0437\u0430\u0432${APOS}\u044f\u0437\u0430\u043b\u0430|\u0432[ \t]+\u0437\u0430\u0432${APOS}\u044f\u0437\u0446\u0456)`,
  String.raw`(?:\u0445\u043e\u0434\u0436\u0443|\u0432\u0456\u0434\u0432\u0456\u0434\u0443\u044e)[ \t]+(?:\u043d\u0430[ \t]+(?:\u0437\u0431\u043e\u0440\u0438|\u0437\u0443\u0441\u0442\u0440\u0456\u0447\p{L}{0,2}|\u0433\u0440\u0443\u043f\p{L}{0,2})[ \t]+|\u0434\u043e[ \t]+|\u0437\u0431\u043e\u0440\u0438[ \t]+)?(?:\u0410\u0410|\u0430\u043d\u043e\u043d\u0456\u043c\u043d\p{L}{1,3}[ \t]+\u0430\u043b\u043a\u043e\u0433\u043e\u043b\p{L}{1,3})`,
  // A pregnancy in a conditional, in the past, or since it began.
  String.raw`i[ \t]+(?:had(?:n['\u2019]t|[ \t]+not)?|hadn['\u2019]t|would(?:n['\u2019]t|[ \t]+not)?[ \t]+have)[ \t]+(?:gotten|got|become|been|fallen)[ \t]+pregnant|had[ \t]+i[ \t]+(?:not[ \t]+)?(?:gotten|got|become|been)[ \t]+pregnant|since[ \t]+(?:getting|becoming|falling)[ \t]+pregnant|(?:getting|becoming)[ \t]+pregnant[ \t]*,?[ \t]+i(?![\p{L}])`,
  String.raw`me[ \t]+(?:embarac[\u00e9e]|(?:hubiera|hubiese|haya|he|hab\u00eda)[ \t]+embarazado)|(?:qued[\u00e9e]|quedara|quedase|hubiera[ \t]+quedado|estuviera|estuviese)[ \t]+embarazada`,
  String.raw`(?:je|j['\u2019])[ \t]*(?:ne[ \t]+|n['\u2019][ \t]*)?(?:suis|sois|serais|\u00e9tais|etais|serai|avais)(?:[ \t]+pas)?[ \t]+(?:tomb\u00e9e[ \t]+)?enceinte`,
  String.raw`ich(?:[ \t]+(?:nicht|nie|damals|ja))?[ \t]+schwanger[ \t]+(?:geworden|wurde|war|w\u00e4re)`,
  String.raw`(?:n\u00e3o[ \t]+)?(?:tivesse|tinha|teria|ter)[ \t]+engravidado|engravidei|(?:ficasse|fiquei|estivesse)[ \t]+gr[a\u00e1]vida`,
  String.raw`(?:fossi|ero|sia)[ \t]+(?:rimasta[ \t]+)?incinta`,
  String.raw`(?:zasz[\u0142l]am|zasz[\u0142l]abym|gdybym[ \t]+(?:nie[ \t]+)?zasz[\u0142l]a|bym[ \t]+(?:nie[ \t]+)?by[\u0142l]a)[ \t]+w[ \t]+ci[\u0105a][\u017cz]\p{L}{0,2}`,
  String.raw`\u044f[ \t]+(?:\u043d\u0435[ \t]+)?\u0437\u0430\u0432\u0430\u0433\u0456\u0442\u043d\u0456\p{L}{1,3}`,
];
const PHRASE = lazyPattern(String.raw`(?<![\p{L}])(?:${PHRASES.join('|')})(?![\p{L}])`, 'giu');

/** Each phrase in which the writer says a Ukrainian recovery or a pregnancy in a conditional or the past of themselves. */
export function recoveryAndPregnancyMore(text: string): string[] {
  if (
    !/\u043f\u0438|\u043f['\u2019\u02bc]?\u044e|\u0437\u0430\u0432|\u0410\u0410|\u0430\u043d\u043e\u043d|pregnant|embara|enceinte|schwanger|gravid|gr\u00e1vida|incinta|ci\u0105\u017c|ciaz/iu.test(
      text,
    )
  )
    return [];
  return [...text.matchAll(PHRASE.get())].map((m) => m[0]);
}
