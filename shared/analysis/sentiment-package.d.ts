// The `sentiment` package ships AFINN-165 and its emoji ranking as JSON,
// reached through this CommonJS module (importing the JSON itself breaks under
// tsx: AFINN has keys such as "protected" that tsx turns into variables).
declare module 'sentiment/lib/language-processor.js' {
  const languageProcessor: {
    /** AFINN-165 valences (-5..5) with the Emoji Sentiment Ranking merged in. */
    getLabels(languageCode: 'en'): Record<string, number>;
  };
  export default languageProcessor;
}
