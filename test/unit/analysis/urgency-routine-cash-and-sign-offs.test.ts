import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Cash carried to the bank or the safe, and an inspector's sign-off, named plainly, are the job, not fraud
 * (shared/analysis/urgency/routine-cash-and-sign-offs.ts). Blind round 37 found them escalated to finance as fraud.
 * Skimming, pocketing and false or bought sign-offs stay fraud (the pay and records tables' own tests hold the rest).
 */
const clock = { now: () => new Date('2026-12-06T10:00:00Z') };
const read = (text: string) => detectUrgency(text, clock);

describe('urgency: routine cash handling and sign-offs are calm', () => {
  it.each([
    'manager takes the cash from the till to the bank every evening',
    'the inspector signed off the scaffold this morning',
    'the supervisor counts the float and locks it in the safe at close',
    'el encargado lleva el dinero de la caja al banco cada tarde',
    'o gerente leva o dinheiro do caixa para o banco todas as noites',
    'der Filialleiter bringt die Tageseinnahmen jeden Abend zur Bank',
    "il responsabile porta l'incasso in banca ogni sera",
    'si manager ang nagdadala ng pera mula sa kaha sa bangko tuwing gabi',
    'pinirmahan ng inspector ang scaffold kaninang umaga',
    'my shift lead cashes up the register and drops the takings at the bank',
  ])('calm: %s', (text) => {
    expect(read(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'manager takes cash from the till and pockets it every evening',
    'manager takes the cash from the till to the bank but half of it goes missing every week',
    'el encargado lleva el dinero de la caja al banco pero se queda con una parte',
    'the inspector signed off the scaffold without even looking at it, for a bribe',
    'el inspector firmó el informe sin revisar nada, le pagaron',
    'der Filialleiter nimmt jeden Abend Geld aus der Kasse für sich',
    "il responsabile intasca parte dell'incasso ogni sera",
  ])('fraud still: %s', (text) => {
    expect(read(text).categories).toContain('fraud');
  });
});
