import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * Blind round 23, by class: a given name written small opening the text, then a unit of the workplace and what the
 * person did there, is that person; a town written last after an address and its flat is the address too; one initial signing the end of a text is
 * the writer; a given name owning what only a worker has (a rota, a shift, a locker) is that worker,
 * in English written small, in German, Dutch and Swedish with the genitive "s", in Turkish with its ending; a country,
 * a saint's building, a virtue and a brand in capitals are no one.
 */

describe('a name owning a rota, a shift or a locker', () => {
  it.each([
    ["hamza's rota got changed again", 'hamza'],
    ["tyler's shifts are always the easy ones", 'tyler'],
    ["why does chloe's locker never get searched", 'chloe'],
    ['Heikes Schicht ist immer kürzer', 'Heike'],
    ['Katjas Dienstplan wurde schon wieder geändert', 'Katja'],
    ['Daans rooster wordt altijd eerst gemaakt', 'Daan'],
    ['Oskars schema ändras aldrig', 'Oskar'],
    ["burak'ın vardiyası hep gündüz", 'burak'],
  ])('Should hide who owns it in %j', (text, name) => {
    const out = redact(text);
    expect(out).not.toMatch(new RegExp(`(?<!\\p{L})${name}`, 'iu'));
    expect(out).toContain('[NAME]');
  });

  it.each([
    "this week's rota is late",
    "Sunday's shift is short-staffed",
    "Today's rota is out",
    "everyone's shifts were cut",
    "the company's leave policy is unfair",
  ])('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a country, a saint’s building, a virtue, a brand in capitals', () => {
  it.each([
    'Our parts come in from Georgia by sea',
    'The new depot in Jordan opens in May',
    'She was taken to St Bartholomew’s Hospital',
    'Mass is at St Anne’s Church on Sundays',
    'Trust in the new system is low',
    'Hope in this place has gone',
    'We sell the CHANEL perfume at the front',
    'The BENEFIT mascara testers are locked away',
  ])('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    ['I spoke to Georgia in HR about it', 'Georgia'],
    ['Hope in accounts said no', 'Hope'],
    ['the KEVIN guy keeps shouting', 'KEVIN'],
  ])('Should still hide the person in %j', (text, name) => {
    expect(redact(text)).not.toContain(name);
  });
});

describe('a given name written small, at work', () => {
  it.each([
    ['frank in security sleeps through his whole shift', 'frank'],
    ['ivy in accounts hides the late invoices', 'ivy'],
    ['rose on line 3 screams at everyone', 'rose'],
    ['amber at the front desk ignored me again', 'amber'],
  ])('Should hide who in %j', (text, name) => {
    expect(redact(text)).not.toMatch(new RegExp(`^${name}`));
  });

  it.each([
    'honey from the canteen is too sweet',
    'mark on the floor looks like blood',
    'bill from finance arrived late',
    'summer in the warehouse means heatstroke',
  ])('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('a town after an address and its flat', () => {
  it.each([
    ['send my p60 to 12 Quarry Lane, 4C, Sheffield', 'Sheffield'],
    ['I moved to 9 Mill Lane, flat 4, Bristol last year', 'Bristol'],
  ])('Should hide the town in %j', (text, town) => {
    expect(redact(text)).not.toContain(town);
  });

  it('Should hide the address before a closing', () => {
    expect(redact('I live at 14 Harrow Road, Thanks')).not.toContain('14 Harrow');
  });
});

describe('one initial signing the end of a text', () => {
  it.each([
    'please fix the lights in bay 4 J.',
    'the fridge is leaking again. cheers, M',
    'nobody has fixed the rota yet. D.',
    'the toilets on floor 2 are filthy — T',
  ])('Should hide the initial in %j', (text) => {
    expect(redact(text)).toMatch(/\[NAME\]\.?$/);
  });

  it.each([
    'we need a plan B.',
    'I got an A.',
    'take vitamin C.',
    'options are A, B, C',
    'you wear the pants but I unzip them. K.',
    'the leak is in block C',
    'ok, I',
  ])('Should store %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
