import { keptAnswers } from './kept-answers';
import { foldPattern } from './normalise';
import { readingYear } from './reading-year';

/*
 * An accident at work placed plainly in the past: "Two years ago a guy lost a finger on press 4.", "In 2019 a worker
 * was crushed by a pallet here, it was awful", "Hace dos años un compañero perdió un dedo en la prensa", "Il y a deux
 * ans un collègue a perdu un doigt". It is history, told as a memory or as the reason a rail went in: nobody needs
 * anyone today, so, like a repaired hazard (resolved.ts), the safety rules do not read the sentence.
 *
 * The past must be distant and dated: last year, N years or months ago, in a past year, back in the day. "Yesterday",
 * "last night", "this morning", "last week" are not (an injury of yesterday is for someone today), nor "since last
 * year" or "over the last year" (a hazard going on since). And the text must say nothing of the hazard being there
 * still or coming back ("the guard is still missing", "it happened again today", "nothing has changed", "could
 * happen again"): then the sentence stays a report. Only safety is affected: a threat made a year ago that still
 * stands is read as before.
 */

// A distant, dated past, per language (folded). Never after "since"/"for"/"over the" (an ongoing hazard).
const LONG_AGO = [
  // en
  String.raw`(?<!\b(?:since|from|for|over|in|during|within|the|past|this) )\b(?:last year|the year before last)\b|\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|a couple of|couple of|couple|many|some|\d{1,2}) )?(?:years?|months|decades?) (?:ago|back|before)\b|\b(?:a )?(?:long|good while) (?:time )?ago\b|\b(?<!\b(?:since|until|till|from) )(?:in|back in|during|around) (?:the (?:summer|spring|winter|autumn|fall) of )?(?:19|20)\d\d\b|\bback in the (?:day|\d0s)\b`,
  // es
  String.raw`\bhace (?:(?:unos|unas|mas de|casi|ya|como) )?(?:\w+ )?(?:anos|ano|meses|tiempo|mucho)\b|\b(?<!desde )el ano pasado\b|\b(?<!desde )en (?:el )?(?:ano )?(?:19|20)\d\d\b`,
  // fr
  String.raw`\bil y a (?:(?:plus de|presque|deja|environ) )?(?:\w+ )?(?:ans|an|mois|longtemps)\b|\b(?<!depuis )(?:l'an dernier|l'annee derniere|l'an passe|l'annee passee)\b|\b(?<!depuis )en (?:19|20)\d\d\b`,
  // de
  String.raw`\bvor (?:(?:uber|fast|etwa|gut|knapp) )?(?:\w+ )?(?:jahren|jahr|monaten|langer zeit)\b|\b(?<!seit )(?:letztes|voriges|vergangenes) jahr\b|\b(?<!seit )im jahr (?:19|20)\d\d\b`,
  // pt
  String.raw`\b(?:ha|faz) (?:(?:uns|umas|mais de|quase) )?(?:\w+ )?(?:anos|ano|meses|tempo|muito tempo)\b|\b(?<!desde )(?:no )?ano passado\b|\b(?<!desde )em (?:19|20)\d\d\b`,
  // it
  String.raw`\b(?:\w+ )?(?:anni|anno|mesi) fa\b|\b(?<!dal(?:l')? )l'anno scorso\b|\b(?<!dal )nel (?:19|20)\d\d\b`,
  // pl
  String.raw`\b(?:\w+ )?(?:lat|lata|rok|miesiecy|miesiace) temu\b|\b(?<!od )w (?:zeszlym|ubieglym|poprzednim) roku\b|\b(?<!od )w (?:19|20)\d\d\b`,
].join('|');

