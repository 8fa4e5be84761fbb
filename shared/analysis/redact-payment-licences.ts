import { isEnglishWord } from './english-dictionary';
import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Two things that name one person and that no other rule reads whole:
 * - a payment handle after its app: "cashapp $johndoe", "venmo @john-doe-42", "PayPal: jdoe1987", "Revolut @annak".
 *   The handle is the person's, whatever it holds: hidden whole as an id, its "$" or "@" with it, so nothing of it
 *   ("-doe-42") is left beside a placeholder, nor the path of the app's page ("my paypal is paypal.me/janedoe");
 * - a driving licence number: the UK's, whose shape alone says what it is ("MORGA753116SM9IJ": five letters of the
 *   surname, the birth date, the initials), and any other after the word for a licence ("licence D1234-56789-01234",
 *   "driver's license # S530-4601-2345", "permis de conduire 12AB34567"). A number plate is the plate rules' (a
 *   "licence plate" is not a licence).
 */

const APPS = String.raw`(?:cash\s?app|venmo|paypal(?:\.me)?|zelle|revolut|monzo|wise|bizum|paytm|phonepe|g\s?pay|google\s+pay|apple\s+cash|upi(?:\s+id)?|mercado\s?pago|nequi|daviplata|pix|lydia|satispay|blik|twint|swish|vipps|mobilepay|tikkie|gcash|maya|paymaya|momo|zalopay)`;
const PAYMENT_HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${APPS}(?![\p{L}\p{N}])(?:\s*(?:(?:me|id|handle|username|user\s?name|tag|cashtag|name|account|is|es|est|ist|at|on|to)(?![\p{L}\p{N}])|:|=|/))*\s*([$@\u00a3]?[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,30}[\p{L}\p{N}_])?(?:\/[\p{L}\p{N}_.-]{1,40})*)(?![\p{L}\p{N}_@]|\.[\p{L}\p{N}])`,
  'giu',
);
const ANY_APP = lazyPattern(APPS, 'iu');
// What follows an app's name as the sentence goes on, not a handle: "venmo is down", "paypal fees", "zelle me".
const NOT_A_HANDLE =
  /^(?:the|a|an|and|or|but|is|are|was|were|me|you|him|her|us|them|it|for|to|from|with|app|apps|fees?|account|card|payment|payments|transfer|money|pay|instead|only|please|too|also|not|no|yes|ok|okay|now|today|tomorrow|yesterday|later|again|or|y|o|et|und)$/iu;

function handleOk(m: RegExpExecArray): boolean {
  const handle = m[1]!;
  // "$20", "@ 5pm": an amount or a time, not a handle.
  if (/^[$@\u00a3]?\d+(?:[.,]\d+)?$/u.test(handle)) return false;
  // A page of the app with its path ("paypal.me/janedoe", "venmo.com/u/jdoe") is hidden whole, path and all; a slash
  // without a site before it ("venmo is down/slow") is no handle.
  if (handle.includes('/') && !/^[^/]*\.[^/]*\//u.test(handle)) return false;
  // A handle written with its sign, or with a digit, an underscore or a dot in it, is one; a plain word needs ":" or "is"
  if (/^[$@\u00a3]/u.test(handle) || /[\d_.]/u.test(handle)) return true;
  if (NOT_A_HANDLE.test(handle)) return false;
  // After ":" the writer says a handle follows ("Venmo: baker"); after "is" an English word goes on the sentence.
  if (/[:=]\s*\S+$/u.test(m[0])) return true;
  return (
    !isEnglishWord(handle.toLowerCase()) &&
    /\b(?:is|es|est|ist|me|id|handle|tag|cashtag|username|user\s?name)\b\s*\S+$/iu.test(m[0])
  );
}

// A Cash App "$cashtag" anywhere in a text that names a payment app ("send it to $jdoe on cash app"): a "$" glued to
// a word is no amount. A ticker is in capitals ("$TSLA"), and is no one's.
const CASHTAG = lazyPattern(
  String.raw`(?<![\p{L}\p{N}$])\$(?=[\p{L}\p{N}_-]*\p{Ll})\p{L}[\p{L}\p{N}_-]{1,19}(?![\p{L}\p{N}_-])`,
  'gu',
);

// The UK's: the surname's first five letters (padded with 9), six digits of the birth date, two initials (padded
// with 9), a digit and two check letters; written with spaces between the parts or not.
const UK_LICENCE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[A-Z][A-Z9]{4}\s?\d{6}\s?[A-Z][A-Z9]\d[A-Z]{2}(?:\s?\d{2})?(?![\p{L}\p{N}])`,
  'gu',
);
// Any licence number after the word for it, in the languages employees write; five digits or more.
const LICENCE_CUE = String.raw`(?:driver'?s\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|licen[cs]e\s+(?:number|no\.?|#)|DL|permis(?:\s+de\s+conduire)?|f[üu]hrerschein(?:nummer)?|carn[eé]t?\s+de\s+conducir|licencia(?:\s+de\s+conducir)?|carta\s+de\s+condu[cç][aã]o|patente(?:\s+di\s+guida)?|prawo\s+jazdy|rijbewijs(?:nummer)?)`;
const CUED_LICENCE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])${LICENCE_CUE}(?:\s*(?:number|no\.?|nr\.?|num[ée]ro|n[úu]mero|nummer|numer|#|is|es|est|ist|:))*\s*([A-Z]{0,3}\d[\dA-Z]*(?:[- ][A-Z]{0,2}\d[\dA-Z]*)*)(?![\p{L}\p{N}])`,
  'giu',
);

// "DL12345", "DL-12345": the letters glued to the number are the id's own (an Italian "matricola DL12345" too),
// hidden with it, not left beside the placeholder.
const GLUED_LICENCE = lazyPattern(String.raw`(?<![\p{L}\p{N}])DL-?\d[\dA-Z]*(?![\p{L}\p{N}])`, 'gu');

/** Masks payment handles and driving licence numbers (see above). */
export const maskPaymentHandlesAndLicences: Rule = (text) => {
  let out = text;
  if (ANY_APP.get().test(out)) {
    out = maskMatches(PAYMENT_HANDLE, 'ID', handleOk, 1)(out);
    if (out.includes('$')) out = maskMatches(CASHTAG, 'ID')(out);
  }
  if (/\d/.test(out)) {
    out = maskMatches(UK_LICENCE, 'ID')(out);
    out = maskMatches(GLUED_LICENCE, 'ID', (m) => m[0].replace(/\D/g, '').length >= 5)(out);
    out = maskMatches(CUED_LICENCE, 'ID', (m) => m[1]!.replace(/\D/g, '').length >= 5, 1)(out);
  }
  return out;
};
