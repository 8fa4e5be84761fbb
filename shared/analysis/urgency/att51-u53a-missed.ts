import { type LazyPattern, lazyPattern } from '../lazy-pattern';
import { type Reading, withKindsAdded } from './kinds-added';
import { fold, foldPattern } from './normalise';
import { shortSentences } from './short-sentences';

/*
 * What the att51 attack (2026-12-07) found calm or sent to the wrong owner, gravest first (u53a; docs/escalations.md):
 * - someone who cannot breathe ("cant breathe", "cant breathe in the paint booth mask is broken", "no puedo respirar hay
 *   mucho humo"): safety, when it is the whole report or beside what the air holds (smoke, fumes, dust, gas, a mask);
 *   not a workload ("I can't breathe with this workload") or a laugh;
 * - self-harm misspelt ("im gonna kil myself"), a coworker's plan told in the future in Russian and Ukrainian
 *   ("коллега сказал что покончит с собой", "пишет что повесится", "сказав що покінчить з собою"), a jump from a bridge
 *   ("se va a aventar del puente", "va se jeter du pont"), a car driven off a bridge or a cliff, and "se quiere matar"
 *   in a mixed sentence: self-harm, whatever else the words read as;
 * - a worker's own child of 10 to 15 working nights, in Vietnamese, Chinese, Arabic, Ukrainian and Russian: safety;
 * - debt bondage told by its conditions in English (owed for the visa or the flight, and locked in or unable to leave):
 *   a threat (forced labour), as papers held are.
 * Machines started by themselves are read in machines-and-people-down-said-commonly.ts and
 * machines-starting-by-themselves-abroad.ts, gas told by a hiss and rotten eggs in gas-wiring-and-locks-zh-pl-uk-vi.ts.
 * Each reading needs all its parts in one sentence; every gap is bounded. Cyrillic and Arabic words are bounded by
 * letters, not `\b` (ASCII only). Tests: test/unit/analysis/urgency-att51-u53a.test.ts.
 */

type Parts = string[];
const NB = String.raw`(?<![\p{L}])`;
const NA = String.raw`(?![\p{L}])`;

