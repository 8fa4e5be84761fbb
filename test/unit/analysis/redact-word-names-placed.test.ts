import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 34 (r34a): a given name that is a word (Blessing, Precious, Patience, Godswill …) or that no list knows
 * (Idris, Jannik, Teodulo), before "was …ing" a person does, "from" a part of the workplace, after a hidden name and
 * "&", after a word for a friend, or after a payment app and "to" (shared/analysis/redact-names-word-names-placed.ts).
 * TUNED are the wordings an outside attacker read through (ra33); HELD_BACK were written before the rule was run on
 * them. CALM are the same words as what they mean.
 */

const TUNED: readonly [string, readonly string[]][] = [
  ['Rhys&Blessing keep stealing tips', ['Rhys', 'Blessing']],
  ['Idris wasnt wearing gloves', ['Idris']],
  ['Blessing was clocking people out', ['Blessing']],
  ['Precious was crying in the freezer', ['Precious']],
  ['my buddy Blessing from nights saw him', ['Blessing']],
  ['Jannik aus dem Wareneingang bedroht mich', ['Jannik']],
  ['Blessing from 2nd shift receiving', ['Blessing']],
  ['envía por bizum a Teodulo, 699112233', ['Teodulo', '699112233']],
];
const HELD_BACK: readonly [string, readonly string[]][] = [
  ['Patience was sleeping in the break room again', ['Patience']],
  ['Godswill is selling his shifts to the agency guys', ['Godswill']],
  ['Mercy from goods in told everyone my business', ['Mercy']],
  ['Thandiwe was smoking by the gas bottles', ['Thandiwe']],
  ['my mate Lucky saw the whole thing', ['Lucky']],
  ['Kofi&Praise were laughing at the new girl', ['Kofi', 'Praise']],
  ['Miracle from nights keeps the fire door open', ['Miracle']],
  ['paga con bizum a Eustaquio o te quito el turno', ['Eustaquio']],
  ['Tinashe isnt wearing a harness up there', ['Tinashe']],
  ['Loveness from the canteen spat in my food', ['Loveness']],
  ['venmo to Destiny or you lose the shift', ['Destiny']],
  ['Precious from returns was texting him all night', ['Precious']],
];
const CALM: readonly string[] = [
  'Hope was fading by the end of the shift',
  'Patience is running out on the floor',
  'Grace was ending on the loan',
  'Faith is wavering in management',
  'Peace was restored after the meeting',
  'Justice is coming for them',
  'Blessing from the pastor at the canteen opening',
  'Fortune from the lottery went to charity',
  'my buddy list is empty',
  'Management was clocking us out early',
  'Security was watching the door',
  'venmo to me please',
  'Trust from the staff is gone',
];

describe('a name that is a word, or no list knows, is hidden where only a person stands', () => {
  for (const [set, texts] of [
    ['tuned', TUNED],
    ['held back', HELD_BACK],
  ] as const)
    describe(set, () => {
      it.each(texts)('%s', (text, secrets) => {
        const out = redact(text);
        for (const secret of secrets) expect(stillReadable(secret, out), out).toBe(false);
      });
    });
});

describe('the same words as what they mean stay', () => {
  it.each(CALM)('%s', (text) => expect(redact(text)).toBe(text));
});
