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
  people folks someone somebody worker workers`.split(/\s+/),
);
const PAYMENT_APPS = new Set(
  `paypal venmo zelle cashapp revolut monzo wise bizum paytm phonepe gpay googlepay applepay nequi daviplata pix
  lydia satispay blik twint swish vipps mobilepay tikkie gcash maya paymaya momo zalopay nubank picpay mercadopago
  skrill payoneer westernunion moneygram alipay wechatpay kaspi monobank paylib payconiq sumup`.split(/\s+/),
);
const SERVICE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:on|via|through|with|by|using|su|con|per|por|com|pelo|pela|no|na|pro|auf|\u00fcber|uber|mit|par|sur|avec|przez|na|op|met)[ \t]+$`,
  'iu',
);
const HANDLE_AFTER = /^[ \t]*(?::|[ \t]*[@$])/u;

/** `masked` with everyday words for a person and payment services given back from `read` (see above). */
export function keepPeopleWordsAndPaymentApps(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const lower = word.toLowerCase().replace(/[ \t]+/gu, '');
    const personWord = word === lower && PERSON_NOUNS.has(lower);
    const service =
      PAYMENT_APPS.has(lower) &&
      (!isGivenName(lower) ||
        SERVICE_BEFORE.get().test(read.slice(Math.max(0, start - 12), start)) ||
        HANDLE_AFTER.test(read.slice(end, end + 3)));
    if (personWord || service) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
