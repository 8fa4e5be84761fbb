import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSponsorNames, sponsorsNamedIn } from '../../../shared/domain/conflicts';
import { exampleConfig } from '../../support/fixtures';
import { expectNamedAndHidden, expectNoSponsorIn, personal } from '../../support/sponsor-names';

// Issue 14, item 3: "ली मार्श" (Hindi) and "리 마쉬" (Korean) on a Plant 2 case
// reached Lee Marsh, the name kept in the stored text. A sponsor's name in an
// Indic script or in Hangul, by the usual ways of spelling it there, must
// send the case around them and be hidden whole.

/** The example config's name parts as Hindi, Bengali, Tamil, Gurmukhi, Malayalam and Korean writers spell them. */
const SPELLINGS: Record<string, Record<string, string[]>> = {
  devanagari: {
    dana: ['डाना', 'डेना', 'डैना', 'दाना'],
    whitfield: ['व्हिटफ़ील्ड', 'व्हिटफील्ड', 'विटफ़ील्ड', 'व्हिटफिल्ड'],
    sam: ['सैम', 'साम'],
    okafor: ['ओकाफ़ोर', 'ओकाफोर', 'ओकफ़ोर'],
    lee: ['ली'],
    marsh: ['मार्श', 'मार्ष', 'मर्श'],
    alex: ['एलेक्स', 'अलेक्स', 'ऐलेक्स'],
    romero: ['रोमेरो', 'रोमीरो'],
  },
  bengali: {
    dana: ['ডানা', 'ডেনা'],
    whitfield: ['হুইটফিল্ড'],
    sam: ['স্যাম'],
    okafor: ['ওকাফোর'],
    lee: ['লী', 'লি'],
    marsh: ['মার্শ'],
    alex: ['অ্যালেক্স', 'অ্যালেক্স'],
    romero: ['রোমেরো'],
  },
  tamil: {
    dana: ['டானா'],
    whitfield: ['விட்ஃபீல்ட்'],
    sam: ['சாம்'],
    okafor: ['ஒகாஃபோர்'],
    lee: ['லீ'],
    marsh: ['மார்ஷ்'],
    alex: ['அலெக்ஸ்'],
    romero: ['ரொமேரோ'],
  },
  gurmukhi: {
    dana: ['ਡਾਨਾ'],
    whitfield: ['ਵ੍ਹਿਟਫੀਲਡ', 'ਵਿਟਫੀਲਡ'],
    sam: ['ਸੈਮ'],
    okafor: ['ਓਕਾਫੋਰ'],
    lee: ['ਲੀ'],
    marsh: ['ਮਾਰਸ਼'],
    alex: ['ਐਲੇਕਸ'],
    romero: ['ਰੋਮੇਰੋ'],
  },
  malayalam: {
    dana: ['ഡാന'],
    whitfield: ['വിറ്റ്ഫീൽഡ്'],
    sam: ['സാം'],
    okafor: ['ഒകാഫോർ'],
    lee: ['ലീ'],
    marsh: ['മാർഷ്'],
    alex: ['അലക്സ്'],
    romero: ['റൊമേറോ'],
  },
  hangul: {
    dana: ['데이나', '다나', '대나'],
    whitfield: ['휘트필드', '휫필드', '위트필드'],
    sam: ['샘', '새뮤'],
    okafor: ['오카포', '오카포르'],
    lee: ['리'],
    marsh: ['마쉬', '마시', '마르시', '마슈'],
    alex: ['알렉스', '앨릭스'],
    romero: ['로메로'],
  },
};

/** What comes around the name, in the script's own language. */
const AROUND: Record<string, { after: string[]; rest: string[] }> = {
  devanagari: { after: [' ने ', ' जी ने ', ' '], rest: ['आपातकालीन निकास बंद कर दिया।', 'हम पर चिल्लाया।'] },
  bengali: { after: [' ', ' আবার '], rest: ['জরুরি বহির্গমন বন্ধ করেছে।'] },
  tamil: { after: [' '], rest: ['அவசர வழியை மூடினார்.'] },
  gurmukhi: { after: [' ਨੇ ', ' '], rest: ['ਐਮਰਜੈਂਸੀ ਦਰਵਾਜ਼ਾ ਬੰਦ ਕਰ ਦਿੱਤਾ।'] },
  malayalam: { after: [' '], rest: ['അടിയന്തര വാതിൽ അടച്ചു.'] },
  hangul: { after: ['가 ', ' 씨가 ', '이 ', ' 님이 ', ' '], rest: ['비상구를 막았다.', '우리에게 소리를 질렀어요.'] },
};

