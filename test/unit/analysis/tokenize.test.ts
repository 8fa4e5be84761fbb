import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/analysis/tokenize';

describe('tokens for analysis', () => {
  it('Should split words, emoticons, emoji, hashtags and clause punctuation', () => {
    const tokens = tokenize("Not bad :) #GreatTeam, can't wait 👍🏽!");
    expect(tokens.map((t) => [t.kind, t.lower])).toEqual([
      ['word', 'not'],
      ['word', 'bad'],
      ['emoticon', ':)'],
      ['word', 'great'],
      ['word', 'team'],
      ['boundary', ','],
      ['word', "can't"],
      ['word', 'wait'],
      ['emoji', '👍'],
      ['sentence-end', '!'],
    ]);
  });

  it('Should drop URLs and @mentions and keep redaction placeholders whole', () => {
    expect(tokenize('see https://x.example/a @user [NAME] ok').map((t) => t.lower)).toEqual(['see', '[NAME]', 'ok']);
  });

  it('Should mark shouting only when the whole text is not in capitals', () => {
    expect(tokenize('this is AWFUL').find((t) => t.lower === 'awful')?.shouting).toBe(true);
    expect(tokenize('THIS IS AWFUL').some((t) => t.shouting)).toBe(false);
  });

  it('Should mark stretched words and read starred-out swearing', () => {
    expect(tokenize('sooo good')[0]?.elongated).toBe(true);
    expect(tokenize('this is f**king s**t').map((t) => t.lower)).toEqual(['this', 'is', 'fucking', 'shit']);
  });

  it('Should not read a list item or a time as a face', () => {
    expect(tokenize('(see item 8) at 10:30').some((t) => t.kind === 'emoticon')).toBe(false);
  });
});
