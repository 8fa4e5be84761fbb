import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Promise 2, attack round 19 (finding I): the writer's own company login was stored and emailed as written ("ACME\jdoe",
// "my AD account jdoe7", "ping jdoe7 on the intranet chat", "\\fs01\home\jdoe7"). IT can turn a login into a person
// in a second. These are fresh wordings of each way a login is written; a word after "login" ("my login is broken")
// and ordinary slashes and numbers stay.

const HIDDEN: [string, string][] = [
  ['NORTHWIND\\kpatel filed the first report', 'NORTHWIND\\kpatel'],
  ['it came from plant2\\r.okoro yesterday', 'r.okoro'],
  ['my network account is tbrennan4 if you need to check', 'tbrennan4'],
  ['windows login: a.nowak', 'a.nowak'],
  ['my user id = lchen_wh2', 'lchen_wh2'],
  ['dm akim3 on teams about the forklift', 'akim3'],
  ['you can ping r.alvarez on slack', 'r.alvarez'],
  ['my lanyard says S.OKAFOR-12', 'S.OKAFOR-12'],
  ['the rota is on my desktop, C:\\Users\\dmorales7\\rota.xlsx', 'dmorales7'],
  ['it is saved in \\\\nas02\\homes\\pgreene\\notes', 'pgreene'],
  ['my profile is intranet/people/hkaur22', 'hkaur22'],
  ['write to mvoss1 at plant dot corp', 'mvoss1'],
  ['mi usuario es jgarcia8', 'jgarcia8'],
  ['mon identifiant est lmartin_2', 'lmartin_2'],
  // Re-attack: the id said plainly, signing in as, a lower-case domain, home drives and folders.
  ['my network ID is bwalsh9 if it helps', 'bwalsh9'],
  ['I sign in as okwame every morning', 'okwame'],
  ['it was logged under northwind\\pgreene', 'pgreene'],
  ['my notes are on H:\\rdiaz4\\notes', 'rdiaz4'],
  ['the script ran from /home/tnakamura/bin', 'tnakamura'],
];

const KEPT = [
  'my login is broken again and IT never answers',
  'the account manager left, the account is 3 years old',
  'message everyone on teams before the shift',
  'the price tag is 20 dollars and/or more, 24/7, he/she',
  'we use the badge reader at gate 2',
  // Reviews in the eval data: a slash typed the wrong way, and a sentence ending before "Internal".
  'oddly hours of operation work\\life imbalance, the salary was average\\ok',
  'Long hours at times. Internal structures can be divisive.',
  'the Q3/Q4 targets and the ISO/IEC standard, my ID is in my bag, the ad is on tv',
  // Reviews in the eval data: pairs joined by a slash.
  'then RM/Asst Buyer, in a BPO/onshore call operation, with ACA/Medicaid',
];

describe('a company login written into feedback', () => {
  it.each(HIDDEN)('Should hide the login in %j', (text, login) => {
    const out = redact(text);
    expect(out).not.toContain(login);
    expect(out).toMatch(/\[(?:ID|NAME|URL|EMAIL)\]/);
  });

  it.each(KEPT)('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
