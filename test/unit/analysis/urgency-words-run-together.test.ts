import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { withWordsRunApart } from '../../../shared/analysis/urgency/words-run-together';

/*
 * A report typed with its words run together, as a thumb types in a panic (attack round 43, urgency/words-run-together.ts):
 * no spaces at all, camelCase, ALL CAPS, words joined by hyphens, plus signs or underscores, digits glued to words. Each
 * read calm and reached no one; the same words spaced escalated. None of these is an attacker's example.
 */
describe('a report with its words run together reaches its executive', () => {
  it.each([
    ['SmokeComingOutOfPanel4', 'safety'],
    ['THEREISAFIREINTHEBREAKROOM', 'safety'],
    ['COWORKERCOLLAPSEDNOTRESPONDING', 'safety'],
    ['chemicalspillinbay2', 'safety'],
    ['forkliftjustranoversomeonesleg', 'safety'],
    ['ammonialeakeveryonecoughing', 'safety'],
    ['mysupervisorgrabbedmychest', 'harassment'],
    ['myboss+keeps+touching+me', 'harassment'],
    ['hepunchedmeinthefacetoday', 'threat'],
    ['imgoingtokillmyselftonight', 'self-harm'],
    ['hayhumoenlacocina', 'safety'],
    ['hayunincendioenelalmacen', 'safety'],
    ['alguien-se-cayo-del-andamio', 'safety'],
    ['ce-un-incendio-nel-magazzino', 'safety'],
  ])('%s (%s)', (text, kind) => {
    const read = detectUrgency(text);
    expect(read.urgent).toBe(true);
    expect(read.categories).toContain(kind);
  });
});

describe('words that are words, and hashtags, handles and links, stay as written and calm', () => {
  it.each([
    '#safetyfirst',
    '#firethemanager',
    '@fireguy99 thanks',
    'check www.firesafety.com for the new rules',
    'part number X3000-B22 is out of stock',
    'the firefighter came to give a talk',
    'I love the gunmetal grey lockers',
    'what a killjoy our manager is',
    'Feuerlöscher',
    'Feuerwehrübung am Montag',
    'my therapist said I should take a break',
    'mytherapistsaidishouldtakeabreak',
    'Scunthorpe branch did well this quarter',
    'thanksforthepizzalastfriday',
    'ourteamisthebest',
    'state-of-the-art kitchen',
    'lacafeteriaestamuybuena',
    'firetrucks visited for the kids day',
    // Sentences whose long words no list holds in every form are no run typed together: split, they read as what
    // they never said (older tests caught these three once merged: a training, a cigarette's smoke, a course).
    'bei der Evakuierungsübung gab es einen gespielten Verletzten, alles lief gut',
    'na magazynie jest dym z papierosa',
    'la formación anticorrupción es obligatoria',
  ])('%s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it('a word is never split, and the fewest words win ("my therapist said", not "my the rapist said")', () => {
    expect(withWordsRunApart('the therapist was kind')).toBeUndefined();
    expect(withWordsRunApart('mytherapistsaid')).toBe('my therapist said');
    expect(withWordsRunApart('Scunthorpe')).toBeUndefined();
  });
});

describe('the split costs no more than the length of the text', () => {
  it('a run of 4,000 letters with no space is set apart in well under a second', () => {
    const run = 'firexqz'.repeat(572).slice(0, 4000);
    const started = performance.now();
    withWordsRunApart(run);
    withWordsRunApart('smokeinbay'.repeat(400));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