// The hazard is there still, back, or feared again; or the time is near after all.
const STILL_THERE = [
  // en
  String.raw`\bstill\b(?! (?:talk|remember|think|laugh|joke|miss)\w*)|\b(?:again|yet|anymore|any more|keeps?|kept|every (?:day|week|shift|time)|today|tonight|yesterday|last (?:night|week)|this (?:morning|afternoon|evening|week)|now|right now|currently|nowadays|same|almost|nearly|near miss(?:es)?|could|might|will|would|gonna|going to|waiting|another)\b|n't (?:been )?(?:fixed|repaired|changed|replaced|done)|\b(?:never|not) (?:been )?(?:fixed|repaired|changed|replaced|done|sorted)\b|\bnothing (?:has |was |'s )?(?:been )?(?:changed|done)\b|\b(?:did|done|do) nothing\b|\b(?:is|are|'s|'re) (?:\w+ )?(?:broken|missing|unsafe|dangerous|blocked|loose|leaking|exposed|gone|damaged|off)\b|\bthere(?:'s| is| are) (?:\w+ )?no\b`,
  // es
  String.raw`\b(?:todavia|aun|sigue|siguen|seguimos|otra vez|de nuevo|nuevamente|volvio|vuelve|ha vuelto|hoy|ayer|anoche|ahora|cada (?:dia|semana|turno)|mismo|misma|casi|podria|puede|nadie hizo nada|no (?:lo |la )?(?:han|ha|hicieron) (?:arreglado|reparado|cambiado|nada)|no se ha hecho nada|nunca (?:lo |la )?(?:arreglaron|repararon|cambiaron))\b`,
  // fr
  String.raw`\b(?:toujours|encore|a nouveau|de nouveau|aujourd'hui|(?<!\b(?:ist|war|hat|hatte|haben|sind|wird|wurde|gibt|es|wir|ich|er|sie|sich|mal|auch|nur|da|von|nach|bis|bin|bist|seid|waren|uns|euch) )hier(?! (?:mal|im|in|bei|auf|gibt|ist|war|hat|haben|sind|wurde|wird|noch|schon|seit|jemand|einer)\b)|maintenant|actuellement|chaque (?:jour|semaine)|meme|failli|pourrait|risque|recommence\w*|rien n'a change|rien n'a ete fait|jamais (?:ete )?(?:repare|change|remplace)\w*|pas (?:ete )?(?:repare|change|remplace)\w*)\b`,
  // de
  String.raw`\b(?:immer noch|noch immer|noch|wieder|erneut|heute|gestern|jetzt|derzeit|jeden (?:tag|morgen)|jede (?:woche|schicht)|dieselbe|derselbe|dasselbe|fast|beinahe|konnte|kann|nichts (?:hat sich )?geandert|nichts ist passiert seitdem|nie (?:repariert|ersetzt|geandert)|nicht (?:repariert|ersetzt|geandert))\b`,
  // pt
  String.raw`\b(?:ainda|de novo|outra vez|novamente|continua|continuam|hoje|ontem|agora|todo dia|todos os dias|mesm[oa]|quase|pode|poderia|nada mudou|ninguem fez nada|nunca (?:foi |foram )?(?:consertad|arrumad|trocad)\w*|nao (?:foi |foram )?(?:consertad|arrumad|trocad)\w*)\b`,
  // it
  String.raw`\b(?:ancora|di nuovo|continua|continuano|oggi|ieri|adesso|ora|ogni (?:giorno|settimana)|stess[oa]|quasi|potrebbe|niente e cambiato|non e cambiato niente|mai (?:riparat|sistemat|cambiat)\w*|non (?:e |sono )?(?:stat[oaie] )?(?:riparat|sistemat|cambiat)\w*)\b`,
  // pl
  String.raw`\b(?:nadal|wciaz|ciagle|dalej|znowu|znow|ponownie|dzisiaj|dzis|wczoraj|teraz|codziennie|kazdego dnia|ten sam|ta sama|to samo|prawie|moze|nic sie nie zmienilo|nikt nic nie zrobil|nie (?:zostal\w* )?naprawion\w*|nigdy nie naprawi\w*)\b`,
].join('|');

