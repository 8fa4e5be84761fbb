import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 33 (atp33 F1): two people named together before what they did, one of them hidden, left the other
 * readable when their given name is also a famous person's or a place's (a dictionary proper noun: Haley, Quinton,
 * Vince, Bettye, Mac) or the verb was not in the present ("laughed", "are bullying", "have been harassing",
 * "were drinking"). A sponsor read "Haley and [NAME] are bullying me".
 */

const leaks: [string, string][] = [
  ['Haley and Priya harass us', '[NAME] and [NAME] harass us'],
  ['Haley and Kaitlyn are bullying me', '[NAME] and [NAME] are bullying me'],
  ['Brittany and Haley are bullying me', '[NAME] and [NAME] are bullying me'],
  ['Quinton & Priya laughed at me', '[NAME] & [NAME] laughed at me'],
  ['Haley and Priya have been harassing us for months', '[NAME] and [NAME] have been harassing us for months'],
  ['Haley and Priya stole my tools', '[NAME] and [NAME] stole my tools'],
  ['Rick and Vince were drinking on the night shift', '[NAME] and [NAME] were drinking on the night shift'],
  ['Priya and Vince keep yelling at the temps', '[NAME] and [NAME] keep yelling at the temps'],
  ['quinton and priya were fighting by the dock', '[NAME] and [NAME] were fighting by the dock'],
  ['Bettye and Priya always gossip about me', '[NAME] and [NAME] always gossip about me'],
  ['Haley y Priya me gritaron delante de todos', '[NAME] y [NAME] me gritaron delante de todos'],
  ['Haley et Priya nous ont insultés', '[NAME] et [NAME] nous ont insultés'],
];

// A hidden name beside a word that is no person, or a pair that does nothing to anyone: as before.
const kept: [string, string][] = [
  ['HR and Priya were laughing about it', 'HR and [NAME] were laughing about it'],
  ['Security and Priya were fighting the fire', 'Security and [NAME] were fighting the fire'],
  ['Management and Priya are ignoring us', 'Management and [NAME] are ignoring us'],
  ['Christmas and Priya were great this year', 'Christmas and [NAME] were great this year'],
  ['Haley and Priya were great this week', 'Haley and [NAME] were great this week'],
  ['Oracle and Priya are working on the payroll', 'Oracle and [NAME] are working on the payroll'],
];

describe('a name paired with a hidden one before what they did to someone (atp33 F1)', () => {
  it.each(leaks)('Should hide both people in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each(kept)('Should keep what is no person, or no deed, in %j', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});
