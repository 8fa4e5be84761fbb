import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, MAX_LINES, similarReports } from '../../../shared/email/similar-reports';

const KNIFE = 'a man with a knife in the plant 2 parking lot threatening people right now';
/** One alarm, copied by a script with the floor, the case and the punctuation changed. */
const fire = (i: number) =>
  [
    `There is a fire in the storage room on floor ${i}, smoke everywhere`,
    `THERE IS A FIRE IN THE STORAGE ROOM ON FLOOR ${i * 7}!! smoke everywhere`,
    `there is a fire in the storage room on floor ${i}   smoke everywhere.`,
  ][i % 3]!;

describe('the reports urgent in their words, as the lines of one email', () => {
  it('Should put the one report unlike the flood on a line of its own, first, and the flood on one line with its count', () => {
    const texts = [
      ...Array.from({ length: 30 }, (_, i) => fire(i)),
      KNIFE,
      ...Array.from({ length: 30 }, (_, i) => fire(i + 30)),
    ];
    const { lines, unlisted } = similarReports(texts);
    expect(lines).toEqual([
      { text: KNIFE, count: 1 },
      { text: expect.stringMatching(/fire in the storage room/i), count: 60 },
    ]);
    expect(unlisted).toBe(0);
  });

  it('Should collapse a flood that changes a word or two in each copy', () => {
    const rooms = ['storage room', 'break room', 'server room', 'print room', 'mail room'];
    const texts = rooms.map((room, i) => `There is a fire in the ${room} on floor ${i}, smoke everywhere`);
    expect(similarReports([...texts, KNIFE]).lines.map((l) => l.count)).toEqual([1, 5]);
  });

  it('Should keep different real reports of one bad day apart, each on its own line', () => {
    const texts = [
      'There is a fire in the storage room on floor 2, smoke everywhere',
      'Gas leak near the boiler in building B, it smells very strong',
      'Someone collapsed on the loading dock and is not breathing',
      'Forklift hit a worker in aisle 4, he is bleeding',
    ];
    const { lines } = similarReports(texts);
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.text).sort()).toEqual([...texts].sort());
    expect(lines.every((l) => l.count === 1)).toBe(true);
  });

  it('Should shorten a long text to one line, cut at a word', () => {
    const long = `${'smoke everywhere on the floor and in the stairs '.repeat(10)}\nand more`;
    const [line] = similarReports([long]).lines;
    expect([...line!.text].length).toBeLessThanOrEqual(MAX_LINE_CHARS);
    expect(line!.text).toMatch(/ \S+…$/);
    expect(line!.text).not.toContain('\n');
  });

  it('Should count every report once and stay bounded, whatever the texts', () => {
    const word = fc.constantFrom(
      'fire',
      'smoke',
      'knife',
      'gas',
      'floor',
      'room',
      'now',
      '3',
      '12',
      'FIRE',
      '!',
      'é',
      '火事',
      '',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), (texts) => {
        const { lines, unlisted } = similarReports(texts);
        expect(lines.reduce((sum, l) => sum + l.count, 0) + unlisted).toBe(texts.length);
        expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
        for (const line of lines) {
          expect([...line.text].length).toBeLessThanOrEqual(MAX_LINE_CHARS);
          expect(line.count).toBeGreaterThan(0);
        }
        // The rarest first.
        for (let i = 1; i < lines.length; i++) expect(lines[i]!.count).toBeGreaterThanOrEqual(lines[i - 1]!.count);
      }),
      { numRuns: 200 },
    );
  });

  it('Should put a report of a kind of danger the flood does not report first, whatever its words', () => {
    const decoys = Array.from({ length: 40 }, (_, i) => ({
      text: `A ${['forklift', 'pallet', 'ladder', 'cable', 'shelf'][i % 5]} problem number ${'abcdefghij'[i % 10]}${'klmnop'[i % 6]} by the ${['dock', 'gate', 'ramp', 'yard'][i % 4]}`,
      categories: ['safety'],
    }));
    const real = { text: 'Zoe from nights says her ex is outside with a bat waiting for her', categories: ['threat'] };
    for (let run = 0; run < 5; run += 1) expect(similarReports([...decoys, real]).lines[0]!.text).toBe(real.text);
  });

  it('Should not let a flood of differently worded alarms choose their place above a real one by their first letters', () => {
    const decoys = Array.from({ length: 40 }, (_, i) => ({
      text: `A ${['fire', 'smoke', 'spark', 'flame', 'blaze'][i % 5]} ${['near', 'behind', 'under'][i % 3]} the ${['press', 'oven', 'dryer', 'belt', 'kiln', 'mixer', 'lathe', 'saw'][i % 8]}`,
      categories: ['safety'],
    }));
    const real = {
      text: 'there is a man lying unconscious by press 7 and he is not breathing',
      categories: ['safety'],
    };
    const places = Array.from({ length: 40 }, () =>
      similarReports([...decoys, real]).lines.findIndex((line) => line.text === real.text),
    );
    // Listed in about half of the lists (20 lines of 41 alike-rare ones), at no fixed place: before, never.
    expect(places.filter((p) => p >= 0).length).toBeGreaterThan(5);
    expect(new Set(places.filter((p) => p >= 0)).size).toBeGreaterThan(1);
  });

  it('Should list a flood of thousands of wholly different texts in bounded time and size', () => {
    const texts = Array.from({ length: 3000 }, (_, i) =>
      `report ${i.toString(36)} ${(i * 7919).toString(36)} x${i}y zz${i * 31}`.replace(/\d/g, 'q'),
    );
    const started = Date.now();
    const { lines, unlisted } = similarReports(texts);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines.length).toBe(MAX_LINES);
    expect(lines.reduce((sum, l) => sum + l.count, 0) + unlisted).toBe(3000);
  });
});
