/*
 * What few at a site share, said by the writer in forms the op52 attack found unnamed (op53a, 2026-12-07 night): a
 * pregnancy said as "expecting" ("I'm expecting in April", "I'm six months along", "ich erwarte ein Kind", "estoy
 * esperando un bebé", "j'attends un enfant", "aspetto un bambino", "spodziewam się dziecka", "estou à espera de um
 * bebé", "я чекаю на дитину"), a recovery said another way ("I've been sober 18 months", "Entzugsklinik" beside
 * "ich", "terapia odwykowa" beside "jestem", uk "я в завʼязці"), an illness said with its verb (pl "Choruję na
 * padaczkę", "sufro de epilepsia", "je souffre d'épilepsie") and a wheelchair said shortly (fr "je me déplace en
 * fauteuil"). HR's file or a glance round the shift answers "who" at once; the preview warns, the text keeps it.
 *
 * Each phrase holds its own first person, so "we're expecting rain", "estoy esperando el autobús", "j'attends le chef",
 * "aspetto il mio turno", "spodziewam się podwyżki", "the sober truth" and "mettez le fauteuil" are not named. Each
 * span is bounded. Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { lazyPattern } from './lazy-pattern';

const NUM = String.raw`(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|over|almost|nearly)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|fall|autumn|winter)`;
const BABY_EN = String.raw`(?:baby|child|boy|girl|twins|triplets|our[ \t]+(?:first|second|third)(?:[ \t]+(?:baby|child))?|my[ \t]+(?:first|second|third)(?:[ \t]+(?:baby|child))?|a[ \t]+(?:baby|child|boy|girl|little[ \t]+one))`;
const PHRASES = [
  // en: "I'm expecting (in April | twins | a baby)", "we're expecting a baby", "I'm six months along".
  String.raw`i(?:[ \t]?['\u2019][ \t]?m|[ \t]+am)[ \t]+expecting(?:[ \t]+${BABY_EN}|[ \t]+(?:in|this|next|around|by|early|late)[ \t]+(?:the[ \t]+)?${MONTH}|(?=[ \t]*[.,;!]|[ \t]+and[ \t]|[ \t]*$))`,
  String.raw`we(?:[ \t]?['\u2019][ \t]?re|[ \t]+are)[ \t]+expecting[ \t]+${BABY_EN}`,
  String.raw`i(?:[ \t]?['\u2019][ \t]?m|[ \t]+am)[ \t]+${NUM}[ \t]+(?:weeks?|months?)[ \t]+(?:along|pregnant)`,
  // de: "ich erwarte ein Kind", "ich bekomme im April ein Baby", "wir erwarten Nachwuchs".
  String.raw`(?:ich[ \t]+(?:erwarte|bekomme)|erwarte[ \t]+ich|wir[ \t]+(?:erwarten|bekommen))(?:[ \t]+[\p{L}\p{N}]{1,12}){0,3}?[ \t]+(?:(?:ein|unser)\p{L}{0,2}[ \t]+(?:Kind|Baby)|Zwillinge|Nachwuchs)`,
  // es: "estoy esperando un bebé", "espero un hijo".
  String.raw`(?:estoy|estamos)[ \t]+esperando[ \t]+(?:(?:un|una|mi|nuestr[oa])[ \t]+)?(?:beb[\u00e9e]|hij[oa]|ni\u00f1[oa]|gemel\p{L}{1,3}|mellizos)|espero[ \t]+(?:un|una)[ \t]+(?:beb[\u00e9e]|hij[oa]|ni\u00f1[oa])`,
  // pt: "estou esperando um bebê", "estou à espera de bebé".
  String.raw`(?:estou|estamos)[ \t]+(?:esperando|[\u00e0a][ \t]+espera[ \t]+de)[ \t]+(?:(?:um|uma|o|a|meu|nosso)[ \t]+)?(?:beb[\u00ea\u00e9e]|filh[oa]|nen[\u00eae]m|crian[\u00e7c]a|g[\u00eae]meos)`,
  // fr: "j'attends un enfant", "nous attendons un bébé".
  String.raw`(?:j['\u2019][ \t]?attends|nous[ \t]+attendons)[ \t]+(?:(?:un|une|mon|notre)[ \t]+(?:enfant|b\u00e9b\u00e9|bebe|heureux[ \t]+\u00e9v\u00e9nement|jumeaux|jumelles|petit|petite)|des[ \t]+(?:jumeaux|jumelles|tripl\u00e9s))`,
  // it: "aspetto un bambino", "aspettiamo una bambina".
  String.raw`(?:aspetto|aspettiamo|sto[ \t]+aspettando)[ \t]+(?:un|una|un[ \t]+altro|il[ \t]+mio|il[ \t]+nostro)[ \t]+(?:bambin[oa]|figli[oa]|beb\u00e8|gemelli)`,
  // pl: "spodziewam się dziecka".
  String.raw`spodziewam[ \t]+si\u0119[ \t]+(?:\p{L}{1,10}[ \t]+)?(?:dziecka|dzidziusia|bli\u017ani\p{L}{1,5}|syna|synka|c\u00f3rki|c\u00f3reczki)|spodziewamy[ \t]+si\u0119[ \t]+dziecka`,
  // uk: "я чекаю на дитину", "чекаю дитину".
  String.raw`(?:\u044f[ \t]+)?\u0447\u0435\u043a\u0430\u044e[ \t]+(?:\u043d\u0430[ \t]+)?(?:\u0434\u0438\u0442\u0438\u043d\u0443|\u0434\u0438\u0442\u0438\u043d\u043a\u0443|\u043c\u0430\u043b\u044e\u043a\u0430|\u0434\u0432\u0456\u0439\u043d\u044e)`,
  // Recovery: "I've been sober 18 months", "I'm 18 months sober", "clean and sober".
  String.raw`i(?:[ \t]?['\u2019][ \t]?ve|[ \t]+have)[ \t]+been[ \t]+(?:clean[ \t]+and[ \t]+)?(?:sober|clean)(?:[ \t]+(?:for|since))?[ \t]+${NUM}`,
  String.raw`i(?:[ \t]?['\u2019][ \t]?m|[ \t]+am)[ \t]+${NUM}[ \t]+(?:days?|weeks?|months?|years?)[ \t]+(?:sober|clean)`,
  // de: a withdrawal clinic beside "ich", "mich", "mir".
  String.raw`(?:ich|mich|mir)[ \t]+[^.!?\n]{0,40}?(?:Entzugsklinik|Suchtklinik|Entzug|Entgiftung|Suchttherapie|Suchtreha)|(?:Entzugsklinik|Suchtklinik|Entzug|Entgiftung|Suchttherapie|Suchtreha)[^.!?\n]{0,40}?[ \t](?:ich|mich|mir)`,
  // pl: "jestem w trakcie terapii odwykowej", "byłem na odwyku".
  String.raw`(?:jestem|by\u0142(?:em|am)|chodz\u0119|przeszed\u0142em|przesz\u0142am|lecz\u0119[ \t]+si\u0119)[ \t]+[^.!?\n]{0,30}?(?:odwyk\p{L}{0,3}|(?:terapi|lecz|o\u015brod)\p{L}{0,4}[ \t]+odwykow\p{L}{1,3})`,
  // uk: "я в завʼязці", "лікуюсь від алкоголізму".
  String.raw`(?:\u044f[ \t]+)?(?:\u0432\u0436\u0435[ \t]+)?[\u0432\u0443][ \t]+\u0437\u0430\u0432['\u2019\u02bc]?\u044f\u0437\u0446\u0456|\u043b\u0456\u043a\u0443\u044e(?:\u0441\u044c|\u0441\u044f)[ \t]+\u0432\u0456\u0434[ \t]+(?:\u0430\u043b\u043a\u043e\u0433\u043e\u043b\u0456\u0437\u043c\u0443|\u043d\u0430\u0440\u043a\u043e\u043c\u0430\u043d\u0456\u0457|\u0437\u0430\u043b\u0435\u0436\u043d\u043e\u0441\u0442\u0456)`,
  // An illness with its verb: pl "choruję na padaczkę", es "sufro de epilepsia", fr "je souffre d'épilepsie".
  String.raw`(?:choruj\u0119|cierpi\u0119)[ \t]+na[ \t]+(?:padaczk\p{L}{1,3}|epilepsj\p{L}{1,2}|stwardnienie[ \t]+rozsiane)|(?:sufro|padezco|soffro|sofro|je[ \t]+souffre|ich[ \t]+leide)[ \t]+(?:de|di|d['\u2019]|an|unter)[ \t]?(?:la[ \t]+)?(?:epilepsia|epilessia|\u00e9pilepsie|Epilepsie)`,
  // A wheelchair said shortly: fr "je me déplace en fauteuil", "je suis en fauteuil".
  String.raw`je[ \t]+(?:me[ \t]+d\u00e9place|suis|roule|circule|vis)[ \t]+en[ \t]+fauteuil`,
];
const PHRASE = lazyPattern(String.raw`(?<![\p{L}])(?:${PHRASES.join('|')})(?![\p{L}])`, 'giu');

/** Each phrase in which the writer says a pregnancy, a recovery, an illness or a wheelchair in these forms. */
export function expectingAndRecovery(text: string): string[] {
  return [...text.matchAll(PHRASE.get())].map((m) => m[0]);
}