// What happened: an accident, an injury, a spill or a leak (the past sentence of a threat or a harassment is not history here).
const ACCIDENT = [
  String.raw`\b(?:injur\w*|hurt|fell|slipped|tripped|fall(?:en)?|crush\w*|lost (?:\w+ ){0,2}(?:fingers?|thumbs?|hands?|arms?|legs?|eyes?|toes?|foot)|broke|broken|fractur\w*|cut|burn\w*|scald\w*|electrocut\w*|shocked|run over|ran over|hit by|struck|trapped|caught|pinned|killed|died|dead|accident|amputat\w*|crash\w*|collapsed|bled|bleeding|stitches|hospital\w*|ambulance|spill(?:s|ed|age)?|spilt|(?:gas |chemical |acid |ammonia )leak(?:s|ed)?|explosion|fires?|blaze|flood(?:ed|ing)?)\b`,
  String.raw`\b(?:perdio|aplastad\w*|resbal\w*|tropez\w*|se cayo|cayo|cayeron|herid\w*|lesionad\w*|accidente|murio|muerto|quemad\w*|atrapad\w*|electrocut\w*|atropell\w*|rompio|fractur\w*|amputad\w*|hospital|derrame|fuga de (?:gas|quimicos?|amoniaco)|incendio|fuego)\b`,
  String.raw`\b(?:perdu|ecrase\w*|glisse\w*|trebuche\w*|tombe\w*|chute|blesse\w*|accident|mort|morte|brule\w*|coince\w*|electrocut\w*|renverse\w*|casse\w*|fractur\w*|ampute\w*|hopital|feu|incendie|fuite de gaz|explosion)\b`,
  String.raw`\b(?:verloren|gequetscht|ausgerutscht|gestolpert|gefallen|gesturzt|abgesturzt|verletzt\w*|unfall|gestorben|tot|verbrannt|verbruht|eingeklemmt|stromschlag|uberfahren|angefahren|gebrochen|amputiert|krankenhaus|feuer|gasalarm|gasleck|explosion)\b`,
  String.raw`\b(?:perdeu|esmagad\w*|escorreg\w*|tropec\w*|caiu|ferid\w*|acidente|morreu|morto|queimad\w*|pres[oa]|eletrocut\w*|atropelad\w*|quebrou|fratur\w*|amputad\w*|machuc\w*|hospital|derramamento|vazamento|incendio|fogo)\b`,
  String.raw`\b(?:perso|schiacciat\w*|scivolat\w*|inciampat\w*|caduto|caduta|ferit\w*|incidente|infortun\w*|morto|mort[ao]|ustion\w*|bruciat\w*|incastrat\w*|folgorat\w*|investit\w*|rotto|frattur\w*|amputat\w*|ospedale|incendio|fuoco|fuga di gas)\b`,
  // sv, nl, id, tr; ru, ar, hi; ja and zh (no spaces between words).
  String.raw`\b(?:brann|brand|brinner|brandskad\w*|gaslek|kebakaran|yangin)\b|(?<!\p{L})(?:пожар|сгорел|загорел|утечк)\p{L}*|(?<!\p{L})(?:حريق|تسرب)|आग|火事|火災|火灾|着过火|着火`,
  String.raw`\b(?:stracil\w*|zmiazdz\w*|posliz\w*|potknal\w*|spadl\w*|upadl\w*|rann\w*|wypad\w*|zginal\w*|zmarl\w*|poparzy\w*|przygni\w*|porazon\w*|porazil\w*|potracon\w*|potracil\w*|zlamal\w*|amputow\w*|szpital\w*|pozar\w*|wyciek\w*)\b`,
].join('|');

const ACCIDENT_PATTERN = new RegExp(foldPattern(ACCIDENT), 'u');
const LONG_AGO_PATTERN = new RegExp(foldPattern(LONG_AGO), 'u');
const STILL_THERE_PATTERN = new RegExp(foldPattern(STILL_THERE), 'u');
// Words one of the times above needs, looked for first: most texts have none, and the full pattern is slow to try
// at every letter (issue 19).
const MAY_BE_LONG_AGO =
  /ago|back|year|(?:19|20)\d\d|hace |il y a|l'an|annee|vor |jahr|ha |faz |ano |anni |anno |mesi |temu|roku/;
// A year that is this one is no distant past ("in 2026 the dock was extended"): the year named must be before it,
// the year of the clock the report is read on (reading-year.ts), not of the machine.
const YEAR = /\b(?:19|20)\d\d\b/gu;
// Sentences end at these; a line break too.
const SENTENCE = /[^.!?;\n]+[.!?;\n]*/gu;

