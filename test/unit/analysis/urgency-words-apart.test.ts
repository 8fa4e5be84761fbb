import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { wordsTogether } from '../../../shared/analysis/urgency/words-apart';

/*
 * Promise 1 for a report written a word or two at a time (attack round 30, F1). One word per line, as a phone's narrow
 * box or a voice note breaks it, CRLF as a browser's text box sends it, an ellipsis, a dash or slash standing alone,
 * dots, underscores, pluses or an emoji between the words: until round 30 each read calm ("i\nwant\nto\ndie" ended
 * "analysed", no email, by the form, the JSON API and SMS alike) while the same words on one line escalated at once.
 * Before the fix 70 of 152 such readings of eight reports were urgent; after, 146 (commas are
 * left, as they make lists).
 */
const REPORTS = [
  'i want to kill myself',
  'someone has a gun',
  'the fire exit is locked',
  'he said he will kill me',
  'my boss keeps touching me',
  'forklift driver almost ran over a temp worker in aisle 9',
  'there is a strong smell of gas',
  'hay un incendio en la bodega',
  'quiero morirme',
  'el jefe me toca y me amenaza',
  'je veux mourir',
  'quero me matar',
  'ich will nicht mehr leben',
  'voglio morire',
  'nie chcę już żyć',
  'tôi muốn chết',
  'gusto ko nang mamatay',
  'لا أريد أن أعيش',
];
const CHINESE = ['我不想活了', '有人拿刀要杀人'];

// What stands between the words: each a way people (or their phones) break a sentence apart.
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '... ', '…', ' - ', ' – ', ' / ', ' | ', '.', '_', '+', ' 😢 '];

const apart = (sentence: string, separator: string): string => sentence.split(' ').join(separator);

describe('urgency: a report written a word at a time', () => {
  it.each(REPORTS)('Should read %j as urgent on one line (the premise)', (sentence) => {
    expect(detectUrgency(sentence).urgent).toBe(true);
  });

  it.each(REPORTS.flatMap((sentence) => BREAKS.map((separator) => [apart(sentence, separator), separator] as const)))(
    'Should read %j as urgent (words apart with %j)',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(true);
    },
  );

  it.each(CHINESE.flatMap((sentence) => ['\n', '\r\n', '…'].map((separator) => [...sentence].join(separator))))(
    'Should read Chinese broken a character per line as urgent: %j',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(true);
    },
  );

  it('Should read a report whose words are parted by any mix of line breaks and spaces as urgent', () => {
    const seed = Number(process.env.FAST_CHECK_SEED) || undefined;
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTS),
        fc.array(fc.constantFrom(' ', '\n', '\r\n', '... ', ' - '), { minLength: 12, maxLength: 12 }),
        (sentence, separators) => {
          const words = sentence.split(' ');
          const text = words.reduce((text, word, i) => `${text}${separators[(i - 1) % separators.length]}${word}`);
          expect(detectUrgency(text).urgent).toBe(true);
        },
      ),
      { seed, numRuns: 150 },
    );
  });

  // Look-alikes: the same breaks in what is calm must not make it urgent.
  const CALM = [
    'the new canteen menu is great',
    'training on the new forklift was really good',
    'we had a fire drill today and it went well',
    'gracias por arreglar la salida de emergencia',
    'merci pour la nouvelle salle de pause',
    '食堂的饭菜很好吃',
  ];
  it.each(CALM.flatMap((sentence) => BREAKS.map((separator) => [apart(sentence, separator), separator] as const)))(
    'Should leave %j calm (words apart with %j)',
    (text) => {
      expect(detectUrgency(text).urgent).toBe(false);
    },
  );

  it.each([
    'Gasgeruch im Keller! Nachtrag: war nur der Müllcontainer, Techniker hat geprüft, alles ok',
    "la formation 'Prévenir le harcèlement' a lieu jeudi",
    'Pros:\n- good pay\n- nice people\nCons:\n- long hours\n- parking',
    'and now fire in #Jerusalem area #fbt',
    'fire drill\nwent well\nthanks all',
  ])('Should leave %j as it read before (punctuation that means something is kept)', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});

describe('wordsTogether', () => {
  it('Should join words parted by line breaks, an ellipsis or a lone dash with single spaces', () => {
    expect(wordsTogether('i\nwant\r\nto... die')).toBe('i want to die');
    expect(wordsTogether('someone - has - a - gun!')).toBe('someone has a gun!');
  });

  it('Should join Chinese pieces without a space', () => {
    expect(wordsTogether('我\n不想\n活了')).toBe('我不想活了');
  });

  it('Should keep what carries meaning between words: full stops, commas, quotes, hashtags', () => {
    expect(wordsTogether('smoke\nin\nbay 3. EDIT: it was the toaster')).toBe(
      'smoke in bay 3. EDIT: it was the toaster',
    );
  });

  it("Should keep a number's own slash, dot or dash ('10/10', '12.05', '555-1234')", () => {
    expect(wordsTogether('that vindaloo almost killed me\n10/10')).toBe('that vindaloo almost killed me 10/10');
    expect(wordsTogether('swap\nshift 12.05 - 14.05')).toBe('swap shift 12.05 - 14.05');
  });

  it('Should leave a text whose lines are sentences to be read as written', () => {
    expect(wordsTogether('The canteen is fine.\nThe rota came out late again this week.')).toBeUndefined();
    expect(wordsTogether('one line only')).toBeUndefined();
    expect(wordsTogether('')).toBeUndefined();
  });
});
