import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';
import {
  CALM_KEPT,
  HELD_BACK_CALM,
  NAMED_FRAMES,
  NAMES,
  REPORTED_DANGER,
  TUNED_CALM,
  WARNED_HELD_BACK,
  WARNED_TUNED,
} from './urgency-reported-speech-texts';

/*
 * Promise 1's other side, dijo44 (after the att43/op43 attack). Ordinary news told as reported speech ("Pedro Gómez me
 * dijo que mañana no hay turno", "mein Chef hat mir gesagt, dass morgen keine Schicht ist") pages a sponsor: the
 * learned model reads the words that only say who spoke as danger. NOT FIXED: reading the model without those words
 * (blanked, or counted only when what was said reads as danger alone) lost reported threats the rules do not read
 * ("mein Ex hat gesagt, er bringt mich um", "el jefe me dijo que soy demasiado vieja para este trabajo": 15 tests of
 * test/unit/analysis/ and the eval's blind sets), because the model reads what was said too weakly to tell a threat from
 * a rota without them. The lists below stay as the measure for whoever refits the model (`it.fails` while it reads them
 * urgent). What is fixed: three kinds of threat told second-hand that only the model read are read by rules now
 * (urgency/warned-or-beaten-for-speaking.ts), so they no longer hang on the model's weight for "me dijo que".
 */

const urgentOf = (texts: readonly string[]) => texts.filter((text) => detectUrgency(text).urgent);

describe('news told as reported speech (dijo44): still read as urgent by the model, left for a refit', () => {
  it.fails('reads the tuned reports calm', () => {
    expect(urgentOf(TUNED_CALM)).toEqual([]);
  });
  it.fails('reads the held-back reports calm, in Portuguese, German, Italian, Polish, English and Tagalog', () => {
    expect(urgentOf(HELD_BACK_CALM)).toEqual([]);
  });
  it.fails('reads calm what anyone named told the writer', () => {
    expect(NAMED_FRAMES.flatMap((frame) => urgentOf(NAMES.map(frame)))).toEqual([]);
  });
});

describe('threats told second-hand, read by the rules (dijo44)', () => {
  it('keeps a reported threat or danger urgent', () => {
    expect(REPORTED_DANGER.filter((text) => !detectUrgency(text).urgent)).toEqual([]);
  });
  it("reads by the rules alone a warning to watch one's back, a beating promised to the writer who speaks, a fall told by name", () => {
    expect([...WARNED_TUNED, ...WARNED_HELD_BACK].filter((text) => !detectRuleUrgency(text).urgent)).toEqual([]);
  });
  it("reads by the rules alone the physiotherapist's back, a bus caught, a name fallen in love as calm", () => {
    expect(CALM_KEPT.filter((text) => detectRuleUrgency(text).urgent)).toEqual([]);
  });
});
