import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Attack round 30 (atp30 F1, F3): a name that is also an everyday word reached the sponsor whole where the words
 * around it can only mean a person: after a rank, clerical, academic or civic title ("Sgt. Brewer searched my bag",
 * "Capt. Fisher", "Prof. Glass"), and before what a person did to someone ("Frank pushed me", "yesterday Miller
 * shoved her", "Cooper keeps groping people"). Asserted over every pairing of titles, names and deeds, as the sponsor
 * reads them, and the things titles and deeds are said of that are no one stay.
 */

const WORD_SURNAMES = ['Brewer', 'Fisher', 'Glass', 'Stone', 'Gray', 'Woods', 'Fox', 'Rice', 'Church', 'Bishop'];
const TITLES = [
  'Sgt.',
  'Sgt',
  'Sergeant',
  'Capt.',
  'Captain',
  'Lieutenant',
  'Commander',
  'Prof.',
  'Professor',
  'Pastor',
  'Rev.',
  'Reverend',
  'Father',
  'Rabbi',
  'Judge',
  'Inspector',
  'Det.',
  'Detective',
  'Colonel',
  'Maj.',
  'Coach',
  'Mayor',
  'Alderman',
  'Mr.',
  'Dr.',
];

describe('a surname that is a word, after a title, is hidden (attack round 30, F1)', () => {
  const cases = TITLES.flatMap((title) =>
    WORD_SURNAMES.map((surname) => [title, surname, `${title} ${surname} at the gate searched my bag`] as const),
  );
  // The surname is gone; the title may go with it ("[NAME]. [NAME]"), which hides no more than a rank.
  it.each(cases)('%s %s', (_title, surname, text) => {
    const out = redact(text);
    expect(out).not.toContain(surname);
    expect(out).toMatch(/\[NAME\] at the gate searched my bag$/u);
  });

  it.each([
    [
      'the night shift says Capt. Miller yells at the drivers',
      'the night shift says Capt. [NAME] yells at the drivers',
    ],
    ['Professor Hart in training mocked my accent', 'Professor [NAME] in training mocked my accent'],
    ['ask Inspector Fields, he saw it', 'ask Inspector [NAME], he saw it'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('what a title names that is no one stays (attack round 30, F1)', () => {
  it.each([
    'Sgt Pepper is my favorite album',
    'Dr Pepper is out in the vending machine again',
    'the vending machine has no Dr Pepper',
    'we flew Coach Class to the conference',
    'my Doc Martens are worn through',
    'Father Christmas visited the canteen',
    'Captain America is on the break room TV',
    'Officer Training starts Monday',
    'the Rev Counter on forklift 3 is broken',
    'Mr. Right never showed up lol',
    'Mr Clean in the janitor closet ran out',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

const WORDLIKE_NAMES = ['Frank', 'Grace', 'Mark', 'Bill', 'Holly', 'Miller', 'Cooper', 'Fisher', 'Porter', 'Rusty'];
const DEEDS = [
  'pushed me into the racking',
  'shoved her against the lockers',
  'groped her in the break room',
  'kicked him when he was down',
  'slapped my coworker',
  'cornered me by the lockers',
  'followed her home',
  'spat on me',
  'keeps pushing people around',
  'chained the fire door shut',
  'removed the guard on press 4',
];

describe('a name that is a word, before what a person did to someone, is hidden (attack round 30, F3)', () => {
  const opening = WORDLIKE_NAMES.flatMap((name) => DEEDS.map((deed) => [name, deed] as const));
  it.each(opening)('opening the text: %s %s', (name, deed) => {
    expect(redact(`${name} ${deed}`)).toBe(`[NAME] ${deed}`);
  });
  it.each(opening)('inside a sentence: %s %s', (name, deed) => {
    expect(redact(`on monday ${name} ${deed}`)).toBe(`on monday [NAME] ${deed}`);
  });
  it.each([
    ['Night shift was fine. Then Brewer just shoved me', 'Night shift was fine. Then [NAME] just shoved me'],
    ['I reported it and Tanner has been groping her since', 'I reported it and [NAME] has been groping her since'],
  ])('%s', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe('what is said of things, feelings and departments stays (attack round 30, F3)', () => {
  it.each([
    'Hope pushed me to finish the course',
    'Management pushed us to work weekends',
    'and then Management pushed us to work weekends',
    'Security pushed us out of the lot',
    'This pushed me over the edge',
    'Someone pushed me on the stairs',
    'Overtime burned me out',
    'a Forklift with no horn nearly hit me',
    'The new system locked me out again',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

const TRADES = ['Miller', 'Cooper', 'Brewer', 'Porter', 'Fletcher', 'Chandler', 'Weaver', 'Slater'];
const SLOTS = [
  (name: string) => `${name} is a creep and everyone knows it`,
  (name: string) => `everyone on nights is scared of ${name}`,
  (name: string) => `HR protects ${name} because they golf together`,
  (name: string) => `the problem is ${name}, not the machines`,
  (name: string) => `${name}, the new lead, makes racist jokes`,
  (name: string) => `${name}'s comments about my hijab are disgusting`,
  (name: string) => `watch out for ${name} on B shift`,
];

describe("a trade's surname with its capital and no article is hidden (attack round 30, F3)", () => {
  const cases = TRADES.flatMap((name) => SLOTS.map((slot, i) => [name, i, slot(name)] as const));
  it.each(cases)('%s in slot %i', (name, _i, text) => {
    const out = redact(text);
    expect(out).not.toContain(name);
    expect(out).toBe(text.replace(name, '[NAME]'));
  });
});

describe("a trade's word that is no one stays (attack round 30, F3)", () => {
  it.each([
    'the miller on line 2 jams every hour',
    'Mason jars in the break room are gone',
    "Shepherd's pie in the canteen was cold",
    "Baker's dozen donuts for the team",
    'the Porter building has no heat',
    'Baker Street entrance is closed',
    'Cook the rice longer please',
    'Foster a better culture, not fear',
    'the painter left paint everywhere',
    'Turner Construction is the contractor',
    'Carpenter ants in the break room',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

const BRACKETED_SURNAMES = ['Okafor', 'Tran', 'Kowalczyk', 'Nguyen', 'Baker', 'Adeyemi'];
const BRACKET_PLACES = [
  (name: string) => `the lead on line 4 (${name}) makes fun of my hijab`,
  (name: string) => `the guy in receiving (${name}) yells at the temps`,
  (name: string) => `someone (${name}) keeps grabbing women by the lockers`,
  (name: string) => `I complained about him (${name}) twice already`,
  (name: string) => `our lead "${name}" makes fun of my accent`,
  (name: string) => `the new guy \u201C${name}\u201D skips the lockout`,
];

describe('who is meant, added in brackets or quotes, is hidden (attack round 30, F2)', () => {
  const cases = BRACKETED_SURNAMES.flatMap((name) => BRACKET_PLACES.map((place, i) => [name, i, place(name)] as const));
  it.each(cases)('%s in place %i', (name, _i, text) => {
    expect(redact(text)).toBe(text.replace(name, '[NAME]'));
  });
});

describe('what brackets and quotes hold that is no one stays (attack round 30, F2)', () => {
  it.each([
    'the new scheduling system (Kronos) is down again',
    'the warehouse (Chicago) has no heat',
    'the lead on line 4 (Packaging) yells',
    'PPE (Personal Protective Equipment) is missing',
    'my shift (Nights) is understaffed',
    'the song "Jolene" plays all day on the radio',
    'the manager said "Fine" and walked off',
    'see the policy (Section Four) about overtime',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
