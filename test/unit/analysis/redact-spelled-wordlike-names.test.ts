import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attack round 31 (atp31 F2): a name that is also a word, spelled a letter at a time, reached the sponsor whole:
// "the problem is J o h n  S m i t h" gave "[NAME]  S m i t h", and "tell s m i t h to stop", "my boss B-R-O-W-N"
// were kept as written. Spelling a name out is the disguise; where a person stands, a name the lists hold is hidden
// even when it is a word. A word spelled out to shout it, with no person beside it, stays.

const HIDDEN: [text: string, name: string][] = [
  ['the problem is J o h n  S m i t h', 'S m i t h'],
  ['tell s m i t h to stop', 's m i t h'],
  ['my boss B-R-O-W-N keeps yelling', 'B-R-O-W-N'],
  ['the manager is w.o.o.d.s and he lies', 'w.o.o.d.s'],
  ['it was r.o.s.e again', 'r.o.s.e'],
  ['W.I.L.L from nights took my badge', 'W.I.L.L'],
  ['report it to M i l l e r in shipping', 'M i l l e r'],
  ['the supervisor is K-I-N-G', 'K-I-N-G'],
];

const KEPT = [
  'N E V E R again',
  'S T O P doing that',
  'H-E-L-P',
  'press the A B C D buttons',
  'f-u-c-k-i-n-g ridiculous',
  'the word is a b c d',
  'D O N E with this',
  'T-R-U-T-H matters',
  'G R E E N light for the new rota',
  'L O N G shifts every week',
  'the wait is L O N G',
  'I W I L L quit',
  'W A T E R everywhere',
];

describe('a name that is a word, spelled a letter at a time', () => {
  it.each(HIDDEN)('Should hide it where a person stands: %s', (text, name) => {
    const shown = redact(text);
    expect(shown).not.toContain(name);
    expect(shown).toContain('[NAME]');
  });

  it.each(KEPT)('Should keep a word spelled out to shout it: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  // op48c found redact throwing (V8 refused a pattern of 8,000 letters) on one letter and a space repeated past the
  // intake's limit; a spelled name is at most 24 letters, so such a run is read in pieces and nothing throws.
  it.each(['я ', 'A ', 'x-'])('Should redact 16 KB of %j repeated without throwing', (unit) => {
    const text = unit.repeat(8_000);
    expect(() => redact(text)).not.toThrow();
  });
});