/*
 * An accident of last winter, last month or last year told with the fix in place now: "Letzten Winter ist jemand auf
 * dem Eis ausgerutscht, jetzt wird jeden Morgen gestreut, danke!", "last month a guy fell off the ladder, now we have
 * a new one with rails". The time is nearer than above, so it is history only when the text says what is done now
 * (NOW_DONE), and nothing of the hazard today, again or left undone (NOT_DONE): "someone slipped on the ice, nobody
 * has gritted" and "last winter someone slipped and it's icy again today" stay reports.
 */
const LAST_SEASON = [
  String.raw`\blast (?:winter|summer|spring|autumn|fall|month|year|season|christmas)\b|\b(?:in|back in|since) (?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:a few|a couple of|two|three|four|five|six|\d) (?:weeks|months) ago\b`,
  String.raw`\bel (?:invierno|verano|otono|mes|ano) pasado\b`,
  String.raw`\b(?:l'hiver|l'ete|l'automne|le printemps|le mois|l'an) dernier\b|\bl'annee derniere\b`,
  String.raw`\b(?:letzten|vorigen|vergangenen) (?:winter|sommer|herbst|fruhling|monat)\b|\b(?:letztes|voriges|vergangenes) (?:jahr|fruhjahr)\b`,
  String.raw`\b(?:no |o )?(?:inverno|verao|outono|mes|ano) passado\b`,
  String.raw`\bl'(?:inverno|estate|autunno|anno) scorso\b|\bil mese scorso\b`,
  String.raw`\b(?:zeszlej|ubieglej|poprzedniej) zimy\b|\b(?:zeszlego|ubieglego) (?:lata|miesiaca|roku)\b|\bw (?:zeszlym|ubieglym) (?:roku|miesiacu)\b`,
  // sv, ru (blind round 24: "förra året brann det i köket men nu har vi nya brandsläckare", "в прошлом году был пожар").
  String.raw`\bforra (?:aret|vintern|sommaren|hosten|varen|manaden)\b`,
  String.raw`(?<!\p{L})(?:в )?прошлом (?:году|месяце)(?!\p{L})|(?<!\p{L})прошл(?:ой|ым) (?:зимой|весной|осенью|летом)(?!\p{L})`,
  // nl, id, tr; ar, hi; ja and zh (blind round 25: "vorig jaar was er een brand in de kantine, nu hebben we rookmelders").
  String.raw`\bvorig (?:jaar|seizoen)\b|\bvorige (?:maand|winter|zomer|herfst|lente)\b|\b(?:tahun|bulan) lalu\b|\bgecen (?:yil|sene|ay|kis|yaz)\b`,
  String.raw`(?<!\p{L})(?:السنه|العام|الشهر|الشتاء|الصيف) (?:الماضيه|الماضي)(?!\p{L})|पिछले (?:साल|महीने|वर्ष)|去年|昨年|先月|上个月|上個月`,
].join('|');
// "Now" and what is done now: the fix as a routine or a new thing in place.
// Or the one hurt is back at work ("the guy who fell off the ladder in march is back at work and doing great").
const NOW_DONE = String.raw`\b(?:is|are|'s|'re|s|has been|have been) (?:now )?(?:back (?:at|to) work|fully recovered|recovered|all healed|healed up)\b|\b(?:now|jetzt|nun|maintenant|desormais|ahora|agora|ora|adesso|teraz|nu|sekarang|simdi|since then|seitdem|depuis(?= on| nous| y a| il y a)|desde entonces|desde entao|da allora|od tego czasu)\b[^.!?\n]{0,80}\b(?:every (?:morning|day|shift)|each (?:morning|day)|jeden (?:morgen|tag)|jede schicht|tous les (?:matins|jours)|chaque (?:matin|jour)|cada (?:manana|dia)|todas as manhas|todos os dias|ogni (?:mattina|giorno)|codziennie|kazdego (?:ranka|dnia)|gritted|salted|gestreut|streut|sale|salent|sal|posyp\w*|new|neue[nrs]?|nouve(?:au|lle)s?|nuev[oa]s?|nov[oa]s?|nuov[oa]|now[aey]|guards?|schutz\w*|rails?|railings?|gelander|handrails?|barriers?|protection|protecao|protezione|nya?|nytt|nieuwe?|baru|yeni|sprinklers?|sprinkleri|detect\w*|rookmelders?|sensors?|sensoren|gasnic\w*|extinguishers?|brandslackare)\b|(?<!\p{L})(?:теперь|сейчас)(?!\p{L})[^.!?\n]{0,80}(?<!\p{L})(?:нов|датчик)\p{L}*|(?<!\p{L})(?:الحين|الان|حاليا)(?!\p{L})[^.!?\n]{0,80}(?:جديد|طفايات|حساسات|رشاشات)|अब[^.!?\n]{0,80}(?:नए|नई|नया)|(?:今は|现在|現在)[^.!?\n]{0,40}(?:新|スプリンクラー|喷淋|灭火器|消火器)`;
// The hazard today, again, still, feared, or the fix not done.
const NOT_DONE = String.raw`\b(?:still|again|today|tonight|yesterday|this morning|nobody|no one|not|never|nearly|almost|could|might|isn'?t|hasn'?t|haven'?t|wasn'?t|immer noch|noch immer|wieder|erneut|heute|gestern|niemand|keiner|nicht|nie|fast|beinahe|toujours|encore|aujourd'hui|hier|personne|jamais|pas|failli|todavia|aun|sigue|otra vez|de nuevo|hoy|ayer|nadie|nunca|casi|ainda|outra vez|hoje|ontem|ninguem|nao|nunca|quase|ancora|di nuovo|oggi|ieri|nessuno|non|mai|quasi|nadal|wciaz|znowu|znow|dzisiaj|dzis|wczoraj|nikt|nie|nigdy|prawie)\b|n't\b`;
const LAST_SEASON_PATTERN = new RegExp(foldPattern(LAST_SEASON), 'u');
const NOW_DONE_PATTERN = new RegExp(foldPattern(NOW_DONE), 'u');
const NOT_DONE_PATTERN = new RegExp(foldPattern(NOT_DONE), 'u');
// Folded as the text is ("पिछले" is read "पिछले", a long i or u as the short one).
const MAY_BE_LAST_SEASON = new RegExp(
  foldPattern(
    'last|january|february|march|april|june|july|august|september|october|november|december|pasado|dernier|derniere|letzte|vorige|vergangene|passado|scorso|zeszl|ubiegl|poprzedni|ago|forra|прошл|vorig|lalu|gecen|الماضي|पिछले|去年|昨年|先月|上个月|上個月',
  ),
  'u',
);

