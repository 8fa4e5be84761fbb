import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { maskMoreBracketInitials } from '../../../shared/analysis/redact-names-bracket-initials-more';

/*
 * Round 34 (r34a): initials in square or curly brackets, dotted with a space, in pairs, or in capitals before a deed,
 * after a word for a person (shared/analysis/redact-names-bracket-initials-more.ts). TUNED are the wordings an outside
 * attacker read through (ra33); HELD_BACK were written before the rule was run on them. CALM are the abbreviations,
 * job titles and asides people bracket after a role.
 */

const TUNED: readonly [string, readonly string[]][] = [
  ['the supervisor (J.K.) grabbed me', ['J.K.']],
  ['my lead [TM] yells at us', ['TM']],
  ['someone (R. O.) is stealing', ['R. O.']],
  ['the guy {ok} on nights', ['ok']],
  ['two leads (JK and TM) clocked us out', ['JK', 'TM']],
  ['the supervisor (JK) grabbed me', ['JK']],
  ['the driver (AB) yelled', ['AB']],
];
const HELD_BACK: readonly [string, readonly string[]][] = [
  ['the forklift driver [DW] nearly ran me over', ['DW']],
  ['my manager {jt} keeps texting me at night', ['jt']],
  ['the new guy (M. P.) took my locker', ['M. P.']],
  ['a supervisor (K.L.) touched my back', ['K.L.']],
  ['both supervisors (RB & JT) laugh at us', ['RB', 'JT']],
  ['the cleaner [a.s.] took my bag', ['a.s.']],
  ['mi jefe [RG] me grita todos los días', ['RG']],
  ['der Typ {mk} aus dem Lager klaut', ['mk']],
  ['the picker (EO) threatened me', ['EO']],
  ['the lads (DB, KC) put my stuff in the bin', ['DB', 'KC']],
  ['el encargado (J. M.) nos insulta', ['J. M.']],
  ['the agency guy (OA) grabbed her arm', ['OA']],
];
// Whole texts that stay as written ("the nurse (RN)" is kept by the job-title reading of the round 32 rule).
const CALM: readonly string[] = [
  'the manager (HR) called me',
  'the supervisor (OSHA trained) is strict',
  'wear your gear (PPE) at all times',
  'the driver (ETA 5pm) is late',
  'the Team Manager [TM] sent the rota',
  'my boss (MD) signed it',
  'the supervisor (lol) was fine today',
  'the manager (PM) meeting is at 3',
  'the guy (IT) fixed my laptop',
  'my supervisor (AM shift) is nice',
  'the driver (aka the new one) is ok',
];
const JOB_TITLES: readonly string[] = [
  'the nurse (RN) said I am fine',
  'the nurse (R.N.) checked my arm',
  'the nurses (RN and LPN) were kind',
];

const inBrackets = (out: string, letters: string) =>
  new RegExp(`[(\\[{,&]\\s*${letters.replace(/\./g, '\\.')}\\s*[)\\]},&]|and ${letters}`).test(out);

describe('initials in brackets after a person are hidden', () => {
  for (const [set, texts] of [
    ['tuned', TUNED],
    ['held back', HELD_BACK],
  ] as const)
    describe(set, () => {
      it.each(texts)('%s', (text, initials) => {
        const out = redact(text);
        for (const letters of initials) expect(inBrackets(out, letters), out).toBe(false);
        expect(out).toContain('[NAME]');
      });
    });
});

describe('abbreviations, job titles and asides in brackets stay', () => {
  it.each(CALM)('%s', (text) => expect(redact(text)).toBe(text));
  it.each(JOB_TITLES)('%s (this rule leaves a job title)', (text) => expect(maskMoreBracketInitials(text)).toBe(text));
});
