import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 18: dotted initials stood for a person only before a listed deed ("J.R. pushed me" was hidden) and
 * stayed as written before any other verb ("J.R. took my phone", "M.K. had us skip the lockout"). Initials used as
 * the subject of any verb are hidden; the abbreviations everyone writes with dots stay.
 */

describe('dotted initials as the subject of any verb', () => {
  it.each([
    ['J.R. took my phone', 'J.R'],
    ['J.R. was drunk on the forklift', 'J.R'],
    ['M.K. had us skip the lockout', 'M.K'],
    ['J.R. got me fired', 'J.R'],
    ['J.R. locked the exit', 'J.R'],
    ['Yesterday P.T. made us work through lunch', 'P.T'],
    ['D.W. is making everyone stay late', 'D.W'],
    ['A.B.C. will fire anyone who complains', 'A.B.C'],
    ['S. K. broke the guard and lied about it', 'S. K'],
    ['Then T.J. went home and left us alone on the line', 'T.J'],
    ['the new lead, J.R., took the guard off', 'J.R'],
    ['J.R. and K.T. took the guard off', 'K.T'],
    ['J.R. and K.T. took the guard off', 'J.R'],
    ['Nobody checks because G.H. hasn’t signed anything in weeks', 'G.H'],
  ])('Should hide the initials in "%s"', (text, initials) => {
    expect(redact(text)).not.toContain(initials);
    expect(redact(text)).toContain('[NAME]');
  });

  it.each([
    'The U.S. office is closed on Fridays',
    'The U.S. was slow to answer',
    'U.K. law says we get a break',
    'P.S. took me ages to write this',
    'I start at 6 a.m. and leave at 3 p.m. every day',
    'e.g. was the word he used',
    'i.e. is what I meant',
    'The A.C. was broken all week',
    'Our T.V. was stolen from the break room',
    'R.I.P. was written on his locker',
    'Q.C. found defects in every batch',
    'In 300 B.C. was when they built it, judging by the roof',
    'The D.C. warehouse is understaffed',
    'N.B. took effect last month',
  ])('Should keep an abbreviation before a verb: "%s"', (text) => {
    expect(redact(text)).toBe(text);
  });
});
