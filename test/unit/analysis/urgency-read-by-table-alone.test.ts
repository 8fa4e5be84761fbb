import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Hausa, Yoruba and Somali are read by their tables alone (urgency/other-languages/: unreadByModel): the model, fitted
 * on none of them, read their everyday words as danger (blind round 30: "yunwa tana kashe ni", I am hungry, as a threat).
 */
describe('a Hausa, Yoruba or Somali text is read by its table alone', () => {
  it.each([
    'Yunwa tana kashe ni, yaushe za a kawo abinci?',
    'aikin yau ya kashe ni da gajiya amma mun gama',
    'Ebi n pa mi, nigba wo ni ounje ma de?',
    'Gaajo ayaa i dileysa, goorma ayaa qadada la keenayaa?',
  ])('Should read the everyday %j as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each(['Yana se cayó del andamio y no se mueve', 'Suna dice que el jefe la amenaza con matarla'])(
    'Should still read %j (Spanish with a name that is a Hausa word) as urgent',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(true);
    },
  );
});
