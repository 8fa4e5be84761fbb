import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// A card, badge or clock punched for someone away, gone or never coming (time-fraud-clocked.ts). Fraud.
// Each class was written as look-alikes before its rule, half of them held back (u34a, 2026-12-06); the held-back
// wordings were looked at only after the first rule was written. Known misses are listed, not asserted.

describe('C2 badge for absent: tuned urgent', () => {
  // Known miss: "they punch the card for a guy who quit last month"
  it.each([
    'lead clocks in his nephew who never shows up',
    'she clocked in her husband who was out of state',
    'bro badged in for his gf she been home for 3 days',
    "my supervisor swipes his cousin's badge every morning and the cousin works somewhere else",
    'el encargado marca la tarjeta de su hermano que ni viene',
    'il badge pour un collègue absent tous les jours',
    'ele bate o ponto do primo que nem trabalha aqui',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C2 held-back urgent', () => {
  it.each([
    'manager keeps clocking in a guy who got fired in june',
    'someone is scanning in for his wife while she is on vacation in mexico',
    "they still punch in a dead guy's card, he passed in march",
    "the lead uses her sister's badge to clock her in, sister lives in another city",
    'marcan el reloj por un compañero que renunció hace meses',
    'elle pointe pour sa fille qui est à la maison',
    'o chefe passa o crachá da namorada que fica em casa',
  ])('is urgent, fraud: %s', (text) => {
    expect(detectUrgency(text).categories).toContain('fraud');
  });
});

describe('C2 tuned calm', () => {
  it.each([
    'my nephew started here and clocks in at 7',
    'she clocked in at 8 and her husband picked her up at 5',
    'I punched in for my shift and then my friend came to visit',
    'the guy who quit last month left his badge on the desk',
    'mi hermano marca su tarjeta a las 7',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('C2 held-back calm', () => {
  // Known false alarm: "ela bate o ponto e vai buscar o filho" -> safety
  it.each([
    'I badge in every morning at the side door',
    'he clocked in late because his kid was sick',
    'my cousin got a job here, he clocks in tomorrow',
    'il badge à 8h et sa femme vient le chercher',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
