import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Silenced about a hazard or a complaint (retaliation-threats.ts, harassment) and fired then killed in slang (kill-after-firing.ts, threat).
// Each class was written as look-alikes before its rule, half of them held back (u34a, 2026-12-06); the held-back
// wordings were looked at only after the first rule was written. Known misses are listed, not asserted.

describe('C4a silencing: tuned urgent', () => {
  it.each([
    'sup said snitches get canned, dont call osha',
    'keep your mouth shut about the leak or youre done here',
    'manager: complain again and you are out',
    "if anyone reports the mold to the state they're fired",
    "he told me if I go to HR I won't have a job",
    "talk to the inspector and you're gone",
    'si le dices algo a la inspección te corro',
    "si tu appelles l'inspection du travail t'es viré",
    'quem reclamar vai pra rua',
  ])('is urgent, harassment: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('harassment');
  });
});

describe('C4a held-back urgent', () => {
  it.each([
    'boss says whoever calls the labor board is getting let go',
    "one more complaint from you and you're finished here",
    'the lead said if we tell anyone about the gas smell we lose our jobs',
    'say a word to safety and ur done',
    "report it and you'll be looking for a new job",
    'el jefe dijo que el que se queje se va a la calle',
    'si tu te plains encore tu dégages',
    'se você denunciar pro sindicato tá demitido',
  ])('is urgent, harassment: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('harassment');
  });
});

describe('C4a tuned calm', () => {
  // Known false alarm: "call osha if you see something unsafe, it's on the poster" -> safety
  it.each([
    'the union rep said nobody gets fired for complaining here',
    'you can report a leak to facilities anytime',
    'keep your mouth shut about the surprise party lol',
    "if you're late again you'll get a warning",
    'he was fired for stealing, not for complaining',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C4a held-back calm', () => {
  // Known false alarm: "she said snitches get stitches in the movie" -> safety
  // Known false alarm: "quejarse est\u00e1 permitido, nadie pierde el trabajo por eso" -> self-harm
  it.each([
    'complaints go to HR, no one gets in trouble for it',
    "I'm done here, going home, my shift is over",
    'keep quiet about the birthday cake, its a surprise for Ana',
    "on peut appeler l'inspection du travail, c'est notre droit",
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C4b fire-kill tuned urgent', () => {
  it.each([
    'gonna fire u then end u he said',
    'te voy a correr y a matar',
    "he said he'd sack me and then finish me off",
    "boss told me he's gonna fire me and kill me",
    'il va me virer et me buter',
    'ele disse que vai me demitir e me matar',
  ])('is urgent, threat: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('threat');
  });
});

describe('C4b held-back urgent', () => {
  // Known miss (as a threat; it reads as harassment): "me va a echar y luego me mata"
  it.each([
    'he said first youre fired then youre dead',
    'imma get u fired and then im coming for u',
    'me dijo que me iba a despedir y despues matarme',
    'o chefe falou que me manda embora e depois me mata',
    "il a dit qu'il allait me renvoyer puis me tuer",
  ])('is urgent, threat: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('threat');
  });
});
describe('C4b calm', () => {
  it.each([
    "he said he'd fire me if i was late again, lol",
    'this job is killing me, they might as well fire me',
    'gonna finish the report then end the shift',
    'me van a correr si llego tarde otra vez',
    'ils vont me virer, \u00e7a me tue',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
