import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Debt bondage (att44, u46b): workers kept by a debt to whoever brought or employs them, with or without their papers
 * held: "the agency has our passports and says we owe 3000 before we can leave", "we have to pay back the recruitment
 * fee, cant quit", "they dont pay us, just food and a bed, and say we owe them for the visa", "роботодавець забрав
 * паспорти і каже що ми винні гроші", "الكفيل ماخذ جوازي وما بخليني أسافر". Forced labour, as papers held are
 * (papers-held-by-the-employer.ts): harassment, so it reaches whoever owns harassment (the CHRO in the example config),
 * and never self-harm read from "won't let me leave" alone. They read calm, as fraud, or (Arabic) as self-harm.
 *
 * Read, in one sentence, when a debt (a sum owed, a fee or a ticket to pay back) stands beside the workers kept from
 * leaving, quitting or going home; when papers are held by whoever employs them beside a debt, a refusal or a "you get
 * it back when"; or when no wage is paid beside a debt. A debt alone ("we owe 3000 on the car loan"), a training fee
 * paid back "if I quit", a copy or a renewal leave it as it was read. In English, Spanish, French, Portuguese, German,
 * Italian, Polish, Ukrainian, Tagalog and Arabic. Written as spoken and folded (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-att44-u46b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,90}?`;
const NB = String.raw`(?<![\p{L}])`;

interface Language {
  debt: string;
  leave: string;
  /** Papers held by whoever employs the workers. */
  papers: string;
  /** No wage paid. */
  unpaid?: string;
}

// A sum of money: a currency, or three digits and more ("we owe 3000", not "we owe the client 3 reports").
const MONEY = String.raw`(?:[$€£] ?\d[\d,.]*k?|\d{3,}[\d,.]*|\d[\d,.]*(?:k\b| ?(?:bucks|dollars|euros?|pesos|usd|eur|gbp|pounds|thousand|grand|mil|reais|zl|zloty|hryvn\w*|dolares)\b))`;
const EN_PAPERS = String.raw`(?:passports?|ids?|id cards?|papers|documents|visas?|work permits?|residence (?:cards?|permits?))`;
const LANGUAGES: Language[] = [
  {
    debt: String.raw`\b(?:debts?|in debt)\b|\bowed?\b(?! (?:us|me)\b)(?: \w+){0,3}? (?:${MONEY}|money\b|(?:them|him|her|the agency|the company) for|for (?:the |our |my )?(?:visas?|flights?|tickets?|travel|trip|transport|room|rent|housing|bed|food|recruitment|placement|fees?)\b|(?:the |a )?(?:fee|fees)\b)|\b(?:pay|paid|paying|work|working|worked) (?:back|off)(?: \w+){0,2}? (?:the |our |my |a |their |what )?(?:recruitment |placement |agency |visa |travel )?(?:fees?|debts?|loans?|(?:we|i) owe)\b`,
    leave: String.raw`\b(?:can'?t|cant|cannot|can not|won'?t let (?:us|me|them|anyone)|not allowed to|aren'?t allowed to|none of us can|nobody can|no one can|never) (?:\w+ )?(?:leave|quit|go home|go back home|resign|change jobs|get out)\b|\bbefore (?:we|i|they|anyone) (?:can|could|are allowed to|is allowed to) (?:leave|quit|go|resign)\b|\b(?:until|till|til|unless) (?:we|i|they) (?:pay|paid|work)(?: \w+){0,3}? (?:off|back)\b|\b(?:until|till|til|when|once|after) (?:my|our|the|their) debts? (?:is |are )?(?:paid|cleared|settled)\b`,
    papers: String.raw`\b(?:agency|agent|recruiter|employer|boss|company|contractor|sponsor|supervisor|foreman|manager|owner|they|he|she)\b(?: \w+){0,2}? (?:has|have|holds|keeps|kept|took|got|is keeping|are keeping|still has|still have) (?:all )?(?:our|my|their|everyone'?s|the workers'?) ${EN_PAPERS}\b`,
    unpaid: String.raw`\b(?:don'?t|dont|doesn'?t|never|not) (?:get )?pa(?:y|id) (?:us|me|them|anything|wages)\b|\bno (?:wages?|pay|salary)\b`,
  },
  {
    debt: String.raw`\b(?:(?:le|les) )?(?:debemos|debo)\b(?: \w+){0,3}? (?:${MONEY}|dinero|plata|el viaje|el pasaje|el vuelo|la visa|el visado|la comision|la cuota|la deuda)|\bdeudas?\b|\bendeudad\w*|\bpagar (?:la )?(?:deuda|comision|cuota)\b`,
    leave: String.raw`\bno (?:nos |me )?(?:podemos|puedo|pueden|dejan|deja) (?:\w+ )?(?:irnos|irme|ir|salir|renunciar|volver|regresar|dejar el trabajo)\b|\bhasta (?:que )?(?:pag\w*|terminar de pagar|saldar)\b|\bantes de (?:poder )?(?:irnos|irme|salir|renunciar)\b`,
    papers: String.raw`\b(?:tiene|tienen|guarda|guardan|se quedo con|se quedaron con)(?: \w+){0,2}? (?:nuestros|mis|sus|los) (?:pasaportes?|documentos|papeles)\b`,
  },
  {
    debt: String.raw`\b(?:on (?:lui |leur )?doit|nous (?:lui |leur )?devons|je (?:lui |leur )?dois|rembourser)\b(?: [\w']+){0,3}? (?:${MONEY}|argent|frais|billets?|voyage|visas?|dettes?)|\bdettes?\b|\bendett\w*`,
    leave: String.raw`\b(?:ne )?(?:peut|peux|pouvons|peuvent) (?:pas|plus) (?:partir|quitter|demissionner|rentrer|sortir)\b|\bavant de (?:pouvoir )?(?:partir|quitter|demissionner|rentrer)\b|\btant qu'on n'a pas (?:paye|rembourse)\b|\bjusqu'a ce qu'on (?:paie|rembourse|ait paye)\b`,
    papers: String.raw`\b(?:garde|gardent|a|ont|conserve)\b(?: \w+){0,2}? (?:nos|mes|leurs) (?:passeports|papiers|documents)\b`,
  },
  {
    debt: String.raw`\b(?:devemos|devo|a gente deve)\b(?: \w+){0,3}? (?:${MONEY}|dinheiro|a passagem|o voo|o visto|a taxa|a divida|a viagem)|\bdividas?\b|\bendividad\w*`,
    leave: String.raw`\bnao (?:\w+ )?(?:podemos|posso|podem|deixa\w*) (?:\w+ )?(?:sair|ir embora|pedir demissao|voltar|largar)\b|\bate (?:a gente )?(?:pagar|quitar)\b|\bantes de (?:poder )?(?:sair|ir embora)\b`,
    papers: String.raw`\b(?:tem|ficou com|ficaram com|guarda|guardam|esta com)(?: \w+){0,2}? (?:os )?(?:nossos|meus) (?:passaportes?|documentos)\b`,
  },
  {
    debt: String.raw`\b(?:schulden|verschuld\w*|schuldet|schulde)\b|\b(?:abbezahl|zuruckzahl|zuruckbezahl|abarbeit)\w*`,
    leave: String.raw`\b(?:konnen|kann|durfen|darf) (?:\w+ ){0,2}?nicht (?:gehen|weg|kundigen|nach hause|aufhoren|heim)\b|\b(?:will|wollen|gibt|geben|gab)\b(?: \w+){0,3}? nicht (?:raus|heraus|zuruck|her)\w*|\bbis (?:sie|alles|die schulden|wir) (?:\w+ ){0,2}?(?:bezahlt|abbezahlt|abgearbeitet)\b`,
    papers: String.raw`\b(?:hat|haben|behalt|behalten|behielt|nahm|nimmt)\b(?: \w+){0,2}? (?:meinen|unseren|meine|unsere|ihre|ihren) (?:reisepass|reisepasse|pass|passe|ausweis|ausweise|papiere|dokumente)\b`,
  },
  {
    debt: String.raw`\b(?:debito|debiti|indebitat\w*)\b|\b(?:gli |le )?dobbiamo (?:\w+ ){0,2}?(?:${MONEY}|soldi|il viaggio|il biglietto|il visto)`,
    leave: String.raw`\bnon (?:ce ne )?(?:possiamo|posso|possono) (?:\w+ )?(?:andar\w*|partire|licenziar\w*|tornare)\b|\bfinche non (?:paghiamo|abbiamo pagato|restituiamo)\b|\bprima di (?:poter )?(?:andar\w*|partire)\b`,
    papers: String.raw`\b(?:ha|hanno|tiene|tengono)(?: \w+){0,2}? (?:i )?(?:nostri|miei) (?:passaporti|passaporto|documenti)\b`,
  },
  {
    debt: String.raw`\b(?:dlug\w*|zadluz\w*)|\b(?:jestesmy|jestem) (?:\w+ )?winn\w*|\b(?:musimy|musze) (?:\w+ )?(?:splacic|oddac|odpracowac)\b`,
    leave: String.raw`\bnie (?:mozemy|moge|moga|pozwala\w*) (?:\w+ )?(?:odejsc|wyjechac|wrocic|zrezygnowac|zwolnic sie|rzucic)\w*|\bdopoki nie (?:splacimy|zaplacimy|odpracujemy|oddamy)\b`,
    papers: String.raw`\b(?:ma|maja|trzyma|trzymaja)(?: \w+){0,2}? (?:nasze|moje) (?:paszporty|paszport|dokumenty)\b`,
  },
  {
    debt: String.raw`${NB}(?:винні|винен|винна|винуваті|борг\p{L}*|заборгува\p{L}*|відпрацю\p{L}*)`,
    leave: String.raw`${NB}не (?:можемо|можу|можуть|відпуска\p{L}*|дає|дають) (?:\S+ )?(?:піти|поїхати|звільнит\p{L}*|повернут\p{L}*|виїхати|додому)|${NB}(?:поки|доки) не (?:віддамо|віддам|відпрацю\p{L}*|сплат\p{L}*|випла\p{L}*)`,
    papers: String.raw`${NB}(?:забра|відібра|трима|тримає|забирає)\p{L}*(?: \S+){0,2}? (?:паспорт\p{L}*|документ\p{L}*)`,
  },
  {
    debt: String.raw`\b(?:utang|may utang|babayaran)\b`,
    leave: String.raw`\bhindi (?:kami|ako) (?:\w+ )?(?:makaalis|makauwi|maka-?resign|makapag-?resign|umalis)\b`,
    papers: String.raw`\b(?:hawak|kinuha|tinago)(?: \S+){0,3}? (?:ang )?(?:mga )?(?:passport|pasaporte)\b`,
  },
  {
    debt: String.raw`${NB}(?:مديون\p{L}*|ديون|ديونه|تسديد|نسدد|يسدد)|${NB}(?:علينا|علي|عليه|عليهم) (?:دين|فلوس|مبلغ)`,
    leave: String.raw`${NB}[وف]?(?:ما|مش|لا|ممنوع) ?(?:\p{L}{0,3})(?:خلي|سمح|قدر|سافر|روح|رجع|طلع|مشي|سيب)\p{L}*`,
    papers: String.raw`${NB}[وف]?(?:ماخذ|ماخد|واخذ|واخد|اخذ|اخد|ماسك|مسك|حاجز|محتجز|شايل|مخبي)\p{L}*(?: \S+){0,1}? (?:[وفب]?ال)?(?:جواز|جوازات|اوراق|اقام|هوي)\p{L}*`,
  },
];