// Cannot breathe, said of oneself or of someone there.
const CANT_BREATHE = String.raw`\b(?:can'?t|cant|cannot|can not|couldn'?t|couldnt|unable to|hard to|struggling to) (?:even )?(?:breathe|breath|breth|brethe|breathing)\b|\bno (?:puedo|puede|podemos|pueden|podia|podiamos|se puede) (?:ni )?respirar\b|\bn'?(?:arrive|arrivons|arrivent) (?:plus|pas) a respirer\b|\b(?:je|il|elle|on) ne (?:peux|peut|peuvent) (?:plus|pas) respirer\b|\bnao (?:consigo|consegue|conseguimos|conseguem|da pra|da para) (?:mais )?respirar\b|\b(?:kann|kannst|konnen|koennen|kann er|kann sie) (?:kaum|nicht|nicht mehr) (?:mehr )?atmen\b|\b(?:bekomme|bekommt|kriege|krieg|kriegt|kriegen|bekommen) (?:keine|kaum) luft\b|\bnon (?:riesco|riesce|riusciamo|riescono) (?:piu )?a respirare\b|\bnie (?:moge|moze|mozemy|moga) (?:oddychac|zlapac oddechu)\b|\bhindi (?:ako |siya |kami )?makahinga\b`;
// What the air holds or what failed: smoke, fumes, dust, gas, a chemical, a mask, a booth or a confined space.
const AIR = String.raw`\b(?:smoke|smokey|smoky|fumes?|dust|dusty|gas|ammonia|chlorine|chemicals?|paint|booth|mask|respirator|silo|tank|vapou?rs?|spray|air|ventilation|vent|asthma|inhaler|chest|turning blue|blue|choking|humo|polvo|gases|vapores|mascarilla|cubrebocas|tapabocas|quimicos?|pintura|cabina|aire|asma|pecho|ahogando|fumee|poussiere|vapeurs|masque|produits?|peinture|cabine|air|asthme|poitrine|fumaca|poeira|vapores|mascara|produtos?|tinta|cabine|ar|asma|peito|rauch|qualm|staub|dampfe|daempfe|maske|chemikalien|farbe|kabine|luft|asthma|brust|fumo|polvere|vapori|maschera|prodotti|vernice|cabina|aria|asma|petto|dym|pyl|opary|maska|chemikal\w*|farba|kabina|powietrz\w*|astm\w*|usok|alikabok|usok|kemikal|maskara|hangin|hika)\b`;
// A workload or a laugh: "I can't breathe with this workload", "this deadline, i literally can't breathe lol".
const WORKLOAD = String.raw`\b(?:workload|work ?load|deadlines?|schedule|planning|stress|pressure|micromanag\w*|emails?|meetings?|so much work|all this work|tanto trabajo|tanta chamba|tanta carga|tout ce travail|tant de travail|tanto trabalho|so viel arbeit|tanto lavoro|tyle pracy|dami ng trabaho|finally|again|room to breathe|breathing room|space to breathe)\b`;
const LAUGH = String.raw`\b(?:laugh\w*|lol|lmao|rofl|haha\w*|jaja\w*|kkk+|mdr|xd|funny|joke|jk|kidding|cute|crush|gorgeous|beautiful|risa|rire|riso|risata|lachen|tawa)\b`;
// Clothes too tight, a full stomach, a cold: "i can't breathe in these tight jeans", "can't breathe through my nose".
const NOT_ILL_AIR = String.raw`\b(?:jeans|pants|trousers|dress|corset|bra|tight|belly|stomach|ate|eating|nose|stuffy nose|cold|flu|allerg\w*|hay fever|pantalon\w*|vestido|faja|nariz|resfriad[oa]|gripe|robe|nez|rhume|calca|hose|nase|erkaltet|schnupfen|naso|raffreddore|pantaloni)\b`;
// The same in Russian, Ukrainian, Arabic and Chinese, where smoke, dust, gas or a mask is in the sentence: "не можу дихати,
// тут повно пилу", "مش قادر اتنفس في دخان", "车间里全是烟，喘不过气"; a workload ("工作压力大得喘不过气") is not read.
const CANT_BREATHE_ABROAD = String.raw`${NB}(?:не (?:можу|може|можемо|можуть|могу|может|можем|могут) (?:\p{L}+ )?(?:дихати|дышать)|нічим дихати|нечем дышать|задиха\p{L}*|задыха\p{L}*)${NA}|${NB}(?:مش|ما|مو|لا) (?:قادر|قادره|قادرين|اقدر|يقدر|تقدر|بقدر|نقدر|بيقدر) (?:ا|ي|ت|ن)?تنفس\p{L}*|喘不过气|喘不上气|不能呼吸|无法呼吸|呼吸不了|没法呼吸|透不过气|吸不上气`;
const AIR_ABROAD = String.raw`${NB}(?:дым\p{L}*|дим|диму|димом|пыль|пыли|пылью|пил|пилу|пилом|пилюк\p{L}*|газ|газа|газу|газом|маск\p{L}*|химі\p{L}*|хими\p{L}*|аміак\p{L}*|аммиак\p{L}*|фарб\p{L}*|краск\p{L}*|دخان|غبار|غاز|كمامه|ريحه|كيماوي\p{L}*|بويه|امونيا)${NA}|烟|粉尘|灰尘|气味|毒气|煤气|燃气|口罩|面罩|化学|油漆|氨气|氨`;
const WORK_ABROAD = String.raw`工作|作业|压力|加班|老板|哈哈|笑|${NB}(?:работ\p{L}*|робот\p{L}*|начальник\p{L}*|дедлайн\p{L}*|ضغط|الشغل)${NA}`;

// A whole report said in a few words: "cant breathe", "help i cant breathe", "no puedo respirar!!".
const FEW_WORDS = /^[^.!?\n]{0,40}[.!?\s]*$/u;

