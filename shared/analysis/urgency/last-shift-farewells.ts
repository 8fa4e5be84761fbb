import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A farewell without a method (att43, u44b): the writer's last shift with a goodbye to everyone and no next step
 * ("this is my last shift, goodbye everyone", "to moja ostatnia zmiana, żegnajcie wszyscy"), letters or notes left for
 * the children or the family with a message to pass on ("I wrote letters for my kids, tell them I'm sorry", "dejé
 * cartas para mis hijos, díganles que los quiero"), the family to be told one is sorry or was loved, or things given
 * away that will not be needed "where I'm going". Self-harm: whoever handles it must reach the writer today.
 *
 * A last shift is read only when nothing in the text makes it an ordinary leaving: a holiday, a new job, retiring, a
 * move, a transfer, a day named, going home, thanks or a "see you" ("last shift before my holiday, goodbye everyone!", "my last shift here is
 * friday, moving to the Leeds site"). In English, Spanish, French, Portuguese, German, Italian, Polish, Ukrainian and
 * Tagalog. Written as spoken and folded as the text is (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-people-at-risk-u44b.test.ts.
 */

const GAP = String.raw`[^\n]{0,60}?`;
const NB = String.raw`(?<![\p{L}])`;

interface Farewell {
  /** The writer's last shift or day. */
  last: string;
  /** A goodbye to everyone, or the children to be looked after. */
  bye: string;
  /** Letters or notes left for the children or the family. */
  letters: string;
  /** What they are to be told: sorry, loved, goodbye. */
  tell: string;
  /** Things given away that "where I'm going" will not need. */
  going: string;
}

const FAREWELLS: Farewell[] = [
  {
    last: String.raw`\b(?:this is|this'?s|thats|that'?s|it'?s|its|today is|today'?s|tonight is|tonight'?s) (?:gonna be |going to be )?my (?:last|final|very last) (?:shift|day|night|day at work|day here|shift here)\b`,
    bye: String.raw`\b(?:goodbye|good-?bye|bye|farewell)(?: to)? (?:everyone|everybody|all|y'?all|all of you|you all|guys|forever)\b|\b(?:look after|take care of) my (?:kids|children|son|daughter|family|wife|husband)\b`,
    letters: String.raw`\b(?:wrote|written|writing|left|leaving)(?: \w+){0,2}? (?:letters?|notes?)(?: \w+){0,3}? (?:for|to) (?:my|our) (?:kids|children|son|daughter|family|wife|husband|mum|mom|mother|dad|parents|girls|boys)\b(?!'s? (?:school|teacher|class|trip|party))`,
    tell: String.raw`\btell (?:my|our) (?:kids|children|son|daughter|family|wife|husband|mum|mom|mother|dad|parents|girls|boys)(?: that)? (?:i'?m sorry|im sorry|i am sorry|i loved|i love (?:them|her|him|you)|goodbye)\b`,
    going: String.raw`\b(?:won'?t|wont|will not|don'?t|dont) (?:need|be needing) (?:them|it|those|these|any of (?:it|them)) where i'?m going\b|\b(?:this is|this'?ll be|this will be) the last (?:time )?(?:you'?ll|you will|anyone will) (?:ever )?hear from me\b`,
  },
  {
    last: String.raw`\b(?:este es|esta es|es|hoy es|hoy) mi (?:ultimo|ultima) (?:turno|dia|jornada|noche|guardia)\b`,
    bye: String.raw`\b(?:adios|me despido|hasta siempre)(?: de| a)? (?:todos|todas|para siempre)\b|\bcuid(?:en|ad|a) (?:a |de )?(?:mis|mi) (?:hij[oa]s?|familia|esposa|esposo|ninos)\b`,
    letters: String.raw`\b(?:deje|escribi|he escrito|he dejado|les deje|les escribi)(?: \w+){0,2}? (?:cartas?|notas?)(?: \w+){0,2}? (?:para|a) (?:mis|mi) (?:hij[oa]s?|familia|esposa|esposo|mujer|marido|madre|padres|mama|ninos)\b`,
    tell: String.raw`\bdig(?:an|ale|anle|as|ales|anles)(?:s)? (?:a mis? (?:hij[oa]s?|familia|esposa|esposo|madre|mama) )?que (?:lo siento|los quiero|las quiero|la quiero|lo quiero|les quiero|me perdonen|perdon)\b`,
    going: String.raw`\b(?:a )?donde voy no (?:las|los|la|lo|me) (?:voy a )?(?:necesit\w*|van a hacer falta|hacen falta)\b`,
  },
  {
    last: String.raw`\b(?:c'est|aujourd'hui c'est|ce soir c'est|voici) (?:mon dernier (?:jour|service|poste|shift)|ma derniere (?:journee|nuit|garde|equipe))\b`,
    bye: String.raw`\badieu(?: a)? (?:tous|toutes|tout le monde)\b|\b(?:je vous dis|a tous) adieu\b|\bprenez soin de (?:mes|ma|mon) (?:enfants|fille|fils|famille|femme|mari)\b`,
    letters: String.raw`\b(?:j'ai ecrit|j'ai laisse|je laisse|j'ecris)(?: \w+){0,2}? (?:une |des |un )?(?:lettres?|mots?)(?: \w+){0,2}? (?:a|pour) (?:mes|ma|mon) (?:enfants|fille|fils|famille|femme|mari|mere|parents)\b`,
    tell: String.raw`\bdites[- ](?:leur|lui)(?: a (?:mes|ma|mon) \w+)? que (?:je (?:suis desole|les aime|l'aime|t'aime)|je regrette|pardon)\b`,
    going: String.raw`\bla ou je vais,? (?:je n'en aurai|je n'aurai) (?:pas|plus) besoin\b`,
  },
  {
    last: String.raw`\b(?:esse|este|hoje) e (?:o )?meu ultimo (?:turno|dia|plantao)\b|\b(?:essa|esta|hoje) e (?:a )?minha ultima (?:noite|jornada)\b`,
    bye: String.raw`\badeus(?: a)? (?:todos|todas|pra sempre|para sempre)\b|\b(?:me despeco|ja me despedi) de todos\b|\bcuid(?:em|e) (?:da|do|dos|das) (?:minha|meu|meus|minhas) (?:filh[oa]s?|familia|esposa|marido)\b`,
    letters: String.raw`\b(?:escrevi|deixei|deixo)(?: \w+){0,2}? (?:cartas?|bilhetes?)(?: \w+){0,2}? (?:para|pros|pras|aos|as|pro|pra) (?:os |as |a |o )?(?:meus|minhas|meu|minha) (?:filh[oa]s?|familia|esposa|marido|mae|pais)\b`,
    tell: String.raw`\bdig(?:am|a)(?: (?:aos|as|a|ao) (?:meus|minhas|minha|meu) \w+)? que (?:eu )?(?:sinto muito|os amo|as amo|amo (?:eles|elas|ela|ele)|me perdoem)\b`,
    going: String.raw`\b(?:para |pra )?onde eu vou,? nao (?:vou precisar|preciso)\b`,
  },
  {
    last: String.raw`\b(?:das ist|heute ist|es ist) (?:meine letzte schicht|mein letzter (?:tag|arbeitstag|dienst))\b`,
    bye: String.raw`\b(?:lebt wohl|leb wohl|adieu)(?: (?:alle|allerseits|zusammen|fur immer))?\b|\bpasst auf (?:meine|meinen) (?:kinder|familie|frau|mann|tochter|sohn) auf\b`,
    letters: String.raw`\babschiedsbrie\w*|\bbriefe? (?:an|fur) (?:meine|meinen) (?:kinder|frau|familie|eltern|tochter|sohn|mann)\b`,
    tell: String.raw`\bsagt (?:meiner|meinen|meinem) (?:frau|kindern|mann|familie|mutter|eltern|tochter|sohn),? (?:dass )?(?:es mir leid tut|ich (?:sie|ihn|euch) liebe)\b`,
    going: String.raw`\bwo ich hingehe,? brauche ich (?:sie|das|die|es) nicht\b`,
  },
  {
    last: String.raw`\b(?:questo e|oggi e|stasera e|e) il mio ultimo (?:turno|giorno)\b|\b(?:questa e|stasera e) la mia ultima (?:notte|giornata)\b`,
    bye: String.raw`\baddio(?: a)? (?:tutti|tutte|per sempre)\b|\bvi saluto per sempre\b|\bprendetevi cura (?:dei miei|della mia|di mia) (?:figli|figlia|figlio|famiglia|moglie|marito)\b`,
    letters: String.raw`\b(?:ho scritto|ho lasciato|lascio)(?: \w+){0,2}? (?:delle |una |le )?(?:lettere?|bigliett\w*)(?: \w+){0,2}? (?:per|ai|alla|a) (?:i )?(?:miei|mia|mio) (?:figli|figlia|figlio|famiglia|moglie|marito|madre|genitori)\b`,
    tell: String.raw`\bdite (?:ai miei|alla mia|a mia) \w+ che (?:mi dispiace|li amo|la amo|le voglio bene|gli voglio bene)\b`,
    going: String.raw`\bdove vado,? non mi serv\w*\b`,
  },
  {
    last: String.raw`\bto (?:jest )?(?:moja ostatnia (?:zmiana|noc|dniowka)|moj ostatni dzien)\b|\bdzis (?:mam )?(?:moja )?ostatni\w* (?:zmiane|zmiana|dzien)\b`,
    bye: String.raw`\b(?:zegnajcie|zegnaj|zegnam (?:was|wszystkich|sie na zawsze))\b|\b(?:zaopiekujcie sie|opiekujcie sie) (?:moimi|moja|moim) (?:dziecmi|corka|synem|rodzina|zona|mezem)\b`,
    letters: String.raw`\b(?:napisalem|napisalam|zostawilem|zostawilam)(?: \w+){0,2}? (?:list\w*|kartk\w*)(?: \w+){0,2}? (?:do|dla) (?:moich |mojej |mojego )?(?:dzieci|corki|syna|rodziny|zony|meza|mamy|rodzicow)\b`,
    tell: String.raw`\bpowiedzcie (?:moim |mojej |mojemu )?\w+,? ze (?:przepraszam|(?:ich|ja|go) kocham)\b`,
    going: String.raw`\btam,? gdzie (?:ide|odchodze|sie wybieram),? nie (?:beda|bedzie) mi potrzebn\w*`,
  },
  {
    last: String.raw`${NB}(?:це|сьогодні) (?:моя )?остання (?:зміна|ніч)|${NB}(?:це|сьогодні) (?:мій )?останній (?:день|робочий день)`,
    bye: String.raw`${NB}(?:прощавайте|прощайте|прощаюся|прощаюсь)(?![\p{L}])|${NB}(?:подбайте|піклуйтеся) про (?:моїх|мою|мого) (?:дітей|доньку|сина|сім'ю|родину|дружину|чоловіка)`,
    letters: String.raw`${NB}(?:написав|написала|залишив|залишила)(?: \S+){0,2}? (?:листи|листа|лист|записк\p{L}*)(?: \S+){0,2}? (?:для )?(?:дітям|дітей|діти|дружині|чоловікові|чоловіку|мамі|сім'і|родині|доньці|синові|сину|батькам)`,
    tell: String.raw`${NB}скажіть (?:\S+ ){0,2}?(?:що )?(?:мені шкода|вибач|пробач|я (?:їх|її|його) любл|люблю їх)\p{L}*`,
    going: String.raw`${NB}там,? куди я (?:йду|піду|іду),? (?:\S+ ){0,3}?не (?:знадобл|потрібн)\p{L}*`,
  },
  {
    last: String.raw`\bhuling (?:shift|araw|duty|pasok) ko na\b`,
    bye: String.raw`\bpaalam(?: na)? (?:sa (?:inyong lahat|inyo|lahat)|po sa lahat|magpakailanman)\b|\balagaan (?:nyo|ninyo) ang (?:mga )?anak ko\b`,
    letters: String.raw`\b(?:sumulat|nagsulat|nag-iwan|nag iwan) ako ng (?:sulat|liham)(?: \w+){0,2}? (?:para sa|sa) (?:mga )?(?:anak|pamilya|asawa|nanay|magulang) ko\b`,
    tell: String.raw`\bsabihin (?:nyo|ninyo|mo) sa (?:mga )?(?:anak|pamilya|asawa|nanay) ko na (?:sorry|patawad|mahal ko sila|mahal ko siya)\b`,
    going: String.raw`\bhindi ko na (?:sila |ito |iyon )?kailangan kung saan ako pupunta\b`,
  },
];

// A last shift that is an ordinary leaving: a holiday, a new job, retiring, a move or transfer, thanks, a "see you".
const ORDINARY_LEAVING = lazyPattern(
  foldPattern(
    String.raw`\b(?:before|until|till|holiday|vacation|leave|retir\w*|new (?:job|position|role)|moving|move|transfer\w*|promot\w*|starting|joining|uni|college|university|school|maternity|paternity|thanks?|thank you|cheers|been (?:a|great|fun|an honou?r)|miss (?:you|u|y'?all)|see (?:you|ya|u)|party|cake|drinks|keep in touch|linkedin|next (?:week|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|antes|vacaciones|jubil\w*|nuevo (?:trabajo|empleo)|mud\w*|traslad\w*|gracias|nos vemos|fiesta|licencia|avant|vacances|retraite|nouveau (?:poste|travail|boulot)|demenag\w*|mutation|merci|a bientot|pot|ferias|aposent\w*|novo (?:emprego|trabalho)|mudanca|obrigad\w*|ate (?:logo|breve|mais)|licenca|urlaub|vor dem|vor der|rente|ruhestand|neuen? (?:job|stelle|arbeit)|umzug|ziehe um|versetz\w*|danke|bis (?:bald|dann|montag)|elternzeit|mutterschutz|ferie|prima d\w*|pension\w*|nuovo lavoro|grazie|ci vediamo|a presto|maternita|urlop\w*|przed|emerytur\w*|now\w* prac\w*|przeprowadz\w*|dziekuj\w*|do zobaczenia|macierzyn\w*|bakasyon|bago|magreretiro|bagong trabaho|lilipat|salamat|hanggang sa muli|tomorrow|tonight'?s (?:party|do)|lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|segunda|terca|quarta|quinta|sexta|amanha|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|poniedzialek|wtorek|sroda|czwartek|piatek|sobota|niedziela|jutro|miyerkules|huwebes|biyernes|linggo|bukas|uuwi|probinsya)\b|(?:відпуст|перед |пенсі|нов\p{L}* робот|переїж|переход|переведен|дякую|дякуємо|до зустрічі|декрет|звільняюс|понеділ|вівтор|середу|четвер|п'ятниц|субот|неділ|завтра)`,
  ),
  'u',
);

/*
 * Words one of a language's goodbyes, letters, messages or "where I'm going" holds (folded): its patterns are made and
 * run only on a text holding one. Each language's are made apart, on their first such text: made together, the nine
 * took over a second of a cold start's first message (V8 compiles a pattern on its first run).
 */
const HINTS: string[][] = [
  ['bye', 'farewell', 'look after', 'take care', 'letter', 'note', 'tell', 'where i', 'hear from me'],
  ['adios', 'despido', 'hasta siempre', 'cuid', 'carta', 'nota', 'dig', 'donde voy'],
  ['adieu', 'prenez soin', 'lettre', 'mot', 'dites', 'ou je vais'],
  ['adeus', 'despe', 'despedi', 'cuid', 'carta', 'bilhete', 'dig', 'onde eu vou'],
  ['wohl', 'adieu', 'passt auf', 'abschied', 'brief', 'sagt', 'wo ich'],
  ['addio', 'saluto', 'prendetevi', 'letter', 'bigliett', 'dite', 'dove vado'],
  ['zegna', 'opiekujcie', 'list', 'kartk', 'powiedzcie', 'gdzie'],
  ['прощ', 'подба', 'піклу', 'лист', 'записк', 'скажіть', 'куди'].map(foldPattern),
  ['paalam', 'alagaan', 'sulat', 'liham', 'sabihin', 'kung saan'],
];
// The end said beside a message to the family ("tell my wife I loved her. I won't be coming back").
const EN_END = String.raw`\b(?:won'?t be (?:coming )?back|last time|can'?t do this|anymore|no more)\b`;

const COMPILED = FAREWELLS.map(({ last, bye, letters, tell, going }, index) => ({
  hints: HINTS[index]!,
  // The last shift and a goodbye, either order.
  lastAndBye: lazyPattern(foldPattern(`(?:${last})${GAP}(?:${bye})|(?:${bye})${GAP}(?:${last})`), 'u'),
  // Letters with a message or a goodbye; a message with a goodbye or an end; things not needed where one is going.
  otherwise: lazyPattern(
    foldPattern(
      `(?:${letters})${GAP}(?:${tell}|${bye})|(?:${tell}|${bye})${GAP}(?:${letters})|(?:${tell})${GAP}(?:${bye}${index === 0 ? `|${EN_END}` : ''})|(?:${bye})${GAP}(?:${tell})|${going}`,
    ),
    'u',
  ),
}));

/** Whether the folded text tells a farewell for good without naming how. */
export function saysLastFarewell(folded: string): boolean {
  for (const language of COMPILED) {
    if (!language.hints.some((hint) => folded.includes(hint))) continue;
    if (language.lastAndBye.get().test(folded) && !ORDINARY_LEAVING.get().test(folded)) return true;
    if (language.otherwise.get().test(folded)) return true;
  }
  return false;
}

/** The reading with self-harm added (and urgent) where the writer says a farewell for good. */
export function withLastFarewell(text: string, reading: Reading): Reading {
  if (reading.categories.includes('self-harm') || typeof text !== 'string') return reading;
  if (!saysLastFarewell(fold(text))) return reading;
  return withKindsAdded(reading, 'self-harm');
}
