import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 32's re-attack (helper rx32), each finding taken as a class and written out in other wordings and languages
 * before any rule was changed: a home's street written small or with capitals after words that say a home or a visit
 * ("he came to 7 the paddocks", "my house, 7 The Paddocks, was egged", "a mi casa en via roma 10"); an address mask
 * that ran on over what the person did next ("22 rue des lilas and harasses me"); and shops, parks and a machine
 * named like people hidden where they are places or things ("lunch from Marks and Spencer", "picnic at Victoria
 * Park", "went to John Lewis", "bought a new Henry").
 */

interface Leak {
  text: string;
  hide: readonly string[];
  keep: readonly string[];
}
const leak = (text: string, hide: string | readonly string[], ...keep: string[]): Leak => ({
  text,
  hide: typeof hide === 'string' ? [hide] : hide,
  keep,
});

const LEAKS: Record<string, readonly Leak[]> = {
  'a home street written small or with capitals, after a visit to a home or a word for the home': [
    leak('he turned up drunk at my house at 7 the paddocks', 'paddocks', 'he turned up drunk at my house'),
    leak('he came to 7 the paddocks last night', 'paddocks', 'he came to', 'last night'),
    leak('my house, 7 The Paddocks, was egged', 'Paddocks', 'my house', 'was egged'),
    leak('she came round to 12 the willows and screamed at my kids', 'willows', 'and screamed at my kids'),
    leak('he showed up at 3 the orchards at midnight', 'orchards', 'at midnight'),
    leak('my home at 14 The Maltings was broken into', 'Maltings', 'was broken into'),
    leak('he drove to 9 the limes to find me', 'limes', 'to find me'),
    leak('our flat, 5 The Crescent, got a brick through the window', 'Crescent', 'got a brick through the window'),
    leak('he followed me home to Flat 2, 7 The Paddocks', ['Paddocks', '2'], 'he followed me home to'),
    leak('he lives in Flat 2, 7 the paddocks and shouts', 'paddocks', 'and shouts'),
    leak('she turned up at Flat 9, 3 the orchards, screaming', 'orchards', 'screaming'),
    leak('mi jefe vino a mi casa en via roma 10 a gritarme', 'roma', 'mi jefe vino a mi casa', 'a gritarme'),
    leak('er kam zu mir nach Hause am lindenweg 3 und schrie', 'lindenweg', 'und schrie'),
    leak('il est venu chez moi au 12 rue des lilas hier soir', 'lilas', 'il est venu chez moi', 'hier soir'),
    leak('è venuto a casa mia in via garibaldi 22 ubriaco', 'garibaldi', 'ubriaco'),
  ],
  'a number that points at one person: a held spot, a car ending in, a clocking number, an extension in words': [
    leak(
      'someone keeps parking in my spot, P47, reserved for me',
      'P47',
      'someone keeps parking in my spot',
      'reserved for me',
    ),
    leak('my spot, P47, was taken', 'P47', 'was taken'),
    leak('his space, B12, is always free', 'B12', 'is always free'),
    leak('alguien aparca en mi plaza, 47, cada día', '47', 'cada día'),
    leak('jemand parkt auf meinen Parkplatz 112 jeden Tag', '112', 'jeden Tag'),
    leak("the manager's car, the one ending in 4KX, blocks the fire lane", '4KX', 'blocks the fire lane'),
    leak('his van ending in 7JX is always on the crossing', '7JX', 'is always on the crossing'),
    leak('el coche que termina, the car ending with KXY, bloquea la salida', 'KXY', 'bloquea la salida'),
    leak('clocking number 0042 keeps getting docked pay', '0042', 'keeps getting docked pay'),
    leak('my clock card number is 5521 and it is wrong', '5521', 'and it is wrong'),
    leak('meine Stempelkarte Nummer 4471 wird falsch gezählt', '4471', 'wird falsch'),
    leak('call ext. five five oh two if you need more', ['five five oh two'], 'if you need more'),
    leak('ring ext. four four seven one after six', ['four four seven one'], 'after six'),
  ],
  'a name mask stops before the verb after it, even where that verb is also a surname': [
    leak('bay 14 is where Gary parks the reach truck', 'Gary', 'parks the reach truck'),
    leak('Gary banks the cash every Friday and keeps some', 'Gary', 'banks the cash'),
    leak('Steve marks the boxes wrong on purpose', 'Steve', 'marks the boxes'),
    leak('every night Dave parks his van on the crossing', 'Dave', 'parks his van'),
    leak('Karen parks it in the disabled bay', 'Karen', 'parks it'),
    leak('Jorge parks el camión en la salida', 'Jorge', 'parks el'),
    leak('Gary Parks the driver hit me', ['Gary', 'Parks'], 'the driver hit me'),
    leak('Gary Parks hit me', ['Gary', 'Parks'], 'hit me'),
    leak('gary parks hit me', ['gary', 'parks'], 'hit me'),
    leak('Lisa Banks shouted at me', ['Lisa', 'Banks'], 'shouted at me'),
  ],
  'an address mask stops before what the person did next': [
    leak('he lives at 22 rue des lilas and harasses me after work', 'lilas', 'and harasses me after work'),
    leak('she lives at 4 rue du moulin but shouts at me daily', 'moulin', 'but shouts at me daily'),
    leak('he lives at 8 avenue des roses when he is not at work', 'roses', 'when he is not at work'),
    leak('il habite au 22 rue des lilas et me harcèle', 'lilas', 'et me harcèle'),
    leak('he lives at 7 the paddocks and follows me home', 'paddocks', 'and follows me home'),
    leak('elle habite 3 rue de la gare mais elle ment', 'gare', 'mais elle ment'),
    leak('he lives at 10 rue des tilleuls so he waits for me', 'tilleuls', 'so he waits for me'),
    leak('she lives at 6 the meadows with her brother who threatens me', 'meadows', 'with her brother'),
    leak('vive en calle mayor 5 y me amenaza', 'mayor', 'y me amenaza'),
    leak('he lives at 2 the green and shouts at the kids', 'green', 'and shouts at the kids'),
  ],
};

const KEPT: Record<string, readonly string[]> = {
  'shops, parks and machines named like people, where they are a place or a thing': [
    'team picnic at Victoria Park on Friday',
    'the summer barbecue is at Victoria Park again',
    'fun day at Albert Park was great',
    'lunch from Marks and Spencer is overpriced',
    'lunch from Marks & Spencer again',
    'sandwiches from Marks and Spencer are the only option',
    'went to John Lewis at lunch',
    'popped to John Lewis after the shift',
    'fuimos a John Lewis en el descanso',
    'we bought a new Henry for the office',
    'they ordered a new Henry for the cleaners',
    'wir haben einen neuen Henry gekauft',
  ],
  'clean texts beside spots, cars and clocks keep every word': [
    'parking spot 37 is flooded',
    'the car park is ending in chaos',
    'the van ending in a crash was ours',
    'clocking in takes ages at 6',
    'bay 14 is flooded again',
    'ma place est près de la fenêtre',
    'the clocking machine is broken',
    'ext. fire doors must be kept shut',
    'mi plaza favorita es la del centro',
    'my space is a mess after the move',
  ],
  'clean texts beside homes and visits keep every word': [
    'he came to 7 the next day',
    'he turned up at my house at 7 the next morning',
    'the bill came to 7 the last time',
    'came to 10 the whole week',
    'we met at 7 the usual place',
    'lives at home and works nights',
    'our flat is warm and dry',
    'la reunión es en la calle de siempre',
    'il est venu à 8 heures',
    'sie wohnt in der Nähe und kommt zu Fuß',
  ],
};

describe('round 32 re-attack: hidden, and the words beside kept', () => {
  for (const [cls, leaks] of Object.entries(LEAKS)) {
    describe(cls, () => {
      for (const { text, hide, keep } of leaks) {
        it(text, () => {
          const out = redact(text);
          for (const secret of hide) expect(stillReadable(secret, out), `${secret} in ${out}`).toBe(false);
          for (const word of keep) expect(out, out).toContain(word);
        });
      }
    });
  }
});

describe('round 32 re-attack: texts that must keep every word', () => {
  for (const [cls, texts] of Object.entries(KEPT)) {
    describe(cls, () => {
      for (const text of texts) it(text, () => expect(redact(text)).toBe(text));
    });
  }
});