// Self-harm: a misspelt kill, a jump, a car driven off a bridge, a coworker's plan in the future (ru, uk), "se quiere matar".
const SELF_HARM = String.raw`\b(?:gonna|gunna|going to|goin to|finna|bout to|about to|wanna|want to|will|i'?ll|he'?ll|she'?ll|im|i'?m|imma|ima) (?:just |prob |probably )?(?:kil|kiil|kll|kilk|klil|kiill|kil l) (?:my ?self|myslef|mysef|him ?self|her ?self|themselves)\b(?! (?:laughing|of laughter|lol|lmao|haha\w*|with (?:this|these|that) (?:work|homework|project)))|\b(?:gonna|gunna|going to|finna|about to|bout to|wants? to|wanna|will|'ll|i'?ll|he'?ll|she'?ll) (?:just )?(?:drive|steer|crash|run|ride) (?:(?:his|her|my|their|the) (?:car|truck|van|bike|motorbike) )?(?:off|of) (?:a|the|that|some) (?:bridge|cliff|overpass|pier|ledge)\b|\b(?:se|me|te|nos) (?:va|voy|vas|van|quiere|quiero|piensa|pienso|iba|queria) a (?:aventar|tirar|lanzar|arrojar|botar)\b(?: \w+){0,3}? (?:del|de un|de una|desde el|desde un|desde la|de la|al|a las|bajo el|por la) (?:puente|edificio|azotea|techo|ventana|balcon|precipicio|barranco|tren|metro|vias|carro)\b|\b(?:aventarse|tirarse|lanzarse|arrojarse) (?:del|de un|desde el|desde un|de la|al|a las|bajo el|por la) (?:puente|edificio|azotea|techo|ventana|balcon|precipicio|barranco|tren|metro|vias)\b|\b(?:vai|vou|quer|queria|ia) se (?:jogar|atirar) (?:da|de uma|do|de um|na frente d[oa]|debaixo d[oa]) (?:ponte|predio|telhado|janela|viaduto|trem|comboio|metro|carro)\b|\b(?:va|vais|vas|veut|voulait|allait) se (?:jeter|lancer) (?:du|d'un|d'une|de la|par la|sous (?:le|un)) (?:pont|immeuble|toit|fenetre|falaise|train|metro|viaduc)\b|\bsi (?:vuole|vuol|voleva|va a|vuole andare a) (?:buttare|gettare|lanciare)(?: giu)? (?:dal|da un|da una|dalla|sotto (?:il|un)) (?:ponte|palazzo|tetto|finestra|treno|viadotto)\b|\b(?:dijo|dice|dicen|dijeron|me dijo|escribio|puso|said|says|told me|texted) (?:que )?se (?:quiere|va a|piensa|iba a|queria) (?:matar|suicidar|quitar la vida)\b(?! (?:de risa|trabajando|a trabajar|estudiando|corriendo|en el gym|en el gimnasio))|\bse (?:quiere|queria) (?:matar|suicidar)\b(?! (?:de risa|trabajando|a trabajar|estudiando|corriendo|en el gym|en el gimnasio))`;
const CY_SELF_HARM = String.raw`${NB}(?:покончит|покончу|покончат|покінчить|покінчу|покінчать|убьет|убьёт|уб'?є|вб'?є) (?:с|з|із) (?:собой|собою)${NA}|${NB}(?:убьет|убьёт|уб'?є|вб'?є) себя${NA}|${NB}(?:повесится|повешусь|повесятся|повіситься|повішусь|повісяться|застрелится|застрелюсь|застрелиться|отравится|отравлюсь|отруїться|отруюсь|утопится|втопиться|выпрыгнет|вистрибне|выбросится|викинеться|бросится под|кинеться під|кинется под|перережет вены|переріже вени|вскроет вены)${NA}`;

