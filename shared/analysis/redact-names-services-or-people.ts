import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { PAYMENT_APPS } from './redact-names-kept-people-words-payment-apps';

/*
 * fx37r: payment services whose name is a person's too ("Maya", "Lydia", "Momo", "Chase", "Wise") were given back
 * wherever they stood beside another service or after "with", so "Maya and Lydia were sent home", "Lydia told me she
 * was scared" and "I was with Maya when he hit me" showed both women's names. Such a name is a service only where the
 * text is about paying, and never where it acts as a person:
 * - about paying: the sentence says paying, sending money, a transfer, an account, an app, a wallet, a refund or a
 *   sum, in the languages the service rules read (English, Spanish, Portuguese, French, Italian, German, Polish,
 *   Dutch, the Nordic languages, Tagalog), or names a service that is no one's name ("Lydia ou Paylib", "GCash, Maya
 *   or PayMaya only"), or "via" stands just before;
 * - acting as a person: what follows the name (and the names listed with it) is what people do or undergo ("were
 *   sent home", "told me", "said", "got fired", "ont été renvoyées", "fueron despedidas", "wurden entlassen"), or a
 *   Tagalog person's article stands before it ("si Maya", "kay Lydia").
 * A service that is no one's name ("Venmo", "Revolut", "Klarna") stays a service as before.
 */

// Services that are given names or surnames the given-name list does not hold.
const NAMED_LIKE_PEOPLE = new Set(['lydia', 'maya', 'momo', 'wise', 'chase', 'kaspi']);

/** Whether a payment service's name (small letters) is also a person's name. */
export function isServiceNamedLikePerson(lower: string): boolean {
  return NAMED_LIKE_PEOPLE.has(lower) || isGivenName(lower);
}

const PAYING = lazyPattern(
  String.raw`(?<![\p{L}])(?:pay(?:s|ing|ment|ments|out|day|roll|check|cheque)?|paid|repa(?:y|id)\p{L}*|transf[eé]r\p{L}*|transfer[eê]ncia|virement\p{L}*|bonific\p{L}*|[üu]berw[ie]\p{L}*|przel\p{L}*|overboek\p{L}*|overmak\p{L}*|overf[øo]r\p{L}*|money|cash|funds|wallet|e-?wallet|account|app|refund\p{L}*|deposit\p{L}*|wire|wired|fees?|tips?|wages?|salary|balance|top[ -]?up|invoice|send[ \t]+(?:me|us|it)|sent[ \t]+(?:me|us|it)|dinero|plata|dinheiro|argent|soldi|geld|pieni\p{L}*|pera|pengar|penger|penge|cuenta|conta|compte|conto|konto|rekening|billetera|carteira|portefeuille|reembols\p{L}*|rembours\p{L}*|rimbors\p{L}*|p[aá]g(?:a|as|o|os|ar|ue|ué|ó|ou|amento|amentos|ato|ata|are|ado|ada|ame|anos|ale|alo|uen|ando|aste)|pa(?:ye|yer|yé|yée|yez|yons|ie|iement)|(?:be)?zahl\p{L}*|gezahlt|p[łl]a[cć]\p{L}*|zap[łl]a\p{L}*|p[łl]atno\p{L}*|betal\p{L}*|betaal\p{L}*|swisha\p{L}*|bayad|magbayad|bayaran|binayaran|nagbayad|padala|ipadala|magpadala|pinadala|sweldo)(?![\p{L}])|[$€£₱₹]|\d[ \t]*(?:php|pesos?|euros?|eur|usd|dollars?|bucks|quid|z[łl]|kr|reais)(?![\p{L}])`,
  'iu',
);
const VIA_BEFORE = /(?:^|[^\p{L}])via[ \t]+$/iu;

/** The sentence of `text` that holds the span from `start` to `end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(
    text.lastIndexOf('\n', start - 1),
    ...['.', '!', '?'].map((s) => text.lastIndexOf(s, start - 1)),
  );
  const stops = ['\n', '.', '!', '?'].map((s) => text.indexOf(s, end)).filter((i) => i >= 0);
  return text.slice(from + 1, stops.length > 0 ? Math.min(...stops) : text.length);
}

/** Whether the sentence holding `start`..`end` of `read` is about paying (see above). */
export function aboutPaying(read: string, start: number, end: number): boolean {
  if (VIA_BEFORE.test(read.slice(Math.max(0, start - 8), start))) return true;
  const sentence = sentenceAround(read, start, end);
  if (PAYING.get().test(sentence)) return true;
  return [...sentence.matchAll(/\p{L}+/gu)].some(
    ([word]) => PAYMENT_APPS.has(word.toLowerCase()) && !isServiceNamedLikePerson(word.toLowerCase()),
  );
}

