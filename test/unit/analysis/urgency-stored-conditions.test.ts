import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITIONS_FILE, conditionTableSource, STORED_CONDITION_SOURCES } from '../../../scripts/build-urgency';
import { literalCondition } from '../../../shared/analysis/urgency/literals';
import { possibleMatch } from '../../support/possible-match';
import { fold } from '../../../shared/analysis/urgency/normalise';
import { ORDINARY_SOURCE } from '../../../shared/analysis/urgency/ordinary-life';
import { RESOLVED_SOURCE } from '../../../shared/analysis/urgency/resolved';
import { possibleMatchStored, storedCondition } from '../../../shared/analysis/urgency/stored-conditions';

// The repaired-hazard and ordinary-life expressions' literal conditions are read at build time, not on a Lambda's
// first message; these tests keep the stored answers those of the patterns.
const TEXTS = [
  'The new schedule is great but parking is a nightmare',
  'the gas leak from last week has been fixed',
  'the broken guard on line 2 was repaired yesterday, thanks',
  'I am so tired, I just want more hours and a raise',
  'tengo dos hijos y quiero más horas',
  '消防通道的障碍物已经清走了',
  'تم اصلاح التسرب',
  'my manager said he will kill me if i report this',
];

describe('the stored literal conditions (stored-conditions.ts)', () => {
  it('Should match the expressions as they are now (else run npm run build:urgency)', () => {
    expect(
      readFileSync(CONDITIONS_FILE, 'utf8'),
      'shared/analysis/urgency/conditions.generated.ts is out of date: run npm run build:urgency',
    ).toBe(conditionTableSource());
  });

  it('Should store, for the repaired-hazard and ordinary-life expressions, what reading their patterns answers', () => {
    expect(STORED_CONDITION_SOURCES).toEqual([RESOLVED_SOURCE, ORDINARY_SOURCE]);
    for (const source of STORED_CONDITION_SOURCES) {
      expect(storedCondition(source)).toBeDefined();
      expect(storedCondition(source)).toEqual(literalCondition(source) ?? null);
    }
  });

  it('Should decide on texts of every script exactly as reading the patterns does', () => {
    for (const source of STORED_CONDITION_SOURCES) {
      const stored = possibleMatchStored(source);
      const read = possibleMatch(source);
      for (const text of TEXTS.map(fold)) expect(stored(text), text).toBe(read(text));
    }
    // Worth something only if both answers occur.
    const resolved = possibleMatchStored(RESOLVED_SOURCE);
    expect(resolved(fold('the gas leak from last week has been fixed'))).toBe(true);
    expect(resolved(fold('The new schedule is great but parking is a nightmare'))).toBe(false);
  });

  it('Should read an expression edited since the table was made from the pattern itself, so it is never skipped wrongly', () => {
    const edited = `${RESOLVED_SOURCE}|\\bpatched up\\b`;
    expect(storedCondition(edited)).toBeUndefined();
    expect(possibleMatchStored(edited)(fold('the hole in the fence got patched up'))).toBe(true);
  });
});
