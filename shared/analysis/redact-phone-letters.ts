import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 34: a phone number with letters for some of its digits, as a keypad spells them ("my cell is 555-CALL-JEN",
 * "text me at 555-JEN-SMTH", "call me on 07700 NICKYB"). One person's is theirs as much as in digits, and the letters
 * often spell the name: hidden whole as a phone. A business's toll-free number ("call 1-800-FLOWERS", "1-800-GOT-JUNK",
 * "0800-DELIVER") is no one's and stays, unless the writer says it is theirs ("my number is 1-800-…"). Read only after
 * a word for a phone, with three digits or more, three letters or more in capitals, seven to twelve keys in all.
 */
// Each run of capitals is taken whole ((?=(…))\3, an atomic group): "555-867-5309AAAA…" before a letter would
// otherwise be split every way there is before the match fails (the totality test's generated text hung on it).
const SPELLED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}+-])(\+?\d{1,4}(?:[ .-]?\(?\d{2,4}\)?)*)[ .-]?((?:(?=([A-Z]{2,}))\3|\d{1,4})(?:[ .-]?(?:(?=([A-Z]+))\4|\d{1,4}))*)(?![\p{L}\p{N}])`,
  'gu',
);
const PHONE_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:phone|mobile|cell|cellphone|tel|telephone|call|ring|text|sms|whatsapp|dial|number|reach|contact|n[\u00fau]mero|num[\u00e9e]ro|numero|nummer|numer|telefon|handy|tel[\u00e9e]fono|telefone|portable|m[\u00f3o]vil|celular|cellulare|llama|ll[a\u00e1]mame|appelle|liga|chiama|anrufen|ruf)(?![\p{L}])`,
  'iu',
);
const TOLL_FREE = /^(?:\+?1[ .-]?)?\(?(?:800|888|877|866|855|844|833)\)?|^0800|^0808|^1800|^1300|^13\d/u;
// Whose it is: "my cell", "his number", "call me", "text her".
const OWNED = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|his|her|their|our|me|him|them|mine|mi|mon|ma|mein|meine|meu|minha|mio|mia|m\u00f3j|moj)(?![\p{L}])`,
  'iu',
);

/** Masks a phone number written partly in letters (see above). */
export const maskPhonesInLetters: Rule = (text) => {
  if (!/\d/.test(text) || !/[A-Z]{2}/.test(text)) return text;
  return text.replace(
    SPELLED.get(),
    (whole: string, digits: string, rest: string, _letters: string, _more: string, at: number) => {
      const letters = rest.replace(/[^A-Z]/g, '').length;
      const figures = whole.replace(/\D/g, '').length;
      if (letters < 3 || figures < 3 || letters + figures < 7 || letters + figures > 12) return whole;
      const before = text.slice(Math.max(0, at - 30), at);
      if (!PHONE_WORD.get().test(before)) return whole;
      if (TOLL_FREE.test(digits) && !OWNED.get().test(before)) return whole;
      return mask('PHONE', whole.length);
    },
  );
};