function withoutIncidentsFixedSince(folded: string): string {
  if (
    !MAY_BE_LAST_SEASON.test(folded) ||
    !LAST_SEASON_PATTERN.test(folded) ||
    !NOW_DONE_PATTERN.test(folded) ||
    NOT_DONE_PATTERN.test(folded)
  )
    return folded;
  return folded.replace(SENTENCE, (sentence) =>
    LAST_SEASON_PATTERN.test(sentence) && ACCIDENT_PATTERN.test(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}

/**
 * The folded text with each sentence of an accident placed plainly in the past, or last season with the fix in place
 * now, blanked out, for the safety rules; the text itself when it says the hazard is still there or none is placed so.
 * The model's gate asks again about the same text (urgency.ts): the last answers are kept.
 */
export function withoutIncidentsLongAgo(folded: string): string {
  // The answer depends on the year it is read in too (a year named is history only before it): kept per year.
  const year = readingYear();
  let blanked = keptByYear.get(year);
  if (!blanked) keptByYear.set(year, (blanked = keptAnswers((text) => incidentsLongAgoBlanked(text, year))));
  return blanked(folded);
}
const keptByYear = new Map<number, (folded: string) => string>();

function incidentsLongAgoBlanked(text: string, year: number): string {
  const folded = withoutIncidentsFixedSince(text);
  if (!MAY_BE_LONG_AGO.test(folded) || !LONG_AGO_PATTERN.test(folded) || STILL_THERE_PATTERN.test(folded))
    return folded;
  return folded.replace(SENTENCE, (sentence) => (isLongAgo(sentence, year) ? ' '.repeat(sentence.length) : sentence));
}

function isLongAgo(sentence: string, thisYear: number): boolean {
  const match = LONG_AGO_PATTERN.exec(sentence);
  if (!match || !ACCIDENT_PATTERN.test(sentence)) return false;
  const years = match[0].match(YEAR);
  return !years || years.every((year) => Number(year) < thisYear);
}
