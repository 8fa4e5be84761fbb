import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, item 3: a first name alone on the sponsor's site counts in Latin
// script ("Lee blocked the exit" from Plant 2); in Arabic or Hebrew script it
// did not ("لي أغلق مخرج الطوارئ"), as those scripts have no capitals and the
// matcher asked for one. It must count, without taking "to me" (لي, לי) for Lee.

/** First names of the example config as Arabic and Hebrew writers spell them. */
const SPELLINGS: Record<string, { ar: string[]; he: string[] }> = {
  coo: { ar: ['دانا', 'دانة', 'دَانَا'], he: ['דנה', 'דאנה', 'דַנָה'] },
  chro: { ar: ['سام'], he: ['סם', 'סאם'] },
  'plant2-gm': { ar: ['لي'], he: ['לי'] },
  ceo: { ar: ['أليكس', 'اليكس', 'ألكس'], he: ['אלכס', 'אלקס'] },
};

const CONTEXTS = {
  ar: {
    opening: ['{} أغلق مخرج الطوارئ بالمنصات.', 'الوردية الليلية سيئة. {} يصرخ علينا كل يوم.'],
    titled: ['المدير {} يصرخ علينا كل يوم.', 'قلت للسيد {} إن المخرج مغلق.'],
  },
  he: {
    opening: ['{} חסם את יציאת החירום.', 'המשמרת קשה. {} צועק עלינו כל יום.'],
    titled: ['המנהל {} צועק עלינו כל יום.', 'אמרתי למר {} שהיציאה חסומה.'],
  },
};

const named = fc
  .tuple(
    fc.constantFrom(...Object.keys(SPELLINGS)),
    fc.constantFrom('ar' as const, 'he' as const),
    fc.nat(),
    fc.constantFrom('opening' as const, 'titled' as const),
    fc.nat(),
  )
  .map(([id, script, pick, where, which]) => {
    const spellings = SPELLINGS[id]![script];
    const name = spellings[pick % spellings.length]!;
    const contexts = CONTEXTS[script][where];
    const context = contexts[which % contexts.length]!;
    return { id, text: context.replace('{}', name), hidden: context.replace('{}', '[NAME]') };
  });

describe('a sponsor’s first name alone in Arabic or Hebrew script', () => {
  it('Should route the case around them on their site, and hide the name', () => {
    fc.assert(
      fc.property(named, ({ id, text, hidden }) => {
        expect(sponsorsNamedIn(exampleConfig, text, 'plant2')).toContain(id);
        expect(maskSponsorNames(exampleConfig, text, 'plant2')).toBe(hidden);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('Should not read a first name off their site', () => {
    expect(sponsorsNamedIn(exampleConfig, 'لي أغلق مخرج الطوارئ.', 'hq')).toEqual([]);
    expect(sponsorsNamedIn(exampleConfig, 'לי חסם את יציאת החירום.', 'hq')).toEqual([]);
  });

  it('Should not take “to me”, “no” or “toxic” for a sponsor', () => {
    for (const text of [
      'قال لي المشرف إنه لا يوجد وقت للاستراحة.',
      'لا أحد يستمع لنا، والمخرج مغلق دائما.',
      'هناك غاز سام في المستودع ولا توجد كمامات.',
      'اشتكيت على المدير ولم يرد علي أحد.',
      'صرخ علينا أمام الجميع وقال لي أن أسكت.',
      'הוא אמר לי ללכת הביתה ולא לחזור.',
      'אין לי כפפות ואף אחד לא עונה לי.',
      'המנהל צעק עלינו מול כולם, זה לא בסדר.',
      'יש לי בעיה עם השעות, לא משלמים לנו על שעות נוספות.',
    ]) {
      for (const site of ['plant2', 'hq', undefined]) {
        expect(sponsorsNamedIn(exampleConfig, text, site)).toEqual([]);
        expect(maskSponsorNames(exampleConfig, text, site)).toBe(text);
      }
    }
  });
});
