import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_INITIALS } from '../../../shared/analysis/redact-personal-places';
import { type Config, configSchema } from '../../../shared/config/schema';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';
import { personal } from '../../support/sponsor-names';

/*
 * Attack round 18: Plant 2 safety reports naming its GM, Lee Marsh, went to Lee Marsh. The redactor hid the name
 * ("L. Marsh", "Marsh, L.", "L.M.") while the name reader did not count it ("marsh" is a word), so the sponsor read
 * a report about themselves with their name as [NAME]. Wherever a sponsor's name is read as a person's (an initial
 * beside the surname, the surname with its capital before any verb, their initials used as a person) or the
 * redactor hides it as one, the case goes around them. The everyday word stays a word: "the marsh floods".
 */

const SITE = 'plant2';

// An installation whose sponsors' surnames are everyday English words: a site's own, and company-wide ones.
const everydaySurnames: Config = configSchema.parse({
  ...exampleConfig,
  sponsors: [
    { id: 'ceo', name: 'Nora Baker (CEO)', email: 'ceo@example.com', topics: [], sites: [], default: true },
    { id: 'coo', name: 'Pat Bush (COO)', email: 'coo@example.com', topics: ['safety'], sites: [], backup: 'ceo' },
    { id: 'chro', name: 'Ivo Rose (CHRO)', email: 'chro@example.com', topics: ['pay'], sites: [], backup: 'ceo' },
    {
      id: 'plant2-gm',
      name: 'Dee Fox (Plant 2 GM)',
      email: 'gm@example.com',
      topics: ['safety', 'workload'],
      sites: ['plant2'],
      backup: 'coo',
    },
    {
      id: 'plant2-ops',
      name: 'Kim Young (Plant 2 Ops)',
      email: 'ops@example.com',
      topics: ['scheduling'],
      sites: ['plant2'],
      backup: 'coo',
    },
  ],
});

/** Each sponsor's given name and surname as written. */
const namesOf = (config: Config) =>
  config.sponsors.map((s) => {
    const parts = personal(s.name).split(/\s+/);
    return { id: s.id, first: parts[0]!, last: parts.at(-1)! };
  });
const SPONSORS = [
  ...namesOf(exampleConfig).map((n) => ({ ...n, config: exampleConfig })),
  ...namesOf(everydaySurnames).map((n) => ({ ...n, config: everydaySurnames })),
];

// `{I}` the given name's initial, `{S}` the surname.
const INITIAL_AND_SURNAME = [
  '{I}. {S} took the guard off the press again.',
  '{S}, {I}. took the guard off the press again.',
  '{I}.{S} took the guard off the press again.',
  'Mr. {I}. {S} took the guard off the press again.',
  'The guard is off the press and {I}. {S} knows it.',
  '{I}. {S} found out I wrote this and now I get every bad shift.',
];
// The surname with its capital before a verb no list of deeds held, or "and" someone, by language.
const SURNAME_BEFORE_VERB: [string, string][] = [
  ['en', '{S} took the guard off the press.'],
  ['en', '{S} had us skip the lockout on line 3.'],
  ['en', '{S} got me moved to nights for reporting it.'],
  ['en', '{S} is making us skip the lockout to hit the numbers.'],
  ['en', '{S} and his foreman took the guard off the press.'],
  ['en', 'Nobody says anything. {S} went home and left the exit chained.'],
  ['en', 'The exit was chained again. {S} will fire whoever reports it.'],
  ['es', '{S} quitó la guarda de la prensa otra vez.'],
  ['es', '{S} y su capataz bloquearon la salida de emergencia.'],
  ['fr', '{S} a enlevé la protection de la presse.'],
  ['fr', '{S} et son chef ont bloqué la sortie de secours.'],
  ['pt', '{S} tirou a proteção da prensa de novo.'],
  ['de', '{S} hat uns die Notausgänge zusperren lassen.'],
];
// The sponsor's initials used as a person: `{I}` and `{J}` the given name's and surname's.
const INITIALS_AS_PERSON = [
  '{I}.{J}. took the guard off the press.',
  '{I}. {J}. took the guard off the press.',
  '{I}{J} took the guard off the press.',
  '{I}{J} had us skip the lockout.',
  '{I}.{J}. was drunk on the floor again.',
  'The guard was taken off the press by {I}{J}.',
  'The new lead, {I}.{J}., took the guard off the press.',
];

// Alex Romero's "AR" and Nora Baker's "NB" are what everyone writes too (accounts receivable, nota bene): only
// dotted before a deed ("A.R. took the guard off") are they the sponsor.
const abbreviation = (n: { first: string; last: string }) => NOT_INITIALS.has(n.first[0]! + n.last[0]!);