// A copy, a scan, a renewal, an embassy, a border: an office keeping papers for a while, not an employer.
const ORDINARY = lazyPattern(
  foldPattern(
    String.raw`\b(?:cop(?:y|ies)|scan\w*|photocop\w*|renew\w*|embass\w*|consul\w*|border|airport|hotel|bank|loan|mortgage|credit card|copia|renova\w*|embajada|banco|prestamo|copie|renouvel\w*|ambassade|banque|pret|embaixada|emprestimo|kopie|verlanger\w*|botschaft|bank|kredit|rinnov\w*|ambasciata|mutuo|prestito|kopi\w*|ambasad\w*|kredyt\w*|embahada)\b|(?:копі|посольств|консульств|продовж|кредит|سفار|تجديد|نسخ|بنك|قرض)`,
  ),
  'u',
);
// A denial just before: "they never said we owe them", "no nos deben nada".
const DENIED = lazyPattern(
  String.raw`\b(?:never|didn'?t|did not|nunca|jamais|nie|nicht|mai|hindi)\b(?: \S+){0,1} ?$`,
  'u',
);
// A joke: "I owe him 50 bucks, cant leave till i pay him back haha".
const JOKING = lazyPattern(
  String.raw`\b(?:lol|lmao|lmfao|haha\w*|jaja\w*|kkk\w*|rsrs\w*|mdr|jk|joking|kidding)\b|[\u{1F602}\u{1F923}]`,
  'u',
);

