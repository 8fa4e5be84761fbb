import { lazyPattern, type LazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';
import { shortSentences } from './short-sentences';

/*
 * Money paid to a middleman or a boss to be hired or given shifts (att46, u48b): a recruiter's, agent's or broker's fee
 * taken from the worker, a foreman bribed for the day shift, a deposit to get into the factory: "hay que pagarle al
 * capataz 3000 pesos para que te den la plaza", "zaplacilem posrednikowi 3000 zl za prace", "要交五千块押金给中介才能进厂",
 * "треба дати бригадиру 5000 гривень щоб взяли на роботу", "phai dua to truong 2 trieu moi duoc nhan vao lam", "the
 * agent took 3 months salary as placement fee before i could start". Fraud, as the English kickbacks are
 * (pay-to-work-and-signed-for-the-absent.ts): they read calm, or (es "mordida") as harassment only.
 *
 * Read in one sentence (a comma does not end it) when a middleman or a boss, money or a bribe, a paying or taking, and
 * the job, being hired or a shift all stand. Calm beside them: the company paying the recruiter, parking, boots, union
 * dues, a tip, a bonus or a red envelope given to the workers. In English, Spanish, Portuguese, Polish, Ukrainian,
 * Vietnamese and Chinese (French, German, Italian, Arabic and Tagalog were already read). Folded; no gap is unbounded:
 * each part is its own pattern, tested on one sentence (short-sentences.ts).
 * u49a: a place on a list, a roster, a spot or a start date, "to get on" (en); a fee demanded or "charged" for
 * arranging work, a sum only with its unit (pl); paid to be sent to work, a sum demanded for the day shift (vi).
 * Tests: test/unit/analysis/urgency-att46-u48b.test.ts, test/unit/analysis/urgency-u48b-leftovers-u49a.test.ts.
 */

interface Language {
  /** A middleman or a boss: recruiter, agent, foreman. */
  broker: string;
  /** Money, a fee or a bribe (in English a sum: "the agency charges a fee to find you shifts" is its trade). */
  money: string;
  /** Paying, handing over, charging or taking. */
  pay: string;
  /** The job, being hired, a shift. */
  prize: string;
}

const NB = String.raw`(?<!\p{L})`;
const NA = String.raw`(?!\p{L})`;
const DIGITS = String.raw`\d`;

const LANGUAGES: Language[] = [
  {
    broker: String.raw`\b(?:agent|agents|agency|broker|brokers|recruiter|recruiters|recruiting agent|labou?r (?:contractor|broker|agent|hire firm)|middle ?man|foreman|forewoman|crew boss|crew chief|gangmaster|fixer|coyote)\b`,
    money: String.raw`[$\u00a3\u20ac] ?\d|\b\d[\d,.]*k? ?(?:bucks|dollars|usd|quid|pounds|euros?|pesos|grand)\b|\b\d{3,}\b|\b(?:(?:months?|weeks?|days?)(?:'s?)? (?:of )?(?:salary|wages?|pay)|cash|bribes?|kickbacks?|a cut)\b`,
    pay: String.raw`\b(?:pay|pays|paid|paying|hand|hands|handed|give|gave|giving|took|take|takes|taking|charge|charges|charged|charging|want|wants|wanted|demand|demands|demanded|asks? for|asked for|slip|slipped|bribe|bribed|cost|costs|deduct|deducts|deducted|docked|took out|takes out)\b`,
    prize: String.raw`\b(?:hired|hire|job|jobs|start|started|starting|shifts?|hours|position|placement|on the (?:crew|team|line|schedule|rota|books)|let (?:me|us|them|him|her) (?:in|start|work|on)|allowed to (?:work|start)|on the (?:\w+ )?(?:list|roster|rota)|(?:a|the) (?:spot|slot|place) on|start date|to get (?:on|in)|get (?:put )?on the|put (?:me|us|you|them|him|her|our names?|my name|your name) on)\b`,
  },
  {
    broker: String.raw`\b(?:capataz|capataces|mayordom[oa]|reclutador\w*|enganchador\w*|contratista\w*|intermediari[oa]s?|agencia|agente|coyote|supervisor\w*|encargad[oa]s?|jefe|jefa|jefes|patron\w*|cabo|mandador|mayordomo)\b`,
    money: String.raw`${DIGITS}|\b(?:pesos|dolares|lana|dinero|feria|cuota|comision|mordida|moche|soborno|billete|plata)\b`,
    pay: String.raw`\b(?:pag\w*|cobr\w*|dar|darle|darles|dale|da|dio|di|dimos|entreg\w*|mordida|moche|soborn\w*|untar\w*)\b`,
    prize: String.raw`\b(?:plaza|trabajo|trabajar|chamba|empleo|turno|turnos|contrat\w*|entrar|meter\w*|puesto|vacante|horas|jale)\b`,
  },
  {
    broker: String.raw`\b(?:gato|gatos|empreiteir[oa]s?|agenciador\w*|aliciador\w*|encarregad[oa]s?|chefe|chefes|supervisor\w*|gerente|recrutador\w*|agencia|intermediari[oa]s?|capataz|feitor)\b`,
    money: String.raw`${DIGITS}|\b(?:reais|conto|contos|dinheiro|taxa|propina|salarios?)\b`,
    pay: String.raw`\b(?:pag\w*|cobr\w*|dar|dei|deu|demos|deram|propina|molhar a mao)\b`,
    prize: String.raw`\b(?:vaga|emprego|trabalho|trabalhar|servico|turno|contrat\w*|entrar|coloc\w*|efetiv\w*|escala|horas|arrumar)\b`,
  },
  {
    broker: String.raw`\b(?:brygadzist\w*|kierownik\w*|majster\w*|majstr\w*|posrednik\w*|agencj\w*|rekruter\w*|szef\w*|agent\w*|werbownik\w*)\b`,
    money: String.raw`\d ?(?:zl|zlotych|zloty|pln|euro|eur|tys\w*|stow\w*|dych\w*)\b|\b(?:zl|zlotych|euro|pieniadz\w*|kase|kasy|kasa|w lape|lapowk\w*|oplat\w*|prowizj\w*)\b`,
    pay: String.raw`\b(?:zaplac\w*|plac\w*|bierze|biora|brac|wzial|wziela|wzieli|dac|daj\w*|dal\w*|w lape|lapowk\w*|pobral\w*|pobiera\w*|zada\w*|zazada\w*|zazycz\w*|kasuj\w*|skasowal\w*|liczy sobie|chce|chca|chcial\w*|kaze|kazal\w*)\b`,
    prize: String.raw`\b(?:przyj\w*|prac\w*|etat\w*|zmian\w*|robot\w*|umow\w*|zatrudn\w*|nadgodzin\w*|wpis\w* na list\w*|na liste|na budowe)\b`,
  },
  {
    broker: String.raw`${NB}(?:бригадир\p{L}*|майстр\p{L}*|майстер|посередник\p{L}*|агент\p{L}*|агенці\p{L}*|вербувальник\p{L}*|начальник\p{L}*|керівник\p{L}*|рекрутер\p{L}*|бригадір\p{L}*)`,
    money: String.raw`${DIGITS}|${NB}(?:гривень|гривні|грн|долар\p{L}*|євро|грош\p{L}*|хабар\p{L}*|в лапу|на лапу|оплат\p{L}*)${NA}`,
    pay: String.raw`${NB}(?:дати|дав|дала|дали|даєш|давати|платити|плат\p{L}*|заплат\p{L}*|занос\p{L}*|бере|беруть|брати|взяв|взяла|вимага\p{L}*|хоче|хотів|хабар\p{L}*|в лапу|на лапу)${NA}`,
    prize: String.raw`${NB}(?:роботу|робот\p{L}*|змін\p{L}*|працевлаштув\p{L}*|взяли|візьмуть|прийняли|приймуть|влаштув\p{L}*|посад\p{L}*|місце|місця|завод\p{L}*|цех\p{L}*)${NA}`,
  },
  {
    broker: String.raw`\b(?:to truong|quan doc|chu thau|moi gioi|trung gian|giam sat|truong ca|quan ly|cai thau|co dau)\b`,
    money: String.raw`${DIGITS}|\b(?:trieu|nghin|ngan|tien|phong bi|phi)\b`,
    pay: String.raw`\b(?:dua|dong|nop|tra|chung|chi|boi tron|lot tay|phong bi|doi (?:moi (?:nguoi|dua) |tien|phi)|doi \d[\d.,]* ?(?:trieu|nghin|ngan|k|dong)|bat (?:nop|dong|dua))\b`,
    prize: String.raw`\b(?:nhan vao lam|vao lam|vao xuong|vao cong ty|duoc lam|ca ngay|ca dem|xep ca|lam ca|viec lam|duoc tuyen|co viec|moi (?:duoc |cho )?(?:sang |di |vao )?lam|duoc (?:sang|di) lam)\b`,
  },
  {
    broker: String.raw`中介|组长|班长|工头|包工头|领班|主管|拉长|线长|老板|经理|招工的|蛇头|人事`,
    money: String.raw`${DIGITS}|[一二三四五六七八九十两百千万]+(?:块|元|万)|钱|红包|押金|好处费|介绍费|中介费|人头费|回扣`,
    pay: String.raw`给|交|塞|送|收|付|花了|拿了|要交|要给|红包|押金|好处费|回扣|贿赂`,
    prize: String.raw`进厂|上岗|上工|开工|入职|排班|排到班|上班|白班|夜班|好班|进去|招进|录用|工作|干活`,
  },
];

// The company paying, or money that is not a bribe: parking, boots, dues, a tip, a bonus or a red envelope given.
const NOT_A_BRIBE = lazyPattern(
  foldPattern(
    [
      String.raw`\b(?:paid by the (?:company|employer|agency)|the (?:company|employer) (?:pays?|paid|covers?|covered)|parking|boots|uniforms?|union|dues|tips?|pizza|lunch|coffee|bonus|raise|refund\w*|reimburs\w*|(?:got|gets|get|is|be|being|been|was|were|am|are) paid|earns?|earned|per hour|an hour|hourly|\/ ?hr|commission|(?:paid|pays|gave|gives|hands?|handed) (?:me|us|everyone|the crew|the team|each of us)|movie|film|game|lol|haha\w*)\b`,
      String.raw`\b(?:la empresa (?:le |les )?paga|paga la empresa|estacionamiento|botas|sindica\w*|propina|pizza|bono|aguinaldo|(?:me|nos) (?:paga|pagan|pago|dio|dieron))\b`,
      String.raw`\b(?:a empresa (?:paga|pagou)|estacionamento|botas|sindicato|gorjeta|pizza|bonus|(?:me|nos) (?:paga|pagam|pagou|deu|deram))\b`,
      String.raw`\b(?:firma (?:placi|zaplacila|pokrywa)|parking\w*|buty|butow|skladk\w*|napiw\w*|pizz\w*|premi\w*|zwrot\w*)\b`,
      String.raw`(?:компанія (?:платить|заплатила)|паркінг|парковк|черевик|профспілк|чайов|премі|піц)`,
      String.raw`\b(?:cong ty tra|gui xe|giu xe|cong doan|tien tip|thuong)\b`,
      String.raw`公司(?:给|付|出|报销)|停车|工鞋|工会|小费|外卖|报销|奖金|发(?:了)?(?:红包|工资)|给(?:我们|大家|员工)发|年终|过年|新年|春节`,
    ].join('|'),
  ),
  'u',
);

const COMPILED = LANGUAGES.map((language) => ({
  broker: lazyPattern(foldPattern(language.broker), 'u'),
  money: lazyPattern(foldPattern(language.money), 'u'),
  pay: lazyPattern(foldPattern(language.pay), 'u'),
  prize: lazyPattern(foldPattern(language.prize), 'u'),
}));

const all = (sentence: string, parts: LazyPattern[]): boolean => parts.every((part) => part.get().test(sentence));

// Words of the body or of sex: harassment read beside a bribe is kept where they stand.
const SEXUAL = lazyPattern(
  String.raw`\b(?:sex\w*|touch\w*|grop\w*|sleep with|slept with|body|naked|kiss\w*|acost\w*|toca\w*|manose\w*|cuerpo|besa\w*|sexo|dormir con|transar|beij\w*|corpo|dotyk\w*|seks\w*|cialo|spac z|caluj\w*)\b|性|摸|睡|亲|секс|торка|чіпа|спати з|цілу`,
  'u',
);

/** The first sentence of the folded text that tells money paid to a middleman or a boss for the job, or undefined. */
export function payToWorkSentence(folded: string): string | undefined {
  for (const sentence of shortSentences(folded)) {
    if (sentence.length < 4) continue;
    if (!COMPILED.some(({ broker, money, pay, prize }) => all(sentence, [broker, money, pay, prize]))) continue;
    if (!NOT_A_BRIBE.get().test(sentence)) return sentence;
  }
  return undefined;
}

/** Whether the folded text tells money paid to a middleman or a boss to be hired or given shifts. */
export function tellsPayToWork(folded: string): boolean {
  return payToWorkSentence(folded) !== undefined;
}

/**
 * The reading with fraud added (and urgent) where money is paid to a middleman or a boss for the job or a shift. A
 * harassment read only from the sentence that tells the bribe ("darle mordida al supervisor para que te pongan en el
 * turno", read as a favour asked) is dropped when the rules, asked of the text without it, read none and the sentence
 * names neither the body nor sex.
 */
export function withPayToWorkInOtherLanguages(
  text: string,
  reading: Reading,
  read: (text: string) => Reading,
): Reading {
  if (typeof text !== 'string' || !text) return reading;
  const folded = fold(text);
  const sentence = payToWorkSentence(folded);
  if (sentence === undefined) return reading;
  const added = withKindsAdded(reading, 'fraud');
  if (!added.categories.includes('harassment') || SEXUAL.get().test(sentence)) return added;
  if (read(folded.replace(sentence, ' ')).categories.includes('harassment')) return added;
  return { urgent: true, categories: added.categories.filter((category) => category !== 'harassment') };
}
