import { once } from '../runtime/once';
import type * as LanguageGuess from './language';

/**
 * The offline language guess, loaded the first time a text's language is
 * asked: its letter-sequence profiles, stop words and lexicon are about
 * 150 KB of a bundle that most cold starts never use (a submission by the
 * web form, a status look-up, an escalation email already decided), and
 * where the bundle is split they are not even read until then
 * (docs/performance.md). A failed load is tried again on the next call.
 *
 * @example
 * const { detectLanguage } = await languageGuess();
 */
export const languageGuess: () => Promise<typeof LanguageGuess> = once(() => import('./language'));
