// Blind round 22: "fatima el amrani" read as "[NAME] el amrani": the rest of a surname after its particle.
import { isEnglishWord } from './english-dictionary';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * A surname that opens with a particle ("el Amrani", "al-Hashimi", "bin Salem", "da Silva", "van Dijk") was hidden up
 * to the particle when written small: the given name is known, the particle is a word of its language, and what
 * follows is read alone. Right after a hidden name, the particle and the word after it are the rest of the name:
 * - an Arabic or Berber particle ("el", "al", "bin", "ben", "ibn", "abu", "bint", "binti", "ould", "ait") before a
 *   word no list knows as an everyday word ("[NAME] el amrani", "[NAME] bin salem");
 * - a European one ("de", "da", "dos", "del", "della", "di", "van", "von", "le") only before a known surname
 *   ("[NAME] da silva", "[NAME] van dijk"): before anything else it is a preposition ("[NAME] de almacén",
 *   "[NAME] van de nachtdienst", "[NAME] di turno");
 * - any of them between two hidden names ("[NAME] al [NAME]", "[NAME] da [NAME]").
 */

const NAME_MARK = mask('NAME', 1);
// The gap before the particle is taken too, so that the whole name reads as one "[NAME]".
const AFTER_HIDDEN = lazyPattern(
  String.raw`(?<=${NAME_MARK})([ \t]{1,2})(el|al|bin|ben|ibn|abu|bint|binti|ould|ait|de|da|do|dos|das|del|della|di|van|von|le)([ \t]{1,2}|-)(\p{Ll}[\p{Ll}'’]{2,}|${NAME_MARK}+)(?![\p{L}\p{N}@])`,
  'gu',
);
const ARABIC = new Set(['el', 'al', 'bin', 'ben', 'ibn', 'abu', 'bint', 'binti', 'ould', 'ait']);

function isEverydayWord(lower: string): boolean {
  return (
    ALL_STOPWORDS.has(lower) ||
    NOT_NAMES.has(lower) ||
    ROLE_CUES.has(lower) ||
    DEPARTMENTS.has(lower) ||
    isEnglishWord(lower) ||
    commonWordLanguages(lower) !== undefined
  );
}

/** Masks a surname's particle and its rest after a hidden given name (see above). */
export const maskSurnameParticles: Rule = (text) => {
  if (!text.includes(NAME_MARK)) return text;
  return text.replace(
    AFTER_HIDDEN.get(),
    (whole: string, _before: string, particle: string, _gap: string, rest: string) => {
      const lower = rest.toLowerCase();
      // Between two hidden names the particle joins them ("[NAME] al [NAME]"), whatever its language.
      const surname =
        rest.startsWith(NAME_MARK) ||
        (ARABIC.has(particle) ? !isEverydayWord(lower) : isCommonSurname(lower) && !isEverydayWord(lower));
      return surname ? NAME_MARK.repeat(whole.length) : whole;
    },
  );
};
