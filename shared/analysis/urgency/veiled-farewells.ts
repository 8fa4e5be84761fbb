import { rule, type UrgencyRule } from './types';

/*
 * A farewell for good said without the word (blind round 37): going to a better place, a last goodbye, the others
 * spared the writer from now on, the means made ready with an end said beside them ("going to a better place soon,
 * goodbye everyone", "this is my last goodbye, you won't have to deal with me anymore", "Am Freitag verabschiede ich
 * mich für immer, die Tabletten liegen bereit", "Прощавайте всі, більше ви мене не побачите"). Self-harm: the person
 * who handles it must reach the writer today. Read after each language's own rules (gravest/index.ts for the eleven
 * languages, the Ukrainian and Haitian Creole tables for theirs).
 *
 * A goodbye with an ordinary next step (goodbyes-going-somewhere.ts) is not read as one of these; nor is a better place
 * to work or to live ("moving to a better place with a garden", "leaving for a better place to work"), a last goodbye
 * at a funeral or a leaving party, or pills lined up for someone's week.
 */

// After "a better place": what makes it a job or a home.
const BETTER_PLACE_TO_LIVE = String.raw`(?![^.!?\n]{0,40}\b(?:to (?:work|live|stay|eat|be employed)|job|career|apartment|flat|house|company|pay|salary|garden|rent|neighbou?rhood|para (?:trabajar|vivir)|trabajo|empleo|piso|pour (?:travailler|vivre)|travail|appartement|pra (?:trabalhar|morar)|para (?:trabalhar|morar)|emprego|zum (?:arbeiten|wohnen)|wohnung|arbeit|per (?:lavorare|vivere)|lavoro|casa|do pracy|do zycia|praca|mieszkanie|trabaho|bahay)\b)`;
// A funeral or a leaving party: a last goodbye said to someone else.
const NOT_A_FUNERAL = String.raw`(?![^.!?\n]{0,60}\b(?:funeral|wake|service|burial|party|do|drinks|entierro|funeral|velorio|fiesta|enterrement|obseques|fete|pot|enterro|velorio|festa|beerdigung|trauerfeier|feier|funerale|festa|pogrzeb|impreza|libing|lamay|party)\b)`;

// After medicines "lined up": someone else's (residents', patients', a relative's) or a shift's end, not a plan ("got the
// meds lined up for the residents, i am done for tonight").
const NOT_SOMEONE_ELSES_MEDICINE = String.raw`(?![^\n]{0,60}\b(?:residents?|patients?|service users?|clients?|ward|rounds?|trolley|shift|handover|for the week|for (?:my |the )?(?:kids|mum|mom|dad|nan|gran|grandma|grandpa)|done for (?:tonight|today|the (?:day|night|shift|week)|now))\b)`;

