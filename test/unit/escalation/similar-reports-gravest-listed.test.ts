import { describe, expect, it } from 'vitest';
import { MAX_LINES, SLACK, similarReports } from '../../../shared/email/similar-reports';

// Attack round 29 (F3): 21 urgent reports, each worded differently and all [safety], past the hour's emails one
// by one: the list showed 20 and left "a man fell from the scaffolding and is not breathing" off, drawn at random
// among lines as rare as each other, under calm false alarms. The gravest lines are now always listed, and a list
// only a few over the cap lists every line.

const NOT_BREATHING = 'срочно! человек упал с лесов и не дышит';
const TRAPPED = 'incendie dans l atelier, des gens sont coincés';
/** Calm texts the detector flagged, each worded differently, so none collapse. */
const decoy = (i: number) =>
  [
    `shoutout to the crew on line ${i} for the ladder inspection, nice tidy work`,
    `thanks team ${i} for fixing the broken shelf in aisle ${i}, much appreciated`,
    `reminder ${i}: the safety walk moves to room ${i} on ${['monday', 'tuesday', 'friday'][i % 3]}`,
  ][i % 3]!.replace(/\d+/g, (d) => ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'][Number(d) % 8]!) +
  ` ${'abcdefghijklmnopqrstuvwxyz'.slice(i % 26, (i % 26) + 3)} ${'zyxwvutsrqponmlkjihgfedcba'.slice(i % 23, (i % 23) + 4)} note ${['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'][i]}`;
const safety = (text: string) => ({ text, categories: ['safety'] });

describe('a list of urgent reports past the cap', () => {
  it('Should always list the report of someone not breathing, however many calm alarms come with it', () => {
    const reports = [...Array.from({ length: 45 }, (_, i) => safety(decoy(i))), safety(NOT_BREATHING)];
    // Each is a line of its own: otherwise the test would not be about the cap.
    expect(similarReports(reports.map((r) => r.text)).unlisted).toBeGreaterThan(0);
    for (let run = 0; run < 50; run += 1) {
      const { lines, unlisted } = similarReports(reports);
      expect(lines).toHaveLength(MAX_LINES);
      expect(unlisted).toBe(reports.length - MAX_LINES);
      expect(lines.map((l) => l.text)).toContain(NOT_BREATHING);
    }
  });

  it('Should list the gravest ones before a fire drill and a shelf, in another language too', () => {
    const reports = [
      ...Array.from({ length: 40 }, (_, i) => safety(decoy(i))),
      safety('shoutout for the gas leak DRILL this morning, everyone was out in time'),
      safety(TRAPPED),
      safety(NOT_BREATHING),
    ];
    for (let run = 0; run < 50; run += 1) {
      const texts = similarReports(reports).lines.map((l) => l.text);
      expect(texts).toContain(TRAPPED);
      expect(texts).toContain(NOT_BREATHING);
      expect(texts.some((t) => /gas leak DRILL/.test(t))).toBe(true);
    }
  });

  it('Should list every line when only a few are over the cap', () => {
    const reports = [
      ...Array.from({ length: MAX_LINES + SLACK - 1 }, (_, i) => safety(decoy(i))),
      safety(NOT_BREATHING),
    ];
    const { lines, unlisted } = similarReports(reports);
    expect(lines).toHaveLength(MAX_LINES + SLACK);
    expect(unlisted).toBe(0);
  });
});
