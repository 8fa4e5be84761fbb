import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { fold, foldPattern } from '../../../shared/analysis/urgency/normalise';
import { hindi } from '../../../shared/analysis/urgency/other-languages/hi';
import { nepali } from '../../../shared/analysis/urgency/other-languages/ne';
import type { OtherLanguage } from '../../../shared/analysis/urgency/other-languages/table';

/*
 * Devanagari writes most vowels as signs on a letter. Folding once dropped them, so two words became one: "खाना बहुत"
 * (the food is very) read as "खून बह" (blood flows), "आगे लगी" (stood ahead) as "आग लगी" (fire broke out), "मीरा ने
 * मेरा" as "मारा" (beat). Folding now keeps the signs (blind round 30). Every phrase rule of the Devanagari tables (Hindi
 * and Nepali) is run alone, with no calm look-alike blanked first, on everyday calm sentences full of words whose
 * letters are near a danger's: none may match. The detector reads each calm too, alone and joined with others.
 */
const CALM = [
  'आज का खाना बहुत अच्छा था',
  'लाइन में सबसे आगे लगी थी मैं',
  'मीरा ने मेरा टिफिन खाया',
  'बॉस का फैसला अच्छा है, सब खुश हैं',
  'कृपया इस बात पर गौर करें कि छुट्टियाँ कम हैं',
  'बगीचे में मोर नाच रहा था',
  'जल्दी छुट्टी मिल गई, धन्यवाद',
  'गाड़ी आगे खड़ी कर दी है',
  'हमारी टीम आगे बढ़ रही है',
  'मुझे मीठा खाना पसंद है',
  'बाहर बहुत गर्मी है लेकिन अंदर एसी ठीक है',
  'वेतन समय पर मिल गया, शुक्रिया',
  'नया मैनेजर बहुत मददगार है',
  'मेरा भाई गांव गया है',
  'मारुति गाड़ी की सर्विस हो गई',
  'गीता दीदी ने चाय बनाई',
  'आगरा की यात्रा शानदार रही',
  'फसल अच्छी हुई इस साल',
  'मरम्मत का काम पूरा हो गया',
  'गिरीश जी छुट्टी पर हैं',
  'दबाव कम है इस हफ्ते',
  'बहन जी बहुत खुश थीं',
  'जलेबी और समोसा बहुत अच्छे थे',
  'सांसद जी कल आएंगे',
  'होशियार लोग हैं हमारी टीम में',
  'मौसम अच्छा है, आगे भी ऐसा ही रहे',
  'खाना बहाना मत बनाओ, समय पर आओ',
  'मेरी राय में मीटिंग छोटी होनी चाहिए',
  'बेहतर होगा अगर कैंटीन जल्दी खुले',
  'आजको खाना मिठो थियो',
  'हिजो भेला राम्रो भयो',
  'कामदारहरू खुसी छन्',
];

// A rule's alternatives at its top level ("a|(?:b|c)d" is "a" and "(?:b|c)d"): each is one phrase rule.
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, source.slice(from)];
}

// A phrase rule as its table compiles it (other-languages/index.ts): folded, between word edges.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const rulesOf = (language: OtherLanguage) =>
  [...Object.entries(language.urgent), ...Object.entries(language.described ?? {})].flatMap(([category, sources]) =>
    (sources ?? []).flatMap((source) =>
      alternatives(source).map((part) => ({
        name: `${language.code} ${category}: ${part.slice(0, 40)}`,
        pattern: new RegExp(`${START}(?:${foldPattern(part)})${END}`, 'u'),
      })),
    ),
  );
const RULES = [...rulesOf(hindi), ...rulesOf(nepali)];

describe('Devanagari rules and calm Hindi and Nepali sentences', () => {
  it('Should split each Devanagari table into many phrase rules', () => {
    expect(RULES.length).toBeGreaterThan(40);
  });

  it.each(CALM)('No Devanagari phrase rule matches the calm "%s"', (text) => {
    const folded = fold(text);
    expect(RULES.filter(({ pattern }) => pattern.test(folded)).map(({ name }) => name)).toEqual([]);
  });

  it.each(CALM)('Should read "%s" as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('Should read calm sentences joined in any order as calm', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CALM), { minLength: 2, maxLength: 4 }),
        fc.constantFrom('। ', ', ', '\n', ' '),
        (parts, joint) => {
          expect(detectUrgency(parts.join(joint)).urgent).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    ['आज का खाना बहुत अच्छा था', 'सुपरवाइज़र ने मारा, उसके सिर से खून बह रहा है'],
    ['लाइन में सबसे आगे लगी थी मैं', 'गोदाम में आग लगी है, दो लोग अंदर फंसे हैं'],
    ['मीरा ने मेरा टिफिन खाया', 'मैनेजर ने धमकी दी कि जान से मार देगा'],
  ])('Should keep a report urgent beside a calm look-alike ("%s" before "%s")', (calm, report) => {
    expect(detectUrgency(`${calm}। ${report}`).urgent).toBe(true);
  });

  // Words that differ only in a vowel sign fold apart; a long and a short i or u, and the nasal dots, fold together.
  it.each([
    ['खाना', 'खून'],
    ['आगे', 'आग'],
    ['मीरा', 'मारा'],
    ['मेरा', 'मारा'],
    ['फैसला', 'फंसा'],
    ['गौर', 'गिर'],
    ['मोर', 'मर'],
  ])('Should fold "%s" and "%s" apart', (a, b) => {
    expect(fold(a)).not.toBe(fold(b));
  });

  it.each([
    ['नहीं', 'नही'],
    ['धुआँ', 'धुआं'],
    ['फँस', 'फंस'],
    ['पीटा', 'पिटा'],
    ['ज़मीन', 'जमीन'],
  ])('Should fold "%s" and "%s" together', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });
});
