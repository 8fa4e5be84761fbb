import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';
import { withEmojiAsWords } from '../../../shared/analysis/urgency/emoji-words';

/** Danger told with an emoji where a word would be (an attacker's finding: each stayed calm). */
const URGENT = [
  'he has a 🔫',
  'man with 🔫 in the lobby',
  'guy in the lot with a 🔫 pointing at people',
  'warehouse on 🔥 people inside',
  '🔥🔥 in the warehouse 🔥 people inside',
  '💣 in the parking lot',
  'someone is 💀 on the floor in bay 3',
  'co-worker said he will 🔪 me after shift',
  '🆘 locked in the freezer',
  'hay un tipo con una 🔫 en la entrada',
  'tem um cara com uma 🔫 na portaria',
  'er hat ein 🔪 und bedroht alle',
  'my manager keeps 👋🍑 me in the storeroom',
  'he grabbed my 🍑 at the line again',
  'mi jefe me toca el 🍑 en el almacén',
];

/** Emoji as people use them at work to praise, joke or sigh. */
const CALM = [
  'this new menu is 🔥🔥',
  'lol I’m 💀💀',
  'the party was 💣',
  'the new schedule is 🔥 thanks team',
  'bruh this meeting 💀',
  '🔥 sale on uniforms this week',
  'that presentation killed it 🔥',
  'i’m dead 💀 this shift is so long',
  'the 🔫 emoji should be banned from slack lol',
  'nerf 🔫 battle at the party friday',
  'los tacos de la cafetería están 🔥🔥',
  'my feet are 💀 after 12 hours',
  '🍑 yogurt is back in the canteen',
  'peach 🍑 smoothies on friday',
];

describe('urgency told with an emoji', () => {
  it('Should read a report whose words carry invisible tag characters or variation selectors as it shows', () => {
    for (const hidden of ['\u{E0061}', '\u{E0020}', '\u{E0101}'])
      expect(detectUrgency(`ga${hidden}s le${hidden}ak in the kitchen, it smells very strong`).urgent, hidden).toBe(
        true,
      );
  });

  it.each(URGENT)('Should escalate "%s" as the same report in words is', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each(CALM)('Should keep "%s" calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
    expect(detectRuleUrgency(text).urgent).toBe(false);
  });

  it('Should put each danger emoji as its word in the language around it, a run of them once', () => {
    expect(withEmojiAsWords('man with 🔫 in the lobby')).toEqual(['man with  gun  in the lobby']);
    expect(withEmojiAsWords('hay un hombre con una 🔫 en la entrada del almacén')[0]).toContain(' pistola ');
    expect(withEmojiAsWords('🔥🔥🔥 warehouse')).toEqual([' fire  warehouse']);
    expect(withEmojiAsWords('the pay is late 😡')).toEqual([]);
  });

  it('Should never throw on any text with emoji, and read one whose emoji are read as words at least as urgent', () => {
    const emoji = fc.constantFrom('🔫', '🔪', '🗡️', '💣', '🧨', '🔥', '💀', '☠️', '🩸', '🚑', '🆘', '👍🏽', '\uFE0F');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 20 }), emoji), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const read = detectUrgency(text);
        expect(typeof read.urgent).toBe('boolean');
        // An emoji only ever adds a reading: what the words alone read urgent stays urgent.
        if (detectUrgency(text.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')).urgent && !read.urgent)
          expect(withEmojiAsWords(text)).not.toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
