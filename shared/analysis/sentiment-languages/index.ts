import { onFirstUse } from '../built-on-first-use';
import { SPANISH } from './es';
import { FRENCH } from './fr';
import { type CompiledRules, compileRules } from './lexicon-lists';
import { type LanguageSentiment, scoreWithRules } from './rules';

/** Languages scored by their own lexicon and rules; every other one is read by the English model. */
const SCORERS: Readonly<Record<string, () => CompiledRules>> = {
  es: onFirstUse(() => compileRules(SPANISH)),
  fr: onFirstUse(() => compileRules(FRENCH)),
};

/** The languages {@link analyseSentimentInLanguage} has a scorer of its own for. */
export const SENTIMENT_LANGUAGES: readonly string[] = Object.keys(SCORERS);

/**
 * Sentiment of a text in the language it was detected in, by that
 * language's lexicon and rules, or `undefined` when the language has none
 * here (the caller then uses the English model). Adding a language is one
 * file like `es.ts` and a line above.
 *
 * @example
 * analyseSentimentInLanguage('Llevo tres meses con horas extra sin pagar', 'es')?.sentiment // 'NEGATIVE'
 * analyseSentimentInLanguage('Understaffed again', 'en') // undefined
 */
export function analyseSentimentInLanguage(text: string, language: string): LanguageSentiment | undefined {
  const rules = SCORERS[language];
  return rules ? scoreWithRules(text, rules()) : undefined;
}
