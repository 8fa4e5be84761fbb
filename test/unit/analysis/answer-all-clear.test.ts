import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readsAllClear } from '../../../shared/analysis/answer-all-clear';

// An answer in an urgent case waits for its hour only when it clearly says it is over; anything else
// (details the holder asked for, an all-clear taken back, a question) must reach them at once.
describe('readsAllClear', () => {
  it.each([
    'All good now, thanks',
    "I'm safe now",
    'It has been fixed, thank you',
    'False alarm, sorry!',
    'Everyone is OK',
    'Todo bien, ya está arreglado',
    'Falsa alarma, gracias',
    'Tout va bien maintenant, merci',
    'Alles in Ordnung, danke',
    'Tudo bem, obrigado',
  ])('Should read “%s” as all is well', (text) => {
    expect(readsAllClear(text)).toBe(true);
  });

  it.each([
    'It is on the second floor, by the paint store',
    'All good now, but the smell is back',
    'It was fixed yesterday and it is leaking again',
    "I'm not safe",
    'Is everyone ok?',
    'Thank you',
    'Todo bien pero sigue oliendo a gas',
    'Tout va bien? Non, il est encore là',
    'Alles gut, aber er ist noch da',
    'All good now. He came back to the locker room after the shift and waited for me by the door again',
    'Second floor',
    'Il est au deuxième étage',
  ])('Should not read “%s” as all is well: it goes at once', (text) => {
    expect(readsAllClear(text)).toBe(false);
  });

  it('Should never read a question as all is well', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => !readsAllClear(`${a} all good ${b}?`)));
  });
});
