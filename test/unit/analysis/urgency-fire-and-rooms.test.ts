import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost (attack round 19): a fire said plainly about an ordinary place or thing ("the paint
// booth is on fire", "the office is burning", "fire in the break room right now") and a person shut in an ordinary
// room ("someone is trapped in the control room", "two people can't get out of the print room, the door is jammed")
// were read calm in English, Spanish, French, German, Italian, Polish and Portuguese: the fire rules listed the things
// that burn, and the trapped rules only silos, lifts, tanks and machines. These are fresh wordings of each kind (none
// is the attacker's text but the first ten); their look-alikes (a team on fire, burning out, feet that burn, feeling
// trapped in an office, stuck there till 8, a drill, what to do if there is a fire) stay calm.

const URGENT = [
  'the paint booth is on fire',
  'the stairwell is on fire',
  'the press is on fire',
  'the cubicle is on fire',
  'the office is burning',
  'the truck is burning',
  'the roof is burning',
  'the bathroom is burning',
  'fire in the break room right now',
  'the building is burning',
  'someone is trapped in the boiler room',
  'someone is trapped in the warehouse',
  'someone is trapped in the control room',
  'two men trapped in the paint booth',
  "a worker is stuck in the boiler room and can't get out",
  "two people can't get out of the print room, the door is jammed",
  'someone is stuck inside the paint booth and it is filling with fumes',
  'the mixing room is in flames, get everyone out',
  'theres a fire in the paint shop',
  'there is a fire in the mail room',
  'our storeroom is burning pls send help',
  'the whole kitchen went up in flames',
  'the laundry room is on fire and the alarm didnt go off',
  'the generator shed caught fire',
  'a fire in the server room, smoke everywhere',
  'the porta cabin is burning',
  'a cleaner is trapped in the basement, water rising',
  'three of us are trapped in the cold store office',
  'the new guy is stuck in the freezer room and cant get the door open',
  'people cant get out of the canteen, doors locked and smoke coming in',
  'el almacén está ardiendo y hay gente dentro',
  'el almacén está en llamas',
  'se está quemando la oficina',
  'fuego en la cocina ahora mismo',
  'hay fuego en el taller',
  'alguien está atrapado en el cuarto de calderas',
  'hay dos compañeros atrapados en el sotano',
  'no pueden salir del baño, la puerta está atascada y hay humo',
  "quelqu'un est coincé dans la chaufferie",
  'le bureau brûle',
  "l'atelier est en flammes",
  'il y a le feu dans la cuisine',
  'deux collègues sont enfermés dans le local technique',
  "ils n'arrivent pas à sortir du vestiaire, la porte est bloquée",
  'jemand ist im Heizungsraum eingeschlossen',
  'zwei Kollegen sind im Keller eingesperrt',
  'im Lager brennt es',
  'magazyn się pali, są tam ludzie',
  'pali się biuro',
  'pożar w kotłowni',
  'ktoś jest uwięziony w piwnicy',
  'nie mogą wyjść z magazynu, drzwi zablokowane, dym',
  'qualcuno è intrappolato nella sala caldaie',
  'il magazzino sta bruciando',
  "c'è un incendio nel reparto",
  "l'ufficio è in fiamme",
  'o escritório está queimando',
  'o armazém está em chamas',
  'tem fogo na cozinha',
  'alguém está preso na sala das caldeiras',
  'não conseguem sair do banheiro, a porta emperrou e tem fumaça',
];

const CALM = [
  'the sales team is on fire this quarter',
  'our team is on fire today',
  "she's on fire lately",
  'my feet are burning after a 12 hour shift',
  'the phones are on fire with orders',
  'I feel trapped in this office',
  "I'm stuck in the office till 8 again",
  'we were stuck in the meeting room for 3 hours with the auditors',
  'what do we do if there is a fire in the kitchen?',
  'the fire in the kitchen last year was scary but all fixed now',
  'fire drill in the break room went fine',
  'the office is burning through paper like crazy',
  'the dance floor was on fire at the christmas party',
  'the whole office is burning out, we need more staff',
  'the kitchen is burning hot in summer, need aircon',
  "he's locked in the office with the auditors all day",
  "we're trapped in the office until the project ships lol",
  'la reunión está que arde',
  'estoy atrapado en este trabajo',
  'simulacro de incendio en el almacen el martes',
  "je suis coincé au bureau jusqu'à 20h",
  'le bureau brûle les étapes',
  "exercice incendie dans l'entrepôt demain",
  'ich fühle mich im Büro eingesperrt',
  'pali się do roboty ten nowy',
  'ćwiczenia pożar w magazynie w piątek',
  'mi brucia lo stomaco',
  'fiquei preso no trânsito',
  'simulado de incêndio no galpão amanhã',
  "the team smashed it, we're on fire",
  'the server room is hot but no fire',
];

describe('a fire or a person shut in, said plainly about an ordinary place', () => {
  it.each(URGENT)('Should escalate %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
    expect(detectUrgency(text).categories).toContain('safety');
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
