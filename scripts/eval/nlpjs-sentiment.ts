/**
 * The nlp.js sentiment lexicons (`@nlpjs/lang-es`: ML-Senticon, stemmed;
 * `@nlpjs/lang-fr`: the Pattern lexicon), the maintained npm packages that
 * `npm run eval -- --languages` measures the project's own Spanish and
 * French lexicons against. A dev dependency only: nothing at run time loads
 * it. Returns `undefined` when the packages are not installed or do not know
 * the language, so the eval still runs without them.
 *
 * @example
 * const score = await nlpjsScorer('es');
 * await score?.('El supervisor nos grita') // a number below 0
 */
export async function nlpjsScorer(language: string): Promise<((text: string) => Promise<number>) | undefined> {
  try {
    const [{ containerBootstrap }, { SentimentAnalyzer }, { LangEs }, { LangFr }] = await Promise.all([
      import('@nlpjs/core'),
      import('@nlpjs/sentiment'),
      import('@nlpjs/lang-es'),
      import('@nlpjs/lang-fr'),
    ]);
    const languages: Record<string, unknown> = { es: LangEs, fr: LangFr };
    if (!languages[language]) return undefined;
    const container = await containerBootstrap();
    container.use(languages[language]);
    const analyzer = new SentimentAnalyzer({ container });
    return async (text) => (await analyzer.process({ locale: language, text })).sentiment.score;
  } catch {
    return undefined;
  }
}
