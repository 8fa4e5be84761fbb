import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { wordsTogether } from '../../../shared/analysis/urgency/words-apart';

// A link, an address or an abbreviation is one word: its dots and slashes are no breaks between words (thr32).
describe('a link or an abbreviation is not a text typed a word at a time', () => {
  it.each([
    "US Airstrikes Hit 34 Daesh Fighting Positions Near Libya's Sirtehttps://t.co/E2a",
    'It’s not “alt-right.” It’s Neo-Nazi.https://t.co/4fPkSVlSDl',
    'the U.S. team won the final, see www.espn.com/soccer/report',
    'Nuevo video en bit.ly/3xYzAb no se lo pierdan',
    'Lisez la suite sur lemonde.fr/economie/article',
    'new rota is on the intranet at https://intranet.example.com/rota/2026/12',
    'Mehr dazu unter www.example.de/termine',
    'the meeting is at 9 a.m. in the big room, e.g. where we had the party',
  ])('%s', (text) => {
    expect(wordsTogether(text)).toBeUndefined();
  });
});

// The same reports typed a word at a time are still read with their words together, in any language.
describe('a report typed a word at a time is still read whole', () => {
  it.each([
    'i.want.to.die',
    'someone - has - a - gun',
    'hay/un/hombre/con/pistola',
    'au...secours...il...a...un...couteau',
    'man with gun in lobby https://t.co/x',
    'help\nfire\nloading\ndock',
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
