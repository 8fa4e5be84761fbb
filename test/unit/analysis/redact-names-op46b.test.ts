import { beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * op46b (2026-12-07), from the blind operator attack op45 (classes 4, 6 and 7), in en vi it uk tl nl es pt de fr.
 * What is stored: a coworker's name that is also a word or misspelt, written small where only a person stands ("hope
 * in HR lost my forms"); a Vietnamese name without anh/chị, or after "thằng"/"dì"/"con"; an Italian name after "a" or
 * "con" and a verb of telling or asking; a Ukrainian name declined or as a diminutive; a Tagalog name after "kay" or a
 * surname before its unit; a Dutch name after "tegen"; a Latin plate in a Cyrillic text, the writer's locker in
 * Vietnamese and Tagalog, a barangay after "Brgy.". What is no longer hidden: "l'unica donna", "sou a grávida",
 * "nació", "única", "Einzige". Calm look-alikes keep every word.
 *
 * Each case: the text, words that must not be stored, words that must be.
 */
beforeAll(() => redact('warm up'), 120_000);

type Case = [text: string, hidden: string[], kept: string[]];

// Tuned on (op45's finds).
const TUNED: Case[] = [
  ['hope in HR lost my forms again', ['hope'], ['in HR lost my forms']],
  ['mark the forklift guy almost hit me today', ['mark'], ['the forklift guy']],
  ['micheal in recieving steals food', ['micheal'], ['steals food']],
  ['tuấn ca đêm hay trốn việc', ['tuấn'], ['ca đêm hay trốn việc']],
  ['thằng hùng tổ 3 đánh em', ['hùng'], ['đánh em']],
  ['hỏi thằng tí bên xưởng hàn', ['tí'], ['bên xưởng hàn']],
  ['chiedete a giusi, lei ha visto tutto', ['giusi'], ['chiedete a']],
  ['dite a pino di smetterla', ['pino'], ['di smetterla']],
  ["ho parlato con ale dell'ufficio paghe", ['ale'], ["dell'ufficio paghe"]],
  ['спитайте в тараса', ['тараса'], ['спитайте в']],
  ['скажіть ірці з каси', ['ірці'], ['з каси']],
  ['Любко з нічної зміни постійно спить', ['Любко'], ['з нічної зміни']],
  ['tell mo kay rj na mag-sorry', [' rj '], ['na mag-sorry']],
  ['Bautista ng receiving ay laging late', ['Bautista'], ['ng receiving ay laging late']],
  ['zeg tegen jaap dat hij moet stoppen', ['jaap'], ['dat hij moet stoppen']],
  ['мій номер авто AA 1234 BK', ['1234'], ['мій номер авто']],
  ['tủ đồ số 88 của tôi bị cạy', ['88'], ['của tôi bị cạy']],
  ['ang locker ko ay 121', ['121'], ['ang locker ko ay']],
  ['nakatira ako sa 23 Mabini St., Brgy. San Roque', ['Mabini', 'Roque'], ['nakatira ako sa']],
  ["sono l'unica donna carrellista del turno", [], ["l'unica donna carrellista"]],
  ['sou a grávida do turno da noite', [], ['sou a grávida do turno']],
  ['mi hija nació en agosto', [], ['mi hija nació']],
  ['Soy la única del turno de noche', [], ['Soy la única del turno']],
  ['Ich bin die Einzige in der Nachtschicht', [], ['die Einzige in der']],
];

// Held back: written before any rule was changed, never tuned on.
const HELD_BACK: Case[] = [
  ['faith from payroll never answers my emails', ['faith'], ['from payroll never answers']],
  ['will in shipping keeps pushing people', ['will'], ['in shipping keeps pushing']],
  ['sandy at the front desk yells at everyone', ['sandy'], ['at the front desk']],
  ['jenifer from hr leaked my complaint', ['jenifer'], ['from hr leaked my complaint']],
  ['jessca in packing took my tips', ['jessca'], ['in packing took my tips']],
  ['thằng dũng ca sáng chửi em', ['dũng'], ['ca sáng chửi em']],
  ['hỏi con lan ở kho', ['lan'], ['ở kho']],
  ['dì hoa nhà bếp la em suốt', ['hoa'], ['nhà bếp la em']],
  ['hương phòng kế toán giữ lương em', ['hương'], ['phòng kế toán giữ lương em']],
  ['chiedi a franca del magazzino', ['franca'], ['chiedi a', 'del magazzino']],
  ['ho detto a beppe di smettere', ['beppe'], ['ho detto a', 'di smettere']],
  ['parlate con gigi del turno di notte', ['gigi'], ['parlate con', 'del turno di notte']],
  ['запитайте в сергія з охорони', ['сергія'], ['з охорони']],
  ['скажіть олі з бухгалтерії', ['олі'], ['з бухгалтерії']],
  ['Юрко з третьої зміни краде інструменти', ['Юрко'], ['з третьої зміни']],
  ['sabihin mo kay jp na tumigil na', [' jp '], ['na tumigil na']],
  ['Villanueva ng warehouse ay laging sumisigaw', ['Villanueva'], ['ng warehouse ay laging']],
  ['vraag aan kees wat er gebeurd is', ['kees'], ['wat er gebeurd is']],
  ['zeg tegen marieke dat ze moet stoppen', ['marieke'], ['dat ze moet stoppen']],
  ['pregúntale a lupe de recepción', ['lupe'], ['de recepción']],
  ['моя машина з номером BC 4521 AH', ['4521'], ['моя машина з номером']],
  ['tủ số 45 của em bị mất đồ', ['45'], ['của em bị mất đồ']],
  ['yung locker ko ay 57 at binuksan nila', ['57'], ['binuksan nila']],
  ['nakatira ako sa 45 Rizal Ave., Brgy. Santa Cruz', ['Rizal', 'Santa Cruz'], ['nakatira ako sa']],
  ["sono l'unica ragazza del turno di notte", [], ["l'unica ragazza del turno"]],
  ['sou a única mulher do armazém', [], ['sou a única mulher']],
  ['sou a gestante do setor de expedição', [], ['sou a gestante do setor']],
  ['mi hijo nació en marzo y necesito permiso', [], ['mi hijo nació en marzo']],
  ['soy la única mujer en el almacén', [], ['soy la única mujer']],
  ['ich bin die Einzige mit Kind im Team', [], ['die Einzige mit Kind']],
  ['je suis la seule enceinte de l’équipe', [], ['la seule enceinte']],
];

// Calm look-alikes: every word kept.
const CALM: Case[] = [
  ['We hope the new schedule works', [], ['We hope the new schedule works']],
  ['Grace period for clocking in is too short', [], ['Grace period for clocking in']],
  ['Will the bonus come in May?', [], ['Will the bonus come in May?']],
  ['mark the boxes before loading', [], ['mark the boxes before loading']],
  ['bill the client for overtime', [], ['bill the client for overtime']],
  ['Joy and hope are low this month', [], ['Joy and hope are low']],
  ['chiedete a tutti in magazzino', [], ['chiedete a tutti in magazzino']],
  ['dite a tutti di venire alla riunione', [], ['dite a tutti di venire']],
  ['ho parlato con il capo del turno', [], ['ho parlato con il capo']],
  ['thằng bé nhà tôi bị ốm', [], ['thằng bé nhà tôi bị ốm']],
  ['thằng nhỏ mới vào làm ca đêm', [], ['thằng nhỏ mới vào làm']],
  ['ca đêm hay trốn việc', [], ['ca đêm hay trốn việc']],
  ['tủ lạnh số 2 bị hỏng', [], ['tủ lạnh số 2 bị hỏng']],
  ['спитайте в бухгалтерії', [], ['спитайте в бухгалтерії']],
  ['скажіть касі про це', [], ['скажіть касі про це']],
  ['Зміна з нічної постійно спить', [], ['Зміна з нічної постійно спить']],
  ['tell mo kay boss na late ako', [], ['tell mo kay boss na late ako']],
  ['ang warehouse ay laging mainit', [], ['ang warehouse ay laging mainit']],
  ['ang locker room ay marumi', [], ['ang locker room ay marumi']],
  ['zeg tegen iedereen dat het feest is', [], ['zeg tegen iedereen dat']],
  ['the locker room on floor 2 is dirty', [], ['floor 2']],
  ['mi hijo nació sano gracias a Dios', [], ['mi hijo nació sano']],
  ['la única salida está bloqueada', [], ['la única salida está bloqueada']],
  ['Die Einzige Lösung ist mehr Personal', [], ['Die Einzige Lösung']],
  ["l'unica donna del reparto è la capo", [], ["l'unica donna del reparto"]],
  ['the forklift guy almost hit me today', [], ['the forklift guy almost hit me']],
  ['the barangay hall is closed on Sunday', [], ['barangay hall']],
];

function check([text, hidden, kept]: Case): void {
  const stored = redact(text);
  for (const part of hidden) expect(stored, text).not.toContain(part);
  for (const part of kept) expect(stored, text).toContain(part);
}

describe('op46b: names written small or declined are hidden, ordinary words are not', () => {
  it.each(TUNED)('tuned: %j', (...c) => check(c as Case));
  it.each(HELD_BACK)('held back: %j', (...c) => check(c as Case));
  it.each(CALM)('calm: %j', (...c) => check(c as Case));
});
