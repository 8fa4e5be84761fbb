import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * Round 34: two kinds of word the name rules took for a name, given back:
 * - English's everyday words for a person, written small, which some given names share ("a guy from receiving
 *   yelled at me", "guy from receiving yelled", "a fella in the yard threatened me"): who the writer could not name.
 *   With a capital ("Guy in shipping yelled") the name is still read;
 * - a payment service ("paga su PayPal: ottavio88", "send it on Venmo: @jake-r", "mandame por Nequi al …", "pix pro
 *   Nubank"): a firm, whose handle after it stays hidden (redact-payment-licences.ts). One that is a given name too
 *   ("Lydia", "Maya") only with what says a service: a preposition before ("on", "su", "por") or a handle's ":", "@"
 *   or "$" after.
 * Only a mask holding that one word; never what was hidden before the rules (a sponsor's name).
 */
const PERSON_NOUNS = new Set(
  `guy guys gal gals lady ladies girl girls boy boys dude dudes bloke blokes fella fellas feller fellow fellows chap
  chaps lad lads lass lasses man men woman women kid kids chick chicks temp temps newbie newbies newcomer person
  people folks someone somebody worker workers chica chicas chico chicos muchacha muchachas muchacho muchachos
  senora se\u00f1ora senor se\u00f1or mo\u00e7a mo\u00e7as mo\u00e7o menina meninas menino ragazza ragazze ragazzo
  ragazzi tipo tipa mec meuf nana gars`
    .split(/\s+/)
    .map((w) => JSON.parse(`"${w}"`)),
);
export const PAYMENT_APPS = new Set(
  `paypal venmo zelle cashapp revolut monzo wise bizum paytm phonepe gpay googlepay applepay nequi daviplata pix
  lydia satispay blik twint swish vipps mobilepay tikkie gcash maya paymaya momo zalopay nubank picpay mercadopago
  skrill payoneer westernunion moneygram alipay wechatpay kaspi monobank paylib payconiq sumup`.split(/\s+/),
);
const SERVICE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:on|via|through|with|by|using|su|con|per|por|com|pelo|pela|no|na|pro|auf|\u00fcber|uber|mit|par|sur|avec|przez|na|op|met)[ \t]+$`,
  'iu',
);
const HANDLE_AFTER = /^[ \t]*(?::|[ \t]*[@$])/u;
// fx35r: a service said as one, after it ("Cash App", "Maya wallet") or beside another in a list ("GCash and Maya",
// "Maya or GCash").
const SERVICE_WORD_AFTER = /^[ \t]+(?:app|wallet|account|transfer|pay)\b/iu;
const SERVICE_LISTED_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(\p{L}+)[ \t]*(?:,|and|or|y|o|e|et|und|oder|at)[ \t]+$`,
  'iu',
);
const SERVICE_LISTED_AFTER = lazyPattern(String.raw`^[ \t]*(?:,|and|or|y|o|e|et|und|oder|at)[ \t]+(\p{L}+)`, 'iu');
function listedWithService(read: string, start: number, end: number): boolean {
  const before = SERVICE_LISTED_BEFORE.get().exec(read.slice(Math.max(0, start - 20), start))?.[1];
  const after = SERVICE_LISTED_AFTER.get().exec(read.slice(end, end + 20))?.[1];
  return [before, after].some((w) => w !== undefined && PAYMENT_APPS.has(w.toLowerCase()));
}

/** `masked` with everyday words for a person and payment services given back from `read` (see above). */
export function keepPeopleWordsAndPaymentApps(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const lower = word.toLowerCase().replace(/[ \t]+/gu, '');
    const personWord = word === lower && PERSON_NOUNS.has(lower);
    const serviceNamed =
      (lower === 'cash' || PAYMENT_APPS.has(lower)) && SERVICE_WORD_AFTER.test(read.slice(end, end + 10));
    const service =
      serviceNamed ||
      (PAYMENT_APPS.has(lower) && listedWithService(read, start, end)) ||
      (PAYMENT_APPS.has(lower) &&
        (!isGivenName(lower) ||
          SERVICE_BEFORE.get().test(read.slice(Math.max(0, start - 12), start)) ||
          HANDLE_AFTER.test(read.slice(end, end + 3))));
    if (personWord || service) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
