import { isGivenName, isWordlikeName } from './given-names';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Turkish writes a person's case ending after an apostrophe: "Kemal'in kardeşi" (Kemal's brother), "Zeynep'e
 * söyledim" (I told Zeynep), "Elif'le konuştum" (I talked with Elif), "Mehmet'in yüzünden". The apostrophe and a case
 * ending after a capitalised word mark a proper noun, a person or a place ("İstanbul'da", "Ankara'da"); a name the
 * lists know is a person's, so it is hidden and its ending kept ("[NAME]'in"). A blind tester found every such name
 * shown (round 16), even after a role ("vardiya amiri Mehmet'in").
 */

// The case endings, with the buffer letters: genitive, dative, locative, ablative, accusative, instrumental, plural.
const ENDING = String.raw`(?:n?[ıiuü]n|y?[ae]|[dt][ae]|[dt][ae]n|y?[ıiuü]|y?l[ae]|l[ae]r(?:[ıi]n?)?|n[ıiuü]n|ki|y?d[ıiuü]|y?ken|ce|ca)`;
const NAME_WITH_ENDING = lazyPattern(String.raw`(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}{2,})['’]${ENDING}(?![\p{L}])`, 'gu');

/** Hides a known given name or surname written with a Turkish case ending after an apostrophe. */
export const maskTurkishNamesWithEndings: Rule = (text) => {
  if (!text.includes("'") && !text.includes('’')) return text;
  let out = text;
  for (const m of text.matchAll(NAME_WITH_ENDING.get())) {
    const name = m[1]!;
    const lower = name.toLocaleLowerCase('tr');
    if (!((isGivenName(lower) && !isWordlikeName(lower)) || isCommonSurname(lower))) continue;
    out = out.slice(0, m.index) + mask('NAME', name.length) + out.slice(m.index + name.length);
  }
  return out;
};
