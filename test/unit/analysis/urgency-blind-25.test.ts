import { describe, expect, it } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blind round 25: 297 messages written before the detector's word lists were read (urgency-blind-25.jsonl: text,
 * urgent, category, language, why), in 22 languages and in styles the earlier rounds did not use: a chat log pasted
 * with its times ("[06:42] smoke in paint booth 2"), hashtags ("#help #fire"), bullet lists, a whisper from a hiding
 * place, a quoted question answered ("> is everyone ok?\nno."), voice-to-text slips, readings with their units
 * ("-30", "45°C", "380ppm", "since 6am"), transliterated Russian and Arabic, code-switching. 182 urgent: fire, gas,
 * carbon monoxide, electricity, machines, chemicals, falls, tanks, silos and trenches, cold stores and the cold
 * outside, heat, racking, scaffolds and roofs, vehicles, violence, weapons, threats, stalking, sexual harassment,
 * self-harm, sudden illness and a guard or worker gone missing; 115 calm look-alikes: idioms, drills, courses,
 * resolved past events, what-if questions, sport, product names, readings in spec, a discount "-30%".
 *
 * Before any change: 157 of 182 urgent found and 13 of 115 calm flagged; after: 182 of 182 and 0 of 115.
 */
const rows = readBlindRows(new URL('./urgency-blind-25.jsonl', import.meta.url));

/*
 * None left: the 25 misses and 13 false alarms of the first run were fixed as kinds of report (below), and every row
 * is held to its label.
 */
const KNOWN = new Map<string, string>();

describe('urgency blind round 25', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 290, urgentShare: [0.55, 0.7], minLanguages: 20 });
});

/*
 * Each miss and false alarm was fixed as a kind of report, not as its phrase: other wordings of each kind, and the
 * calm look-alikes each fix must leave alone.
 */
describe('urgency blind round 25: the kinds fixed', () => {
  it.each([
    // A temperature written with a minus sign (the matcher's word boundary stood before the "-"; round 24's known miss).
    "it's -30 out and they've got the night crew working on the lot without the heated tents, two guys can't feel their hands",
    '-30 in the freezer and they cant feel their hands',
    'its -25 on the dock, two of the lads cant feel their feet',
    '-22 in the blast freezer and her fingers have gone white and numb',
    // Heat with the signs of heat illness.
    'its 44 degrees in the laundry and Rosa is confused and slurring',
    '39°C in the kitchen, the new cook passed out',
    // Carbon monoxide read off a detector; earth come down on someone; a load swinging over people.
    'the co detector says 250 ppm in the boiler room',
    'the side of the excavation collapsed on Dmitri',
    'a pallet is swinging over the walkway from the crane and people are under it',
    // Missing in a dangerous place; a lone guard not back and unreachable.
    'nobody has seen Ali since he went into the tank at 9',
    "the night guard hasn't come back from his round and his radio is dead",
    // Swelling with an allergy; a car into the road crew; a vessel over pressure.
    'her throat is swelling and she has no epipen, allergic to nuts',
    'a van drove through the barrier and hit one of our labourers',
    'the boiler pressure gauge is in the red and it is hissing',
    // A chat log's times and hashtags.
    '[14:05] gas smell in the kitchen\n[14:06] two people dizzy',
    '#help #fire in the canteen',
    // Other languages: heat (es), a tank over pressure (fr), smoke from a room and a cold room shut on someone (de),
    // a scaffold swaying with men on it (pt), crushed by a forklift (pl), smoke (nl), locked in (ru, tr, ja), cold (sv),
    // a fire in arabizi, a knife threat (id).
    'hace 45 grados en la bodega y Juan está vomitando',
    'trop de pression dans la chaudière, ça siffle',
    'Rauch aus dem Technikraum, bitte kommen',
    'der Kühlraum geht nicht auf und Jonas ist noch drin',
    'o andaime está balançando e tem gente lá em cima',
    'regał przygniótł Marka',
    'uit de meterkast komt rook',
    'Оля заперта в холодильнике',
    'Mehmet içeride kilitli kaldı',
    '冷蔵庫のドアが開かなくて中に人がいます',
    'minus 25 och Sara skakar och pratar konstigt',
    '7ariiq fel ma3mal',
    'dia ngancam pake pisau',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    // What-if questions with the case first (fr, it; round 24's known French one), and a second question about an
    // emergency button.
    "si jamais y a une fuite de gaz, on appelle qui ? c'est pas affiché",
    'si jamais il y a un incendie, on sort par où ?',
    'se mai ci fosse una fuga di gas, chi dobbiamo chiamare?',
    'in case of a chemical spill, who do we call?',
    'was machen wir, wenn jemand im Kühlraum eingesperrt wird? gibt es einen Notknopf?',
    // An old fire or leak with the fix in place now (round 24's known Swedish one and the brief's English one).
    'förra året brann det i köket men nu har vi nya brandsläckare överallt',
    'there was a fire in bay 3 last year',
    'vorig jaar was er een brand in het magazijn, nu hebben we sprinklers',
    'tahun lalu ada kebakaran di dapur, sekarang ada alat pemadam baru',
    'в прошлом году был пожар, теперь стоят датчики дыма',
    'the guy who cut his hand in june is back at work now',
    'the near miss from last month is closed out, all actions complete',
    // Blood given, choking under pressure, a minus that is a discount, heat with no one ill.
    'we gave a lot of blood at the donation drive',
    "she's choking under pressure in meetings",
    '-30% on all winter gloves this week',
    'it was 40 degrees in the office yesterday and I was so confused by the new rota',
    'hace 40 grados y estoy mareada de tanto trabajo jaja',
    // A CO alarm tested; a cold room shut with only goods inside; a pallet crushed; a hashtag and a chat log's time.
    'the co alarm went off during the test',
    'der Kühlraum ist zu, die Ware ist drin',
    'wózek przygniótł paletę',
    '#fire mixtape dropping tonight',
    '[10:02] team meeting moved to 11',
    // A rota's gap, which the learned model read as someone down.
    "we're a man down today, can someone cover",
    'we are two men down on nights, can anyone cover my shift?',
  ])('Should read %s as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('Should still read a fire or leak of last year that is back, or a leak put as a question', () => {
    expect(detectUrgency('last year there was a fire in bay 3 and now there is smoke again').urgent).toBe(true);
    expect(detectUrgency('y a une fuite de gaz maintenant, on appelle qui ?').urgent).toBe(true);
    expect(detectUrgency("she's choking in the meeting room").urgent).toBe(true);
    expect(detectUrgency("there's a lot of blood on the floor by line 3").urgent).toBe(true);
    expect(detectUrgency('man down aisle 7, can someone cover').urgent).toBe(true);
  });
});
