import { onFirstUse, wordSet } from './built-on-first-use';
import { ENGLISH_WORD_LIST } from './english-words';
import { PROPER_NOUN_LIST } from './proper-nouns';

/*
 * Looks words up in the English word lists beside this file. The everyday
 * list leaves out regular inflections ("walked", "managers", "happier"), so a
 * word is also found through the forms it may come from.
 */

// 18,152 and 8,171 words: built on the first look-up, not at every cold start of a function that may never redact.
const english = onFirstUse(() => wordSet(ENGLISH_WORD_LIST));
const proper = onFirstUse(() => wordSet(PROPER_NOUN_LIST));

/** Remembers answers for words met again (the same words come up in text after text); bounded against floods of invented words. */
function remembered(compute: (lower: string) => boolean): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  return (lower) => {
    let answer = known.get(lower);
    if (answer === undefined) {
      if (known.size > 20_000) known.clear();
      answer = compute(lower);
      known.set(lower, answer);
    }
    return answer;
  };
}

/** Whether a lower-case word is an everyday English word, in any regular form. */
export function isEnglishWord(lower: string): boolean {
  return english().has(lower) || isInflectedEnglishWord(lower);
}

function inflectedFromEnglish(lower: string): boolean {
  const bare = lower.replace(/['’]s$/, '');
  if (bare !== lower && english().has(bare)) return true;
  return baseForms(bare).some((base) => english().has(base));
}

const isInflectedEnglishWord = remembered(inflectedFromEnglish);

/** isEnglishWord without remembering: for the many made-up spellings isNearEnglishWord tries. */
function isEnglishSpelling(lower: string): boolean {
  return english().has(lower) || inflectedFromEnglish(lower);
}

/** Whether a lower-case word is the name of a place, company, product or the like ("chicago", "toyota"). */
export function isProperNoun(lower: string): boolean {
  return proper().has(lower) || proper().has(lower.replace(/['’]s$/, ''));
}

/**
 * Whether a word is one slip away from an everyday English word ("Exellent",
 * "Managment"): a letter missing, extra, wrong or two swapped. Such a word is
 * a typo, not a stranger's name.
 */
export const isNearEnglishWord = remembered((lower: string): boolean => {
  if (lower.length < 5 || !/^[a-z]+$/.test(lower)) return false;
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= lower.length; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (i < lower.length && isEnglishSpelling(head + tail.slice(1))) return true;
    if (i < lower.length - 1 && isEnglishSpelling(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of letters) {
      if (isEnglishSpelling(head + c + tail)) return true;
      if (i < lower.length && c !== tail[0] && isEnglishSpelling(head + c + tail.slice(1))) return true;
    }
  }
  return false;
});

/** The words a regular inflection may come from: "managers" → "manager", "hired" → "hire". */
function baseForms(w: string): string[] {
  const n = w.length;
  const forms: string[] = [];
  if (n > 4 && w.endsWith('ies')) forms.push(`${w.slice(0, -3)}y`);
  if (n > 3 && w.endsWith('es')) forms.push(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) forms.push(w.slice(0, -1));
  if (n > 4 && w.endsWith('ied')) forms.push(`${w.slice(0, -3)}y`);
  if (n > 4 && w.endsWith('ed')) {
    forms.push(w.slice(0, -2), w.slice(0, -1));
    if (w[n - 3] === w[n - 4]) forms.push(w.slice(0, -3));
  }
  if (n > 5 && w.endsWith('ing')) {
    forms.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
    if (w[n - 4] === w[n - 5]) forms.push(w.slice(0, -4));
  }
  if (n > 5 && w.endsWith('ly')) forms.push(w.slice(0, -2));
  if (n > 5 && w.endsWith('er')) {
    forms.push(w.slice(0, -2), w.slice(0, -1));
    if (w[n - 3] === w[n - 4]) forms.push(w.slice(0, -3));
  }
  if (n > 6 && w.endsWith('est')) forms.push(w.slice(0, -3), w.slice(0, -2));
  return forms.filter((f) => f.length >= 3);
}