const written = fc
  .tuple(
    fc.constantFrom(...exampleConfig.sponsors),
    fc.constantFrom(...Object.keys(SPELLINGS)),
    fc.infiniteStream(fc.nat()),
    fc.boolean(),
    fc.constantFrom('Yesterday ', ''),
  )
  .map(([sponsor, script, choices, surnameOnly, lead]) => {
    const parts = personal(sponsor.name).toLowerCase().split(' ');
    const words = (surnameOnly ? parts.slice(-1) : parts).map((p) => {
      const spellings = SPELLINGS[script]![p]!;
      return spellings[choices.next().value % spellings.length]!;
    });
    const { after, rest } = AROUND[script]!;
    const pick = (xs: string[]) => xs[choices.next().value % xs.length]!;
    // Hangul particles join the name; the Korean honorifics with a space come after the whole name.
    const text = `${lead}${words.join(' ')}${pick(after)}${pick(rest)}`;
    return { sponsor, words, text };
  });

describe('a sponsor named in an Indic script or in Hangul', () => {
  it('Should route the case around them and hide every word of their name, however it is spelled', async () => {
    await fc.assert(
      // As a word of its own: "ली" is also a syllable of आपातकालीन; Korean particles join the name (리가).
      fc.asyncProperty(written, ({ sponsor, words, text }) =>
        expectNamedAndHidden(text, sponsor.id, words, (stored, w) =>
          new RegExp(`(?<![\\p{L}\\p{M}])${w}(?!\\p{M})`, 'u').test(stored),
        ),
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('Should read a first name alone only on a site of theirs, where it stands as a name', () => {
    for (const text of [
      'ली ने फिर से रास्ता रोका।',
      'श्री ली हम पर चिल्लाए।',
      '리가 비상구를 막았다.',
      '공장장 리가 또 소리쳤다.',
    ]) {
      expect(sponsorsNamedIn(exampleConfig, text, 'plant2')).toContain('plant2-gm');
      expect(sponsorsNamedIn(exampleConfig, text, 'hq')).not.toContain('plant2-gm');
      expect(maskSponsorNames(exampleConfig, text, 'plant2')).toContain('[NAME]');
    }
  });

  it('Should not take everyday Hindi or Korean for a sponsor', () => {
    expectNoSponsorIn(
      [
        'मैंने कल छुट्टी ले ली थी, फिर भी मैनेजर ने फोन किया।',
        'हमें सम संख्या में शिफ्ट मिलती हैं और सामान भारी है।',
        'मशीन खराब है, मार्च से कोई मरम्मत नहीं हुई। लाइन बहुत लंबी है।',
        'दाना पानी का ध्यान नहीं, कैंटीन गंदी है और रोटी ठंडी मिलती है।',
        'मुझे छुट्टी के पैसे देना बंद कर दिया। अब काम करना मुश्किल है।',
        'दाना पानी का इंतज़ाम नहीं है।',
        '그럴 리가 없다고 했지만 야근이 계속된다.',
        '삼 일 동안 야근했어요. 샘이 마른 것처럼 힘이 없어요.',
        '마스크가 없고 라인이 너무 빨라요. 매니저가 무시해요.',
        '샘물이 안 나와요. 화장실도 더럽고 에어컨도 고장났어요.',
        '리더가 규칙을 안 지켜요. 스트레스가 심해요.',
        '마감이 너무 빡빡하고 쉬는 시간이 없어요.',
      ],
      ['plant2', 'hq', undefined],
    );
  }, 30_000);
});

describe('a surname respelled in Latin script', () => {
  const slips = fc
    .tuple(fc.constantFrom(...exampleConfig.sponsors), fc.constantFrom('sound', 'extra'), fc.nat(), fc.boolean())
    .map(([sponsor, how, at, withFirst]) => {
      const [first, last] = personal(sponsor.name).split(' ') as [string, string];
      const sound: Record<string, string> = {
        Whitfield: 'Whitfeild',
        Okafor: 'Okafore',
        Marsh: 'Marsch',
        Romero: 'Rommero',
      };
      // One letter written twice, anywhere in the surname.
      const i = 1 + (at % (last.length - 1));
      const slipped = how === 'sound' ? sound[last]! : last.slice(0, i) + last[i - 1] + last.slice(i);
      return { sponsor, slipped, text: `${withFirst ? `${first} ` : ''}${slipped} blocked the fire exit again.` };
    });

  it('Should route around the sponsor and hide the slipped name', () => {
    fc.assert(
      fc.property(slips, ({ sponsor, slipped, text }) => {
        for (const site of ['hq', undefined]) {
          expect(sponsorsNamedIn(exampleConfig, text, site)).toContain(sponsor.id);
          expect(maskSponsorNames(exampleConfig, text, site)).not.toContain(slipped);
        }
      }),
      { numRuns: 200 },
    );
    for (const text of ['Marshe yelled at us', 'lee marrsh yelled at us'])
      expect(maskSponsorNames(exampleConfig, text, 'hq')).toMatch(/^\[NAME\]/);
  });

  it('Should not take the words a missing or changed letter makes for the surname', () => {
    for (const text of [
      'We get a Mars bar at break.',
      'A harsh shift, the mash was cold.',
      'Les romans de mars sont bons.',
    ])
      expect(sponsorsNamedIn(exampleConfig, text, 'hq')).toEqual([]);
  });
});
