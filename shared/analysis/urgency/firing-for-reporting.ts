import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * A firing promised to whoever reports, said as a rule of the house (att44, u46b): "el jefe dijo que el que llame a la
 * inspección se va a la calle", "老板说谁去劳动局投诉就开除谁", "المدير قال اللي بيشتكي بينطرد", "whoever calls the labour
 * inspector is fired". Retaliation, as English "whoever complains gets fired" is (retaliation-threats.ts): harassment,
 * owned by whoever owns harassment. Spanish and Chinese read it as a threat alone (the safety owner's), Arabic and the
 * English inspector calm. A threat it is not, unless the rules read one once the firing is taken out ("...y que le
 * rompe las piernas").
 *
 * Read when whoever reports, complains, calls the inspection, the labour office, the union or the police is said to be
 * fired, out on the street or sent packing, in either order ("despide a quien denuncie"), in English, Spanish, French,
 * Portuguese, German, Italian, Polish, Ukrainian, Chinese and Arabic. Calm beside them: someone fired after an
 * inspection ("he got fired after the inspection"), a complaint that got a manager fired ("有人投诉了那个经理，他被开除了"),
 * a rule for lateness. Written as spoken and folded (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-att44-u46b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,60}?`;
const NB = String.raw`(?<![\p{L}])`;

interface Language {
  /** Whoever reports: "el que llame a la inspección", "谁去劳动局投诉". */
  reports: string;
  /** Is fired: "se va a la calle", "就开除谁". */
  fired: string;
  /** Fires whoever: "despide a quien", "开除…的人"; read before `reports`. */
  fires?: string;
}

const EN_BODY = String.raw`(?:the )?(?:labou?r (?:inspector|inspectors|inspection|inspectorate|board|office|department|ministry)|inspectors?|inspection|osha|the union|union|hr|human resources|the police|police|cops|ministry|ombudsman|health and safety|the state|authorities|lawyer|news|press)`;
const LANGUAGES: Language[] = [
  {
    reports: String.raw`\b(?:whoever|anyone who|anybody who|any of us who|the (?:first |next )?(?:one|person|guy) who|(?:if|when) (?:anyone|anybody|someone|somebody|we|you|i|any of us))(?: \w+){0,2}? (?:calls?|called|goes? to|went to|contacts?|tells?|rings?|reports? (?:\w+ ){0,3}?to|complains? to|talks? to|writes? to) ${EN_BODY}\b`,
    fired: String.raw`\b(?:is|are|gets?|will be|'ll be|ll be|would be|is getting|be|goes|is going) (?:\w+ )?(?:fired|sacked|canned|let go|terminated|out|gone|out the door|on the street|axed|done here)\b|\b(?:he|she|they|we|the boss|the manager)(?:'ll| will| would|'d| is going to| are going to| is gonna) (?:\w+ )?(?:fire|sack|can|axe|terminate) (?:them|him|her|you|us|that person)\b`,
    fires: String.raw`\b(?:fire|fires|sack|sacks|terminate|get rid of)\b (?:anyone|anybody|whoever|any of us|the (?:first |next )?(?:one|person))(?: who)?(?: \w+){0,2}? (?:calls?|goes? to|contacts?|talks? to|complains? to|tells?) ${EN_BODY}\b`,
  },
  {
    reports: String.raw`\b(?:el que|la que|los que|quien|quienes|cualquiera que|si alguien|si alguno|si uno|si (?:lo |la )?(?:denunciamos|llamamos))(?: \w+){0,2}? (?:(?:llame|llama|llamen|vaya|va|vayan|acuda|avise|hable con|le hable a|se queje con|se queje a|reporte a) (?:a )?(?:la |las |el |los )?(?:inspeccion|inspectores|inspector|policia|sindicato|ministerio|trabajo|rrhh|recursos humanos|prensa|abogad[oa]|autoridades|stps|sunafil|denuncia)|denuncie|denuncia|denuncien|se queje|se queja|reporte|ponga (?:una )?(?:queja|denuncia))\b`,
    fired: String.raw`\b(?:se va (?:a la calle|pa(?:ra)? (?:la )?(?:calle|fuera|afuera|su casa))|a la calle|(?:queda|esta|sale|sera) (?:despedid[oa]|fuera|en la calle)|lo (?:despido|despide|despedimos|echo|echa|echamos|corro|corre|corremos)|la (?:despido|despide|echa|corre)|lo van a (?:despedir|echar|correr)|(?:se )?queda sin (?:trabajo|chamba|empleo))\b`,
    fires: String.raw`\b(?:despide|despedira|despedir|echa|echara|echar|corre|correra|correr)\b (?:a (?:quien|cualquiera que|todo el que)|al que|a la que|a los que)(?: \w+){0,2}? (?:llame a la (?:inspeccion|policia)|denuncie|se queje|reporte)\b`,
  },
  {
    reports: String.raw`\b(?:celui qui|celle qui|ceux qui|quiconque|si (?:quelqu'un|on|tu|je))(?: [\w']+){0,2}? (?:(?:appelle|appellent|va (?:voir )?|vont (?:voir )?|va a|previent|parle a|parle aux|contacte|ecrit a) (?:l'|la |les |le |aux |a l')?(?:inspection|inspecteur|inspection du travail|police|flics|syndicat|rh|prud'hommes|journalistes|avocat)|porte plainte|se plaint|denonce|signale)\b`,
    fired: String.raw`\b(?:est|sera|se fait|se retrouve|est mis|sera mis) (?:\w+ )?(?:vire|virer|viree|viree?s|licencie|licenciee?s?|renvoye|dehors|a la porte|a la rue)\b|\b(?:je|il|elle|on) (?:le|la|les) vire\b`,
  },
  {
    reports: String.raw`\b(?:quem|aquele que|se (?:alguem|algum|a gente|voce|eu))(?: \w+){0,2}? (?:(?:ligar|liga|for|vai|chamar|chama|falar com|procurar) (?:pr[oa] |para o |para a |no |na |ao |a |o )?(?:fiscalizacao|fiscal|ministerio|policia|sindicato|rh|justica|advogad[oa]|imprensa)|denunciar|denuncia|reclamar|reclama|dedurar)\b`,
    fired: String.raw`\b(?:vai (?:pra|para a|pro) (?:rua|olho da rua)|(?:e|esta|sera|vai ser|fica) (?:\w+ )?(?:demitid[oa]|mandad[oa] embora|na rua)|(?:eu )?(?:demito|mando embora)|perde o emprego)\b`,
  },
  {
    reports: String.raw`\b(?:wer|wenn (?:jemand|einer|wir|ihr|du|ich))(?: [\w-]+){0,3}? (?:beschwert|anzeigt|petzt|(?:geht|rennt|lauft) (?:zum|zur|zu der|zu den) (?:betriebsrat|gewerkschaft|polizei|arbeitsamt|gewerbeaufsicht|zoll|personalabteilung|hr|anwalt|presse)|(?:beim|bei der|bei dem) (?:betriebsrat|gewerkschaft|polizei|personalabteilung|zoll|gewerbeaufsicht) (?:anruft|meldet|beschwert))\b`,
    fired: String.raw`\b(?:fliegt|fliegen|flieg|ist (?:\w+ )?(?:gefeuert|entlassen|raus|gekundigt|weg)|wird (?:\w+ )?(?:gefeuert|entlassen|rausgeworfen|gekundigt|rausgeschmissen)|kann (?:\w+ )?gehen|kann (?:seine|ihre|die) sachen packen|(?:werfe|schmeisse|feuere|kundige) (?:ich )?(?:ihn|sie)(?: \w+)? (?:raus)?)\b`,
  },
  {
    reports: String.raw`\b(?:chi|se (?:qualcuno|uno|qualcuna))(?: [\w']+){0,2}? (?:(?:chiama|va (?:dai|dalla|dal|al|alla|all'|in)|contatta|parla con) ?(?:l'|la |il |i |lo |gli )?(?:ispettorato|ispettori|ispezione|carabinieri|polizia|sindacato|finanza|giornalisti|avvocato)|denuncia|si lamenta|segnala|fa (?:una )?(?:denuncia|segnalazione))\b`,
    fired: String.raw`\b(?:(?:viene|e|sara|verra|e gia) (?:\w+ )?(?:licenziat[oa]|cacciat[oa]|fuori|mandat[oa] via|a casa)|va a casa|lo (?:licenzio|licenzia|caccio|caccia)|(?:e|sei) fuori)\b`,
  },
  {
    reports: String.raw`\b(?:kto|jesli (?:ktos|ktokolwiek)|jak (?:ktos|ktokolwiek))(?: \w+){0,3}? (?:zglosi|zglasza|doniesie|poskarzy|skarzy|(?:zadzwoni|pojdzie|napisze) (?:do|na) (?:inspekcji|pip|policji|zwiazku|zwiazkow|kadr|prasy))\w*`,
    fired: String.raw`\b(?:wylatuje|wyleci|wylecisz|wylatujesz|(?:jest|bedzie|zostanie) (?:\w+ )?(?:zwolnion\w*|wywalon\w*|wyrzucon\w*)|(?:zwolni|wywali|wyrzuci|wyrzucimy|zwolnimy) (?:go|ja|ich)|na bruk|do domu)\b`,
  },
  {
    reports: String.raw`${NB}(?:хто|якщо хтось|якщо хто)(?: \S+){0,2}? (?:поскарж|скарж|доповіс|повідом|донес|звернет|заяв)\p{L}*`,
    fired: String.raw`${NB}(?:вилетить|вилітає|звільн\p{L}*|вижен\p{L}*|викин\p{L}*|на вулиц\p{L}*)`,
  },
  {
    reports: String.raw`(?:谁|哪个|如果有人|要是有人|如果谁|要是谁|有谁|敢)[^。！？\n]{0,12}?(?:投诉|举报|告状|报警|劳动局|劳动监察|劳动仲裁|仲裁|工会|监察|上访|曝光|打电话给)`,
    fired: String.raw`(?:就|立刻|马上|直接|都)[^。！？\n]{0,4}?(?:开除|炒|辞退|解雇|滚|走人|卷铺盖|别干了|不用来了|不用干了)|(?:开除|辞退|解雇)谁`,
  },
  {
    reports: String.raw`${NB}(?:اللي|الي|إللي|من|كل من|اي واحد|أي واحد|اي حد|اي حدا|اذا حد|لو حد|لو واحد|اذا واحد|اذا حدا)(?: \S+){0,1}? [وف]?(?:ب|بي|ي|رح ي|ح ي)?(?:شتكي|شكي|بلغ|قدم شكو)\p{L}*`,
    fired: String.raw`${NB}[وف]?(?:ب|بي|ي|رح ي|ح ي|هي|بن|ن|مش)?(?:نطرد|طرد|تفصل|نفصل|فصل|تنطرد|ينطرد|ينفصل|مطرود|مفصول)\p{L}*|${NB}(?:بره|برا|للشارع|ع الشارع|على الشارع)(?![\p{L}])`,
  },
];

// Words the readings hold (folded): the patterns run only on a text holding one.
const HINTS = [
  'fire',
  'sack',
  'canned',
  'let go',
  'terminat',
  'out',
  'gone',
  'axe',
  'done here',
  'calle',
  'despid',
  'despedi',
  'echa',
  'echo',
  'corr',
  'sin trabajo',
  'sin chamba',
  'sin empleo',
  'vir',
  'licenci',
  'renvoy',
  'dehors',
  'porte',
  'rue',
  'demit',
  'embora',
  'flieg',
  'gefeuert',
  'entlassen',
  'raus',
  'gekundigt',
  'gehen',
  'packen',
  'kundige',
  'cacciat',
  'caccia',
  'fuori',
  'via',
  'casa',
  'wylat',
  'wylec',
  'zwoln',
  'wywal',
  'wyrzuc',
  'bruk',
  'domu',
  ...[
    'вилет',
    'вилітає',
    'звільн',
    'вижен',
    'викин',
    'вулиц',
    '开除',
    '炒',
    '辞退',
    '解雇',
    '滚',
    '走人',
    '卷铺盖',
    '别干了',
    '不用',
    'طرد',
    'فصل',
    'بره',
    'برا',
    'شارع',
  ].map(foldPattern),
];

const COMPILED = LANGUAGES.map(({ reports, fired, fires }) =>
  lazyPattern(foldPattern(`(?:${reports})${GAP}(?:${fired})${fires ? `|${fires}` : ''}`), 'gu'),
);
// A denial just before, or the law said: "nobody who reports can be fired", "no pueden despedir a quien denuncie".
const NOT_SO = lazyPattern(
  String.raw`\b(?:can'?t|cannot|not allowed|illegal|never|lol|lmao|haha\w*|jaja\w*|kkk\w*|mdr|jk|joking|kidding|no (?:pueden|puede)|ilegal|interdit|nao pode|nicht|non (?:possono|puo)|nie (?:moze|moga))\b|不能|不得|违法|ممنوع|ما بيقدر`,
  'u',
);

/** The span of the folded text that promises a firing to whoever reports, or undefined. */
export function firingForReporting(folded: string): { index: number; length: number } | undefined {
  if (!HINTS.some((hint) => folded.includes(hint))) return undefined;
  for (const holder of COMPILED) {
    const pattern = holder.get();
    pattern.lastIndex = 0;
    const found = pattern.exec(folded);
    if (!found) continue;
    if (NOT_SO.get().test(folded.slice(Math.max(0, found.index - 30), found.index + found[0].length + 30))) continue;
    return { index: found.index, length: found[0].length };
  }
  return undefined;
}

/**
 * The reading with harassment added (and urgent) where a firing is promised to whoever reports; a threat read only from
 * the firing ("se va a la calle", "开除") is dropped when the rules, asked of the text without it, read no threat.
 */
export function withFiringForReporting(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (typeof text !== 'string') return reading;
  const folded = fold(text);
  const span = firingForReporting(folded);
  if (span === undefined) return reading;
  const added = withKindsAdded(reading, 'harassment');
  if (!added.categories.includes('threat')) return added;
  const without = `${folded.slice(0, span.index)} ${folded.slice(span.index + span.length)}`;
  if (read(without).categories.includes('threat')) return added;
  return { urgent: true, categories: added.categories.filter((category) => category !== 'threat') };
}
