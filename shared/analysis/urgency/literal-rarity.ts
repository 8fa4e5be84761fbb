import type { LanguageProfileFile } from '../language-profile';
import { LANGUAGE_PROFILES_JSON } from '../language-profiles.generated';
import { LANGUAGES } from './languages';

/*
 * How often a literal turns up in text, guessed from the language profiles' letter sequences (the fitted costs of
 * the commonest 1-, 2- and 3-letter sequences of each Latin-script language): a rule's gate is chosen by it when
 * `npm run build:urgency` writes the literal table. The longest literal a pattern needs was the gate before, and for
 * many rules that was a function word (" with ", " on the ", " in "): such a rule was asked of half the texts, and
 * matched almost none. Any of a pattern's required sets is exact (a text holding none of it cannot match), so the
 * choice changes only how often a rule is asked, never what it finds. Read at build time only.
 *
 * The profiles' chains of two letters underrate whole common words ("with", "the": each letter is guessed from the
 * two before it only), so the words of a literal that are some language's function words (types.ts,
 * functionWords) are counted as always there: a literal of function words alone is common, and any other is as rare
 * as its rarest other word.
 */

/** The chance of a literal of function words alone ("with the", " in "), at a position of a text. */
const FUNCTION_WORDS_ONLY = 1e-2;
/** Cost units per nat, as the profiles store them (language-profile.ts). */
const COST_SCALE = 10;
/**
 * The least cost of a letter after a sequence a language does not keep (in cost units): an unknown continuation is
 * at best one of a few letters, never certain.
 */
const UNSEEN_STEP = 20;
/**
 * The cost of a space on its own, which the profiles do not keep (they pad each word with one): a word of four or
 * five letters has about fourteen sequences of one to three letters and one start, so a space costs about ln 14.5.
 */
const SPACE_COST = 27;

// Anything but a letter or a space.
const OTHER = /[^\p{L} ]/u;

/** The chance a literal turns up at one position of a text, in the language where it is commonest (0 to 1). */
export type Rarity = (literal: string) => number;

let profiles: { costs: Record<string, number>; unkept: number }[] | null = null;
const chances = new Map<string, number>();

/**
 * The chance of each literal: that of its rarest word other than a function word (a common one when it has none);
 * a word's is its first letter's chance, then each next letter's given the one or two before it (the profiles'
 * sequence costs, one denominator for all lengths), in the profiled language that makes it likeliest.
 *
 * @example
 * literalChance(' with ') > literalChance('trapped ') // true
 */
export const literalChance: Rarity = (literal) => {
  let chance = chances.get(literal);
  if (chance === undefined) chances.set(literal, (chance = literalChanceOf(literal)));
  return chance;
};

let functionWords: ReadonlySet<string> | null = null;

function literalChanceOf(literal: string): number {
  functionWords ??= new Set(LANGUAGES.flatMap((language) => language.functionWords?.split(' ') ?? []));
  const words = literal.split(WORD_GAP).filter(Boolean);
  const others = words.filter((word) => !functionWords!.has(word));
  if (words.length && !others.length) return FUNCTION_WORDS_ONLY;
  if (!words.length) return chanceOf(literal);
  return Math.min(...others.map(chanceOf));
}

// What separates words in a literal: anything but a letter or an apostrophe ("don't" is one word).
const WORD_GAP = /[^\p{L}']+/u;

function chanceOf(literal: string): number {
  profiles ??= languageProfiles();
  let best = Number.POSITIVE_INFINITY;
  for (const { costs, unkept } of profiles) {
    const cost = (gram: string): number => (gram === ' ' ? SPACE_COST : (costs[gram] ?? unkept));
    let total = cost(literal.slice(0, 1));
    for (let i = 1; i < literal.length; i += 1) {
      const gram = literal.slice(Math.max(0, i - 2), i + 1);
      const known = costs[gram];
      const before = cost(gram.slice(0, -1));
      // The profiles keep letters only: an apostrophe, a digit or a dash, and the letter after it, cost a plain step.
      if (known === undefined && OTHER.test(gram)) total += UNSEEN_STEP;
      else total += known === undefined ? Math.max(UNSEEN_STEP, unkept - before) : Math.max(0, known - before);
    }
    best = Math.min(best, total);
  }
  return Math.exp(-best / COST_SCALE);
}

/*
 * Each profile's kept sequences, and what one it does not keep costs: no less than the dearest it keeps (it kept
 * the commonest), which is nearer the truth for most than the cost of a sequence never seen at all.
 */
function languageProfiles(): { costs: Record<string, number>; unkept: number }[] {
  const file = JSON.parse(LANGUAGE_PROFILES_JSON) as LanguageProfileFile;
  return Object.values(file.costs).map((costs) => ({
    costs,
    unkept: Math.max(...Object.values(costs)),
  }));
}
