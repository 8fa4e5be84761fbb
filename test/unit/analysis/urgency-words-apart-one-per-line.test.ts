import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { withWordsOnLinesJoined } from '../../../shared/analysis/urgency/words-apart';

/*
 * The first of the two readings in urgency/words-apart.ts. A report typed one word per line is read as its sentence (blind rounds 29 and 30), in any language; a list or
 * note of short lines that names no danger stays calm, and lines of sentences are still read line by line.
 */
describe('a report typed one word per line', () => {
  it.each([
    'help\nfire\nloading\ndock\npeople\ninside',
    'there\nis\na\nman\non\nthe\nfloor\nnot\nbreathing',
    'ceiling\ncaved\nin\nin\nthe\nstaff\nroom\nsomeone\nunder\nit',
    'fuego\nen\nla\nbodega\nayuda',
    'आग\nगोदाम\nमें\nजल्दी\nआओ',
  ])('Should read %j as urgent', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'thanks\nfor\nthe\npizza\nfriday\nteam',
    'fire\nexit\nsigns\nchecked',
    'fire\ndrill\nat\n3pm\ntoday',
    'smoke\nalarm\ntest\nat\nnoon',
    'gloves\nmasks\nfirst aid kit\nblankets',
    'killing\nit\ntoday\nteam',
  ])('Should read %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('Should leave lines of sentences, and fewer than four lines, as written', () => {
    expect(withWordsOnLinesJoined('the canteen is great\nthe rota is fine\nthanks all\nsee you')).toContain('\n');
    expect(withWordsOnLinesJoined('fire\nbay 3\nnow')).toBe('fire\nbay 3\nnow');
  });
});
