import type { ConceptLexicon } from './frames';

/** Why feedback needs someone's attention today rather than in the weekly digest. */
export const URGENCY_CATEGORIES = ['safety', 'harassment', 'discrimination', 'fraud', 'threat', 'self-harm'] as const;
export type UrgencyCategory = (typeof URGENCY_CATEGORIES)[number];

/**
 * Which characters a language is written in. The matcher runs a language's
 * rules only on text containing that script, and draws word boundaries to suit
 * it: around words for Latin script, after clitics for Arabic, nowhere for
 * Chinese (no spaces between words).
 */
export type Script = 'latin' | 'han' | 'arabic';

export interface UrgencyRule {
  category: UrgencyCategory;
  /**
   * A regular expression source, written in lower case with or without
   * diacritics (both sides are folded the same way before matching).
   */
  source: string;
  /**
   * A mention that a negation just before cancels: "no harassment here",
   * "ningún problema de seguridad". Rules that contain their own negation
   * ("no PPE", "sin arnés") leave this off.
   */
  negatable?: boolean;
  /**
   * Blank out the matched words once this rule has matched, so later rules do
   * not read them again: "told me to kill myself" is harassment, and its
   * "kill myself" is not the writer's self-harm.
   */
  consumes?: boolean;
}

/** Everything the detector knows about one language: adding a language is one such file. */
export interface UrgencyLanguage {
  /** ISO 639-1 code, as the language detector reports it. */
  code: string;
  name: string;
  script: Script;
  rules: UrgencyRule[];
  /** Cues (a regular expression source) that, just before a negatable mention, cancel it. */
  negation: string;
  /**
   * Idioms that use danger words harmlessly ("me muero de risa", "killing
   * it"): blanked out before any rule runs.
   */
  benign?: string[];
  /** Words for the concepts that the structural frames combine (see frames.ts). */
  concepts?: ConceptLexicon;
  /** Concept stems may start inside a word (German compounds, Polish prefixed verbs, Arabic). */
  infixStems?: boolean;
  /**
   * Common words of a Latin-script language (space-separated, folded): its
   * frames run only on text that uses them. Without them they always run.
   */
  functionWords?: string;
}

export const rule = (
  category: UrgencyCategory,
  source: string,
  options: Pick<UrgencyRule, 'negatable' | 'consumes'> = {},
): UrgencyRule => ({
  category,
  source,
  ...options,
});
