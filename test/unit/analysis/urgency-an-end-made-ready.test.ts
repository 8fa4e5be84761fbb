import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// An end told without the words, with the means ready, a plan made or a day (a-plan-for-it.ts). Self-harm.
// Each class was written as look-alikes before its rule, half of them held back (u34a, 2026-12-06); the held-back
// wordings were looked at only after the first rule was written. Known misses are listed, not asserted.

describe('C3 veiled suicide: tuned urgent', () => {
  it.each([
    'by saturday i will be gone for good, the pills are ready',
    'after friday none of this will matter, I have it planned',
    'this is my last week alive, tuesday it ends',
    'I will not be here after my birthday next week, I made my peace',
    'i wrote my letters already, sunday is the day',
    'tonight is my last night, i saved up enough pills',
    'the rope is in my car, after my shift its over',
    'para el domingo ya no voy a estar, ya tengo las pastillas',
    'samedi j en finis pour de bon',
    'essa é minha última semana viva',
  ])('is urgent, self-harm: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('self-harm');
  });
});

describe('C3 held-back urgent', () => {
  it.each([
    'after this weekend no one will have to deal with me anymore, i have everything ready',
    "gave away my stuff, friday i'm done for good",
    'I said goodbye to my mom today, tomorrow it ends',
    'i have enough pills saved, tonight i go to sleep and dont wake up',
    'this time next week i wont exist',
    'el viernes me despido de todo para siempre, ya lo tengo decidido',
    "c'est ma dernière semaine en vie",
    'no sábado eu acabo com tudo, já comprei os remédios',
  ])('is urgent, self-harm: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('self-harm');
  });
});

describe('C3 tuned calm', () => {
  it.each([
    "I'll be gone for good after friday, new job!",
    'the pills are ready at the pharmacy',
    'by saturday I will be gone on holiday, see you in two weeks',
    'this is my last week at this company',
    'after friday none of this will matter, the audit is done',
    'I have it planned, the party is saturday',
    'tonight is my last night shift, moving to days',
    'I made my peace with the schedule change',
    'el domingo ya no voy a estar, me voy de vacaciones',
    'samedi je pars pour de bon à Lyon',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C3 held-back calm', () => {
  // Known false alarm: "I wrote my goodbye letters to the team, retiring friday" -> self-harm
  // Known false alarm: "I said goodbye to my mom today, she flew home" -> self-harm
  it.each([
    'my last week here, tuesday is my last day, going to a new job',
    'the pills are ready for pickup at 5',
    'after my birthday next week I wont be here, moving to Texas',
    'this time next week I will be on a beach',
    'I have everything ready for the move on friday',
    'ce week-end je serai partie pour de bon, déménagement',
    'essa é minha última semana no emprego, vou mudar de cidade',
    'i have enough pills saved for the trip, my meds are sorted',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
