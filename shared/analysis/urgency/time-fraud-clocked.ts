import { rule, type UrgencyRule } from './types';

/*
 * Hours skimmed off timecards or pay ("payroll is skimming hours off our timecards"), and hours clocked for someone
 * who is not there ("clocking in hours for his mate who isn't here", "stempelt für seinen Kumpel", "pointe pour son
 * copain qui n'est pas là"). "I forgot to clock in" is none. Time fraud told another way, with a card or badge:
 * time-fraud.ts. Tests: test/unit/analysis/urgency-attack-round-31.test.ts, urgency-round-32-classes.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Not there: absent, at home, never coming in.
const EN_NOT_THERE = String.raw`(?:who |that )?(?:isn'?t|isnt|is not|aren'?t|arent|are not|wasn'?t|was not|weren'?t|doesn'?t|doesnt|does not|don'?t|dont|do not|didn'?t|never|is never|are never)(?: even| ever| actually| really)? (?:here|there|in|on site|at work|working|work|works|come in|comes in|came in|come|comes|show up|shows up|showed up|turn up|turns up|turned up|exist|exists)\b|\bwho (?:is|are|was|were) (?:at home|on holiday|abroad|in bed|off sick|not even here|not here)\b`;

// Whose card or badge: a relative, a friend, anyone (u34a).
const EN_SOMEONE = String.raw`(?:nephew|niece|son|daughter|wife|husband|gf|bf|girlfriend|boyfriend|cousin|brother|sister|bro|sis|mom|mum|mother|dad|father|uncle|aunt|auntie|friend|buddy|mate|homie|pal|guy|girl|dude|kid|relative|partner|colleague|co-?worker|worker|employee|person|family member|in-law|brother-in-law|sister-in-law)`;
// Someone not at work: gone, never coming, far away (u34a): "who never shows up", "out of state", "who quit last month",
// "been home for 3 days", "on vacation in mexico", "he passed in march".
const EN_ABSENT = String.raw`(?:never (?:shows?|showed|comes?|came|turns?|turned) (?:up|in)|never (?:works?|worked) (?:here|a day|a shift)|(?:isn'?t|wasn'?t|is not|was not|aren'?t|ain'?t) (?:even )?(?:here|there|working|in)\b|never (?:here|there|around|at work)|quit|resigned|retired|(?:who'?s|who is|who has|he'?s|she'?s|has|have) been (?:in|at|away|out of|gone)\b|left (?:the company|the job|us|months ago|weeks ago|last \w+|in \w+)|(?:got|was|been|gets) (?:fired|let go|sacked|terminated|laid off)|passed\b|died|is dead|out of (?:state|town|the country)|(?:is|was|been|be|stays?|stayed|sits?|sat|at) (?:at )?home\b|on (?:vacation|holiday|leave)|lives? (?:in|out of|abroad|another)|works? (?:somewhere else|at another|another job|elsewhere)|abroad|in another (?:city|state|country)|in (?:jail|prison|mexico|the philippines|another \w+))`;
// Work that goes on after the clock is stopped: "we work till 7", "go back and finish the line", "stay an hour cleaning".
const EN_STILL_WORKING = String.raw`(?:(?:(?:still|keep|keeps|kept) \w+ing\b|(?:still|keep|keeps|kept|continue\w*|carry on|go back(?: to work| and)?|went back|have to|has to|had to|got to|gotta|made to|make us|makes us|made us|expected to)\b[^.!?\n]{0,20}?\b(?:work\w*|stay\w*|finish\w*|clean\w*|wait\w*|load\w*|unload\w*|clos\w*|pick\w*|pack\w*))|(?:we|i|they|everyone|the crew|people) (?:still |all )?(?:work|stay|keep working|wait|finish|clean|close)\w* (?:till|until|til|to|past|for|another|an|two|three|a)\b)`;
// Unpaid, as people put it.
const EN_UNPAID = String.raw`(?:unpaid|for free|for nothing|off the clock|without (?:pay|being paid|getting paid)|no pay|not paid|don'?t get paid|dont get paid|never get paid)`;

export const ENGLISH_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  // Hours skimmed off timecards or pay: "payroll is skimming hours off our timecards", "shaved 5 hrs off my check".
  rule(
    'fraud',
    String.raw`(?<!\b(?:i|we|i just|we just) )\b(?:skim\w*|shav(?:e|es|ed|ing)|cut(?:s|ting)?|knock(?:s|ed|ing)?|chopp?(?:s|ed|ing)?|steal(?:s|ing)?|stole|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing)|dock(?:s|ed|ing)?|tak(?:e|es|ing)|took|tak(?:en)|scrap(?:e|es|ed|ing)|fudg(?:e|es|ed|ing)|wip(?:e|es|ed|ing))\b (?:(?:an?|\d+|one|two|three|four|five|ten|some|extra|the) )?(?:hours?|hrs?|mins?|minutes|time|overtime|ot|breaks?)(?: a week| every week| each week)? (?:off|from|out of) (?:of )?(?:our|my|their|his|her|everyone'?s|people'?s|the|all our|all the) (?:time ?cards?|time ?sheets?|punch(?:es)?|clock(?:[- ]ins?)?|paychecks?|checks?|pay ?checks?|pay ?slips?|pay|wages?|hours|records?)\b${notAround(`${EN_NOT_REAL_OR_LESSON}|sick|vacation|holiday|leave|appointment|dentist|doctor|pto|left early`)}`,
  ),
  // Hours clocked for someone not there: "clocking in hours for his mate who isn't here".
  rule(
    'fraud',
    String.raw`\b(?:clock\w*|punch(?:es|ed|ing)? in|swip\w*|sign(?:s|ed|ing)? in|badg\w*|scan(?:s|ned|ning)? in|(?:puts?|putting|adds?|added|adding|logs?|logged|logging|enters?|entered|entering|writes?|wrote|writing) (?:in )?(?:fake |extra |full )?(?:hours|shifts|time))\b[^.!?\n]{0,50}?\bfor (?:his|her|their|my|a|an|the|some|these|those|people|workers|guys|friends|mates|relatives|family|someone|somebody)(?: [\w'-]+){0,2} ${EN_NOT_THERE}`,
  ), // A card, badge or clock punched for someone who is away, gone or never coming (u34a): "lead clocks in his nephew who
  // never shows up", "she clocked in her husband who was out of state", "they punch the card for a guy who quit",
  // "swipes his cousin's badge every morning and the cousin works somewhere else".
  rule(
    'fraud',
    String.raw`\b(?:clock\w*|punch\w*|badg\w*|swip\w*|scan\w*|sign(?:s|ed|ing)?|tap\w*|us(?:e|es|ed|ing))(?: (?:in|on))?(?: (?:the|a|his|her|their) (?:card|badge|time ?card|clock|fob|pass))?(?: for)? (?:his|her|their|my|a|an|the|some|this|that|our|one of (?:his|her|their|the))(?: [\w'-]+){0,2}? ${EN_SOMEONE}s?(?:'s)?\b[^.!?\n]{0,60}?\b${EN_ABSENT}`,
  ),
  // Clocked out while the work goes on, unpaid (u34a): "they clock us out at 5 but we work till 7", "we get clocked out
  // at close and have to stay an hour cleaning", "they make us clock out then go back and finish the line". "I forgot to
  // clock out" and "we clock out at 5 and go home" are none.
  rule(
    'fraud',
    String.raw`(?<!\b(?:forgot|forget|forgetting|remember|remembered|can i|may i|can we) (?:to )?)\b(?:clock\w*|punch\w*|sign(?:s|ed|ing)?|badg\w*|swip\w*)(?: (?:us|me|them|everyone|everybody|people|staff|workers|the (?:crew|team|staff|whole \w+)|all of us))? out\b[^.!?\n]{0,60}?\b(?:but|and|while|then|yet|so|before|after|&)\b[^.!?\n]{0,30}?\b(?:${EN_STILL_WORKING}|${EN_UNPAID})`,
  ),
  // Lunch taken off the pay though it is worked through (u34a): "supervisor clocks everyone out for lunch even when we
  // work through it", "they auto deduct lunch but we dont get one". "My lunch break is 30 min unpaid" is none.
  rule(
    'fraud',
    String.raw`\b(?:deduct\w*|dock\w*|tak(?:e|es|ing)|took|clock\w*(?: \w+)? out|punch\w*(?: \w+)? out|auto[- ]?deduct\w*|charg\w*)\b[^.!?\n]{0,30}?\b(?:lunch|breaks?|meal break)\b[^.!?\n]{0,40}?\b(?:even (?:when|though|tho|if)|but|although|yet|while|when)\b[^.!?\n]{0,30}?\b(?:work\w* (?:through|thru|right through)|never (?:get|take|have|got)|don'?t (?:get|take|have)|dont (?:get|take|have)|no (?:lunch|break)|can'?t take|cant take|(?:we|i|they) (?:still )?work)`,
  ),
  // Hours or overtime deleted, erased, made to disappear (u34a): "manager deletes our overtime hours every week", "hr
  // keeps removing my overtime from the system", "my OT hours just disappear off my check". "Please delete my old
  // overtime request" is none.
  rule(
    'fraud',
    String.raw`(?<!\b(?:i|please|pls|plz|can you|could you|would you|you can|to) )\b(?:delet|eras|remov|wip|scrub|zero(?:e?s|ed|ing)? out|zeroe)\w* (?:all |some |half )?(?:of )?(?:our|my|the|their|his|her|everyone'?s|people'?s|workers'?|staff'?s?)? ?(?:extra |weekend |unpaid |worked |clocked |actual |real )?(?:overtime|ot|hours|clock[- ]?ins?|punches)\b(?! (?:requests?|forms?|sign[- ]?ups?|slots?|schedules?|sheet templates?|policy)\b)|\b(?:overtime|ot)(?: hours)? (?:\w+ ){0,2}(?:disappear\w*|vanish\w*|go(?:es)? missing|gone missing|went missing)\b[^.!?\n]{0,30}?\b(?:checks?|pay ?checks?|pay|stubs?|time ?cards?|system|pay ?slips?|timesheets?)\b`,
  ),
  // Made to wait unpaid (u34a): "they punch us out when the trucks are late and make us wait unpaid".
  rule(
    'fraud',
    String.raw`\b(?:make|makes|made|making|have|has|had|force\w*) (?:us|me|them|everyone|people|the crew|staff) (?:to )?(?:wait|stay|sit|stand|hang around|hang back)\w*\b[^.!?\n]{0,30}?\b${EN_UNPAID}`,
  ),
];

export const PORTUGUESE_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  // O ponto de saida batido e o trabalho que continua (u34a): "eles batem nosso ponto de saida e a gente continua
  // trabalhando". "A gente bate o ponto as 17h e vai embora" is none.
  rule(
    'fraud',
    String.raw`\b(?:bat|marc)\w* (?:o |nosso |meu |o nosso |o meu )?ponto(?: de saida)?\b[^.!?\n]{0,40}?\b(?:e|mas|depois|e depois|so que)\b[^.!?\n]{0,25}?\b(?:continua\w*|segue\w*|seguimos|volta\w*|fica\w*)\b[^.!?\n]{0,20}?\b(?:trabalh\w*|no servico|limpando|sem receber|de graca)\b`,
  ),
  rule(
    'fraud',
    String.raw`\b(?:cortando|tirando|roubando|descontando|apagando|comendo|cortam|tiram|roubam|apagam|descontam|comem|cortaram|tiraram|roubaram|apagaram|descontaram)\b (?:\w+ )?horas (?:do|da|de|no|na|dos|das) (?:nosso |nossa |meu |minha |nossos |nossas )?(?:ponto|cartao de ponto|folha de ponto|holerite|contracheque|salario|pagamento|registro)\b|\b(?:empresas?|fornecedor(?:es)?|notas?|funcionarios) (?:fantasmas?|falsas?|falsos|ficticias?|ficticios|frias?|laranjas?)\b|\bcobr(?:a|am|ando|ou|aram) (?:\w+ ){0,3}(?:pra|para) (?:dar|arrumar|conseguir|garantir|ter) (?:a |o |uma |um )?(?:vaga|emprego|trabalho|contrato|turno|horas|servico)\b`,
  ),
];

export const SPANISH_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  // La salida marcada y el trabajo que sigue (u34a): "nos marcan la salida a las 5 pero seguimos trabajando hasta las 7",
  // "nos hacen checar la salida y luego seguir trabajando gratis"; el reloj marcado por quien no viene: "marcan el reloj
  // por un companero que renuncio hace meses". "Olvide marcar la salida" is none.
  rule(
    'fraud',
    String.raw`\b(?:marc|chec|check|fich|pon)\w* (?:la )?salida\b[^.!?\n]{0,50}?\b(?:y|pero|luego|despues|y luego|y despues)\b[^.!?\n]{0,20}?\b(?:seguimos|sigo|siguen|seguir|continuamos|continuar|nos quedamos|quedarnos|me quedo|se quedan|volvemos|volver)\b[^.!?\n]{0,20}?\b(?:trabaj\w*|limpi\w*|hasta|gratis|sin pago|sin cobrar)|\b(?:marc|chec|check|fich|pon)\w* (?:el reloj|la tarjeta|el gafete|la entrada|la asistencia)? ?(?:por|de|a) (?:su|sus|un|una|el|la|mi) [\w-]+ (?:que|quien) (?:ya )?(?:renuncio|se fue|no viene|ni viene|nunca viene|no trabaja|ni trabaja|esta en (?:su casa|casa|otro pais|mexico|vacaciones)|lo (?:despidieron|corrieron)|murio|fallecio)\b`,
  ),
];

export const GERMAN_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bstempel\w* (?:\w+ )?(?:fur|fuer|f\u00fcr) (?:seinen|seine|ihren|ihre|einen|eine|den|die|meinen|meine) \w+(?: ein)?\b[^.!?\n]{0,25}?\b(?:der|die|obwohl|weil|wenn)\b[^.!?\n]{0,25}?\b(?:nicht|nie|gar nicht) (?:da|hier|anwesend|kommt|arbeitet|erscheint)\b`,
  ),
];

export const FRENCH_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  // Depointes et le travail continue (u34a): « ils nous depointent a 17h et on bosse jusqu'a 19h »; pointe ou badge pour
  // quelqu'un d'absent : « il badge pour un collegue absent », « elle pointe pour sa fille qui est a la maison ».
  rule(
    'fraud',
    String.raw`\b(?:depoint\w*|(?:pointe|badge)\w* (?:la )?sortie)\b[^.!?\n]{0,40}?\b(?:et|mais|puis|alors que|pendant que)\b[^.!?\n]{0,20}?\b(?:on|je|nous|ils|elles|tout le monde) (?:\w+ )?(?:bosse|travaille|reste|continue|finit|nettoie)\w*|\b(?:pointe|badge)\w* (?:\w+ )?pour (?:son|sa|ses|leur|leurs|un|une|des|mon|ma|mes) [\w-]+ (?:absent\w*|qui (?:est|reste|sont|restent|etait) (?:a la maison|chez (?:elle|lui|eux)|en vacances|au pays|a l'etranger|absent\w*)|qui (?:travaille|bosse|vit|habite) (?:ailleurs|a l'etranger|dans une autre \w+)|qui (?:a|est) (?:demissionne\w*|parti\w*|vire\w*|licencie\w*|mort\w*|decede\w*))`,
  ),
  rule(
    'fraud',
    String.raw`\bpointe\w* (?:\w+ )?pour (?:son|sa|ses|leur|leurs|un|une|des|mon|ma) \w+ qui (?:n'est|ne vient|ne viennent|n'y est|n'est jamais|ne sont|n'y sont|ne travaille)\b|\b(?:payer|paye|paie|paye|donner de l'argent|verser) (?:[\w']+ ){0,3}(?:le|la|au|a la|l') ?(?:\w+ )?(?:recruteur|recruteuse|agence|chef|responsable|contremaitre|patron|gerant|intermediaire)\b[^.!?\n]{0,20}?\bpour (?:avoir|obtenir|garder|decrocher|entrer dans) (?:ce|le|un|mon|cette|la) (?:poste|travail|boulot|emploi|contrat|job|place)\b`,
  ),
];