const COMPILED = LANGUAGES.map(({ debt, leave, papers, unpaid }) => {
  const held = `(?:${papers})${GAP}(?:${debt}|${leave}|\\b(?:back|it back|them back) (?:when|once|after|only)\\b)`;
  const wage = unpaid ? `|(?:${unpaid})${GAP}(?:${debt})|(?:${debt})${GAP}(?:${unpaid})` : '';
  return lazyPattern(foldPattern(`(?:${debt})${GAP}(?:${leave})|(?:${leave})${GAP}(?:${debt})|${held}${wage}`), 'gu');
});

// Words one of the languages' readings must hold (folded): the patterns run only on a text holding one.
const HINTS = [
  'owe',
  'pay',
  'paid',
  'fee',
  'debt',
  'debe',
  'deud',
  'dett',
  'doi',
  'devo',
  'deve',
  'divid',
  'schuld',
  'zahl',
  'pass',
  'debit',
  'dobbiamo',
  'dlug',
  'winn',
  'musimy',
  'musze',
  'utang',
  'pasaporte',
  'passport',
  'paszport',
  ...['винн', 'винен', 'борг', 'відпрацю', 'паспорт', 'مديون', 'ديون', 'سدد', 'علي', 'جواز', 'اوراق', 'اقام'].map(
    foldPattern,
  ),
];

/** Whether the folded text tells workers kept by a debt or by papers held with a debt or a refusal. */
export function tellsDebtThatBinds(folded: string): boolean {
  if (!HINTS.some((hint) => folded.includes(hint))) return false;
  if (ORDINARY.get().test(folded) || JOKING.get().test(folded)) return false;
  for (const holder of COMPILED) {
    const pattern = holder.get();
    pattern.lastIndex = 0;
    for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
      if (!DENIED.get().test(folded.slice(Math.max(0, found.index - 20), found.index))) return true;
      if (found[0].length === 0) pattern.lastIndex += 1;
    }
  }
  return false;
}

/**
 * The reading with harassment added (and urgent) where workers are kept by a debt; self-harm read only from "won't let
 * me leave" ("وما بخليني أسافر") is dropped when the rules, asked of the text, do not read it.
 */
export function withDebtThatBinds(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (typeof text !== 'string' || !tellsDebtThatBinds(fold(text))) return reading;
  const added = withKindsAdded(reading, 'harassment');
  if (!added.categories.includes('self-harm') || read(text).categories.includes('self-harm')) return added;
  return { urgent: true, categories: added.categories.filter((category) => category !== 'self-harm') };
}
