import { type LazyPattern, lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';

/*
 * Harassment the att57 attack (2026-12-08) found calm or sent to fraud alone (u58a; docs/escalations.md):
 * - groping told about others ("the owner gropes the girls in the kitchen", "he keeps touching the new girls",
 *   "il titolare palpa le ragazze", "manosea a las chicas", "il tripote les filles", "passa a mão nas meninas"):
 *   a groping verb with people as its object, in en it es fr pt de pl. Touching and grabbing need "keeps" or
 *   "always" before them ("he touched on the topic", "touching base", "grabbing the girls a coffee" stay calm);
 * - sex for shifts, hours or pay said in veiled words ("the only way i'm getting off nights is on my knees", "you know
 *   what I have to do to keep my hours", "wear a shorter skirt to keep her hours"), in en es fr pt: the veiled words
 *   with shifts, hours or a job in one sentence; scrubbing, stocking or praying on one's knees, and a plain duty after
 *   "what I have to do" ("show up on time", overtime) stay calm;
 * - passports or ID papers taken by the employer with pay withheld (en es fr pt de it uk ru ar zh ht): harassment, the
 *   owner of papers held (forced labour); a fraud read beside it stays. A copy, a scan, a renewal or a lost passport
 *   stays as read.
 * Every gap is bounded; Cyrillic, Arabic and Chinese are bounded by letters, not `\b`.
 * Tests: test/unit/analysis/urgency-att57-u58a-groping-veiled-passports.test.ts.
 */

const p = (source: string): LazyPattern => lazyPattern(foldPattern(source), 'u');
const SENT = String.raw`[^.!?\n]{0,60}`;

// ---- Groping told about others ------------------------------------------------------------------------------------

const EN_PEOPLE = String.raw`(?:girls?|women|woman|ladies|lady|servers|waitress(?:es)?|waiters|cashiers|hostess(?:es)?|bartenders|temps|interns|trainees|new hires|cleaners|maids|housekeepers|dishwashers|employees|workers|staff|students|teens|teenagers|packers|pickers|female \w+|young ones|new ones)`;
const EN_OBJECT = String.raw`(?:the |his |our |all the |those |these |some of the |one of the )?(?:\w+ ){0,2}${EN_PEOPLE}\b`;
const EN_GROPES = String.raw`\b(?:gropes?|groped|groping|fondles?|fondled|fondling|molests?|molested|molesting|paws? at|pawing(?: at)?|pawed at|feels up|feeling up|felt up|feel up)\b`;
const EN_KEEPS = String.raw`\b(?:keeps?|kept|always|constantly|wont stop|won't stop|doesnt stop|doesn't stop|never stops)\b (?:on )?`;
const EN_TOUCHES = String.raw`${EN_KEEPS}(?:touching|grabbing|grabbing at|groping|rubbing (?:up )?(?:on|against)|putting his hands on|slapping)\b`;
const EN_HANDS = String.raw`\b(?:puts?|putting|put|gets?|getting) his hands (?:on|all over)\b`;
const EN_GROPING = String.raw`(?:${EN_GROPES}|${EN_TOUCHES}|${EN_HANDS}) ${EN_OBJECT}(?!['’])(?! (?:a|an|some|coffee|lunch|food|drinks?|water|the (?:boxes|orders|mail))\b)`;
// Touching girls' work, a meeting, a raise: not hands on people.
const EN_NOT_GROPING = String.raw`\b(?:touch(?:ing|es|ed)? (?:base|on|up)|grab(?:bing|s)? (?:lunch|coffee|a bite|drinks?))\b`;

const IT_GROPING = String.raw`\b(?:palpa|palpava|palpeggia|palpeggiava|palpano|palpeggiano|tocca il sedere (?:a|alle)|allunga le mani (?:su|sulle)|mette le mani addosso (?:a|alle)|molesta|molestava)(?: le| alle| sulle| la| una)?(?: \w+)? (?:ragazze|ragazzine|donne|cameriere|dipendenti|colleghe|stagiste|cassiere|apprendiste|commesse|operaie|nuove)\b`;
const ES_GROPING = String.raw`\b(?:manosea|manoseaba|manosean|soba|sobaba|toquetea|toqueteaba|le mete mano a|les mete mano a|mete mano a|agarra las nalgas a|le agarra las nalgas a)(?: a)?(?: las| los| unas| la)?(?: \w+)? (?:chicas|muchachas|mujeres|meseras|camareras|cajeras|empleadas|trabajadoras|companeras|nuevas|jovenes|chamacas|morras|practicantes)\b`;
const FR_GROPING = String.raw`\b(?:tripote|tripotait|tripotent|pelote|pelotait|pelotent|met la main aux fesses (?:a|aux|des)|touche les fesses (?:a|aux|des))(?: les| des| la| aux)?(?: \w+)? (?:filles|femmes|serveuses|caissieres|employees|ouvrieres|collegues|nouvelles|stagiaires|interimaires|jeunes)\b`;
const PT_GROPING = String.raw`\b(?:passa a mao (?:nas|em|na)|passava a mao (?:nas|em|na)|apalpa|apalpava|bolina|bolinava|encoxa|encoxava)(?: as| umas| a)?(?: \w+)? (?:meninas|mulheres|moças|mocas|garconetes|caixas|funcionarias|colegas|novatas|estagiarias|meninas novas)\b`;
const DE_GROPING = String.raw`\b(?:begrapscht|begrabscht|betatscht|befummelt|fummelt an|grapscht|grabscht)(?: den| die| an den| an die)?(?: \w+)? (?:madchen|frauen|azubis|kolleginnen|kellnerinnen|praktikantinnen|mitarbeiterinnen|neuen|verkauferinnen)\b`;
const PL_GROPING = String.raw`\b(?:obmacuje|obmacywal|maca|macal|klepie po tylkach)(?: \w+)? (?:dziewczyny|dziewczyn|kobiety|praktykantki|kelnerki|kasjerki|pracownice|nowe|mlode)\b`;
const GROPING = [EN_GROPING, IT_GROPING, ES_GROPING, FR_GROPING, PT_GROPING, DE_GROPING, PL_GROPING].map(p);
const NOT_GROPING = p(EN_NOT_GROPING);
const GROPES = p(EN_GROPES);

// ---- Sex for shifts in veiled words -------------------------------------------------------------------------------

const WHAT_IS_KEPT = String.raw`\b(?:shifts?|hours|nights|days|full[- ]time|schedule|raise|promotion|job|position|weekends?|tips|section|turnos?|horas|horario|puesto|trabajo|aumento|heures|horaires|poste|boulot|travail|augmentation|horas|turno|emprego|vaga|aumento)\b`;
const ON_KNEES = String.raw`\bon (?:my|her|your|their|our) knees\b|\bgets? on (?:her|my|your) knees\b|\bde rodillas\b|\ba genoux\b|\bde joelhos\b`;
// Knees to scrub, stock, pray or fix: work, not a favour.
const KNEES_AT_WORK = String.raw`\b(?:scrub\w*|clean\w*|floors?|tiles?|grout|stock\w*|shel(?:f|ves)|pray\w*|church|weed\w*|garden\w*|knee ?pads?|install\w*|fix\w*|plumb\w*|lav\w*|limpi\w*|fregar|frotter|nettoy\w*|priant|prier|rezar|rezando|esfreg\w*|limpando|chao|suelo|sol)\b`;
const WHAT_I_MUST_DO = String.raw`\b(?:i|you|she|u|we)(?: all)? (?:know|knows|knew)(?: exactly)? what (?:i|you|she|u|we) (?:have to|has to|had to|got to|gotta|need to|needs to|must|should) do\b|\bsabes lo que (?:tienes|hay) que hacer\b|\btu sais ce que tu (?:dois|as a) faire\b|\bvoce sabe o que (?:tem|precisa) (?:que|de) fazer\b|\bvc sabe o que tem que fazer\b`;
// A plain duty named after it: "i know what i have to do to keep my hours: show up on time".
const A_PLAIN_DUTY = String.raw`(?:[:;-] |\b(?:show up|on time|overtime|work harder|clock in|sell|hit (?:my|the|our) (?:numbers|targets?)|meet (?:my|the) (?:quota|targets?)|train\w*|finish|study|certif\w*|a doctor'?s note|call in)\b)`;
const A_WINK = String.raw`\b(?:wink(?:ed|s|ing)?|smirk\w*|laugh\w*|for him|with him|after hours|after close|con el|avec lui|com ele)\b|;\)|😉|😏`;
const SKIRT = String.raw`\b(?:wear|wearing|wore)(?: \w+){0,2} (?:shorter|tighter|lower[- ]cut|low[- ]cut|smaller|sexier|revealing) (?:skirts?|shorts|tops?|shirts?|dress(?:es)?|uniforms?|clothes|jeans)\b|\bshow (?:more|some) (?:skin|cleavage|leg)\b|\b(?:falda|minifalda|jupe|saia) (?:mas |plus |mais )?(?:corta|courte|curta)\b`;
const VEILED = [
  [ON_KNEES, WHAT_IS_KEPT],
  [WHAT_I_MUST_DO, WHAT_IS_KEPT],
  [SKIRT, WHAT_IS_KEPT],
].map((parts) => parts.map(p));
const NOT_KNEES = p(KNEES_AT_WORK);
const MUST_DO = p(WHAT_I_MUST_DO);
const PLAIN_DUTY = p(`(?:${WHAT_I_MUST_DO})${SENT.replace('{0,60}', '{0,40}')}${A_PLAIN_DUTY}`);
const WINK = p(A_WINK);

// ---- Passports taken and pay withheld -----------------------------------------------------------------------------

const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;
const PAPERS = String.raw`(?:\b(?:passports?|ids|papers|id cards|documents|pasaportes?|documentos|papeles|passeports?|papiers|passaportes?|reisepasse|passe|pass|ausweise|passaporti|passaporto|documenti|paszporty|paszport|dokumenty|paspo|papye|ho chieu|pasaporte)\b|${NB}(?:паспорт\p{L}*|документ\p{L}*|جواز\p{L}*|جوازات\p{L}*|وثائق\p{L}*|اوراق\p{L}*)${NA}|护照|证件|身份证|パスポート|여권)`;
const OURS = String.raw`(?:all |all of |the )?(?:our|their|everyone'?s|the workers'?|nuestros|los|nos|nossos|os nossos|os|unsere|die|i nostri|nostri|nasze|nou|my|mis|mes|meus|minha|meinen|meine)`;
const HAS_OURS = String.raw`(?<!\b(?:i|we|yo|je|eu|ich) )\b(?:has|have|had|keeps?|kept|keeping|holds?|holding|held|tiene|tienen|guarda|guardan|garde|gardent|tem|fica com|hat|haben|tiene|tengono|trzyma|kenbe) ${OURS} ${PAPERS}`;
const TAKEN = String.raw`(?:\b(?:took|taken|take|takes|taking|confiscat\w*|collected|seized|locked up|wont give|won't give|quito|quitaron|quitado|se quedo con|se quedaron con|tiene|tienen|retiene\w*|retuvo|a pris|ont pris|confisque\w*|pegou|pegaram|tomou|tomaram|ficou com|ficaram com|retem|retiveram|nahm|genommen|abgenommen|preso|presi|trattiene|zabral\w*|pran|kenbe|konfiske)\b|${NB}(?:забрал\p{L}*|забрав\p{L}*|відібрал\p{L}*|отобрал\p{L}*|тримає|держит|اخذ\p{L}*|أخذ\p{L}*|ماسك\p{L}*|محتجز\p{L}*|سحب\p{L}*|صادر\p{L}*)${NA})`;
// Chinese, Japanese and Korean write no spaces: the taking and the papers a few letters apart, either way round.
const CJK_TAKEN = String.raw`(?:收了|扣了|扣着|扣留|拿走了?|没收了?|收走了?)\p{L}{0,6}(?:护照|证件|身份证)|(?:护照|证件|身份证)(?:被|都被|也被)?\p{L}{0,4}(?:收走|扣了|扣着|扣留|拿走|没收)|(?:パスポート|在留カード)(?:を|も)?\p{L}{0,6}(?:取り上げ|取られ|預か|没収)|여권(?:을|를|도)?\s?\p{L}{0,6}(?:가져가|뺏|압수|빼앗)`;
const PAPERS_TAKEN = `${HAS_OURS}|${CJK_TAKEN}|${TAKEN}(?: \\S+){0,3} ${PAPERS}|${PAPERS}(?: \\S+){0,2} (?:(?:were|was|got|are|have been|has been) )?(?:taken|confiscated|held|kept|seized)\\b`;
const UNPAID = String.raw`(?:\b(?:(?:not|never|haven'?t|havent|hasn'?t|hasnt|didn'?t|didnt|don'?t|dont|doesn'?t|doesnt|won'?t|wont|stopped|no longer)(?: been)? (?:pa(?:id|yed|y|ying)|giv\w* us (?:our )?(?:pay|wages))|no (?:pay|wages|salary|paycheck)|without pay|unpaid|haven'?t seen a paycheck|havent seen a paycheck|owes? us|no nos (?:pagan|paga|han pagado|pago|pagaron)|sin (?:pago|sueldo|salario|paga)|ne (?:nous |me )?(?:paie|paye|paient|payent)(?: \w+)? (?:pas|plus|jamais)|sans (?:salaire|paie)|nao (?:paga|pagam|pagou|pagaram|recebemos|recebo|recebi)|sem (?:salario|pagamento)|zahlt (?:uns )?(?:nicht|kein)|kein (?:lohn|gehalt|geld)|non (?:ci )?(?:paga|pagano|ha pagato)|senza (?:stipendio|paga)|nie (?:placi|placa|zaplacil\w*)|bez wyplaty|pa peye|pa janm peye)\b|${NB}و?(?:не платять|не платят|не платить|не платит|не заплатил\p{L}*|без зарплати|без зарплаты|ما دفعوا|ما يدفع\p{L}*|ما يعطينا|بدون رواتب|بدون راتب|بدون اجر|لا يدفع\p{L}*|ما دفع)${NA}|没发工资|不发工资|不给工资|没给工资|拖欠工资|欠工资|工资也不给|給料も払われていない|給料が払われ|월급을 안|월급 안)`;
const NOT_HELD = String.raw`\b(?:cop(?:y|ies)|photocop\w*|scan\w*|renew\w*|lost|expired?|embassy|consulate|visa appointment|copia|copie|fotocopia|renovar|renouvel\w*|perdi|perdu)\b`;
const HELD = p(PAPERS_TAKEN);
const WITHHELD = p(UNPAID);
const NOT_PAPERS_HELD = p(NOT_HELD);

/** Whether a folded text tells of people groped by someone, told about others. */
export function tellsOthersGroped(folded: string): boolean {
  if (NOT_GROPING.get().test(folded) && !GROPES.get().test(folded)) return false;
  return GROPING.some((pattern) => pattern.get().test(folded));
}

/** Whether a folded text tells of shifts, hours or a job traded for sex in veiled words. */
export function tellsSexForShiftsVeiled(folded: string): boolean {
  return folded.split(/[.!?\n]+/u).some((sentence) => {
    if (sentence.length > 400) return false;
    return VEILED.some((parts, index) => {
      if (!parts.every((part) => part.get().test(sentence))) return false;
      if (index === 0) return !NOT_KNEES.get().test(sentence);
      if (index === 1) {
        if (!MUST_DO.get().test(sentence)) return false;
        return WINK.get().test(sentence) || !PLAIN_DUTY.get().test(sentence);
      }
      return true;
    });
  });
}

/** Whether a folded text tells of passports or ID papers taken by the employer with pay withheld. */
export function tellsPapersTakenAndPayWithheld(folded: string): boolean {
  if (NOT_PAPERS_HELD.get().test(folded)) return false;
  return HELD.get().test(folded) && WITHHELD.get().test(folded);
}

/** The reading with att57's missed harassment added: groping of others, veiled sex for shifts, papers held unpaid. */
export function withGropingVeiledOrPapersHeld(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  if (text.length > 2000 || reading.categories.includes('harassment')) return reading;
  const folded = fold(text);
  if (tellsOthersGroped(folded) || tellsSexForShiftsVeiled(folded) || tellsPapersTakenAndPayWithheld(folded)) {
    return withKindsAdded(reading, 'harassment');
  }
  return reading;
}
