import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../shared/analysis/given-names';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Promise 1 when the one who did it is named (shared/analysis/urgency/named-attacker.ts): "Mike hit me", "Dave pushed
 * me into the racking" and "Sarah pushed me down the stairs" reach the sponsor as a threat, whoever is named, written
 * with a capital or without, whatever the writer says before or after, and laughter by the one who did it ("and
 * laughed", "laughing") never takes it back. Things, illnesses, seasons and feelings that "hit" someone, and the
 * figures of speech on the same verbs ("hit me up", "pushed me to apply", "beat me to it"), stay calm.
 */

// Given names the redaction reads as names (checked below), from several of the workforce's languages.
const NAMES = [
  'Dave',
  'Mike',
  'Sarah',
  'Priya',
  'Kwame',
  'Grzegorz',
  'Mohammed',
  'Fatima',
  'Carlos',
  'Nguyen',
  'Tom',
  'Kasia',
  'Jamal',
  'Siobhan',
  'Chen',
  'Olga',
];
const DEEDS = [
  'hit me',
  'hits me',
  'punched me',
  'punches me',
  'pushed me',
  'pushes me',
  'shoved me',
  'shoves me',
  'kicked me',
  'kicks me',
  'slapped me',
  'slaps me',
  'choked me',
  'headbutted me',
  'spat on me',
  'spits at me',
  'threw a chair at me',
  'threw the stapler at me',
  'beat me up',
  'grabbed me by the throat',
  'pushed me into the racking',
  'shoved me against the lockers',
  'pushed me down the stairs',
  'pushed me off the loading dock',
  'slammed me into the wall',
  'hit me in the face',
  'pushed the new girl into the racking',
  'punched one of the pickers',
  'kicked my coworker',
];
// Who else the writer names first, or a word that opens the sentence.
const BEFORE = ['', 'yesterday ', 'today ', 'I think ', 'my coworker ', 'the new guy ', 'and then ', 'HR, '];
// How a writer goes on: the attacker's laughter, the writer's hurt, a plea.
const AFTER = [
  '',
  ' and laughed',
  ', I am hurt',
  ' and laughed, I am hurt',
  ' laughing',
  ' again',
  ' today',
  ' in the break room',
  '. please help',
  '!!',
  ' and walked off',
];

// What is no person, in the place of one who hits.
const NOT_PEOPLE = [
  'Covid',
  'Summer',
  'The recession',
  'the recession',
  'Reality',
  'Life',
  'Karma',
  'The flu',
  'Monday',
  'Inflation',
  'Stress',
  'Sadness',
  'It',
  'That',
  'This',
  'Traffic',
  'The storm',
  'Winter',
  'The news',
  'Payday',
  'Burnout',
  // Things that hit, too many to list: "hit" is read only after a name the redaction knows.
  'Sales',
  'Tariffs',
  'Layoffs',
  'Insomnia',
  'Crypto',
  'Exams',
  'Heartburn',
  'Fomo',
  'Cuts',
];
const STRUCK = ['hit me', 'hit us', 'hit me hard', 'hit me like a truck', 'really hit me', 'hit me out of nowhere'];
// The same verbs as figures of speech: messaged, handed work or news, beaten at a game, urged on.
const FIGURES = [
  'hit me up on Slack',
  'hit me up',
  'hit me with a pile of paperwork',
  'hit me with the news',
  'hit me back on email',
  'hit me back (on email)',
  'pushed me to apply for the promotion',
  'pushed me to finish the course',
  'pushed me the report',
  'pushed me out of my comfort zone',
  'pushed me into management',
  'beat me at pool',
  'beat me to it',
  'threw me under the bus',
  'kicks me out of the meeting early',
  'slaps me with a warning every time',
  'threw a party at my house',
];
const CALM_AFTER = ['', ' lol', ', thanks', '. Great guy', ' this morning', '!'];

const capitalised = fc.boolean();
const written = (name: string, capital: boolean) => (capital ? name : name.toLowerCase());

describe('urgency: violence by someone named', { timeout: 300_000 }, () => {
  it('Should name only given names the redaction knows', () => {
    for (const name of NAMES) expect(isGivenName(name), name).toBe(true);
  });

  it('Should escalate the reports from the brief, and keep their look-alikes calm', () => {
    for (const text of [
      'Mike hit me',
      'Dave pushed me into the racking',
      'Sarah pushed me down the stairs',
      'Dave pushed me',
      'yesterday Dave pushed me into the racking and laughed, I am hurt',
      'yesterday Dave pushed me into the racking, I am hurt',
      'he hit me',
      'Dave punched me',
      'Dave shoved me into the racking',
      'my coworker Dave pushed me into the racking',
      // A name that is a word too, where a subject stands.
      'Mark hit me',
      'and then Will hit me',
      'Chris pushed me into the fridge',
    ])
      expect(detectUrgency(text), text).toEqual({ urgent: true, categories: ['threat'] });
    for (const text of [
      'Covid hit me hard',
      'Summer hit us',
      'the recession hit me',
      'Mike hit me up on Slack',
      'Dave hit me with a pile of paperwork',
      'Dave pushed me to apply for the promotion',
      'Sarah pushed me to finish the course',
      'Dave pushed me the report',
      'Mike beat me at pool',
      'Dave beat me to it',
      'Dave hit me with the news',
      'Mike hit me back (on email)',
      'the bill hit me hard',
      'Sales hit us hard this quarter',
    ])
      expect(detectUrgency(text).urgent, text).toBe(false);
  });

  it('Should escalate any named person doing violence to the writer or a colleague, however the report goes on', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        capitalised,
        fc.constantFrom(...DEEDS),
        fc.constantFrom(...BEFORE),
        fc.constantFrom(...AFTER),
        (name, capital, deed, before, after) => {
          const text = `${before}${written(name, capital)} ${deed}${after}`;
          expect(detectUrgency(text).categories, text).toContain('threat');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Should keep calm what hits the writer but is no person', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NOT_PEOPLE),
        fc.constantFrom(...STRUCK),
        fc.constantFrom(...CALM_AFTER),
        (what, struck, after) => {
          const text = `${what} ${struck}${after}`;
          expect(detectUrgency(text).urgent, text).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('Should keep calm a named person on the same verbs used as figures of speech', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        capitalised,
        fc.constantFrom(...FIGURES),
        fc.constantFrom(...CALM_AFTER),
        (name, capital, figure, after) => {
          const text = `${written(name, capital)} ${figure}${after}`;
          expect(detectUrgency(text).urgent, text).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