const fill = (template: string, n: { first: string; last: string }) =>
  template.replace(/\{I\}/g, n.first[0]!).replace(/\{J\}/g, n.last[0]!).replace(/\{S\}/g, n.last);

describe('a sponsor named by an initial and surname, their initials, or a surname that is a word before a verb', () => {
  const rows = SPONSORS.flatMap((n) => [
    ...INITIAL_AND_SURNAME.map((t) => [fill(t, n), n] as const),
    ...SURNAME_BEFORE_VERB.map(([, t]) => [fill(t, n), n] as const),
    ...INITIALS_AS_PERSON.filter((t) => !abbreviation(n) || /\{I\}\.[ ]?\{J\}\.[ ,]*took/.test(t)).map(
      (t) => [fill(t, n), n] as const,
    ),
  ]);

  it.each(rows)('Should go around the sponsor named and hide the name: "%s"', (text, n) => {
    expect(sponsorsNamedIn(n.config, text, SITE)).toContain(n.id);
    const stored = maskSponsorNames(n.config, text, SITE);
    expect(stored).toContain('[NAME]');
    expect(stored).not.toMatch(new RegExp(`(?<![\\p{L}])${n.last}(?![\\p{L}])`, 'u'));
  });

  it('Should send Lee Marsh’s Plant 2 safety report to his backup, and the answer naming him later too', () => {
    for (const text of [
      'L. Marsh took the guard off the press.',
      'L. Marsh found out I wrote this, now I get every bad shift.',
    ]) {
      const named = sponsorsNamedIn(exampleConfig, text, SITE);
      expect(routeAroundConflicts(exampleConfig, SITE, ['safety'], { named }).sponsorId).toBe('coo');
    }
  });
});

describe('an everyday word or two capitals that name nobody', () => {
  it.each([
    'The marsh behind the plant floods every spring and the path is slippery.',
    'the marsh took over the back lot after the rain',
    'Young workers were sent home without pay.',
    'Young and old workers alike are tired of the rota.',
    'Rose bushes line the entrance and nobody trims them.',
    'Bush fires were reported near the plant last summer.',
    'The fox got into the bins again and made a mess.',
    'A baker from the canteen left early.',
    'The rose garden by the gate is overgrown.',
    'Fox News is on in the canteen all day.',
    'Baker Street entrance is locked at night.',
    'Rose is the colour of the new helmets and nobody can see them at night.',
    'Young is how they like their hires, cheap and quiet.',
    'The LM line was down for two hours.',
    'LM317 regulators are out of stock again.',
    'LM is our product code for the long model.',
    'We checked the KY stock and the YK labels.',
    'The U.S. office is closed on Fridays.',
  ])('Should move no case for "%s"', (text) => {
    for (const site of [SITE, 'hq', undefined]) {
      expect(sponsorsNamedIn(everydaySurnames, text, site)).toEqual([]);
      expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
    }
  });

  it('Should read initials that are also an abbreviation as the sponsor only dotted, before a deed', () => {
    expect(sponsorsNamedIn(exampleConfig, 'AR took the invoices back to finance.', 'hq')).toEqual([]);
    expect(sponsorsNamedIn(exampleConfig, 'A.R. was slow to pay this month.', 'hq')).toEqual([]);
    expect(sponsorsNamedIn(everydaySurnames, 'NB the exit on line 3 is chained.', 'hq')).toEqual([]);
    expect(sponsorsNamedIn(exampleConfig, 'A.R. took the guard off the press.', 'hq')).toContain('ceo');
  });

  it('Should count initials only with a site of theirs, as a first name', () => {
    expect(sponsorsNamedIn(exampleConfig, 'L.M. took the guard off the press.', SITE)).toContain('plant2-gm');
    expect(sponsorsNamedIn(exampleConfig, 'L.M. took the guard off the press.', 'hq')).not.toContain('plant2-gm');
  });

  it('Should answer for any text whatever built from names, initials and verbs', () => {
    const ids = new Set(everydaySurnames.sponsors.map((s) => s.id));
    const piece = fc.constantFrom(
      'Fox',
      'fox',
      'D.',
      'DF',
      'D.F.',
      'K.Y.',
      'Young',
      ',',
      '.',
      'took',
      'had',
      'us',
      'and',
      'his',
      'is',
      'making',
      'the',
      'a enlevé',
      'quitó',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom(undefined, 'hq', SITE), (pieces, site) => {
        for (const id of sponsorsNamedIn(everydaySurnames, pieces.join(' '), site)) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
