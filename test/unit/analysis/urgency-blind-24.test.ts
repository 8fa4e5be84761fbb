import { describe, expect, it } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Blind round 24: 252 messages written before the detector's word lists were read (urgency-blind-24.jsonl: text,
 * urgent, category, language, why), in 22 languages and in styles the earlier rounds did not use: dictated with
 * "period" spoken, split over several lines, answers to a form's "where:/what:", danger asked as a question ("is it
 * normal that the railing gives you a shock?"), understated ("not to be dramatic but"), forwarded for someone else,
 * emoji alone. 160 urgent: fire, gas, electricity, machines, chemicals, falls, confined spaces, cold stores, heat and
 * cold, collapsing roofs and scaffolds, vehicles, violence, weapons drawn, threats, stalking, sexual harassment,
 * self-harm and sudden illness; 92 calm look-alikes: idioms, drills, courses, resolved past events, what-if
 * questions, sport, product names, complaints in strong words and errands to a colleague's van.
 *
 * Before any change: 125 of 160 urgent found and 9 of 92 calm flagged.
 */
const rows = readBlindRows(new URL('./urgency-blind-24.jsonl', import.meta.url));

/*
 * The three left known here were fixed in round 25 and are held to their labels now: a temperature written "-30" (the
 * matcher's word boundary stood before the minus sign, so the cold rule never saw it), a French what-if question
 * with the case first ("si jamais …, on appelle qui ?": its "si" was also taken for "yes" and dropped), and a
 * Swedish fire of last year with new extinguishers now ("nu" is "now" in the old-and-fixed reading).
 */
const KNOWN = new Map<string, string>();

describe('urgency blind round 24', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 230, urgentShare: [0.55, 0.7], minLanguages: 20 });
});

/*
 * Each miss and false alarm was fixed as a kind of report, not as its phrase: other wordings of each kind, and the
 * calm look-alikes each fix must leave alone.
 */
describe('urgency blind round 24: the kinds fixed', () => {
  it.each([
    // A weapon drawn on someone; a weapon kept at hand with an intent.
    'a customer pulled a knife on the cashier at till 4',
    'he waved a screwdriver at me in the stockroom',
    'she has a knife in her locker and said she will deal with the supervisor tonight',
    // A farewell with a night set for it.
    'i said goodbye to my sister. tonight is it',
    "i've put my affairs in order, sorry everyone, goodbye",
    // Someone gone still in a pit, tank or manhole.
    'the new lad went down the manhole and now hes not moving',
    // The heart's signs, said by the writer.
    'my left arm is numb and my chest is so tight',
    // Cold that takes the feeling from hands or feet.
    "it's freezing in the blast freezer and she can't feel her fingers",
    // A diabetic colleague's low sugar; something sprayed and people unable to breathe.
    'my coworker is diabetic and shes sweating and confused',
    "someone let off pepper spray in the canteen and we can't breathe",
    // Much blood; a shard lodged; photos up a skirt; molten metal loose; heat with no water.
    'the blade snapped and a piece is stuck in her eye',
    'he keeps taking pics up her skirt on the escalator',
    'molten aluminium splashed everywhere near the quench tank',
    'no water all day in the heat and my vision is going black, i feel faint',
    // A threat to come and burn the place; a freezer door shut on someone.
    'her ex says he will come and burn the shop down',
    'la porte du congélateur s’est fermée sur Julie',
    // Other languages: boiler steam, sparks, roofs, conveyors, following home, fainting, a forklift on someone.
    'el compresor está soltando vapor por todos lados',
    'uit het stopcontact in de kantine komen vonken',
    'plafond van de kantine zakt door',
    'руку затянуло в станок',
    'müdür beni eve kadar takip ediyor',
    'atap pabrik mau runtuh',
    '天花板在裂，下面还有人',
    '지게차에 깔렸어요',
  ])('Should read %s as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    // A weapon named in a job; a farewell at the end of a shift; a pit that is a pit stop.
    'he pulled the tape off the boxes with a box cutter',
    'said bye to everyone, tonight is the christmas party',
    // Errands to a colleague's van or truck.
    'grab the spare gloves from her van before shift',
    'can you bring the cones from the truck after work',
    // A smell signed off; a what-if question; a scent complaint.
    'the smell was the new boiler being tested, signed off by the engineer',
    'if there ever was a flood in the basement what should we do?',
    'the perfume in the lift is choking everyone lol',
    // An idiom of praise in Arabic and Chinese; an old fire in Russian with the new system in place.
    'المشرف الجديد قنبلة',
    '这个主管太猛了',
    'в прошлом году был пожар, теперь новая система',
  ])('Should read %s as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it("Should still read a request to get into a colleague's truck after a shift", () => {
    // The errand is fetching things; being told to get in is not one, and the model still reads it.
    expect(detectUrgency('he told me to get in his truck after shift or else').urgent).toBe(true);
  });
});
