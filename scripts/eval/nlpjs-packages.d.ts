// The few parts of the nlp.js packages (plain JavaScript, no types) that the
// eval's package baseline uses (scripts/eval/nlpjs-sentiment.ts).
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module '@nlpjs/sentiment' {
  export class SentimentAnalyzer {
    constructor(settings: { container: import('@nlpjs/core').Container });
    process(input: { locale: string; text: string }): Promise<{ sentiment: { score: number; vote: string } }>;
  }
}
declare module '@nlpjs/lang-es' {
  export const LangEs: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
