import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * What an outside tester found writing blind (README and docs/anonymity.md only): a birth date a few words after
 * "bday" kept whole, a plate's last group, a name signing the last line after a dash, a Discord tag not right after the word "discord", and a German product code read as a street, because "st" before "ä" looked like "St" at a word's
 * end (`\b` knows ASCII letters only) and cut "ständig" in two. Rows of the same kinds, not the tester's.
 */
describe('after the blind redaction round', () => {
  it.each([
    ['payroll still has my birthday wrong, it should be 23/08/1990', '23/08/1990'],
    ['they put my bday in the system as 1 April 1985, its the 2nd', '1 April 1985'],
    ['hr got my birth date wrong again: 11-02-1979', '11-02-1979'],
  ])('Should hide a birth date a few words after its cue: %s', (text, date) => {
    expect(redact(text)).not.toContain(date);
  });

  it.each([
    'der Artikel 5502-17 ist ständig ausverkauft',
    'Lager 12 ist stündlich voll',
    'Regal 4 ist störend laut',
    'my birthday party was fun, thanks all',
  ])('Should leave %s as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['add me on discord, night_owl.77#0912', 'night_owl.77'],
    ['storm_rider#5531 is my discord if you want proof', 'storm_rider'],
  ])('Should hide a Discord tag wherever it stands in a text that names Discord: %s', (text, name) => {
    expect(redact(text)).not.toContain(name);
  });

  it.each([
    ['la camioneta con placas MXR-38-71 se lleva material', 'MXR-38-71'],
    ['placa GTZ-204-9 otra vez en el lugar de discapacitados', 'GTZ-204-9'],
  ])("Should hide a plate of Mexico's shapes after a vehicle word: %s", (text, plate) => {
    expect(redact(text)).not.toMatch(new RegExp(plate.split('-').join('|')));
  });

  it.each([
    ['the rota is a mess again, please look.\n— Obinna, nights', 'Obinna'],
    ['thanks for reading\n-- Tavita', 'Tavita'],
  ])('Should hide a name signing the last line after a dash: %s', (text, name) => {
    expect(redact(text)).not.toContain(name);
  });

  it.each(['things to fix:\n- Lockers\n- Parking', 'good week\n— Overtime, again'])(
    'Should keep a list item or a word on the last line: %s',
    (text) => {
      expect(redact(text)).toBe(text);
    },
  );

  it('Should still hide a street whose suffix ends the word: "12 Oak St, Leeds"', () => {
    expect(redact('I live at 12 Oak St, Leeds now')).not.toMatch(/Oak|Leeds/);
  });
});
