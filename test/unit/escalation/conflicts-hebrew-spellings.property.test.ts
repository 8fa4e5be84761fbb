import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, item 3: Hebrew spellings of Whitfield and Okafor ("ויטפילד", "ווייטפילד", "אוקפור") reached the
// sponsor they name: פ is also an f, ו and וו open a w, א and ע carry a vowel, and vowel letters come and go.

/** Each sponsor of the example config, first name and surname, as Hebrew writers spell them. */
const HEBREW: Record<string, { first: string[]; last: string[] }> = {
  coo: { first: ['דנה', 'דאנה', 'דיינה'], last: ['ויטפילד', 'וייטפילד', 'ווייטפילד', 'וויטפילד', 'ויטפלד'] },
  chro: { first: ['סם', 'סאם'], last: ['אוקפור', 'אוקאפור', 'אוקפר', 'עוקאפור', 'אוקאפורה'] },
  'plant2-gm': { first: ['לי'], last: ['מרש', 'מארש', 'מַרְשׁ'] },
  ceo: { first: ['אלכס', 'אלקס', 'אלכּס'], last: ['רומרו', 'רומארו', 'רומירו'] },
};

const CONTEXTS = [
  '{} צעק עלינו מול כל המשמרת.',
  'אני רוצה להתלונן על {} כי לא משלמים לנו שעות נוספות.',
  'המשמרת קשה. {} חסם את יציאת החירום.',
];

const named = fc
  .tuple(fc.constantFrom(...Object.keys(HEBREW)), fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom(...CONTEXTS))
  .map(([id, f, l, withFirst, context]) => {
    const { first, last } = HEBREW[id]!;
    const surname = last[l % last.length]!;
    const name = withFirst ? `${first[f % first.length]!} ${surname}` : surname;
    const hidden = withFirst ? '[NAME] [NAME]' : '[NAME]';
    return { id, text: context.replace('{}', name), hidden: context.replace('{}', hidden) };
  });

describe('a sponsor’s name in Hebrew script', () => {
  it('Should route the case around them on any site and hide the name, however it is spelled', () => {
    fc.assert(
      fc.property(named, fc.constantFrom('hq', 'plant2', undefined), ({ id, text, hidden }, site) => {
        expect(sponsorsNamedIn(exampleConfig, text, site)).toContain(id);
        expect(maskSponsorNames(exampleConfig, text, site)).toBe(hidden);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('Should find a surname joined to a short word (ו and, ל to, ש that) and hide the name only', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(HEBREW)),
        fc.nat(),
        fc.constantFrom('ו', 'ל', 'ש', 'מ'),
        (id, l, prefix) => {
          const last = HEBREW[id]!.last;
          const text = `דיברתי עם המנהל ${prefix}${last[l % last.length]!} על המשמרת.`;
          expect(sponsorsNamedIn(exampleConfig, text, 'hq')).toContain(id);
          // "וויטפילד" is also Whitfield itself (וו is a w): the whole word hidden is as good.
          expect([`דיברתי עם המנהל ${prefix}[NAME] על המשמרת.`, 'דיברתי עם המנהל [NAME] על המשמרת.']).toContain(
            maskSponsorNames(exampleConfig, text, 'hq'),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('Should read a geresh as the sound Hebrew lacks (ג׳ j, צ׳ ch, ז׳ zh)', () => {
    const config = {
      ...exampleConfig,
      sponsors: [
        ...exampleConfig.sponsors,
        { ...exampleConfig.sponsors[0]!, id: 'cfo', name: 'Charles Jackson (CFO)', email: 'cfo@example.com' },
        { ...exampleConfig.sponsors[0]!, id: 'cto', name: 'Jean Zhukov (CTO)', email: 'cto@example.com' },
      ],
    };
    for (const [text, id] of [
      ['צ׳רלס ג׳קסון לא עונה לנו.', 'cfo'],
      ["צ'ארלס ג'קסון לא עונה לנו.", 'cfo'],
      ['ז׳אן ז׳וקוב לא עונה לנו.', 'cto'],
    ] as const) {
      expect(sponsorsNamedIn(config, text, 'hq')).toContain(id);
      expect(maskSponsorNames(config, text, 'hq')).toBe('[NAME] [NAME] לא עונה לנו.');
    }
  });

  it('Should leave everyday Hebrew alone', () => {
    for (const text of [
      'כבר אמרתי למנהל שהכפר רחוק ואין הסעה.',
      'אנחנו עובדים בכפר ואין לנו כפפות.',
      'ויתרתי על ההפסקה כי לא היה מי שיחליף אותי.',
      'המשמרת של סוף השבוע ארוכה מדי ואף אחד לא עונה.',
      'אוכל בקפטריה קר כל יום, וגם המקרר שבור.',
      'עבדנו עד מאוחר ולא קיבלנו תשלום על הפער.',
      'יש רעש חזק במחסן והאוזניות לא מספיקות.',
      'ולי אין כפפות, ובכפר אין אוטובוס, והמרשם לא הגיע.',
      'שמרנו על הכללים, אבל הרמה של הציוד ירדה.',
    ]) {
      for (const site of ['plant2', 'hq', undefined]) {
        expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
        expect(maskSponsorNames(exampleConfig, text, site)).toBe(text);
      }
    }
  });
});
