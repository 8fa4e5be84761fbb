import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// nc44 (newcomer walk, 2026-12-07): "My locker is number 114" hid the number, but the same said in another language
// with its verb "to be" kept it: whoever reads the locker list knows whose locker 114 is.
describe('the writer’s own locker or desk, then "is" and its number, in the project’s languages', () => {
  it.each([
    ['Mi taquilla es la 114 y la abrieron anoche', '114'],
    ['Mi casillero es el 27, me robaron las botas', '27'],
    ['Mon casier est le 114 et il a été forcé', '114'],
    ['Mein Spind ist Nummer 114, jemand hat ihn aufgebrochen', '114'],
    ['Il mio armadietto è il 114 e l’hanno aperto', '114'],
    ['O meu cacifo é o 114 e arrombaram-no', '114'],
    ['Moja szafka to numer 114, ktoś ją otworzył', '114'],
    ['my locker’s 114 and someone got into it', '114'],
    ['Mi escritorio es el número 12 y alguien revisa mis cajones', '12'],
  ])('Should hide the number in "%s"', (text, number) => {
    const out = redact(text);
    expect(out).toContain('[ID]');
    expect(out).not.toContain(number);
  });

  it.each([
    'ma casier est le 3 fois cassé cette année',
    'our lockers are 20 years old',
    'mein Schreibtisch ist 2 m breit',
    'la taquilla de la entrada está rota',
  ])('Should keep a measure or a count as written: "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
});