// A worker's own child of 10 to 15 working nights (vi, zh, ar, uk, ru): the child, the age, the night at work.
const CHILD_NIGHTS: Parts[] = [
  [
    String.raw`\b(?:con trai|con gai|con toi|con minh|con cua toi|chau|be)\b`,
    String.raw`\b1[0-5] tuoi\b`,
    String.raw`\b(?:ca dem|lam dem|lam ban dem|ban dem|dem nao|suot dem|ca toi)\b`,
  ],
  [
    String.raw`儿子|女儿|孩子|小孩|闺女|我家老大|我家老二`,
    String.raw`(?:1[0-5]|十[一二三四五]?)\s?(?:岁|周岁)`,
    String.raw`夜班|上夜|通宵|晚上[^。！？\n]{0,8}?(?:干活|上班|工作|做工)`,
  ],
  [
    String.raw`${NB}(?:ابني|بنتي|ابنتي|ولدي|طفلي|طفلتي|ابنى|بنتى)${NA}`,
    String.raw`(?:1[0-5]|١[٠-٥])\s?(?:سنه|سنين|عام|سنوات)`,
    String.raw`${NB}(?:بالليل|الليل|ليلا|ليلي|ليليه|الليلي|الليليه|مسائيه|سهر)${NA}`,
    String.raw`${NB}(?:يشتغل|تشتغل|يعمل|تعمل|شغال|شغاله|يداوم|تداوم|معي|معاي|معايا)${NA}`,
  ],
  [
    String.raw`${NB}(?:син|сина|сину|синові|донька|доньці|дочка|дочці|дитина|дитині|сын|сына|сыну|дочь|дочке|дочери|ребенок|ребенку|ребёнок|ребёнку)${NA}`,
    String.raw`${NB}1[0-5]\s(?:років|рік|роки|лет|год|года)${NA}`,
    String.raw`${NB}(?:нічн\p{L}*|вночі|ночами|по ночах|ночн\p{L}*|ночью|по ночам)${NA}`,
    String.raw`${NB}(?:працю\p{L}*|працював\p{L}*|работа\p{L}*|робот\p{L}*|смен\p{L}*|змін\p{L}*)${NA}`,
  ],
];
// A visit, school, sleep or a game: "con trai tôi 13 tuổi đến thăm tôi", "我儿子13岁，今天来公司参观".
const CHILD_NOT_WORK = String.raw`\b(?:tham|hoc|ngu)\b|参观|看我|上学|学校|睡觉|游戏|${NB}(?:زار|يزور|زارني|المدرسه|ينام|يلعب|спит|спить|школ\p{L}*|навести\p{L}*|провіда\p{L}*|гра\p{L}*|игра\p{L}*)${NA}`;

// Debt bondage in English: owed for the trip, the visa or the recruiter, beside being locked in or unable to leave.
const DEBT_BOUND: Parts[] = [
  [
    String.raw`\b(?:owe|owes|owed|owing|debt|debts|pay (?:it |them |him )?back|paid back|repay)\b`,
    String.raw`\b(?:visa|visas|flight|flights|ticket|tickets|plane|travel|trip|recruiter|recruitment|agent|agency|transport|passage|papers|permit|broker|smuggler|coyote)\b`,
    String.raw`\b(?:lock|locks|locked|locking|padlock\w*|(?:can'?t|cant|cannot|can not|not allowed to|never|won'?t let us|wont let us|don'?t let us|dont let us) (?:go out|get out|leave|go home|quit)|keep (?:our|my|their) passports?|took (?:our|my|their) passports?)\b`,
  ],
];

const compiled = (groups: Parts[]): LazyPattern[][] =>
  groups.map((parts) => parts.map((part) => lazyPattern(foldPattern(part), 'u')));
