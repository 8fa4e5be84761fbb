import { LANGUAGES } from './urgency/languages';
import { compileLanguages, matchCategories } from './urgency/matcher';
import { fold } from './urgency/normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './urgency/types';

export { URGENCY_CATEGORIES, type UrgencyCategory };

export interface Urgency {
  urgent: boolean;
  /** Every category that matched, in the order of URGENCY_CATEGORIES. */
  categories: UrgencyCategory[];
}

const COMPILED = compileLanguages(LANGUAGES);

/**
 * Whether feedback needs urgent attention, and why: safety, harassment,
 * discrimination, fraud, threats of violence, or self-harm, in any of the
 * languages in `urgency/languages.ts`.
 *
 * Independent of sentiment and of the language detector: every language's
 * rules whose script appears in the text run on it, so a Spanish sentence
 * guessed as Portuguese, or an English one with a Tagalog clause, is still
 * read. It looks for events and intentions, not for negative words: "my
 * supervisor keeps touching me and I feel unsafe" is urgent; "this place
 * sucks", insults and swearing alone are not. Never throws.
 *
 * @example
 * detectUrgency('my supervisor keeps touching me and I feel unsafe')
 * // { urgent: true, categories: ['safety', 'harassment'] }
 * detectUrgency('La salida de emergencia está bloqueada otra vez. Es muy peligroso.')
 * // { urgent: true, categories: ['safety'] }
 * detectUrgency('this place sucks and my boss is an idiot')
 * // { urgent: false, categories: [] }
 */
export function detectUrgency(text: string): Urgency {
  return detectRuleUrgency(text);
}

/** The phrase rules and structural frames alone, without the learned model: what `npm run eval` compares against. */
export function detectRuleUrgency(text: string): Urgency {
  if (typeof text !== 'string' || !text) return { urgent: false, categories: [] };
  const found = matchCategories(fold(text), COMPILED);
  const categories = URGENCY_CATEGORIES.filter((category) => found.has(category));
  return { urgent: categories.length > 0, categories };
}
