import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
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
 * Promise 1's other side, dijo44 (after the att43/op43 attack): ordinary news told as reported speech ("Pedro Gómez me
 * dijo que mañana no hay turno", "mein Chef hat mir gesagt, dass morgen keine Schicht ist") paged a sponsor as a threat,
 * harassment or discrimination. The learned model read the words that only say who spoke ("me dijo que", "m'a dit que",
 * "lo dijo X", "según X") as danger. What was said decides now (urgency/speech-frames.ts); a threat or a danger that was
 * reported stays urgent.
 */

const urgentOf = (texts: readonly string[]) => texts.filter((text) => detectUrgency(text).urgent);

describe('news told as reported speech is not a threat (dijo44)', () => {
  it('reads the tuned reports calm', () => {
    expect(urgentOf(TUNED_CALM)).toEqual([]);
  });
  it('reads the held-back reports calm, in Portuguese, German, Italian, Polish, English and Tagalog', () => {
    // Four are left. The pay ("der Lohn") read as fraud from what was said. What a colleague wrote is a note, not
    // a frame: "napisała mi, że" keeps its weight, as a note saying "dziś w nocy to zakończy" must stay urgent
    // (test/unit/analysis/urgency-danger-in-long-report.test.ts). English and Tagalog are not read without who spoke:
    // their words of saying carry reported danger the model reads nowhere else ("told me she won't be a problem").
    expect(urgentOf(HELD_BACK_CALM)).toEqual([
      'sie sagte, dass der Lohn am Donnerstag kommt',
      'koleżanka mi napisała, że jutro zaczynamy o 7',
      'my supervisor told me there is no shift tomorrow',
      'sinabi ng supervisor ko na walang shift bukas',
    ]);
  });
  it('reads calm what anyone named told the writer', () => {
    // One name is left of 900 ("No hay agua caliente, lo dijo …"); on main 588 were urgent.
    expect(NAMED_FRAMES.flatMap((frame) => urgentOf(NAMES.map(frame))).length).toBeLessThanOrEqual(1);
  });
  it('keeps a reported threat or danger urgent', () => {
    expect(REPORTED_DANGER.filter((text) => !detectUrgency(text).urgent)).toEqual([]);
  });
  it("reads a warning to watch one's back, a beating promised to the writer who speaks, a fall told by name", () => {
    expect([...WARNED_TUNED, ...WARNED_HELD_BACK].filter((text) => !detectUrgency(text).urgent)).toEqual([]);
  });
  it('keeps calm what was calm', () => {
    expect(urgentOf(CALM_KEPT)).toEqual([]);
  });
});
