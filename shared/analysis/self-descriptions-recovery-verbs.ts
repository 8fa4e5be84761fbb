/*
 * What few at a site share, said by the writer with a verb that carries the "I" (op50b, 2026-12-07, from the blind
 * operator attack op49, class 9): a recovery ("I've been in recovery", "Estoy en recuperación", "Frequento os AA",
 * "Seit drei Jahren bin ich trocken", "Sono sobrio da tre anni", "Tôi đang cai rượu", "Nasa recovery ako"), a
 * cochlear implant or deafness ("Tengo un implante coclear", "Ho un impianto cocleare", "Có cấy ốc tai", "Soy sorda"),
 * a pregnancy said in a clause ("Being pregnant, I …", "que je sois enceinte", "Por eu estar grávida", "weil ich
 * schwanger bin", "Il mio essere incinta"), a wheelchair told with a verb ("Sou cadeirante", "Poruszam się na
 * wózku", "Я на візку"), and where the writer comes from followed by "the only Pole" ("Я з Польщі і єдиний поляк у
 * цеху", "Jestem z Ukrainy i jedyny Ukrainiec"). self-descriptions-health-recovery.ts reads a condition after a word
 * of "I"; these forms carry the person in the verb, or put the condition in a word it does not list.
 *
 * Each phrase holds its own first person (a verb's ending, "I", "je", "ich", "eu", "tôi", "ako"), so "the recovery of
 * the server", "sobrio nel vestire", "Estoy en la reunión", "Jestem na wózku widłowym" (a forklift) and "Я на зміні"
 * are not named. Each span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { lazyPattern } from './lazy-pattern';

const W = String.raw`[\p{L}\p{N}'\u2019-]+`;
const PHRASES = [
  // Recovery, en es pt fr de it pl tl vi.
  String.raw`i(?:[ \t]?['\u2019][ \t]?(?:m|ve[ \t]+been)|[ \t]+am|[ \t]+have[ \t]+been)[ \t]+(?:in[ \t]+recovery|(?:sober|clean)[ \t]+(?:for|since)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+\p{L}+[ \t]+sober)`,
  String.raw`(?:estoy|sigo|llevo(?:[ \t]+${W}){1,3}?)[ \t]+(?:en[ \t]+recuperaci[o\u00f3]n|sobri[oa]|limpi[oa])`,
  String.raw`(?:estou|sigo)[ \t]+(?:em[ \t]+recupera\u00e7\u00e3o|s\u00f3bri[oa])|(?:frequento|vou|participo|ando)[ \t]+(?:(?:n?[oa]s?|[a\u00e0]s|aos|d[oa]s|em)[ \t]+)?(?:reuni\u00f5es[ \t]+(?:d[oa]s[ \t]+)?)?(?:AA|NA)`,
  String.raw`(?:je[ \t]+suis[ \t]+)?(?:abstinente?|sobre)[ \t]+depuis|je[ \t]+(?:suis|vais)[ \t]+(?:en[ \t]+(?:r\u00e9tablissement|cure)|aux[ \t]+(?:AA|NA))`,
  String.raw`(?:ich[ \t]+bin|bin[ \t]+ich)[ \t]+seit(?:[ \t]+${W}){1,3}?[ \t]+(?:trocken|clean|abstinent)|(?:ich[ \t]+bin|bin[ \t]+ich)[ \t]+(?:trocken|clean|abstinent)[ \t]+seit|seit[ \t][^.!?\n]{1,40}?(?:ich[ \t]+bin|bin[ \t]+ich)[ \t]+(?:trocken|clean|abstinent)`,
  String.raw`(?:sono|sto|vado|frequento)[ \t]+(?:sobri[oa]|pulit[oa]|astinente|in[ \t]+recupero|(?:agli|alle[ \t]+riunioni[ \t]+(?:degli|di))[ \t]+(?:AA|NA))[ \t]+da(?![\p{L}])|(?:sono|sto)[ \t]+in[ \t]+recupero`,
  String.raw`jestem[ \t]+trze\u017aw(?:y|a)[ \t]+od|od[ \t][^.!?\n]{1,30}?jestem[ \t]+trze\u017aw(?:y|a)|nie[ \t]+pij\u0119[ \t]+od`,
  String.raw`(?:nasa|naka)[ \t]+recovery[ \t]+ako|ako[ \t]+ay[ \t]+nasa[ \t]+recovery|(?:pumupunta|dumadalo)[ \t]+ako[ \t]+sa[ \t]+(?:AA|NA)`,
  String.raw`(?:t\u00f4i|toi|em|m\u00ecnh|minh)[ \t]+(?:(?:\u0111ang|dang|\u0111\u00e3|da)[ \t]+)?cai[ \t]+(?:r\u01b0\u1ee3u|ruou|nghi\u1ec7n|nghien|ma[ \t]+t\u00fay|ma[ \t]+tuy)|(?:\u0111i|di)[ \t]+h\u1ecdp[ \t]+(?:AA|NA)`,
  // A cochlear implant or deafness, es pt it fr vi en.
  String.raw`(?:tengo|llevo|uso|tenho|uso|ho|porto|j['\u2019][ \t]?ai|i[ \t]+(?:have|wear|got))[ \t]+(?:(?:un|uno|um|o|el|a|an|un)[ \t]+)?(?:implantes?|impiant[oi]|implants?)[ \t]+(?:coclear(?:es)?|cocleare|cochl\u00e9aire|cochlear)`,
  String.raw`(?:c\u00f3[ \t]+)?(?:c\u1ea5y|cay)[ \t]+(?:\u1ed1c|oc)[ \t]+tai`,
  String.raw`(?:soy|estoy)[ \t]+sord[oa]|sou[ \t]+surd[oa]|sono[ \t]+sord[oa]|je[ \t]+suis[ \t]+sourde?|ich[ \t]+bin[ \t]+(?:geh\u00f6rlos|taub)|jestem[ \t]+g\u0142uch(?:y|a)|i[ \t]?['\u2019]?[ \t]?(?:m|[ \t]+am)[ \t]+deaf`,
  // A pregnancy in a clause.
  String.raw`being[ \t]+pregnant[ \t]*,?[ \t]+i(?![\p{L}])|since[ \t]+i[ \t]+(?:became|got|fell)[ \t]+pregnant`,
  String.raw`je[ \t]+(?:sois|suis|serai|serais|\u00e9tais|etais)[ \t]+(?:tomb\u00e9e[ \t]+)?enceinte`,
  String.raw`(?:eu[ \t]+(?:estar|ficar)|estou|estava|esteja|fiquei)[ \t]+gr[a\u00e1]vida`,
  String.raw`(?:ich|bin[ \t]+ich|war[ \t]+ich)(?:[ \t]+(?:bin|war|seit|im|jetzt|schon|wieder|auch|noch|\d+|einem|einer|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun|Wochen?|Monat(?:en)?|dritten|vierten|f\u00fcnften|sechsten|siebten|achten|neunten)){0,4}?[ \t]+schwanger`,
  String.raw`(?:(?:il[ \t]+)?mio[ \t]+essere|essendo|(?:io[ \t]+)?sono|io[ \t]+sia|ero|sono[ \t]+rimasta)[ \t]+incinta`,
  // A wheelchair told with a verb.
  String.raw`(?:sou|eu[ \t]+sou)[ \t]+cadeirante|(?:poruszam[ \t]+si\u0119|je\u017cd\u017c\u0119|jestem|siedz\u0119)[ \t]+na[ \t]+w\u00f3zku(?![ \t]+wid\u0142ow)(?:[ \t]+inwalidzkim)?`,
  String.raw`\u044f[ \t]+(?:(?:\u043f\u0435\u0440\u0435\u0441\u0443\u0432\u0430\u044e\u0441\u044f|\u0457\u0436\u0434\u0436\u0443|\u0441\u0438\u0434\u0436\u0443)[ \t]+)?\u043d\u0430[ \t]+(?:\u0456\u043d\u0432\u0430\u043b\u0456\u0434\u043d\u043e\u043c\u0443[ \t]+)?\u0432\u0456\u0437\u043a\u0443(?![ \t]+(?:\u0437|\u0434\u043b\u044f|\u0432\u0430\u043d\u0442\u0430\u0436))`,
  // Where the writer comes from, then "the only <people word>" (uk, pl).
  String.raw`(?:\u044f|jestem)[ \t]+(?:\u0437|\u0456\u0437|z|ze)[ \t]+[^.!?\n]{1,40}?(?:[ \t]*,)?[ \t]+(?:(?:\u0456|\u0439|\u0442\u0430|i|a)[ \t]+)?(?:(?:\u044f|\u0442\u0443\u0442|tu|tutaj|jestem)[ \t]+){0,2}(?:\u0454\u0434\u0438\u043d(?:\u0438\u0439|\u0430)|jedyn(?:y|a))[ \t]+\p{L}+`,
];
const PHRASE = lazyPattern(String.raw`(?<![\p{L}])(?:${PHRASES.join('|')})(?![\p{L}])`, 'giu');

/** Each phrase in which the writer says a recovery, an implant, a pregnancy, a wheelchair or "the only Pole" of themselves. */
export function recoveryAndAidsByVerb(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PHRASE.get())) {
    // A recovery group by its letters only in capitals: "aa", "na" are words in many tongues.
    if (/(?:^|[^\p{L}])(?:aa|na)$/iu.test(m[0]) && !/(?:AA|NA)$/u.test(m[0])) continue;
    found.push(m[0]);
  }
  return found;
}
