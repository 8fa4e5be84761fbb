import { describe, expect, it } from 'vitest';
import { sponsorsNamedIn, soundCandidates } from '../../../shared/domain/conflicts';
import { MAX_TEXT_CHARACTERS } from '../../../shared/domain/limits';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, attacker's report: a report of the intake's longest, written as one run of Thai consonants
// ("ลมรชฟดวท" over and over) or of one Chinese name ("马什马什…"), took 2 to 3 seconds of CPU to read for
// sponsors' names, and one preview held up the laptop stack for 9 seconds: a run with no spaces was read
// as every stretch of it, each compared with every name. The work must grow with the text, not its
// square: counted here as the stretches compared (never as time, which a shared machine cannot measure).

/** `piece` repeated to the intake's longest text. */
const longest = (piece: string) => [...piece.repeat(MAX_TEXT_CHARACTERS)].slice(0, MAX_TEXT_CHARACTERS).join('');

/** At most this many stretches a character: the Chinese reader's longest stretch (eight characters) from each. */
const PER_CHARACTER = 8;

const ADVERSARIAL: Record<string, string> = {
  'Thai consonants around a name': 'ลมรชฟดวท',
  'all the Thai consonants': 'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ',
  'Lee in Thai, run together': 'ลี',
  'Marsh in Thai, run together': 'มาร์ช',
  'Thai names run together': 'ลีมาร์ชซามโอคาฟอร์',
  'Marsh in Chinese, run together': '马什',
  'one Chinese character': '尔',
  'Marsh in katakana': 'マーシュ',
  'Marsh in hiragana': 'まーしゅ',
  'Marsh in Hangul': '마쉬',
  'Marsh in Devanagari': 'मार्श',
  'Marsh in Arabic script': 'مارش',
  'Marsh in Hebrew': 'מרש',
  'Marsh in Cyrillic': 'Марш',
  'Romero in Tamil': 'ராமெரோ',
};

describe('sponsors’ names read in a report of the longest, in every script', () => {
  it.each(Object.entries(ADVERSARIAL))('Should compare a bounded number of stretches a character: %s', (_, piece) => {
    const text = longest(piece);
    expect(soundCandidates(exampleConfig.sponsors, text).length).toBeLessThanOrEqual(
      PER_CHARACTER * MAX_TEXT_CHARACTERS,
    );
  });

  it('Should still find the name in such a text', () => {
    expect(sponsorsNamedIn(exampleConfig, longest('马什'), 'plant2')).toEqual(['plant2-gm']);
    expect(sponsorsNamedIn(exampleConfig, longest('ลี มาร์ช '), 'plant2')).toEqual(['plant2-gm']);
    expect(sponsorsNamedIn(exampleConfig, longest('ลมรชฟดวท'), 'plant2')).toEqual([]);
  });
});
