import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { routeAroundConflicts } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';
import { personal } from '../../support/sponsor-names';

/*
 * Attack round 22: a report about a sponsor written with a title and their surname's initial ("Mr. M.", "ms w"),
 * or their initials dotted in lower case ("l.m."), went to that very sponsor: the name reader knew full names,
 * surnames, first names and capital initials, not the way people write of a boss they will not name in full.
 * The case now goes around them, and the stored text holds no such spelling either.
 */

const SITE = 'plant2';

const SPONSORS = exampleConfig.sponsors.map((s) => {
  const parts = personal(s.name).split(/\s+/);
  return { id: s.id, first: parts[0]!, last: parts.at(-1)! };
});

// `{J}` the surname's initial as written, `{j}` in lower case.
const TITLED = [
  'Mr. {J}. keeps shouting at the women on the line.',
  'Ms {J} keeps shouting at the women on the line.',
  'mrs {j}. told me to keep quiet about the accident or lose my job',
  'Everyone knows Dr {J} takes the overtime for his friends.',
  'Sra. {J}. me gritó delante de todos y nadie dice nada.',
  'Herr {J} hat uns gesagt, wir sollen nichts melden.',
  "I'm scared of what Mx {J}'s friends will do if this gets out.",
];
const LOWER_DOTTED = ['{i}.{j}. told us to skip the lockout again', 'the new lead, {i}. {j}., took the guard off'];

const fill = (t: string, n: { first: string; last: string }) =>
  t
    .replace(/\{J\}/g, n.last[0]!)
    .replace(/\{j\}/g, n.last[0]!.toLowerCase())
    .replace(/\{i\}/g, n.first[0]!.toLowerCase());

describe('a sponsor named by a title and the initial of their surname, or their initials in lower case', () => {
  const rows = SPONSORS.flatMap((n) => [
    ...TITLED.map((t) => [fill(t, n), n] as const),
    // "A.R." is also what everyone writes (accounts receivable): Alex Romero's only in capitals.
    ...(n.id === 'ceo' ? [] : LOWER_DOTTED.map((t) => [fill(t, n), n] as const)),
  ]);

  it.each(rows)('Should go around the sponsor and store no such spelling: "%s"', (text, n) => {
    expect(sponsorsNamedIn(exampleConfig, text, SITE)).toContain(n.id);
    expect(maskSponsorNames(exampleConfig, text, SITE)).toContain('[NAME]');
  });

  it('Should send a Plant 2 safety report about "Mr M." to the COO, not to Lee Marsh', () => {
    const text = 'Mr M. took the guard off the press and said he would sack anyone who reports it.';
    const named = sponsorsNamedIn(exampleConfig, text, SITE);
    expect(routeAroundConflicts(exampleConfig, SITE, ['safety'], { named }).sponsorId).toBe('coo');
  });
});

// A long surname said short: after a title, or with a pet ending on its first four letters or more.
const CLIPPED: [string, string][] = [
  ['coo', 'Ms. Whit keeps touching people in the lift and HR does nothing.'],
  ['coo', 'Whitty keeps touching people in the lift and HR does nothing.'],
  ['chro', 'Mr Oka promised the raise to his friends only.'],
  ['chro', 'Dr. Okaf promised the raise to his friends only.'],
  ['plant2-gm', 'Mr. Mar took the guard off the press again.'],
  ['plant2-gm', 'Marsy took the guard off the press again.'],
  ['ceo', 'Everyone is afraid of what Mr Rom will do if this gets out.'],
];

describe('a sponsor’s long surname said short', () => {
  it.each(CLIPPED)('Should go around %s for "%s"', (id, text) => {
    expect(sponsorsNamedIn(exampleConfig, text, SITE)).toContain(id);
    expect(maskSponsorNames(exampleConfig, text, SITE)).toContain('[NAME]');
  });

  it.each([
    'whitey is a slur and someone wrote it on my locker',
    'Whitsun is a holiday here and the rota ignores it',
    'The mars bars in the machine are always gone',
    'Romeo and Juliet is the play the social club picked',
  ])('Should name no sponsor in "%s"', (text) => {
    expect(sponsorsNamedIn(exampleConfig, text, SITE)).toEqual([]);
  });
});

describe('a title or a lone letter that points to nobody here', () => {
  it.each([
    ['Mr M is a bully', 'plant3'],
    ['Mr. M. Smith took the guard off', 'plant3'],
    ['At 9 a.m. the press failed again', SITE],
    ['MS wards are understaffed', SITE],
    ['Dr. A told me to rest', SITE],
    ['Mr K shouts at everyone on the line', SITE],
  ])('Should name no sponsor in "%s" (site %s)', (text, site) => {
    expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
  });
});