// The names listed after this one ("and Lydia", ", Chase and Wise"), skipped to reach what they do.
const LISTED_AFTER = lazyPattern(
  String.raw`^(?:[ \t]*(?:,|&|\+|/|[ \t](?:and|or|y|o|e|et|und|oder|i|en|och|og|at))[ \t]*\p{Lu}\p{L}*)*`,
  'u',
);
const BETWEEN = String.raw`(?:(?:both|all|also|just|then|never|both[ \t]+just|ambas|ambos|toutes|tous|beide|obie)[ \t]+)?`;
const UNDERGO = String.raw`(?:sent|fired|sacked|let[ \t]+go|laid[ \t]+off|suspended|dismissed|disciplined|written[ \t]+up|hurt|injured|harassed|attacked|assaulted|groped|bullied|threatened|hit|punched|pushed|promoted|moved|transferred|told|warned|crying|upset|scared|sick|pregnant|there|friends|married|dating|hired|working|off|home|leaving|gone|absent|with)`;
const ACTS_EN = String.raw`(?:(?:was|were|is|are|got|get|gets|has|have|had|['\u2019]s|['\u2019]re)[ \t]+(?:been[ \t]+)?${BETWEEN}${UNDERGO}|said|says|told|tells|asked|asks|yelled|shouted|screamed|cried|saw|seen|heard|knows|knew|left|quit|resigned|complained|reported|witnessed|called|texted|lied|laughed|thinks|thought|wants|wanted|went|came|walked|ran|helped|tried|refused|agreed|work(?:s|ed)?[ \t]+(?:here|with|at|in|on|nights|days|for)|lives|lived|feels|felt)`;
const ACTS_ABROAD = String.raw`(?:despedid\p{L}*|demitid\p{L}*|mandad\p{L}*|enviad\p{L}*|suspendid\p{L}*|dij\p{L}*|disse\p{L}*|dice|diz|vi[oó]|vieron|viram|viu|renunci\p{L}*|se[ \t]+fue\p{L}*|foram|fueron|fue|est[aá]n|estaban|estava\p{L}*|ha[ \t]+dicho|ont[ \t]+(?:été|dit|vu)|a[ \t]+(?:été|dit|vu)|sont[ \t]+parti\p{L}*|est[ \t]+parti\p{L}*|m['\u2019]a|nous[ \t]+a|renvoy\p{L}*|licenci\p{L}*|vir[ée]\p{L}*|sono[ \t]+stat\p{L}*|[èe][ \t]+stat\p{L}*|ha[ \t]+detto|hanno[ \t]+detto|mi[ \t]+ha|wurden|wurde|haben[ \t]+gesagt|hat[ \t]+gesagt|sagte\p{L}*|hat[ \t]+mir|gefeuert|entlassen|gek[üu]ndigt|zosta[łl]\p{L}*|powiedzia[łl]\p{L}*|zwolnion\p{L}*|wys[łl]an\p{L}*|posz[łl]\p{L}*|pinauwi|sinabi|nagsabi|tinanggal|umalis|umuwi)`;
const ACTING = lazyPattern(String.raw`^[ \t]*,?[ \t]*${BETWEEN}(?:${ACTS_EN}|${ACTS_ABROAD})(?![\p{L}])`, 'iu');
const PERSON_ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:si|ni|kay|sina|nina|kina)[ \t]+$/iu;

/** Whether the name at `start`..`end` of `read`, with the names listed after it, acts as a person (see above). */
export function actsAsPerson(read: string, start: number, end: number): boolean {
  if (PERSON_ARTICLE_BEFORE.test(read.slice(Math.max(0, start - 8), start))) return true;
  const after = read.slice(end, end + 120);
  const listed = LISTED_AFTER.get().exec(after)?.[0].length ?? 0;
  return ACTING.get().test(after.slice(listed));
}
