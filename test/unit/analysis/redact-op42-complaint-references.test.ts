import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * op42 (promise 2): the number of a complaint, grievance or ticket the writer filed is one row in HR's or IT's own
 * records, with the filer's name in it. What a reader sees in place of each text: the number hidden, the word kept.
 * Written before the rule (the attacker's three were es/fr/de with "#"-less labels); then texts that must stay as
 * they are: orders, years, counts, a "case" of goods.
 */

const redacted = (text: string) => redact(text);

describe("a complaint's, claim's or ticket's number, which names whoever filed it", () => {
  it.each([
    ['my grievance number is 2291 and nobody called me', 'my grievance number is [ID] and nobody called me'],
    ['presenté una queja formal RH-4471 y nada', 'presenté una queja formal [ID] y nada'],
    ["j'ai fait une réclamation n° 2291 aux RH", "j'ai fait une réclamation n° [ID] aux RH"],
    ['ich habe Beschwerde Nr. 7781 eingereicht', 'ich habe Beschwerde Nr. [ID] eingereicht'],
    ['minha reclamação número 3381 foi ignorada', 'minha reclamação número [ID] foi ignorada'],
    ['złożyłam skargę nr 4471 do kadr', 'złożyłam skargę nr [ID] do kadr'],
    ["ho fatto il reclamo n. 2291 all'HR", "ho fatto il reclamo n. [ID] all'HR"],
    ['моя скарга № 5512 без відповіді', 'моя скарга № [ID] без відповіді'],
    ['case #4471 is still open after a month', 'case #[ID] is still open after a month'],
    ['mi caso es 44817 y nadie me responde', 'mi caso es [ID] y nadie me responde'],
    ['report no. 5512 about the harassment went nowhere', 'report no. [ID] about the harassment went nowhere'],
  ])('%s', (text, expected) => {
    expect(redacted(text)).toBe(expected);
  });
});

describe('numbers after such words that are no filing stay', () => {
  it.each([
    'the order 4471 shipped late',
    // A ticket may be a customer's (blind round 27 kept "ticket #88213 still open after 3 weeks").
    'ticket 88213 still open after 3 weeks',
    'the 2023 complaint went nowhere',
    'complaint 2024 was ignored like the others',
    'case 1000 units short again',
    'fall 2024 was rough on the night crew',
    'the report 1200 pages long nobody read',
    'in case 3 of us quit, who covers?',
  ])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
