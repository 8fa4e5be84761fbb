// Blind round 26: "Diebold Nixdorf", "the Colville River", "my Tic Tacs", "Forza Italia" stored with both words hidden.
import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { PERSON_DEEDS } from './redact-names-words';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 26 hides a capitalised word no list knows right before a hidden name, as that person's given name
 * ("Brayden [NAME] from shipping"): the rule sees only the mark, not the word it hid. Where the hidden word is no
 * surname and no given name the lists know (a firm's second word, "River", "Italia", "Tacs", "High-tech"), and no
 * deed or workplace of a person follows, the pair is a firm, a river, a party, a sweet: the word before is given back
 * ("Diebold [NAME]", as before that round). A listed surname after it ("Brayden Kowalczyk") or a person's deed or
 * place after the pair ("Brayden Zbrzezny from shipping said") keeps both hidden.
 */

const NAME_MARK = mask('NAME', 1);
// What is said only of a person after the pair: where they work, who they are with, what they did to someone.
const PERSON_AFTER = lazyPattern(
  String.raw`^[ \t]*(?:[,(][ \t]*)?(?:from|on|in|at|who|whose|and|or|&|n|is[ \t]+(?:always|never|rude|mean|late)|was[ \t]+(?:always|never|rude|mean|late)|never|always|just|still|takes|took|makes|made|gives|gave|calls|called|treats|treated|talks|talked|works|worked|sleeps|slept|drinks|drank|comes|came|goes|went|wants|wanted|leaves|left|walks|walked|drives|drove|${PERSON_DEEDS.join('|')})(?![\p{L}])`,
  'u',
);

/** Whether the hidden `word` is one the lists know as a person's: a surname, or a given name that is no word. */
const isListedPersonWord = (word: string) => {
  const lower = word.toLowerCase();
  return isCommonSurname(lower) || (isGivenName(lower) && !isWordlikeName(lower));
};

/** `out` with the unlisted capitalised word before an unlisted hidden word given back (see above). */
export function keepWordsBeforeUnlistedHidden(read: string, out: string, premasked: string): string {
  if (!out.includes(` ${NAME_MARK}`)) return out;
  const spans = maskedSpans(out).filter((s) => s.kind === 'NAME');
  let kept = out;
  for (let i = 0; i + 1 < spans.length; i++) {
    const first = spans[i]!;
    const second = spans[i + 1]!;
    if (second.start !== first.end + 1 || read[first.end] !== ' ') continue;
    const before = read.slice(first.start, first.end);
    const hidden = read.slice(second.start, second.end);
    // Latin letters only: "Ирина [NAME]" is a given name before a patronymic, which the Cyrillic lists read.
    if (
      !/^\p{Lu}\p{Ll}{2,}$/u.test(before) ||
      !/^\p{Script=Latin}+$/u.test(before) ||
      isGivenName(before.toLowerCase()) ||
      isCommonSurname(before.toLowerCase())
    )
      continue;
    // Redacting a second time, the hidden word is the placeholder the first time left: the first time gave the word
    // before it back only where the pair was no person's, and gives the same back again.
    const placeholder = MASKED.test(premasked.slice(second.start, second.end));
    // Only a word of English hidden after it ("River", "High-tech"): a hidden word no list knows may be the surname
    // ("Diosdado Maduro", "Sherri Tenpenny", "Gigi Hadid" stay hidden whole).
    const english = hidden.split('-').every((part) => isEnglishWord(part.toLowerCase()));
    if (
      !placeholder &&
      (!/^\p{Lu}/u.test(hidden) || /\s/u.test(hidden) || !english || isListedPersonWord(hidden.replace(/['’]s$/u, '')))
    )
      continue;
    if (PERSON_AFTER.get().test(read.slice(second.end, second.end + 40))) continue;
    if (MASKED.test(premasked.slice(first.start, first.end))) continue;
    kept = kept.slice(0, first.start) + read.slice(first.start, first.end) + kept.slice(first.end);
  }
  return kept;
}
