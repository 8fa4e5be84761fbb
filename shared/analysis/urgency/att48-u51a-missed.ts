import { type LazyPattern, lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';
import { shortSentences } from './short-sentences';
import { SLURS_BESIDE_A_THREAT } from './slurs-beside-a-threat';
import type { UrgencyCategory } from './types';

/*
 * What att48 still found calm or sent to one owner of two (u51a), each read in one sentence of the folded text (a
 * comma does not end it) by parts that must all stand, so no gap is unbounded:
 * - Sexual pressure and touching in Russian (harassment): a contract, a bonus, a shift or a raise beside coming to his
 *   home in the evening, staying alone with him, being "nicer" to him ("начальник намекает что продление контракта
 *   будет если я приду к нему домой вечером", "если будешь поласковее, получишь премию"); sex demanded or offered for
 *   something; groping. The Russian table (other-languages/ru.ts) read no harassment at all.
 * - A slur beside a threat (discrimination and threat): a slur (slurs-beside-a-threat.ts's, and Ukrainian and Russian
 *   ones it did not know: "хохол", "москаль", "кацап") beside a beating or a death promised in words the rules alone
 *   did not read ("me va a partir la madre", "papatayin daw niya ako", "каже що приб'є", "пообещал убить"): both
 *   owners are told, whichever one the reading had.
 * - A guard told by what it does ("the thing they put on the saw so you dont lose fingers, they took it off") and a fire
 *   exit told by what it is for ("the door at the back we run to when the bell rings, its got a padlock now"), in
 *   English, Spanish, Portuguese, German and French (safety).
 * - A fee as the condition of a start date or a first day ("400 dollars up front or you don't get a start date"), in
 *   English, Spanish, Portuguese and Polish (fraud).
 * - Trafficking told in Italian or Portuguese: papers taken, a debt, people locked in or kept unpaid, beside not being
 *   let out or paid (harassment, as in Spanish).
 * - A machine started by itself with only a first name after it, in German ("die Presse ist angesprungen, Jonas war
 *   noch drin") (safety).
 * Tests: test/unit/analysis/urgency-att48-u51a.test.ts.
 */

type Parts = string[];
interface Reader {
  kinds: UrgencyCategory[];
  groups: Parts[];
}

// Cyrillic has no \b: each source carries its own edges.
const L = String.raw`(?<!\p{L})`;
const R = String.raw`(?!\p{L})`;

const RU_REWARD = String.raw`${L}(?:продлени|продлит|продлю|контракт|договор|преми|бонус|смен|повышени|повыси|зарплат|прибавк|оклад|постоянк|ставк|должност|отпуск|выходн|график|работ)\p{L}*`;
const RU_INTIMATE = String.raw`${L}(?:(?:к нему|ко мне) (?:\S+ )?(?:домой|в номер|в гостиниц\p{L}*|на дачу|в машину|в кабинет вечером)|наедине|поласковее|ласковее|ласков\p{L}* (?:с ним|к нему|со мной)|посговорчивее|сговорчивее|подобрее (?:к нему|со мной|с ним)|переспа\p{L}*|спать с (?:ним|ним\p{L}*|мной)|интим\p{L}*|секс\p{L}*|в (?:сауну|баню|гостиницу|отель|номер) (?:с ним|со мной|вдвоем)|(?:с ним|со мной) (?:\S+ )?(?:в (?:сауну|баню|гостиницу|отель|номер)|спать|переспать|ночь)|останусь с ним|останешься (?:с ним|со мной)|поедешь (?:с ним|со мной)|проведешь (?:с ним|со мной) (?:ночь|вечер|выходные)|на ночь (?:к нему|с ним|ко мне))`;
const RU_GROPED = String.raw`${L}(?:(?:трогает|трогал\p{L}*|щупает|щупал\p{L}*|лапает|лапал\p{L}*|хватает|хватал\p{L}*|гладит|гладил\p{L}*) (?:\S+ ){0,2}(?:за (?:грудь|попу|зад|задницу|ягодиц\p{L}*|бедр\p{L}*|колен\p{L}*|ноги|талию)|между ног|под юбк\p{L}*)|лапает|лапал\p{L}*|домогает\p{L}*|домогал\p{L}*|домогательств\p{L}*|пристает ко мне|приставал\p{L}* ко мне|(?:требует|требовал|предлагает|предлагал|принуждает|принуждал) (?:\S+ ){0,2}(?:переспать|секс|интим)\p{L}*|изнасилова\p{L}*)`;

const RU_PRESSURE: Parts[] = [[RU_REWARD, RU_INTIMATE], [RU_GROPED]];

// Slurs for Ukrainians, Russians, Caucasians and Central Asians the shared list did not know, in either language.
const SLURS_UK_RU = String.raw`${L}(?:хохл\p{L}*|хохол|москал\p{L}*|кацап\p{L}*|чурбан\p{L}*|узкоглаз\p{L}*|обезьян\p{L}*|мавп\p{L}*|черножоп\p{L}*|чорножоп\p{L}*|пидор\p{L}*|педик\p{L}*|підор\p{L}*|нігер\p{L}*|негр\p{L}*)${R}`;
// Called a slur in so many words in Spanish, Portuguese and English ("me dice maricón", "me chamou de macaco").
const CALLED_A_SLUR = String.raw`\b(?:(?:me|le|nos|les|te) (?:dice|dicen|dijo|dijeron|llama|llaman|llamo|llamaron|grita|gritan|grito|gritaron)|(?:me|te|nos) (?:chamou|chamam|chama|chamaram|xingou|xingam|xinga) de|called (?:me|him|her|us|them)(?: a| an)?|calls (?:me|him|her|us|them)(?: a| an)?) (?:\S+ )?(?:maricon|marica|joto|puto|indio|negro|mojado|prieto|simio|mono|chango|macaco|viado|bicha|veado|preto|sapatao|faggot|fag|monkey|ape|wetback|beaner|spic|chink|towelhead|raghead|sand ?n\w+)\b`;
const CALLED_UK_RU = String.raw`${L}(?:назва|обозва|обзыва|обізва|обзива|називає|называет|крича|кричи|орав|орет|сказав що я|сказал что я)\p{L}*`;

// A beating or a death promised, in words the rules alone may not read beside a slur.
const THREAT_PROMISED = [
  String.raw`\b(?:me|te|le|nos|les) (?:va|van|iba|iban|vamos|voy) a (?:partir|romper|quebrar|madrear|rajar|picar|matar|balacear|tronar|chingar|reventar|plomear|desaparecer)\b|\b(?:partir|romper|quebrar) (?:la|le la|te la|me la) (?:madre|cara|jeta|crisma)\b|\bme (?:mata|matan|madrea|madrean|revienta|quiebra)\b|\bdar(?:me|te|le)? (?:una )?(?:madriza|golpiza|putiza|paliza|plomazo|balazo)\b`,
  String.raw`\b(?:papatayin|patayin|papatay|babarilin|barilin|sasaksakin|saksakin|bubugbugin|bugbugin|gugulpihin|upakan|uupakan|tatadtarin|sasaktan)\b`,
  String.raw`\b(?:vai|vao|ia|iam|vou) (?:me |te |nos |lhe )?(?:matar|quebrar|arrebentar|furar|meter bala|encher (?:\w+ )?de (?:porrada|pancada|bala|tiro)|dar (?:um tiro|uma surra|porrada))\b|\bme (?:mata|matam|quebra|arrebenta)\b`,
  String.raw`\b(?:zabij\w*|zabije\w*|zatlucz\w*|zatluk\w*|zajeb\w*|wpierdol\w*|napierdol\w*|polamie\w*|poderznie|poderzne|zadzga\w*|zastrzel\w*)\b`,
  String.raw`\b(?:ammazz\w*|uccid\w*|ti spacco|ti faccio (?:fuori|la pelle|male)|ti sgozzo|sgozz\w*|ti rompo)\b`,
  String.raw`\b(?:(?:va|vais|vont|allait) (?:me |te |nous )?(?:tuer|buter|crever|egorger|casser la gueule|defoncer)|(?:me|te) (?:tuer|buter) )\b`,
  String.raw`\b(?:bringt? (?:mich|dich|uns) um|umbringen|abstechen|abknallen|kaltmachen|(?:mach|schlag)\w* (?:mich|dich) (?:fertig|kaputt|tot))\b`,
  String.raw`${L}(?:убь\p{L}*|убить|убил\p{L}*|зареж\p{L}*|зарезать|прибь\p{L}*|прибить|пристрел\p{L}*|урою|уроет|замоч\p{L}*|вб(?:'| )?(?:є|ю|ють|ити)|уб'(?:є|ю|ють)|приб'(?:є|ю|ють)|заріж\p{L}*|зарізати|пристрел\p{L}*|поріш\p{L}*|покалічу|покалічить|покалечу|покалечит)${R}`,
].join('|');

// A guard told by what it keeps from the hand, then taken off.
const GUARD_BY_WHAT_IT_DOES: Parts[] = [
  [
    String.raw`\b(?:so (?:you|u|we|nobody|no one|people|ppl|ya) (?:dont|don't|do not|can't|cant|cannot|won't|wont|never) (?:lose|cut|chop|slice|crush|get) (?:off )?(?:your |ur |a |their |any |the |our )?(?:hands?|fingers?|arms?|fingertips?)|(?:stops?|keeps?|protects?|saves?|guards?) (?:your|ur|our|the|people's|peoples|ppl's|a|their|everyone's) (?:hands?|fingers?|arms?)|(?:stops?|keeps?) (?:you|u|people|ppl) (?:from )?(?:losing|cutting|getting)|keeps? (?:your|ur|our|the) (?:hands?|fingers?|arms?) (?:out|away))\b`,
    String.raw`\b(?:took|taken|take|takes|taking|pulled|ripped|unscrewed|unbolted|removed|disabled|bypassed|zip ?tied|tied (?:it |them )?back|taped (?:it |them )?(?:up|back|open)|cut (?:it |them )?off)\b`,
  ],
  [
    String.raw`\b(?:para que no (?:te |se |nos |les )?(?:cortes|corte|corten|cortemos|mochen|moche|moches|pierdas|pierda|vuele|vuelen|atrape|agarre|jale)|(?:protege|cuida|evita que (?:\S+ ){0,3}(?:se )?(?:corten|metan|entren|pierdan)) (?:\S+ ){0,2}(?:manos?|dedos?|brazos?))\b`,
    String.raw`\b(?:lo |la |los |las |se )?(?:quitaron|quito|quitan|sacaron|saco|desmontaron|desmonto|desarmaron|retiraron|retiro|arrancaron|arranco|desactivaron|desactivo|amarraron|puentearon|(?:quitad|retirad|desmontad|arrancad|desactivad)[oa]s?)\b`,
  ],
  [
    String.raw`\b(?:(?:impede|evita|protege) (?:\S+ ){0,4}(?:maos?|dedos?|bracos?)|(?:pra|para) (?:a gente |ninguem |voce |vc )?(?:nao|que nao) (?:\S+ ){0,2}(?:perder|cortar|decepar|perca|corte|percamos) (?:\S+ ){0,2}(?:maos?|dedos?|bracos?))\b`,
    String.raw`\b(?:tiraram|tirou|tiram|retiraram|retirou|removeram|removeu|arrancaram|arrancou|desmontaram|desmontou|desativaram|desativou|desligaram|(?:retirad|removid|tirad|arrancad|desmontad|desativad)[oa]s?)\b`,
  ],
  [
    String.raw`\b(?:damit (?:man|du|wir|keiner|niemand|ihr) (?:sich |dir |uns )?(?:nicht|keine|keinen) (?:\S+ ){0,3}(?:finger|hand|hande|arm)\w*|(?:schutzt|schuetzt) (?:\S+ ){0,2}(?:finger|hande|hand|arme))\b`,
    String.raw`\b(?:abgebaut|abmontiert|entfernt|abgeschraubt|weggemacht|ausgebaut|uberbruckt|abgenommen|runtergenommen|abgemacht|deaktiviert|rausgenommen)\b`,
  ],
  [
    String.raw`\b(?:(?:empeche|evite|protege) (?:\S+ ){0,4}(?:doigts?|mains?|bras)|pour (?:pas|ne pas|eviter de) (?:se |te |nous |vous )?(?:couper|perdre|arracher) (?:\S+ )?(?:doigts?|mains?|bras))\b`,
    String.raw`\b(?:enleve|enlevee|enleves|enlevees|retire|retiree|retires|demonte|demontee|demontes|arrache|arrachee|desactive|desactivee|shunte|shuntee)\b`,
  ],
];

// A door told by what it is for (a fire, the alarm, running out), then locked or blocked.
const EXIT_BY_WHAT_IT_IS_FOR: Parts[] = [
  [
    String.raw`\b(?:doors?|gate|way out)\b`,
    String.raw`\b(?:(?:if|when|in case) (?:there'?s|theres|there is|of) (?:a )?(?:fire|emergency|evacuation)|when (?:the )?(?:bell|alarm|siren|fire alarm)s? (?:rings?|goes off|go off|sounds?)|(?:we|you|u|ppl|people) (?:run|go|get|escape|are supposed to (?:use|run|go)|use|leave) (?:\w+ ){0,2}(?:if|when|in case)|to (?:get|run) out (?:if|when|in case)|in an emergency|for emergencies|for (?:a )?fire)\b`,
    String.raw`\b(?:padlock(?:ed|s)?|chain(?:ed|s)?(?: shut| up)?|locked|lock on it|bolted|blocked|barricaded|welded shut|nailed shut|boarded up)\b`,
  ],
  [
    String.raw`\b(?:puerta|portón|porton|salida)\b`,
    String.raw`\b(?:cuando (?:suena|hay|toca) (?:la |el |una |un )?(?:alarma|incendio|fuego|timbre|sirena|emergencia)|(?:si|en caso de) (?:hay )?(?:un |una )?(?:incendio|fuego|emergencia|alarma)|por donde (?:salimos|corremos|salen|huimos|escapamos)|para (?:salir|escapar|huir) (?:si|cuando|en caso))\b`,
    String.raw`\b(?:candado|cadena|encadenad[ao]|cerrad[ao] con llave|con llave|bloquead[ao]|tapad[ao]|clausurad[ao]|soldad[ao])\b`,
  ],
  [
    String.raw`\b(?:porta|portao|saida)\b`,
    String.raw`\b(?:quando (?:toca|soa|dispara|tem) (?:o |a |um |uma )?(?:alarme|incendio|fogo|sirene|emergencia)|(?:se|em caso de) (?:tiver |houver )?(?:um |uma )?(?:incendio|fogo|emergencia)|(?:pra|para) (?:a gente )?(?:fugir|sair|escapar|correr)|por onde (?:a gente )?(?:sai|saimos|foge|fugimos|corre|corremos))\b`,
    String.raw`\b(?:cadeado|corrente|acorrentad[ao]|trancad[ao]|fechad[ao] a chave|bloquead[ao]|lacrad[ao]|soldad[ao])\b`,
  ],
  [
    String.raw`\b(?:tur|ture|tor|ausgang|notausgang)\b`,
    String.raw`\b(?:bei (?:feuer|alarm|brand|feueralarm|einem brand|einem feuer|gefahr)|wenn (?:es brennt|der alarm|die sirene|die glocke|alarm ist)|(?:raus|rausmussen|rausmuss|rauslaufen|rausrennen|fliehen|flüchten|fluchten) (?:sollen|mussen|muss|wenn)|wo wir (?:\w+ ){0,2}(?:raus|rauslaufen|rausrennen))\w*`,
    String.raw`\b(?:vorhangeschloss|vorhangeschlo\w*|kette|abgeschlossen|abgesperrt|zugesperrt|verriegelt|verrammelt|zugeschweisst|zugestellt|blockiert|zugekettet)\b`,
  ],
  [
    String.raw`\b(?:porte|portail|sortie)\b`,
    String.raw`\b(?:quand (?:l'|la |le )?(?:alarme|sirene|sonnerie|feu|incendie) (?:sonne|retentit|se declenche)|en cas (?:d'incendie|de feu|d'alarme|d'urgence)|(?:s'il y a|si il y a) (?:le feu|un incendie|une alarme)|par ou on (?:sort|s'enfuit|court|se sauve)|pour (?:sortir|fuir|s'enfuir|evacuer) (?:si|quand|en cas))\b`,
    String.raw`\b(?:cadenas|cadenassee?|chaine|enchainee?|fermee? a cle|verrouillee?|bloquee?|condamnee?|barricadee?)\b`,
  ],
];

const MONEY = String.raw`(?:\$ ?\d|\d[\d,. ]* ?(?:\$|dollars?|bucks|usd|euros?|eur|pesos|reais|rs|zl|zlotych|zloty|tysiecy|tys|quid|pounds?|soles|quetzales|lempiras))|\b(?:a (?:hundred|thousand|grand)|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:hundred|thousand|grand)|mil (?:pesos|reais)|(?:dos|tres|cuatro|cinco|seis) ?cientos|(?:duzentos|trezentos|quatrocentos|quinhentos) reais)`;

// A fee as the condition of starting: "or you don't get a start date", "before my first day or no job".
const FEE_BEFORE_STARTING: Parts[] = [
  [
    MONEY,
    String.raw`\b(?:or (?:you|u|ya|we|i|they) (?:don'?t|dont|won'?t|wont|never|do not|will not|can'?t|cant) (?:(?:get|have|be given) (?:a |the |your |ur |my |our |any )?(?:start(?:ing)? date|first (?:day|shift)|job|shift|shifts|contract|spot|badge)|start|work|be hired|get hired)|or no (?:job|start date|start|work|shift|shifts|contract)|(?:before|until) (?:they|he|she|the agency|the recruiter|we|you) (?:give|gives|get|set|sets|assign|assigns) (?:you |u |me |us )?(?:a |the |your |my )?start(?:ing)? date|(?:to|for) (?:get|getting) (?:a |the |your |my )?start(?:ing)? date|before (?:my|your|ur|the|our|their|his|her) (?:first (?:day|shift|week)|start(?:ing)? date)|(?:no|without) (?:pay(?:ing|ment)?|fee|money|the money|cash),? no (?:start date|job|work))\b`,
  ],
  [
    MONEY,
    String.raw`\b(?:o no (?:te |les |nos |me |le )?(?:dan|da|van a dar|asignan) (?:la |el |una |un )?(?:fecha|trabajo|turno|puesto|chamba|contrato|ingreso|entrada|alta)|o no (?:entras|empiezas|trabajas|te contratan|te llaman)|(?:si no|sino) (?:pagas|pagan|das) (?:\S+ ){0,2}no (?:entras|empiezas|trabajas|te contratan|te dan)|(?:antes de|para) (?:poder )?(?:empezar|comenzar|ingresar|darte de alta)(?= ?(?:$|[,;:]| a (?:trabajar|chambear|laborar)| o | y | en la (?:empresa|planta|fabrica|obra)| al trabajo| la chamba| el trabajo| tu primer))|(?:antes de|para) (?:poder )?entrar (?:a trabajar|a la (?:empresa|planta|fabrica|obra|chamba)|al trabajo))\b`,
    String.raw`\b(?:pagar|paga|pague|pagues|paguen|pagamos|cobran|cobra|cobro|piden|pide|pidio|pidieron|quieren|quiere|exigen|exige|dar|des|den|dale|darle|por adelantado|adelantado)\b`,
  ],
  [
    MONEY,
    String.raw`\b(?:(?:senao|se nao) (?:\S+ ){0,2}nao (?:te |nos |me |lhe )?(?:chamam|chama|contratam|contrata|comeca|comecas|entra|entras|trabalha|da|dao|marcam)|(?:antes de|pra|para) (?:poder )?(?:comecar|iniciar|ser contratad[oa])(?= ?(?:$|[,;:]| a trabalhar| ou | e | na (?:empresa|firma|obra|fabrica)| no (?:trabalho|servico|emprego)| o trabalho| o servico))|(?:antes de|pra|para) (?:poder )?entrar (?:a trabalhar|pra trabalhar|na (?:empresa|firma|obra|fabrica)|no (?:trabalho|servico|emprego))|ou (?:nao|ninguem) (?:te |nos )?(?:chamam|chama|contrata|contratam|comeca|entra|da|marca))\b`,
    String.raw`\b(?:pagar|paga|pague|pagamos|cobram|cobra|cobrou|pedem|pede|pediu|querem|quer|exigem|exige|dar|adiantado|antecipado)\b`,
  ],
  [
    MONEY,
    String.raw`\b(?:(?:inaczej|bo inaczej|albo|lub) (?:\S+ ){0,2}nie (?:dostaniesz|dostanie|dostaniemy|dostaniecie|ma|masz|bedzie|zaczniesz|zacznie|przyjma|przyjmie|dadza|da)|(?:zanim|przed) (?:zaczniesz|zacznie|zaczniemy|rozpoczeciem|pierwszym dniem|podpisaniem|przyjeciem)|(?:bez|nie ma) (?:kasy|pieniedzy|oplaty|wplaty),? (?:nie ma|bez) (?:pracy|roboty|umowy|daty))\b`,
    String.raw`\b(?:zaplac\w*|placi\w*|wplac\w*|oplat\w*|z gory|kaz\w*|zada\w*|chca|chce|bior\w*|bierze|daj\w*|dac)\b`,
  ],
];

// Trafficking told in Italian or Portuguese: papers taken, people locked in or a debt, beside no leaving or no pay;
// people living where they work who cannot go out and are not paid.
const IT_NOT_LET_GO = String.raw`\b(?:non (?:ci |le |li |gli |mi )?(?:lasciano|lascia|fanno|fa) (?:\S+ )?(?:uscire|andare|partire)|non (?:possiamo|possono|puo) (?:\S+ )?(?:uscire|andare via|andarcene|andarsene|lasciare)|finche non (?:ripaghiamo|ripagano|paghiamo|pagano|restituiamo))\b`;
const IT_UNPAID = String.raw`\b(?:non (?:ci |le |li |gli |mi )?(?:pagano|paga|danno niente|danno nulla)|non (?:prendono|prendiamo|prende|ricevono|riceviamo) (?:niente|nulla|un euro|un soldo|soldi|lo stipendio|la paga)|senza (?:paga|stipendio|soldi|essere pagat\w*)|gratis)\b`;
const PT_NOT_LET_GO = String.raw`\b(?:nao (?:nos |as |os |me |lhes )?(?:deixam|deixa) (?:a gente |ninguem )?(?:\S+ )?(?:sair|ir embora|voltar)|nao (?:podemos|podem|pode) (?:\S+ )?(?:sair|ir embora|voltar)|ate (?:pagar|pagarmos|pagarem) (?:a |as )?divida)\b`;
const PT_UNPAID = String.raw`\b(?:nao (?:nos |as |os |me )?(?:pagam|paga)|nao (?:recebem|recebemos|ganhamos|ganham) (?:nada|nenhum|salario)|sem (?:salario|pagamento|receber)|de graca)\b`;
const TRAFFICKED_IT_PT: Parts[] = [
  [
    String.raw`\b(?:(?:preso|presi|tolto|tolti|tiene|tengono|trattiene|trattengono|sequestrat\w*|ritirat\w*|confiscat\w*|nascost\w*) (?:\S+ ){0,3}(?:passaport|document|permess)\w*|(?:passaport|document)\w* (?:\S+ ){0,3}(?:ce li |ce l')?(?:tiene|tengono|trattiene|ha preso|hanno preso|sequestrat\w*))`,
    String.raw`${IT_NOT_LET_GO}|${IT_UNPAID}|\bdebit\w*`,
  ],
  [
    String.raw`\b(?:chiud\w* a chiave|chius\w* a chiave|rinchius\w*|chius\w* dentro|chiud\w* dentro|ci chiudono|le chiudono|li chiudono|debit\w*)\b`,
    String.raw`${IT_NOT_LET_GO}|${IT_UNPAID}`,
  ],
  [String.raw`\b(?:vivono|dormono|viviamo|dormiamo|abitano|abitiamo)\b`, IT_NOT_LET_GO, IT_UNPAID],
  [
    String.raw`\b(?:(?:pegaram|tomaram|tiraram|retiveram|retem|seguram|guardam|ficou com|ficaram com|confiscaram|escondem|esconderam) (?:\S+ ){0,2}(?:passaporte|documento)s?|(?:passaporte|documento)s? (?:\S+ ){0,2}(?:retid|confiscad|tomad|pegad)[oa]s?)\b`,
    String.raw`${PT_NOT_LET_GO}|${PT_UNPAID}|\bdivida\w*`,
  ],
  [String.raw`\b(?:trancad\w*|trancam|tranca|chaveiam|divida\w*)\b`, String.raw`${PT_NOT_LET_GO}|${PT_UNPAID}`],
  [String.raw`\b(?:moram|dormimos|dormem|vivemos|vivem|moramos)\b`, PT_NOT_LET_GO, PT_UNPAID],
];

// A machine started by itself, with someone still in it, in German.
const SELF_START_DE: Parts[] = [
  [
    String.raw`\b(?:die |der |das )?(?:presse|stanze|band|forderband|maschine|walze|mischer|ruhrwerk|frase|sage|roboter|anlage|schredder|hacksler|mulde|zentrifuge|kran|hebebuhne|aufzug)\b`,
    String.raw`\b(?:(?:ist|sind) (?:\S+ ){0,2}(?:angesprungen|angelaufen|losgelaufen|losgegangen|angegangen|angefahren)|(?:lief|sprang|ging|fuhr) (?:\S+ ){0,2}(?:an|los)\b|von (?:allein|alleine|selbst) (?:an|los|angegangen|angelaufen|gestartet))`,
    String.raw`\b(?:noch (?:drin|drinnen|darin|dazwischen|darunter|drunter|drauf|im|in der|in dem|unter|zwischen)|(?:hand|arm|bein|kopf|finger) (?:\S+ ){0,2}(?:drin|dazwischen|darin)|steckte (?:\S+ ){0,2}(?:drin|fest))\b`,
  ],
];

const NOT_REAL = String.raw`\b(?:movie|film|filme|pelicula|serie|series|novel|novela|game|jogo|juego|gioco|videogioco|spiel|lol|lmao|haha\w*|jaja\w*|kkk\w*|jk|joking|kidding|scherzo|broma)\b|${L}(?:фильм|сериал|игр[аеуы]|книг)\p{L}*`;
// A guard or a lock put back, a fee refunded or a course paid.
const SET_RIGHT = String.raw`\b(?:put (?:it |them )?back|back on|reinstalled|fixed|volvieron a (?:poner|colocar)|ya (?:esta|la|lo) (?:puesto|puesta|arreglad\w*)|colocaram de volta|wieder (?:dran|drauf|montiert|angebaut|offen)|remis|remise|removed the (?:padlock|lock|chain)|took (?:the |that )?(?:padlock|lock|chain) off|quitaron el candado|tiraram o cadeado|refund\w*|reembols\w*|zwrot\w*|course|curso|kurs\w*)\b`;

const READERS: Reader[] = [
  { kinds: ['harassment'], groups: RU_PRESSURE },
  { kinds: ['safety'], groups: GUARD_BY_WHAT_IT_DOES },
  { kinds: ['safety'], groups: EXIT_BY_WHAT_IT_IS_FOR },
  { kinds: ['fraud'], groups: FEE_BEFORE_STARTING },
  { kinds: ['harassment'], groups: TRAFFICKED_IT_PT },
  { kinds: ['safety'], groups: SELF_START_DE },
];

const compile = (source: string): LazyPattern => lazyPattern(foldPattern(source), 'u');
const COMPILED = READERS.map(({ kinds, groups }) => ({
  kinds,
  groups: groups.map((parts) => parts.map(compile)),
}));
const NOT_REAL_PATTERN = compile(NOT_REAL);
const SET_RIGHT_PATTERN = compile(SET_RIGHT);
const SLUR_PATTERNS = [...SLURS_BESIDE_A_THREAT, CALLED_A_SLUR, SLURS_UK_RU].map(compile);
const CALLED_UK_RU_PATTERN = compile(CALLED_UK_RU);
const THREAT_PATTERN = compile(THREAT_PROMISED);

/** The kinds these readers find in one sentence of the folded text, where none is a story or put right. */
export function kindsToldAtt48U51a(folded: string): UrgencyCategory[] {
  const found = new Set<UrgencyCategory>();
  for (const sentence of shortSentences(folded)) {
    if (sentence.length < 8 || NOT_REAL_PATTERN.get().test(sentence)) continue;
    for (const { kinds, groups } of COMPILED) {
      if (kinds.every((kind) => found.has(kind))) continue;
      if (!groups.some((parts) => parts.every((part) => part.get().test(sentence)))) continue;
      if (kinds.includes('harassment') || !SET_RIGHT_PATTERN.get().test(sentence))
        for (const kind of kinds) found.add(kind);
    }
    if (THREAT_PATTERN.get().test(sentence) && slurIn(sentence)) {
      found.add('discrimination');
      found.add('threat');
    }
  }
  return [...found];
}

function slurIn(sentence: string): boolean {
  return SLUR_PATTERNS.some((pattern) => pattern.get().test(sentence)) && calledIfCyrillic(sentence);
}

// The Cyrillic words of contempt ("обезьяна", "негр") are slurs only when someone is called by them.
function calledIfCyrillic(sentence: string): boolean {
  return !/\p{Script=Cyrillic}/u.test(sentence) || CALLED_UK_RU_PATTERN.get().test(sentence) || hasSharedSlur(sentence);
}

function hasSharedSlur(sentence: string): boolean {
  return SLUR_PATTERNS.slice(0, -1).some((pattern) => pattern.get().test(sentence));
}

/** The reading with the kinds these readers find added (and urgent). */
export function withReadingsAtt48U51a(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const kinds = kindsToldAtt48U51a(fold(text));
  return kinds.some((kind) => !reading.categories.includes(kind)) ? withKindsAdded(reading, ...kinds) : reading;
}
