import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 34 (r34a): a nickname pointed out by its unit, set off by commas around it or hyphened to the unit's code,
 * standing as the subject of what it did (shared/analysis/redact-names-nicknames-by-units.ts). TUNED are the
 * wordings an outside attacker read through (ra33); HELD_BACK were written before the rule was run on them. CALM
 * are things and times set off the same way, which stay as written.
 */

// Each text, the nickname that must go, and words that must stay.
const TUNED: readonly [string, string, string][] = [
  ['Shorty, line 4, grabbed me', 'Shorty', 'line 4, grabbed me'],
  ['Red-Dock7 is the one stealing', 'Red', 'is the one stealing'],
  ['Tiny, 2nd shift, punched a guy', 'Tiny', '2nd shift, punched a guy'],
  ['Boomer, Bay 3, sleeps drunk', 'Boomer', 'Bay 3, sleeps drunk'],
  ['Le Gros-Quai 2 nous insulte', 'Gros', 'Quai 2 nous insulte'],
  ['Lefty, nights, pushed the temp', 'Lefty', 'nights, pushed the temp'],
  ['Moose-Line2 groped her', 'Moose', 'groped her'],
  ['Pollo, Receiving, keeps the exit blocked', 'Pollo', 'Receiving, keeps the exit blocked'],
  ['Smiley, receiving, punched me', 'Smiley', 'receiving, punched me'],
  ['Gordo-Line 3 threatens us', 'Gordo', 'Line 3 threatens us'],
];
const HELD_BACK: readonly [string, string, string][] = [
  ['Chunky, dock 2, keeps touching the new girls', 'Chunky', 'dock 2, keeps touching the new girls'],
  ['watch out for Skinny, B shift, he stole my boots', 'Skinny', 'B shift, he stole my boots'],
  ['Flaco, turno de noche, nos grita todo el día', 'Flaco', 'turno de noche, nos grita'],
  ['Güero-Línea 4 me empujó ayer', 'Güero', 'Línea 4 me empujó ayer'],
  ['Dodger, aisle 12, sells weed in the car park', 'Dodger', 'aisle 12, sells weed'],
  ['Bulldog-Bay9 threatened to stab me', 'Bulldog', 'threatened to stab me'],
  ['Tank, night shift, spat at me', 'Tank', 'night shift, spat at me'],
  ['Mimi, returns, keeps calling me fat', 'Mimi', 'returns, keeps calling me fat'],
  ["Pépère-Quai 3 m'a insulté", 'Pépère', "Quai 3 m'a insulté"],
  ['Zizou, nuits, a frappé un intérimaire', 'Zizou', 'nuits, a frappé un intérimaire'],
  ['Bomber, Linie 2, hat mich geschubst', 'Bomber', 'Linie 2, hat mich geschubst'],
  ['Stretch-Door12 is the one selling pills', 'Stretch', 'is the one selling pills'],
  ['Nacho, almacén, le robó la cartera', 'Nacho', 'almacén, le robó la cartera'],
  ['Pudge, 3rd shift, groped her again', 'Pudge', '3rd shift, groped her again'],
];
const CALM: readonly string[] = [
  'Yesterday, line 4, stopped twice',
  'Forklift, bay 3, keeps stalling',
  'Red-Line 3 stopped again',
  'Overall, nights, are quiet',
  'Again, dock 2, was flooded',
  'Cross-Dock 3 opens at six',
  'Honestly, B shift, is a mess',
  'Monday, line 2, was down all day',
  'Pre-Shift 2 briefing is at 6',
  'Ayer, turno de noche, se paró la línea',
  'Pallets, bay 3, fell over',
  'Printer, shipping, keeps jamming',
  'Heute, Linie 2, stand still',
];

describe('a nickname set off by its unit, or hyphened to it, is hidden', () => {
  for (const [set, texts] of [
    ['tuned', TUNED],
    ['held back', HELD_BACK],
  ] as const)
    describe(set, () => {
      it.each(texts)('%s', (text, nickname, kept) => {
        const out = redact(text);
        expect(stillReadable(nickname, out), out).toBe(false);
        expect(out).toContain(kept);
      });
    });
});

describe('things and times set off by a unit stay as written', () => {
  it.each(CALM)('%s', (text) => expect(redact(text)).toBe(text));
});
