import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_ACCESS, keyMatches, type KeyPattern } from '../../../infra/table-access';
import { assertKeyFits } from '../../../shared/adapters/aws/dynamodb-keys';
import {
  caseItemKey,
  deliverySk,
  digestPk,
  escalationKey,
  escalationWeekPk,
  figuresPartSk,
  groupCounterSk,
  kioskKey,
  kioskTokenKey,
  openEscalationKey,
  patternPk,
  patternWeekSk,
  phraseCounterSk,
  PK,
  topicCounterSk,
  verbatimGroupPrefix,
  weekPk,
} from '../../../shared/adapters/aws/table-keys';

// Text people or the config control, in any script, lone surrogates included.
const anyText = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'grapheme', maxLength: 1500 }),
  fc.string({ unit: 'binary', maxLength: 1500 }),
);
const week = fc.constantFrom('2026-W01', '2026-W47', '2027-W53');

describe('the table key map', () => {
  it('Should build keys DynamoDB accepts from any site, topic or phrase, however long and in whatever script', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, week, fc.integer({ min: 0, max: 7 }), (site, topic, phrase, w, shard) => {
        expect(() => assertKeyFits({ pk: patternPk(site, topic), sk: patternWeekSk(w) })).not.toThrow();
        expect(() =>
          assertKeyFits({ pk: weekPk(w), sk: `${verbatimGroupPrefix(site, topic)}${'f'.repeat(20)}` }),
        ).not.toThrow();
        expect(() => assertKeyFits({ pk: weekPk(w), sk: phraseCounterSk(phrase, shard) })).not.toThrow();
        expect(() =>
          assertKeyFits({ pk: weekPk(w), sk: topicCounterSk(topic, 'plant2', 'kiosk', shard) }),
        ).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('Should keep two different long sites or topics under two different keys', () => {
    const long = 'Warehouse '.repeat(40);
    expect(patternPk(`${long}north`, 'safety')).not.toBe(patternPk(`${long}south`, 'safety'));
    expect(verbatimGroupPrefix('plant2', `${long}a`)).not.toBe(verbatimGroupPrefix('plant2', `${long}b`));
  });

  it('Should grant each function only prefixes of the key map, and every key the functions write is covered by some grant', () => {
    const prefixes = Object.values(PK);
    const granted = Object.values(TABLE_ACCESS).flatMap((access) => Object.values(access).flat()) as KeyPattern[];
    for (const pattern of granted)
      expect(prefixes.some((prefix) => pattern === prefix || pattern === `${prefix}*`)).toBe(true);

    // Kiosks are written by the operator's CLI alone; every other item is some function's.
    const written = [
      caseItemKey('k').pk,
      escalationKey('e').pk,
      openEscalationKey('2026-11-18T15:00:00.000Z', 'e').pk,
      escalationWeekPk('2026-W47'),
      weekPk('2026-W47'),
      patternPk('plant2', 'safety'),
      digestPk('2026-W47'),
    ];
    for (const pk of written) expect(granted.some((pattern) => keyMatches(pattern, pk))).toBe(true);
    expect(granted.some((pattern) => keyMatches(pattern, kioskKey('k-1').pk))).toBe(false);
    expect(granted.some((pattern) => keyMatches(pattern, kioskTokenKey('h').pk))).toBe(true); // intake reads token look-ups
  });

  it('Should keep the sort keys that order things in the order they promise', () => {
    expect([figuresPartSk('r', 10), figuresPartSk('r', 2)].sort()).toEqual([
      figuresPartSk('r', 2),
      figuresPartSk('r', 10),
    ]);
    expect(deliverySk('leadership', 'Ana@Example.com')).toBe(deliverySk('leadership', 'ana@example.com'));
    expect(groupCounterSk('plant2', 'web', 3)).toBe('GROUP#plant2#web#3');
  });
});
