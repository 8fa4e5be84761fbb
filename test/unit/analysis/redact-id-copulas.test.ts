import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * An identifier announced by what it is, with "is" between the two in the writer's own language: the cue alone was
 * read, and "mitt personnummer är …" kept the number. The "is" of each language the redactor reads is allowed there;
 * a word that only looks like one (Italian "e", and) still leaves a count or an amount alone.
 */
const HIDDEN: [string, string, string][] = [
  ['sv', 'mitt personnummer är 19851224-5678, ring inte', '19851224-5678'],
  ['sv', 'mitt anställningsnummer… badge är 55213', '55213'],
  ['nl', 'mijn BSN is 987654321 en dat staat op de lijst', '987654321'],
  ['no', 'ansattnummer: badge er 60421', '60421'],
  ['pt', 'o meu passport é XB1234567', 'XB1234567'],
  ['es', 'mi badge es 77120, el del turno de noche', '77120'],
  ['ro', 'id-ul meu este 553201 la pontaj', '553201'],
  ['tl', 'ang employee id ko ay 40918', '40918'],
  ['vi', 'passport của tôi là C1234567', 'C1234567'],
];

const KEPT: [string, string][] = [
  ['it', 'ho perso il badge e 2 guanti in magazzino'],
  ['it', 'la claim e 250 euro di rimborso non sono arrivati'],
  ['en', 'the card is 3 days late again'],
];

describe('an identifier after "is" in the writer’s language', () => {
  it.each(HIDDEN)('Should hide the number in %s: %s', (_, text, secret) => {
    expect(redact(text)).not.toContain(secret);
  });

  it.each(KEPT)('Should keep the counts and amounts in %s: %s', (_, text) => {
    expect(redact(text)).toBe(text);
  });
});
