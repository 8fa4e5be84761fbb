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
  ),
];

export const PORTUGUESE_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\b(?:cortando|tirando|roubando|descontando|apagando|comendo|cortam|tiram|roubam|apagam|descontam|comem|cortaram|tiraram|roubaram|apagaram|descontaram)\b (?:\w+ )?horas (?:do|da|de|no|na|dos|das) (?:nosso |nossa |meu |minha |nossos |nossas )?(?:ponto|cartao de ponto|folha de ponto|holerite|contracheque|salario|pagamento|registro)\b|\b(?:empresas?|fornecedor(?:es)?|notas?|funcionarios) (?:fantasmas?|falsas?|falsos|ficticias?|ficticios|frias?|laranjas?)\b|\bcobr(?:a|am|ando|ou|aram) (?:\w+ ){0,3}(?:pra|para) (?:dar|arrumar|conseguir|garantir|ter) (?:a |o |uma |um )?(?:vaga|emprego|trabalho|contrato|turno|horas|servico)\b`,
  ),
];

export const GERMAN_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bstempel\w* (?:\w+ )?(?:fur|fuer|f\u00fcr) (?:seinen|seine|ihren|ihre|einen|eine|den|die|meinen|meine) \w+(?: ein)?\b[^.!?\n]{0,25}?\b(?:der|die|obwohl|weil|wenn)\b[^.!?\n]{0,25}?\b(?:nicht|nie|gar nicht) (?:da|hier|anwesend|kommt|arbeitet|erscheint)\b`,
  ),
];

export const FRENCH_TIME_FRAUD_CLOCKED: UrgencyRule[] = [
  rule(
    'fraud',
    String.raw`\bpointe\w* (?:\w+ )?pour (?:son|sa|ses|leur|leurs|un|une|des|mon|ma) \w+ qui (?:n'est|ne vient|ne viennent|n'y est|n'est jamais|ne sont|n'y sont|ne travaille)\b|\b(?:payer|paye|paie|paye|donner de l'argent|verser) (?:[\w']+ ){0,3}(?:le|la|au|a la|l') ?(?:\w+ )?(?:recruteur|recruteuse|agence|chef|responsable|contremaitre|patron|gerant|intermediaire)\b[^.!?\n]{0,20}?\bpour (?:avoir|obtenir|garder|decrocher|entrer dans) (?:ce|le|un|mon|cette|la) (?:poste|travail|boulot|emploi|contrat|job|place)\b`,
  ),
];
