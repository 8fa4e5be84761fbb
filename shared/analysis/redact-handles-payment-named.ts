import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { ALL_STOPWORDS } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { isCommonSurname } from './surnames';

/*
 * Attack round 33 (rn33): a payment or profile handle written as the person's name, which the handle rules (one
 * word made as handles are) left: "venmo me at Tiana-Wells", "paypal me at Tiana Wells", "find me on linkedin as
 * tiana wells", "búscame en linkedin como tiana wells", "add me on fb: Tiana Wells" (the handle rule took "Tiana"
 * and left "[ID] Wells"), "my gmail tianaw92" (no "is"). The name after the app and "me at/as/under/:" is hidden
 * with its surname; a word of the sentence stays ("venmo me at lunch", "find me on linkedin as well", "my gmail
 * inbox is full").
 */

const ID = mask('ID', 1);
const PAY = String.raw`(?:venmo|paypal|pay[ \t]?pal|zelle|cash[ \t]?app|revolut|bizum|lydia|monzo|wise|twint|paylib|swish|vipps|mobilepay)`;
const PROFILE = String.raw`(?:linked[ \t]?in|facebook|fb|insta(?:gram)?|ig|tik[ \t]?tok|twitter|snap(?:chat)?|xing|telegram|whatsapp|discord|youtube)`;
// One or two words of a name, or a handle made of one ("Tiana-Wells", "tiana.wells").
const WORD = String.raw`[\p{L}][\p{L}\p{N}_.'\u2019-]*[\p{L}\p{N}]`;
const NAMED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${PAY}[ \t]+(?:me|him|her|us|them)|(?:pay|send|sent|p[a\u00e1]game|p[a\u00e1]same|paie[ \t]?moi|zahl[ \t]mir)[ \t]+(?:(?:it|me|him|her|the[ \t]+money)[ \t]+)?(?:on|by|via|por|en|par|sur|per|\u00fcber|auf)[ \t]+${PAY}|(?:find|add|follow|search|look)[ \t]+(?:me|him|her|us|them)(?:[ \t]+up)?[ \t]+(?:on|in|en|sur|auf)[ \t]+${PROFILE}|b[u\u00fa]scame[ \t]+en[ \t]+${PROFILE}|ajoute[ -]moi[ \t]+sur[ \t]+${PROFILE}|such[ \t]+mich[ \t]+auf[ \t]+${PROFILE})[ \t]*(?:(?:at|as|under|@|:|como|comme|als|a|al|unter)[ \t]*:?[ \t]*)(${WORD})((?:[ \t]+${WORD})?)(?![\p{L}\p{N}])`,
  'giu',
);
// "add me on fb: [ID] Wells": the surname the handle rule left after the first name it took.
const LEFT_SURNAME = lazyPattern(
  String.raw`(${PROFILE}[ \t]*:?[ \t]*${ID}+)([ \t]+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])`,
  'giu',
);
// "my gmail tianaw92", "mi gmail tianaw92": a mail name with a figure, "_" or ".", after whose mail it is; round 34
// (ra34 R19): or after the mail and a colon, dash or "is" ("gmail: jsmith1985", "yahoo - maria.g.88").
const MAIL = String.raw`(?:gmail|hotmail|yahoo|outlook|icloud|proton(?:mail)?|gmx|aol)`;
const MAIL_NAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])((?:(?:my|his|her|their|our|your|mi|su|tu|mon|ma|son|mein|meine|sein|seine|ihr|ihre)[ \t]+${MAIL}[ \t]+(?:(?:is|es|ist|est|:|=|-)[ \t]*)?|${MAIL}[ \t]*(?:(?:address|account|id|name))?[ \t]*(?:[:=\u2013-]|is|es|ist|est)[ \t]*))([\p{L}][\p{L}\p{N}_.-]*[\d_.][\p{L}\p{N}_.-]*[\p{L}\p{N}])(?![\p{L}\p{N}@])`,
  'giu',
);

/** Whether a word after "me at/as" is a name or handle, not the sentence going on. */
function isHandleWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (/[\d_.-]/.test(word)) return true;
  if (ALL_STOPWORDS.has(lower)) return false;
  return !isEnglishWord(lower) || isGivenName(lower);
}

export const maskNamedPaymentHandles: Rule = (text) => {
  if (
    !/venmo|pal|zelle|cash|revolut|bizum|lydia|monzo|wise|twint|paylib|swish|vipps|pay|linked|face|fb|insta|ig|tok|twitter|snap|xing|telegram|whatsapp|discord|youtube|gmail|hotmail|yahoo|outlook|icloud|proton|gmx|aol/i.test(
      text,
    )
  )
    return text;
  let out = text.replace(NAMED.get(), (whole: string, first: string, rest: string) => {
    if (!isHandleWord(first)) return whole;
    const surname = rest.trim();
    const takeRest = surname !== '' && (isCommonSurname(surname.toLowerCase()) || isHandleWord(surname));
    const hidden = takeRest ? first + rest : first;
    const keep = takeRest ? '' : rest;
    return whole.slice(0, whole.length - first.length - rest.length) + ID.repeat(hidden.length) + keep;
  });
  out = out.replace(LEFT_SURNAME.get(), (whole: string, before: string, gap: string, surname: string) =>
    isCommonSurname(surname.toLowerCase()) || isHandleWord(surname)
      ? before + ID.repeat(gap.length + surname.length)
      : whole,
  );
  return out.replace(
    MAIL_NAME.get(),
    (_w: string, before: string, handle: string) => before + ID.repeat(handle.length),
  );
};
