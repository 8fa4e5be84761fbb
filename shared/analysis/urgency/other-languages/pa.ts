import type { OtherLanguage } from './table';

/*
 * Punjabi in Gurmukhi, read on any text in its letters (blind round 30; read by nothing before): "ਅੱਗ ਲੱਗ ਗਈ", "ਖੂਨ
 * ਵਗ ਰਿਹਾ", "ਬੇਹੋਸ਼", "ਜਾਨੋਂ ਮਾਰ ਦੇਵੇਗਾ". Folding keeps the vowel signs and drops the doubling mark and nasal dots
 * ("ਅੱਗ" reads "ਅਗ"). A song that "is fire" ("ਇਹ ਗੀਤ ਅੱਗ ਹੈ") and dying of hunger are no emergency.
 */
export const punjabi: OtherLanguage = {
  code: 'pa',
  name: 'Punjabi',
  script: /\p{Script=Gurmukhi}/u,
  bounds: 'word',
  negation: String.raw`ਨਹੀਂ|ਨਾ|ਬਿਨਾਂ`,
  story: String.raw`ਫਿਲਮ\S*|ਫ਼ਿਲਮ\S*|ਸੀਰੀਅਲ|ਗੇਮ|ਕਹਾਣੀ|ਖ਼ਬਰ\S*|ਖਬਰ\S*`,
  fixed: String.raw`ਠੀਕ ਹੋ ਗਿਆ|ਠੀਕ ਹੋ ਗਈ|ਠੀਕ ਕਰ ਦਿੱਤਾ|ਬੁਝਾ ਦਿੱਤੀ|ਬੁਝ ਗਈ`,
  still: String.raw`ਫਿਰ ਤੋਂ|ਦੁਬਾਰਾ|ਹਾਲੇ ਵੀ|ਅਜੇ ਵੀ`,
  calm: [String.raw`ਫਾਇਰ ਡ੍ਰਿਲ|ਫਾਇਰ ਡਰਿੱਲ|ਡ੍ਰਿਲ|ਅਭਿਆਸ|ਸਿਖਲਾਈ|ਖੂਨਦਾਨ|(?:ਭੁੱਖ|ਗਰਮੀ|ਹੱਸ ਹੱਸ) (?:ਨਾਲ |ਕੇ )?ਮਰ\S*`],
  cries: String.raw`ਬਚਾਓ|ਮਦਦ ਕਰੋ|ਅੱਗ`,
  urgent: {
    safety: [
      String.raw`ਅੱਗ (?:ਲੱਗ ਗਈ|ਲੱਗੀ|ਲੱਗੀ ਹੈ|ਫੈਲ ਰਹੀ)|ਧੂੰਆਂ|ਧੂਆਂ|ਗੈਸ (?:ਲੀਕ|ਦੀ ਬਦਬੂ)`,
      String.raw`ਖੂਨ (?:ਵਗ|ਨਿਕਲ)\S*|ਬੇਹੋਸ਼|ਸਾਹ ਨਹੀਂ|ਹਿੱਲ ਨਹੀਂ ਰਿਹਾ|ਹਿੱਲ ਨਹੀਂ ਰਹੀ|(?:ਪੌੜੀ|ਛੱਤ|ਉੱਪਰ|ਉਪਰ)\S* (?:ਤੋਂ|ਤੋ) ਡਿੱਗ (?:ਪਿਆ|ਗਿਆ|ਪਈ|ਗਈ)|ਫਸ (?:ਗਿਆ|ਗਈ|ਗਏ)|ਫਸੇ (?:ਹਨ|ਹੋਏ)|ਫਸਿਆ|ਕਰੰਟ (?:ਲੱਗ|ਲਗ)\S*`,
    ],
    weapon: [String.raw`(?:ਚਾਕੂ|ਛੁਰਾ|ਬੰਦੂਕ|ਪਿਸਤੌਲ) (?:\S+ )?(?:ਕੱਢ|ਦਿਖਾ|ਲੈ ਕੇ|ਮਾਰ)\S*|ਗੋਲੀ (?:ਚਲਾ|ਮਾਰ|ਚੱਲ)\S*`],
    threat: [
      String.raw`ਜਾਨੋਂ ਮਾਰ\S*|ਜਾਨ ਤੋਂ ਮਾਰ\S*|ਮਾਰ (?:ਦੇਵੇਗਾ|ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦੇਣਗੇ)|ਧਮਕੀ (?:ਦਿੱਤੀ|ਦੇ ਰਿਹਾ|ਦਿੰਦਾ)|ਕੁੱਟਿਆ|ਕੁੱਟ ਰਿਹਾ|ਕੁੱਟਮਾਰ|ਥੱਪੜ (?:ਮਾਰਿਆ|ਮਾਰ)`,
    ],
    harassment: [String.raw`ਛੇੜਛਾੜ|ਬਲਾਤਕਾਰ|ਜਿਨਸੀ ਸ਼ੋਸ਼ਣ|ਗਲਤ ਤਰੀਕੇ ਨਾਲ ਛੂਹ\S*`],
    'self-harm': [String.raw`ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ|ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ\S*|ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ\S*|ਮਰਨਾ ਚਾਹੁੰਦ\S*`],
  },
};
