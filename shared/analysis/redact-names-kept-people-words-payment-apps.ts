import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { aboutPaying, actsAsPerson, isServiceNamedLikePerson } from './redact-names-services-or-people';

/*
 * Round 34: two kinds of word the name rules took for a name, given back:
 * - English's everyday words for a person, written small, which some given names share ("a guy from receiving
 *   yelled at me", "guy from receiving yelled", "a fella in the yard threatened me"): who the writer could not name.
 *   With a capital ("Guy in shipping yelled") the name is still read;
 * - a payment service ("paga su PayPal: ottavio88", "send it on Venmo: @jake-r", "mandame por Nequi al …", "pix pro
 *   Nubank"): a firm, whose handle after it stays hidden (redact-payment-licences.ts). One that is a given name too
 *   ("Lydia", "Maya") only with what says a service: a preposition before ("on", "via"; fx37r: not "with", "con",
 *   "par", which say a person too) or a handle's ":", "@" or "$" after, and (fx37r) where the text is about paying and
 *   the name does not act as a person (redact-names-services-or-people.ts).
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
  skrill payoneer westernunion moneygram alipay wechatpay kaspi monobank paylib payconiq sumup klarna chase`.split(
    /\s+/,
  ),
);
// fx37r: before a service that is a given name too, only what says a channel: "with Maya", "par Lydia", "con Maya"
// say a person as well ("I was with Maya when he hit me").
const CHANNEL_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:on|via|through|thru|using|auf|\u00fcber|uber|sur|op|pelo|pela)[ \t]+$`,
  'iu',
);
const HANDLE_AFTER = /^[ \t]*(?::|[ \t]*[@$])/u;
// fx35r: a service said as one, after it ("Cash App", "Maya wallet") or beside another in a list ("GCash and Maya",
// "Maya or GCash"; fx37r: "Lydia ou Paylib", "Blik lub Revolut").
const SERVICE_WORD_AFTER = /^[ \t]+(?:app|wallet|account|transfer|pay)\b/iu;
const SERVICE_LISTED_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(\p{L}+)[ \t]*(?:,|and|or|y|o|e|et|ou|und|oder|at|i|lub|albo|en|of|och|eller|og)[ \t]+$`,
  'iu',
);
const SERVICE_LISTED_AFTER = lazyPattern(
  String.raw`^[ \t]*(?:,|and|or|y|o|e|et|ou|und|oder|at|i|lub|albo|en|of|och|eller|og)[ \t]+(\p{L}+)`,
  'iu',
);
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
    // fx37r: a service that is a person's name too ("Maya and Lydia were sent home") only where the text is about
    // paying and the name does not act as a person (redact-names-services-or-people.ts).
    const namedLikePerson = isServiceNamedLikePerson(lower);
    const paying = !namedLikePerson || (aboutPaying(read, start, end) && !actsAsPerson(read, start, end));
    const service =
      serviceNamed ||
      (PAYMENT_APPS.has(lower) && paying && listedWithService(read, start, end)) ||
      (PAYMENT_APPS.has(lower) &&
        paying &&
        (!isGivenName(lower) ||
          CHANNEL_BEFORE.get().test(read.slice(Math.max(0, start - 12), start)) ||
          HANDLE_AFTER.test(read.slice(end, end + 3))));
    if (personWord || service) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
