import { describe, expect, it } from 'vitest';
import { leavesWordsBehind, typedBoxesOf, unsentBoxes } from '../../../functions/intake/unsent-boxes';

describe("the words a sponsor's pressed button does not send", () => {
  it('Should count a box holding words other than the pressed button’s own', () => {
    const typed = typedBoxesOf({ action: 'acknowledge', message: 'Which door?', response: 'Done.', reason: '' });
    expect(unsentBoxes(typed, undefined, undefined)).toEqual(['message', 'response']);
    expect(unsentBoxes(typed, 'message', undefined)).toEqual(['response']);
  });

  it('Should not count spaces, control characters alone, or the published response given back as the page showed it', () => {
    const published = 'We cleared it.\nWe check it at every shift.';
    const typed = typedBoxesOf({
      message: ' \r\n\t\u0000 ',
      response: 'We cleared it.\r\nWe check it at every shift.\r\n',
    });
    expect(unsentBoxes(typed, undefined, published)).toEqual([]);
    expect(unsentBoxes({ response: 'We cleared it. We check it daily.' }, undefined, published)).toEqual(['response']);
  });

  it('Should ignore fields that are not a box’s text', () => {
    expect(typedBoxesOf({ message: ['a', 'b'], reason: 3, to: '1' })).toEqual({});
  });

  it('Should hold back only closing and handing over, and only while words are unsent', () => {
    expect(leavesWordsBehind('close', ['reason'])).toBe(true);
    expect(leavesWordsBehind('hand-over', ['message'])).toBe(true);
    expect(leavesWordsBehind('close', [])).toBe(false);
    for (const action of ['acknowledge', 'reply', 'respond', 'keep-open'])
      expect(leavesWordsBehind(action, ['message'])).toBe(false);
  });
});
