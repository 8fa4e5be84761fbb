import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// What a sign, a poster, a training or a policy tells everyone to do should a danger arise
// (instructions-for-everyone.ts, blind attack ra38: 14 of 20 such texts were flagged, each an urgent email about a
// poster). The first twelve were written to tune the rules, the next ten held back until they were done.

describe('an instruction, a helpline poster or a policy quoted or praised: calm', () => {
  it.each([
    'The sign says "if you smell gas, leave the building and call 911" — can we get one in Spanish too?',
    'Poster in the break room: "Suicide prevention line: call 988". Glad it\'s there',
    'Le formateur a dit "si quelqu\'un ne respire plus, appelez le 15", formation utile',
    'Sabi ng trainer "kapag may sunog, huwag gumamit ng elevator", ang galing ng seminar',
    'Die Trainerin sagte "bei Gasgeruch sofort raus", super Schulung',
    'Na szkoleniu mówili "jeśli ktoś nie oddycha, dzwoń na 112", bardzo przydatne',
    'My manager said "if you ever feel unsafe, stop the line, no questions asked" and I really appreciated that.',
    'The handbook says harassment will not be tolerated and gives the HR hotline number, which I think is good',
    'el cartel dice "en caso de incendio no use el ascensor", pero esta en ingles nada mas',
    'o instrutor falou "se alguém desmaiar, chame o 192 e não mexa na pessoa", achei muito bom',
    'il cartello dice "in caso di fuga di gas uscire subito e chiamare il 115", ottima idea',
    'nice new sticker on the lockers: if you are thinking about hurting yourself, talk to someone, call the EAP line',
    'the laminated card by the clock says "if someone collapses, call 999 and send someone for the defib" - really useful',
    'la capacitación estuvo buena, nos dijeron "si ven humo, salgan por la escalera y llamen al 911"',
    "Au mur il y a une affiche \"en cas d'incendie, n'utilisez pas l'ascenseur\", c'est bien",
    'Im Pausenraum hängt jetzt ein Plakat: "Wenn du an Suizid denkst, ruf die Telefonseelsorge an". Finde ich gut.',
    'na tablicy wisi instrukcja "w razie pożaru opuść budynek i zadzwoń 112", fajnie że jest też po ukraińsku',
    'sa orientation sinabi nila "kung may nahimatay, tumawag agad sa 911", maganda yung training',
    'our supervisor always says "if the guard is off, stop the machine and call maintenance", good habit',
    'the policy says bullying and discrimination will not be tolerated, nice to see it in writing',
    'nel corso ci hanno detto "se qualcuno non respira chiamate il 118 e iniziate il massaggio", corso utile',
    'cartaz novo na copa: "pensando em suicídio? ligue 188, CVV", gostei',
    // Written after the first round, in the two languages it had left out (Ukrainian, Creole).
    'Fòmatè a di "si gen dife, pa pran asansè a", sa te itil anpil',
    'на інструктажі сказали якщо пожежа, не користуйтеся ліфтом, дуже корисно',
  ])('%s', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});

// The same frames around a report, a threat for speaking up, or an instruction to keep working through a danger: what
// happened is still read, and so is a threat quoted from the one who made it.
describe('a report beside the instruction, or a threat said as one: still urgent', () => {
  it.each([
    'the sign says "fire exit keep clear" but the exit is blocked with pallets again',
    'my manager said "if you call 911 I will kill you" when I got hurt',
    'they told us "if the alarm goes off just keep working, it\'s always false" and there was real smoke today',
    'el cartel dice "no fumar" pero hay olor a gas en la cocina desde ayer y nadie hace nada',
    'the poster says call the hotline but I want to die and nobody answers',
    'he said "if you report this you\'re fired" after he grabbed me',
    'Le formateur a dit "si quelqu\'un se plaint je le vire", et il me harcèle',
    "there is a poster with the 988 number and I think I need it, I'm going to kill myself tonight",
    'in training they said "if you smell gas, leave" - I smell gas right now in bay 3',
    'the handbook says harassment will not be tolerated but my supervisor keeps touching me',
    'на інструктажі сказали якщо пожежа виходьте, а в нас зараз дим у цеху і люди всередині',
    'the sign says "do not enter" but they made me go into the tank without a gas meter and I felt dizzy',
    'poster says report hazards but when I reported the broken ladder my supervisor screamed at me and shoved me',
    'the safety training said if you see smoke call 911, well there is smoke coming out of panel 3 right now',
    'in the course they said "if you are being harassed tell HR" so I am telling you: my lead touches me every shift',
    'el cartel dice "en caso de incendio use la escalera" pero la escalera está bloqueada con cajas',
    'the handbook says fraud will not be tolerated, yet my manager has been changing our timesheets every week',
    'nos dijeron en la capacitación "si alguien se queja, lo corremos", y ayer corrieron a Ana por quejarse',
    'Die Schulung sagte "bei Unfall sofort melden", aber der Meister sagt wer meldet fliegt raus',
    "the poster says call 988 if you're struggling. I am. I have the pills ready and I don't want to be here tomorrow",
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});

// A reminder to everyone to report any of a kind of danger, with none said to be there (ra38's leftover: "report any
// blocked exit immediately" read safety). Only its clause is set aside; what the writer points at is still read.
describe('a standing reminder to report any danger of a kind: calm', () => {
  it.each([
    'Reminder: report any blocked exit immediately.',
    'Please report all spills and leaks to your lead right away',
    'always report near misses, even small ones',
    'Reporten cualquier fuga de gas al supervisor.',
    'Signalez tout comportement dangereux à votre responsable.',
    'Melden Sie jeden Unfall sofort.',
    'please report any harassment to HR',
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('a report phrased as a request, or beside a reminder: still urgent', () => {
  it.each([
    'please report the gas leak in bay 3, it is getting worse',
    'Reminder: report the broken ladder in bay 2 before someone falls',
    'please report any blocked exit - the one in bay 3 is blocked again with pallets',
    "report any blocked exit? I did and nobody came, it's still chained shut",
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
