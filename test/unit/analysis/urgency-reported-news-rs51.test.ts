import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * Promise 1's other side, rs51 (after the att48 attack, F1). Ordinary news told as reported speech ("my supervisor told
 * me i did a great job today", "mon chef m'a dit que la réunion est annulée", "me dijo que mañana hay junta") paged a
 * sponsor as a threat or discrimination: the learned model reads the words of saying as danger. Now the model's reading
 * is taken as calm when what was said is short, reads calm to the model without the words of saying, holds no word the
 * model reads as danger alone and names no harm (shared/analysis/urgency/reported-news.ts, urgency.ts onlyNewsTold).
 * Tuned: the attack's texts. Held back: written before the change, never read while fitting its bars. Reported threats
 * must keep their page.
 */

const TUNED = [
  'my supervisor told me i did a great job today',
  'my lead told me im on days next week',
  "mon chef m'a dit que la réunion est annulée",
  "ma collègue m'a dit que la réunion est annulée",
  'me dijo que mañana hay junta',
  'mi jefe me dijo que mañana hay junta',
  'el jefe me dijo que mañana entramos a las 7',
  'o meu chefe me disse que fiz um bom trabalho',
  'o colega me disse que amanhã tem reunião',
  'Chef hat mir gesagt dass wir morgen um 6 anfangen',
  'il mio capo mi ha detto che ho fatto un buon lavoro',
  'il capo mi ha detto che domani si inizia alle 6',
  'szef powiedział że jutro zaczynamy o 6',
  '同事跟我说明天早上六点上班',
];

// Written before the change; none was read while fitting the bars.
const HELD_BACK = [
  'el gerente me dijo que ya firmaron mi contrato fijo',
  "la cheffe d'équipe m'a dit que le parking ferme samedi",
  "mon responsable m'a dit que ma prime arrive en mars",
  'o encarregado me disse que o ônibus sai às seis',
  'die Schichtleiterin hat mir gesagt, dass ich Samstag frei habe',
  'il capoturno mi ha detto che sabato si fa straordinario',
  'brygadzista powiedział mi, że w sobotę mam wolne',
  'szefowa mówi, że premia będzie w marcu',
];

// Reported threats and harms, held back: their own words keep the page.
const REPORTED_HARM = [
  'my coworker told me she is going to end it all tonight',
  "the new guy said he's gonna stab the foreman after shift",
  'la supervisora me dijo que si hablo con el sindicato me corren',
  'mi compañero me dijo que se va a tirar del puente',
  "mon collègue m'a dit qu'il a un couteau dans son casier pour le chef",
  'a colega me disse que quer morrer',
  'die Kollegin hat mir erzählt, dass der Meister sie im Lager angefasst hat',
  'mein Kollege hat mir gesagt, dass er sich umbringen will',
  'il collega mi ha detto che porta una pistola domani',
  'kolega powiedział, że podpali magazyn',
  'sabi ng katrabaho ko magpapakamatay na raw siya',
  'ele disse que vai explodir a fábrica',
  'el jefe me dijo que soy demasiado vieja para este trabajo',
  // Veiled threats told second-hand that rs51's calm reading read calm (a read-only review, 2026-12-07 night).
  'he told me to watch my back',
  "il m'a dit que je suis le prochain",
  'ele disse que vai acabar comigo',
  'mi ha detto che me la farà pagare stasera',
];

const urgentOf = (texts: readonly string[]) => texts.filter((text) => detectUrgency(text).urgent);

describe('news told as reported speech reaches no sponsor as urgent (rs51)', () => {
  // Not yet: the calm reading is off (it also calmed veiled threats told second-hand, below); kept as the measure.
  it.fails("reads calm the attack's reports of praise, a meeting, a shift time told by a boss or a coworker", () => {
    // Two the model still reads urgent from what was said itself: "zaczynamy o 6" and "上班" weigh as danger alone.
    expect(urgentOf(TUNED)).toEqual(['szef powiedział że jutro zaczynamy o 6', '同事跟我说明天早上六点上班']);
  });
  it.fails('reads calm held-back news: a contract signed, parking closed, a bonus, a day off, overtime', () => {
    // Two the model still reads urgent from what was said itself ("firmaron mi contrato", "premia … w marcu").
    expect(urgentOf(HELD_BACK)).toEqual([
      'el gerente me dijo que ya firmaron mi contrato fijo',
      'szefowa mówi, że premia będzie w marcu',
    ]);
  });
  it('keeps paging a threat, a wish to die, a weapon, a touch or a fire someone told the writer of', () => {
    expect(REPORTED_HARM.filter((text) => !detectUrgency(text).urgent)).toEqual([]);
  });
});

/*
 * Thanks for a fixed hazard (att48 F8) paged the safety owner: in English the opening "thanks" was taken for an answer's
 * first word and read without, so "to the maintenance crew for fixing the gas leak" read as a leak (reply-words.ts);
 * in es pt fr de it the repair told with an infinitive ("por arreglar", "d'avoir réparé") was not read as done
 * (resolved.ts). Tuned: the attack's two; held back: the other six, written before the change.
 */
describe('thanks for a fixed hazard pages nobody; a hazard still there or back still pages safety (rs51)', () => {
  safetyAndCalm(
    [
      'thanks for nothing, the gas leak is still not fixed',
      'gracias por nada, la salida de emergencia sigue bloqueada',
      "merci mais la fuite de gaz n'est toujours pas réparée",
      'thanks for fixing the ladder but the gas leak is back again',
      'thanks for asking, he is still not breathing',
      'gracias por preguntar, mi compañero sigue sangrando de la cabeza',
    ],
    [
      'thanks to the maintenance crew for fixing the gas leak so fast last week',
      'gracias al equipo por arreglar la salida de emergencia que estaba bloqueada',
      'big thanks to facilities for repairing the broken stair rail yesterday',
      "merci à l'équipe d'entretien d'avoir réparé la fuite de gaz si vite",
      'obrigado à manutenção por consertar o extintor que estava vazio',
      'danke an die Haustechnik, dass sie den blockierten Notausgang freigeräumt haben',
      'grazie alla manutenzione per aver riparato la perdita di gas',
      'gracias a mantenimiento por reparar el cable pelado tan rápido',
    ],
  );
});