export const VEILED_FAREWELLS: Record<string, UrgencyRule[]> = {
  en: [
    rule(
      'self-harm',
      String.raw`\b(?:going|gone|off|heading|leaving|i'?m going|im going|i am going|i'?ll be going|about to go) to (?:a|the) better place\b${BETTER_PLACE_TO_LIVE}|\b(?:this is|this'?ll be|here'?s|heres|consider this|take this as) my (?:last|final) (?:goodbye|farewell|good-?bye|message)\b${NOT_A_FUNERAL}|\b(?:you|u|y'?all|everyone|you all|nobody|no one) (?:won'?t|wont|will not|will never|don'?t|dont) (?:have|need) to (?:deal with|put up with|worry about|look at|hear from) me (?:anymore|any more|ever again|again|much longer)\b|\b(?:pills|tablets|meds|rope|noose)(?: \w+){0,2} (?:are |is )?(?:lined up|all lined up|ready|counted(?: out)?|saved up|laid out|sorted)\b${NOT_SOMEONE_ELSES_MEDICINE}(?=[^\n]{0,60}\b(?:i'?m done|im done|i am done|i'?ll be done|it ends|it'?s over|the end|goodbye|bye|gone|over with)\b)`,
    ),
  ],
  es: [
    rule(
      'self-harm',
      String.raw`\bme voy (?:a|para) (?:un|el) lugar mejor\b${BETTER_PLACE_TO_LIVE}|\b(?:este es|es) mi (?:ultimo|ultima) (?:adios|despedida)\b${NOT_A_FUNERAL}|\b(?:ya )?no (?:van a |tendran que |tendreis que |van a tener que )(?:aguantarme|soportarme|lidiar conmigo|preocuparse por mi|verme)(?: mas| nunca mas)?\b|\b(?:les dejo|os dejo|te dejo) (?:todas )?mis cosas\b|\b(?:tengo )?(?:las )?(?:pastillas|pildoras|la cuerda) (?:ya )?(?:listas|lista|preparadas|preparada|guardadas|contadas)\b(?=[^\n]{0,60}\b(?:se acaba|termino|acabo|adios|ya no)\b)`,
    ),
  ],
  fr: [
    rule(
      'self-harm',
      String.raw`\bje (?:pars|m'en vais|vais) (?:vers|dans|pour) un (?:monde|endroit) meilleur\b${BETTER_PLACE_TO_LIVE}|\b(?:c'est|voici) mon dernier adieu\b${NOT_A_FUNERAL}|\bvous n'aurez plus (?:a|besoin de) (?:me supporter|me voir|vous occuper de moi|vous inquieter pour moi)\b|\b(?:les )?(?:cachets|medicaments|pilules) sont (?:prets|la|alignes|comptes)\b(?=[^\n]{0,60}\b(?:fini|adieu|en finir|la fin)\b)`,
    ),
  ],
  pt: [
    rule(
      'self-harm',
      String.raw`\bvou (?:para|pra) um lugar melhor\b${BETTER_PLACE_TO_LIVE}|\b(?:esse|este) e (?:o )?meu ultimo adeus\b${NOT_A_FUNERAL}|\b(?:voces )?nao vao (?:mais )?(?:precisar|ter que) me (?:aguentar|suportar|ver)\b|\b(?:deixo|deixei) (?:todas )?as minhas coisas (?:pra|para) (?:voces|vcs)\b|\bos (?:remedios|comprimidos) (?:ja )?(?:estao )?(?:prontos|separados|contados)\b(?=[^\n]{0,60}\b(?:acabou|adeus|fim|acaba)\b)`,
    ),
  ],
  de: [
    rule(
      'self-harm',
      String.raw`\b(?:verabschiede ich mich|ich verabschiede mich|ich sage|sage ich) (?:\w+ ){0,4}?(?:fur immer|fuer immer)\b|\b(?:an einen|zu einem) besseren ort\b${BETTER_PLACE_TO_LIVE}|\bmein letzter abschied\b${NOT_A_FUNERAL}|\bihr (?:musst|musstet|muesst) mich (?:nicht mehr|nie wieder) (?:ertragen|aushalten|sehen)\b|\bihr seid mich (?:bald )?los\b|\bdie (?:tabletten|pillen) (?:liegen|sind) (?:schon )?(?:bereit|parat|gezahlt|gezaehlt)\b(?:(?=[^\n]{0,60}\b(?:ende|schluss|(?:ist es|ist alles|alles) vorbei|abschied|fur immer|fuer immer|bin ich weg)\b)|(?<=\b(?:verabschiede|abschied|fur immer|fuer immer|ende|schluss)\b[^\n]{0,80}))`,
    ),
  ],
  it: [
    rule(
      'self-harm',
      String.raw`\bvado in un posto migliore\b${BETTER_PLACE_TO_LIVE}|\b(?:questo e|e) il mio ultimo addio\b${NOT_A_FUNERAL}|\bnon (?:dovrete|dovrai) piu (?:sopportarmi|vedermi|preoccuparvi per me)\b|\b(?:le pillole|le pastiglie|i farmaci) sono (?:gia )?(?:pronte|pronti|contate|contati)\b(?=[^\n]{0,60}\b(?:finita|addio|basta)\b)`,
    ),
  ],
  pl: [
    rule(
      'self-harm',
      String.raw`\b(?:odchodze|ide) (?:w|do) lepsze(?:go)? miejsc(?:e|a)\b${BETTER_PLACE_TO_LIVE}|\bto (?:jest )?moje ostatnie pozegnanie\b${NOT_A_FUNERAL}|\bnie (?:bedziecie|bedziesz) (?:juz )?(?:musieli|musialy|musial|musiala) mnie (?:znosic|ogladac|widziec)\b|\btabletki (?:juz )?(?:sa )?(?:gotowe|przygotowane|odliczone)\b`,
    ),
  ],
  tl: [
    rule(
      'self-harm',
      String.raw`\b(?:pupunta|papunta) na (?:ako )?sa (?:mas )?mabuting lugar\b${BETTER_PLACE_TO_LIVE}|\b(?:ito na ang|ito ang) (?:aking |huling )?huling paalam\b${NOT_A_FUNERAL}|\bhindi (?:nyo|ninyo|mo) na (?:ako )?(?:kailangang|kailangan) (?:tiisin|intindihin|makita)\b|\bhindi (?:nyo|ninyo|mo) na ako makikita\b`,
    ),
  ],
};

/** The same for the Ukrainian and Haitian Creole tables (other-languages/uk.ts, ht.ts), as their phrases are written. */
export const VEILED_FAREWELLS_TABLE: Record<'uk' | 'ht', string[]> = {
  uk: [
    String.raw`(?:більше )?ви мене (?:більше )?не побачите(?![^.!?\n]{0,40}(?:в офісі|на роботі|на зміні|бо |тому що|переїж|переход|перевод))|(?:вам|вам усім) (?:більше )?не (?:доведеться|треба буде) мене терпіти|прощаюс\p{L}* назавжди|(?:йду|піду) в кращий світ|втомив(?:ся|ла?ся) жити|моє останнє прощання`,
  ],
  ht: [
    String.raw`(?:m|mwen) (?:pral|prale|ale) (?:\S+ )?(?:nan )?(?:yon )?pi bon kote|(?:m|mwen) (?:pap|p ap) la anko(?![^.!?\n]{0,40}(?:nan |paske|demenaje|deplase|travay|biwo|branch|konpayi))|(?:nou|nou tout) (?:pap|p ap) (?:bezwen )?(?:we|sipote) (?:m|mwen) anko|(?:m|mwen) fatige viv|denye orevwa (?:m|mwen)`,
  ],
};