const CHILD_READINGS = compiled(CHILD_NIGHTS);
const DEBT_READINGS = compiled(DEBT_BOUND);
const BREATHE = lazyPattern(foldPattern(CANT_BREATHE), 'u');
const BREATHE_ABROAD = lazyPattern(foldPattern(CANT_BREATHE_ABROAD), 'u');
const BREATHE_AIR_ABROAD = lazyPattern(foldPattern(AIR_ABROAD), 'u');
const BREATHE_WORK_ABROAD = lazyPattern(foldPattern(WORK_ABROAD), 'u');
const BREATHE_AIR = lazyPattern(foldPattern(AIR), 'u');
const BREATHE_WORKLOAD = lazyPattern(foldPattern(WORKLOAD), 'u');
const BREATHE_LAUGH = lazyPattern(foldPattern(`(?:${LAUGH})|(?:${NOT_ILL_AIR})`), 'u');
const HARMS_SELF = lazyPattern(foldPattern(`(?:${SELF_HARM})|(?:${CY_SELF_HARM})`), 'u');
const NOT_CHILD_WORK = lazyPattern(foldPattern(CHILD_NOT_WORK), 'u');
// A film, a game, a joke: none of these readings is meant there.
const NOT_REAL = lazyPattern(
  String.raw`\b(?:movie|film|show|series|episode|game|song|lyrics|lol|lmao|jk|haha\w*|jaja\w*|xd|pelicula|serie|cancion|juego|chiste|broma)\b|${NB}(?:фильм\p{L}*|фільм\p{L}*|сериал\p{L}*|серіал\p{L}*|анекдот\p{L}*|шутк\p{L}*|жарт\p{L}*|песн\p{L}*|пісн\p{L}*|игр\p{L}*|гр[аиу])${NA}`,
  'u',
);

const inOneSentence = (folded: string, groups: LazyPattern[][], not?: LazyPattern): boolean =>
  shortSentences(folded).some(
    (sentence) =>
      sentence.length > 1 &&
      groups.some((parts) => parts.every((part) => part.get().test(sentence))) &&
      !not?.get().test(sentence),
  );

/** Whether the folded text tells someone unable to breathe: the whole report, or beside smoke, fumes, dust or a mask. */
export function tellsCannotBreathe(folded: string): boolean {
  return shortSentences(folded).some((sentence) => {
    if (BREATHE_ABROAD.get().test(sentence) && BREATHE_AIR_ABROAD.get().test(sentence)) {
      return !BREATHE_WORK_ABROAD.get().test(sentence) && !BREATHE_LAUGH.get().test(folded);
    }
    if (!BREATHE.get().test(sentence) || BREATHE_LAUGH.get().test(folded)) return false;
    if (BREATHE_AIR.get().test(sentence)) return true;
    return FEW_WORDS.test(folded.trim()) && !BREATHE_WORKLOAD.get().test(folded);
  });
}

/** Whether the folded text tells a self-harm plan att51 found calm or read as a threat or a hazard alone. */
export function tellsSelfHarmAtt51(folded: string): boolean {
  return shortSentences(folded).some((sentence) => HARMS_SELF.get().test(sentence) && !NOT_REAL.get().test(sentence));
}

/** Whether the folded text tells a worker's own child of 10 to 15 working nights (vi, zh, ar, uk, ru). */
export function tellsChildWorkingNights(folded: string): boolean {
  return inOneSentence(folded, CHILD_READINGS) && !NOT_CHILD_WORK.get().test(folded) && !NOT_REAL.get().test(folded);
}

/** Whether the folded text tells, in English, a debt for the trip or the visa beside being locked in or kept. */
export function tellsDebtBondageByConditions(folded: string): boolean {
  return inOneSentence(folded, DEBT_READINGS, NOT_REAL);
}

/** The reading with the kinds att51 found missing: safety, self-harm or a threat (forced labour). */
export function withReadingsAtt51U53a(text: string, reading: Reading): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const folded = fold(text);
  let read = reading;
  if (!read.categories.includes('self-harm') && tellsSelfHarmAtt51(folded)) {
    // "se quiere matar" read as a threat, "drive off the bridge" as a vehicle hazard: the owner of self-harm must read
    // it too (what else was read is kept: a threat beside it may be real).
    read = withKindsAdded(read, 'self-harm');
  }
  if (!read.categories.includes('safety')) {
    if (tellsCannotBreathe(folded) || tellsChildWorkingNights(folded)) read = withKindsAdded(read, 'safety');
  }
  if (!read.categories.includes('threat') && tellsDebtBondageByConditions(folded)) {
    read = withKindsAdded(read, 'threat');
  }
  return read;
}
