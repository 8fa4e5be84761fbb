import { SENTENCE } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Fraud told without the word (fraud39, after a blind attacker, ra38b, found three such reports read calm): money paid
 * to a company that is a relative's or the boss's own ("paying invoices to a company that is just the controller's
 * brother in law"), invoices paid for work never done, accounts, cards or loans opened in customers' names without
 * asking them ("to hit his targets"), sales or orders faked to make a target, cash sales voided or not rung up and the
 * cash kept ("voids tickets after customers pay cash and keeps it"), refunds put on one's own card, timesheets padded,
 * kickbacks from a supplier. Each is fraud, the owner of fraud's (docs/escalations.md), and none says "fraud", "steal"
 * or "fake invoice", which the other fraud rules read.
 *
 * One table a language (en, es, fr, pt, de, it, pl, tl; Kreyol in its table, other-languages/ht.ts), and one set of
 * rules made from each: every part of a rule somewhere in one sentence, in any order, in a sentence that names no
 * film, course or training ("the fraud training had a case about fake sales"). A part alone is everyday work: a
 * company paid, a relative's business, an account opened, a ticket voided, a refund made, cash taken at the till.
 * Calm beside them: the controller's brother-in-law at the party, an account opened in a customer's name because she
 * asked, a ticket voided because it was rung twice, a refund back to the customer's card.
 *
 * The rules match no words, at the start of the sentence that holds their parts (as sentenceHolding, one-sentence.ts):
 * their parts hold their own negations ("without asking them", "never delivered", "doesn't ring up"), which the
 * matcher would otherwise read as denying the mention.
 */

/** The words of one language that make up the rules below (regular expression sources, folded). */
export interface FraudWords {
  /** A film, a course, a training, a joke: no event in that sentence. */
  notReal: string;
  /** Money paid, invoiced or ordered to a company, a supplier or a contractor, or such a firm billing the workplace. */
  paidFirm: string;
  /** A relative, a partner or a friend of someone's (not the writer's own): "the controller's brother in law". */
  kin: string;
  /** Nothing given for the money: "no work ever delivered", "never cleaned anything". */
  nothing: string;
  /** Opening, creating or signing someone up. */
  open: string;
  /** What is opened: an account, a card, a loan, a policy. */
  product: string;
  /** Customers or clients. */
  customers: string;
  /** Without their asking or knowing. */
  unasked: string;
  /** In the customers' names: everyday at a bank, so read only with a target beside it. */
  inTheirNames: string;
  /** A target, a quota, a bonus, the numbers. */
  target: string;
  /** Sales, orders or contracts that are not real, or the figures inflated. */
  fakeSales: string;
  /** A sale voided, cancelled or deleted, or not rung up. */
  voided: string;
  /** Cash. */
  cash: string;
  /** Kept or pocketed. */
  kept: string;
  /** A refund or a return. */
  refund: string;
  /** Onto one's own card or account, or for goods nobody returned. */
  toOneself: string;
  /** A timesheet padded, or hours claimed that were not worked. */
  padded: string;
  /** A kickback, a cut or an envelope of cash. */
  kickback: string;
  /** From a supplier, a contractor, for each order. */
  fromSupplier: string;
}

/*
 * The parts in one sentence, in any order: a rule source that matches no words, at the start of the sentence. A part
 * stands as a whole word, by `edge` (Latin script: no letter, digit or underscore on either side).
 */
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const EDGE_AFTER = String.raw`(?![\p{L}\p{N}_])`;
export function allInOneSentence(notReal: string, ...parts: string[]): string {
  const within = `${SENTENCE.latin}*?`;
  const holding = parts.map((part) => `(?=${within}${EDGE_BEFORE}(?:${part})${EDGE_AFTER})`).join('');
  return String.raw`(?<=(?:^|[.!?\n])[^\p{L}\p{N}]*)(?!${within}${EDGE_BEFORE}(?:${notReal})${EDGE_AFTER})${holding}`;
}

/** The rules of one language, made from its words. */
export function fraudWithoutTheWord(words: FraudWords): string[] {
  const { notReal } = words;
  return [
    // Paid to a relative's or a partner's company.
    allInOneSentence(notReal, words.paidFirm, words.kin),
    // Paid for nothing delivered.
    allInOneSentence(notReal, words.paidFirm, words.nothing),
    // Accounts, cards or loans opened for customers who did not ask, or in their names for a target.
    allInOneSentence(notReal, words.open, words.product, words.customers, words.unasked),
    allInOneSentence(notReal, words.open, words.product, words.inTheirNames, words.target),
    // Sales faked for a target.
    allInOneSentence(notReal, words.fakeSales, words.target),
    // Cash sales voided or not rung up, and the cash kept.
    allInOneSentence(notReal, words.voided, words.cash, words.kept),
    // Refunds to oneself.
    allInOneSentence(notReal, words.refund, words.toOneself),
    // Hours padded.
    allInOneSentence(notReal, words.padded),
    // A kickback from a supplier.
    allInOneSentence(notReal, words.kickback, words.fromSupplier),
  ];
}

const fraudRules = (words: FraudWords): UrgencyRule[] =>
  fraudWithoutTheWord(words).map((source) => rule('fraud', source));

/*
 * Money sent to a firm: a verb of paying, then within a few words a word for "to" or "from", then the firm. Polish
 * says whom in the dative, with no word for "to" ("płaci faktury firmie szwagra"): `to` is optional there.
 */
const paidTo = (pay: string, to: string, firm: string, toOptional = false): string =>
  String.raw`(?:${pay})(?: \S+){0,4}? (?:(?:${to}) )${toOptional ? '?' : ''}(?:\S+ ){0,2}?(?:${firm})`;

// Someone's, not the writer's: "his wife", "the controller's brother in law", "the cfo's son", "her husbands".
const EN_RELATIVE = String.raw`(?:wife|husband|son|daughter|brother|sister|cousin|nephew|niece|uncle|aunt|father|dad|mother|mum|mom|girlfriend|boyfriend|partner|fiancee?|brother[- ]in[- ]law|sister[- ]in[- ]law|father[- ]in[- ]law|son[- ]in[- ]law|in-?laws?|family|buddy|best friend|golf buddy|mate)`;
const EN_SOMEONES = String.raw`(?:his|her|their|the (?:[\w-]+ ){0,2}?[\w-]+'s?|[\w-]+'s|our (?:[\w-]+ )?[\w-]+'s)`;
const EN_BOSS = String.raw`(?:the |our |my )?(?:boss|manager|owner|director|ceo|cfo|coo|controller|supervisor|gm|general manager|store manager|site manager|foreman|buyer|accountant|bookkeeper)`;
const EN = {
  notReal: String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|webinar|video|joke|lol|lmao|quiz|example|scenario|case study|role ?play|hypothetically`,
  // Paid to a firm, or a firm billing the workplace, or a firm set up as a vendor. "The company pays well" is none.
  paidFirm: `${paidTo(String.raw`pay|pays|paid|paying|payments?|invoices?|invoic(?:e|es|ed|ing)|bills?|billed|billing|approv\w*|sign(?:s|ed|ing)? off(?: on)?|award\w*|contracts?|contract(?:s|ed|ing)? (?:out )?|orders?|order(?:s|ed|ing)?|buy(?:s|ing)?|bought|cheques?|checks?|wir(?:e|es|ed|ing)|(?:gives?|giving|gave|given|sends?|sending|sent|steers?|steering|steered|throws?|throwing|threw|funnels?|funnel(?:l)?ing|funnel(?:l)?ed) (?:\w+ ){0,3}?(?:work|business|jobs|contracts?|orders?)`, String.raw`to|from|with|into`, String.raw`compan(?:y|ies)|firms?|business(?:es)?|suppliers?|vendors?|contractors?|subcontractors?|consult\w*|agenc(?:y|ies)|outfits?|llcs?|shell|cleaners|cleaning crew`)}${String.raw`|(?:firm|company|contractor|vendor|supplier|consultant|agency)s? (?:\w+ ){0,2}?(?:bill|invoic|charg)\w* (?:us|the company|the store|the branch|the client|them)|(?:on the books|set up|added|registered) as (?:a |our )?(?:vendor|supplier|contractor)`}`,
  kin: String.raw`${EN_SOMEONES} (?:own )?${EN_RELATIVE}'?s?|(?:his|her|their) own|owned by (?:him|her|them|${EN_BOSS}|${EN_SOMEONES} ${EN_RELATIVE})|(?:his|her|their) (?:\w+ )?(?:owns|runs|set up)|(?:his|her) (?:own )?(?:side )?(?:company|firm|business|llc)|their own (?:side )?(?:company|firm|business|llc)`,
  // Nothing given for the money: work or goods named as never done or delivered. "Nothing gets done" alone is none:
  // reviews say it of management.
  nothing: String.raw`(?:no|zero|not any) (?:actual )?(?:work|job|service|services|goods|product|deliver(?:y|ies)|repairs?|cleaning)(?: (?:was|were|has been|have been|had been|ever|is|being|actually))* (?:done|delivered|performed|provided|received|seen|carried out)|never (?:\w+ ){0,2}?(?:did|do|does|done|delivered|deliver|delivers|performed|provided|shipped|cleaned|fixed|built|installed|supplied|sent) (?:anything|a thing|any (?:work|job|jobs|goods)|the (?:work|job|repairs?|goods)|a single \w+)|(?:work|jobs?|services?|repairs?|goods|deliver(?:y|ies)|cleaning|consulting|reports?|order)(?: that)? (?:was |were |has |have |had |is |are )?(?:\w+ )?never (?:been )?(?:done|delivered|performed|provided|received|happened|carried out|seen|made|shipped|started|finished)|nothing (?:was |were |ever |has been |has ever been )*(?:delivered|received|supplied|shipped)|(?:nobody|no one) (?:has |had )?ever seen (?:\w+ ){0,2}?(?:work|reports?|products?|goods|deliver(?:y|ies)|them|it)`,
  open: String.raw`open(?:s|ed|ing)?|creat(?:e|es|ed|ing)|set(?:s|ting)? up|sign(?:s|ed|ing)? (?:\w+ ){0,2}?up|issu(?:e|es|ed|ing)|enrol(?:l|ls|s|led|ling)?|push(?:es|ed|ing)? (?:\w+ ){0,2}?into`,
  product: String.raw`accounts?|(?:credit |debit |store )?cards?|loans?|credit lines?|lines? of credit|overdrafts?|polic(?:y|ies)|insurance|subscriptions?|memberships?|phone lines?`,
  customers: String.raw`customers?'?s?|clients?'?s?|members?'?s?|account ?holders?|(?:old|elderly) (?:people|folks|ladies|customers)`,
  unasked: String.raw`(?:without|w/o|w/out|wo) (?:\w+ ){0,2}?(?:asking|consent|permission|knowing|telling|knowledge|approval|authori[sz]ation|signatures?|agreeing)|never (?:asked|applied|agreed|signed|wanted)|didn'?t (?:ask|apply|agree|sign|know|want)|did not (?:ask|apply|agree|sign|know|want)|don'?t (?:know|want)|not (?:knowing|asking)|behind (?:their|the customers'?) backs?|forg(?:e|es|ed|ing) (?:their |the )?signatures?`,
  inTheirNames: String.raw`(?:in|under) (?:the )?(?:customers?|clients?|members?|people)'?s? names?`,
  target: String.raw`(?:to|so (?:that )?(?:we|he|she|they|the branch|the store)(?: can| could| would|'d| will|'ll)?)(?: \w+){0,2}? (?:hit|hits|make|makes|meet|meets|reach|reaches|get|gets|beat|beats|make up|makes up|earn|earns|collect|collects|cash in|cashes in) (?:\w+ ){0,2}?(?:targets?|quotas?|numbers|goals?|bonus(?:es)?|metrics|kpis?|sales goals?|commission)|for (?:his|her|their|the|our) (?:\w+ )?(?:targets?|quotas?|bonus(?:es)?|commission)|make target|hit target`,
  fakeSales: String.raw`(?:fake|phantom|false|bogus|made[- ]up|invented|fictitious|ghost|dummy|fraudulent) (?:sales?|orders?|deals?|transactions?|contracts?|sign[- ]?ups|bookings?|revenue|receipts|accounts)|(?:inflat|pad|cook|fudg|fiddl|juic)\w* (?:the |our |his |her |their )?(?:sales|numbers|figures|books|revenue|results|kpis?)`,
  // A sale voided or deleted, or not put through the till. "Don't put the cash in your pocket" is none: the verbs of
  // ringing up are read negated alone, the others only with the till or the system.
  voided: String.raw`void(?:s|ed|ing)?|(?:cancel|delet)\w* (?:\w+ ){0,2}?(?:sales?|tickets?|orders?|transactions?|receipts?|checks?|tabs?|bills)|no[- ]?sales?|(?:doesn'?t|don'?t|didn'?t|never|not|won'?t|dont|doesnt|didnt|without|no longer) (?:even |always |bother to )?(?:ring|rings|ringing|rung|punch|punches|scan|scans|key|keys)(?: \w+){0,3}? ?(?:up|in|through)?|(?:doesn'?t|don'?t|didn'?t|never|not|dont|doesnt|didnt|without) (?:even |always )?(?:put|puts|enter|enters|record|records|log|logs)(?: \w+){0,3}? (?:in|into|through|on) (?:the )?(?:till|register|system|pos|books)|off the (?:books|till|register|system)|not (?:rung|entered|recorded|logged)`,
  cash: String.raw`cash|money|notes|takings|till`,
  kept: String.raw`(?:keeps?|kept|keeping|skims?|skimmed|stash\w*) (?:it|them|that|the (?:cash|money|difference|rest|takings|notes)|(?:all )?(?:the )?cash|money)|pocket(?:s|ed|ing)?|for (?:him|her|them)sel(?:f|ves)|in(?:to)? (?:his|her|their) (?:own )?(?:pocket|wallet|bag|purse)|(?:takes?|took|taking) (?:it|the (?:cash|money)) home`,
  refund: String.raw`refund\w*|returns?|reimburs\w*`,
  toOneself: String.raw`(?:to|onto|into|on|in) (?:his|her|their|a) (?:own|personal|friend'?s|boyfriend'?s|girlfriend'?s|wife'?s|husband'?s|mate'?s|cousin'?s)(?: \w+)? (?:cards?|accounts?|debit|credit|bank|paypal|venmo|cash ?app|revolut|wallet)|to (?:him|her|them)sel(?:f|ves)|(?:nobody|no one|noone|nothing (?:was|got)) (?:\w+ )?returned|(?:fake|false|phantom|bogus|made[- ]up|invented) (?:returns?|refunds?)`,
  // Hours padded or claimed unworked. Not "bumped up my hours" (more shifts) nor "the doctors' hours".
  padded: String.raw`(?:pad|pads|padded|padding|inflat\w*|fudg\w*|fiddl\w*) (?:\w+ ){0,2}?(?:timesheets?|time ?sheets?|time ?cards?|hours|overtime|mileage|expenses?|expense claims?)|(?:claim|bill|charg|log|writ|wrote|put|enter)\w* (?:\w+ ){0,4}?(?:hours|shifts|overtime|days)(?: that)? (?:he|she|they|nobody|no one|none of us) (?:has |have |had )?(?:never|didn'?t|doesn'?t|don'?t|did not|does not|wasn'?t|weren'?t|isn'?t|aren'?t) (?:\w+ )?(?:work\w*|there|in|here|do|did|done)|(?:writes?|wrote|logs?|logged|puts?|enters?|entered|records?|recorded|marks?|marked) (?:down )?(?:\d+|eight|nine|ten|eleven|twelve|full|extra) (?:\w+ )?hours? for (?:\w+ ){0,3}?(?:who|that) (?:\w+ ){0,2}?(?:leave|leaves|left|go home|goes home|went home|clock out|clocks out|show up|shows up|come in|comes in|are gone|is gone|aren'?t there|isn'?t there)`,
  // A kickback, or a share back from a supplier. "5% back from the company" is a pension match, "envelopes of cash
  // from the company" a Christmas bonus: the company is not a supplier here.
  kickback: String.raw`kick ?-?backs?|backhanders?|brown envelopes?|envelopes? (?:of|with|full of|stuffed with) (?:cash|money)|(?:\d+ ?%|a cut|a percentage) back`,
  fromSupplier: String.raw`(?:from|by) (?:the |a |our |that )?(?:\w+ ){0,2}?(?:suppliers?|vendors?|contractors?|subcontractors?|distributors?|wholesalers?)|for (?:every|each) (?:order|contract|job|deal|truck|delivery|invoice)|on (?:every|each) (?:order|contract|job|deal|invoice)`,
} satisfies FraudWords;
export const ENGLISH_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(EN);

const ES_RELATIVE = String.raw`(?:cunad[oa]|herman[oa]|espos[oa]|mujer|marido|novi[oa]|hij[oa]|prim[oa]|sobrin[oa]|ti[oa]|suegr[oa]|yerno|nuera|compadre|comadre|familia|familiar|amig[oa]|compa|pareja|papa|padre|madre|mama)`;
const ES = {
  notReal: String.raw`pelicula|serie|libro|novela|juego|noticia|curso|capacitacion|video|broma|jaja\w*|ejemplo|caso practico|simulacro|taller`,
  paidFirm: `${paidTo(String.raw`pag\w*|factur\w*|cobr\w*|aprueb\w*|aprob\w*|contrat\w*|compr\w* a|le compra|adjudic\w*|transfer\w*|cheques?`, String.raw`a|al|a la|a las|a los|a una|a un|de|del|con`, String.raw`empresas?|compan\w*|proveedor\w*|contratistas?|negocios?|firmas?|consultor\w*|agencias?|facturas?`)}`,
  kin: String.raw`(?:su|sus|del|de la|de su|el|la) ${ES_RELATIVE}s?|(?:suya|suyo|propia|propio)|de (?:su|la|el) (?:\w+ )?${ES_RELATIVE}`,
  nothing: String.raw`nunca (?:\w+ ){0,2}?(?:se hicieron|se hizo|hicieron|hizo|entregaron|entrego|llego|llegaron|vinieron|vino|limpiaron|arreglaron|trabajaron|existio|existieron|vimos|se vio|se entrego|se entregaron|se realizaron|se realizo)|(?:sin|ningun|ninguna|ni un|ni una) (?:\w+ )?(?:trabajo|servicio|entrega|producto)|nada (?:entregado|hecho)|por nada|(?:trabajos?|servicios?|obras?) (?:que )?(?:no se|nunca se|jamas se) (?:hicieron|hizo|realizaron|realizo|entregaron)|(?:trabajos?|servicios?|obras?) (?:inexistentes|fantasmas?|que no existen)`,
  open: String.raw`abr\w*|crea\w*|cre[oa]|da(?:n)? de alta|dio de alta|saca\w*|inscrib\w*|afili\w*|tramit\w*`,
  product: String.raw`cuentas?|tarjetas?(?: de credito)?|prestamos?|creditos?|polizas?|seguros?|lineas?|suscripciones?|contratos?|planes`,
  customers: String.raw`clientes?|socios?|usuarios?|la gente|personas`,
  unasked: String.raw`sin (?:\w+ ){0,2}?(?:permiso|preguntar(?:les)?|consentimiento|autorizacion|que (?:lo |la )?(?:sepan|supieran|pidieran|pidan)|saber(?:lo)?|avisar(?:les)?|decir(?:les)?|su firma)|nunca (?:lo )?(?:pidieron|solicitaron|firmaron)|no (?:lo )?(?:pidieron|saben|sabian|solicitaron|firmaron)|a sus espaldas|falsific\w* (?:su |la |las )?firmas?`,
  inTheirNames: String.raw`a nombre (?:de|del|de los|de sus) (?:\w+ )?(?:clientes?|socios?|usuarios?)`,
  target: String.raw`(?:para|por) (?:\w+ ){0,2}?(?:cumplir|llegar a|alcanzar|sacar|hacer|lograr|pasar|cobrar|ganar|conseguir|llevarse) (?:\w+ ){0,2}?(?:metas?|cuotas?|objetivos?|numeros|bono|bonos|incentivos?|comision(?:es)?|ventas)|(?:sus|las|la|su) (?:metas?|cuotas?|objetivos?)`,
  fakeSales: String.raw`(?:ventas?|pedidos?|ordenes|contratos?|transacciones|cuentas) (?:falsas?|falsos|ficticias?|ficticios|fantasmas?|inventad\w*|truch\w*)|(?:infl|maquill|cocin|arregl)\w* (?:las |los )?(?:ventas|numeros|cifras|resultados)`,
  voided: String.raw`(?:anul|cancel|borr|elimin)\w*|no (?:\w+ )?(?:registr|marc|pasa|pasan|cobra|ingres|met|tecle)\w*|sin (?:registrar|marcar|ticket|factura|boleta)`,
  cash: String.raw`efectivo|cash|dinero|plata|lana|billetes|caja`,
  kept: String.raw`se (?:lo |la |los |las )?(?:queda|quedan|quedo|quedaba|guarda|guardan|guardo|embolsa|embolsan|mete|echa|lleva|llevan)\w*|embols\w*|para el|para ella|en su bolsillo|a su bolsillo`,
  refund: String.raw`reembols\w*|devoluci\w*|devuelv\w*|reintegr\w*`,
  toOneself: String.raw`(?:a|en) (?:su|sus) (?:propia|propio|propias) (?:\w+ )?(?:tarjetas?|cuentas?)|a (?:su|sus) (?:tarjeta|cuenta) (?:personal|propia)|a (?:si|el|ella) mism[oa]|(?:nadie|nunca|nada) (?:\w+ )?(?:devolvio|devolvieron|se devolvio)|(?:devoluciones|reembolsos) (?:falsas?|falsos|ficticias?|inventad\w*)`,
  padded: String.raw`(?:infl|abult|maquill)\w* (?:\w+ ){0,2}?(?:las |sus |la )?(?:horas|hojas? de (?:tiempo|horas)|planillas?|tarjetas de tiempo|horas extras?|viaticos|gastos)|(?:cobr|pon|apunt|anot|registr|factur|carg|mete)\w* (?:\w+ ){0,3}?horas (?:extras? )?(?:que )?(?:no|nunca) (?:\w+ )?(?:trabaj\w*|hace|hizo|hacen|esta|estuvo)`,
  kickback: String.raw`mordidas?|comision(?:es)? (?:por debajo|bajo la mesa|por fuera)|sobres? (?:con|de) (?:dinero|efectivo|plata)|(?:un |el )?\d+ ?% (?:de vuelta|por debajo)|por debajo de la mesa|bajo la mesa|retorno`,
  fromSupplier: String.raw`(?:del|de los|de la|de las|de un|de una) (?:\w+ ){0,2}?(?:proveedor\w*|contratistas?|empresas?|distribuidor\w*)|por (?:cada|todo) (?:pedido|contrato|orden|factura|compra)`,
} satisfies FraudWords;
export const SPANISH_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(ES);

const FR_RELATIVE = String.raw`(?:beau-?frere|belle-?soeur|frere|soeur|femme|epouse|mari|fils|fille|cousine?|neveu|niece|oncle|tante|copine|copain|compagne|compagnon|famille|pote|ami|amie|gendre|belle-?mere|beau-?pere|pere|mere)`;
const FR = {
  notReal: String.raw`film|serie|livre|roman|jeu|article|formation|video|blague|mdr|ptdr|exemple|cas pratique|atelier`,
  paidFirm: `${paidTo(String.raw`pa(?:ie|ye|yer|yent|ient|yait|yaient|ye|yons|ye)\w*|paye\w*|regl\w*|factur\w*|vers\w*|command\w*|achet\w*|valid\w*|approuv\w*|attribu\w*|virements?|cheques?`, String.raw`a|au|aux|a la|de|du|d'une|d'un|avec|chez`, String.raw`societes?|boites?|entreprises?|fournisseurs?|prestataires?|sous-?traitants?|cabinets?|agences?|factures?`)}`,
  kin: String.raw`(?:son|sa|ses|du|de la|de son|de sa) ${FR_RELATIVE}s?|(?:a lui|a elle)`,
  nothing: String.raw`jamais (?:\w+ ){0,2}?(?:realise\w*|fait\w*|livre\w*|venu\w*|effectue\w*|vu\w*|existe\w*|nettoye\w*|repare\w*)|n'ont jamais rien (?:livre|fait)|rien (?:livre|fait|recu)|(?:travaux|prestations?|services?) (?:fictifs?|fictives?|bidons?|inexistant\w*)|pour rien`,
  open: String.raw`ouvr\w*|cre\w*|souscri\w*|inscri\w*|mett\w* en place`,
  product: String.raw`comptes?|cartes?(?: de credit| bancaires?)?|credits?|prets?|contrats?|assurances?|abonnements?|livrets?|forfaits?`,
  customers: String.raw`clients?|clientes?|gens|personnes agees`,
  unasked: String.raw`sans (?:\w+ ){0,2}?(?:leur |son )?(?:accord|consentement|demander|autorisation|permission|prevenir|savoir|signature)|a leur insu|a l'insu|(?:n'ont|n'avaient) jamais (?:rien )?demande|ne (?:le )?savent pas|imit\w* (?:leur |la )?signatures?`,
  inTheirNames: String.raw`au nom (?:des|de ses|de leurs|du|de la) (?:\w+ )?(?:clients?|clientes?)`,
  target: String.raw`pour (?:\w+ ){0,2}?(?:atteindre|faire|remplir|tenir|avoir|toucher|decrocher|empocher|obtenir|gagner|avoir droit a) (?:\w+ ){0,2}?(?:objectifs?|quotas?|chiffres?|primes?|commissions?|bonus)|(?:ses|leurs|les|nos) (?:objectifs|quotas|chiffres)`,
  fakeSales: String.raw`(?:fausses?|faux|fictifs?|fictives?|bidons?|fantomes?) (?:ventes?|commandes?|contrats?|dossiers?|comptes?)|(?:ventes?|commandes?|contrats?) (?:fictifs?|fictives?|bidons?|fantomes?|inventes?|inventees?)|(?:gonfl|trafiqu|maquill|bidouill)\w* (?:les )?(?:ventes|chiffres|resultats)`,
  voided: String.raw`(?:annul|supprim|efface)\w*|(?:ne|n') ?(?:\w+ )?(?:passe|passent|tape|tapent|enregistr\w*|encaiss\w*|scann\w*) (?:\w+ ){0,3}?pas|sans (?:ticket|caisse|enregistrer|passer en caisse)`,
  cash: String.raw`especes|liquide|cash|argent|billets|caisse`,
  kept: String.raw`(?:garde|gardent|gardait|garder|empoch\w*|met|mettent|prend|prennent|se met|se mettent)(?: \w+){0,2}? (?:l'argent|le cash|le liquide|les billets|dans sa poche|dans ses poches|pour lui|pour elle)|empoch\w*|dans sa poche|pour lui|pour elle`,
  refund: String.raw`rembours\w*|retours?`,
  toOneself: String.raw`sur (?:sa|son|ses) (?:propre |propres |perso |personnelle |personnel )?(?:carte|compte)s?(?: perso| personnel\w*)?|a (?:lui|elle)-?meme|(?:personne|jamais|rien) (?:n'a |n'ont )?(?:\w+ )?(?:rendu|ramene|retourne)|(?:faux|fictifs?) (?:retours?|remboursements?)`,
  padded: String.raw`(?:gonfl|trafiqu|bidouill)\w* (?:\w+ ){0,2}?(?:feuilles? d'heures|heures|fiches? de temps|pointages?|notes? de frais|frais)|(?:fait|font|se fait|se font|declare|declarent|note|notent|met|mettent|compte|comptent) (?:\w+ ){0,3}?(?:payer )?(?:des )?heures (?:supp? )?qu'(?:il|elle|ils|elles|on) (?:ne )?(?:fait|font|a|ont|travaille|travaillent)? ?(?:pas|jamais)`,
  kickback: String.raw`pots?-?de-?vin|retro-?commissions?|commissions? occultes?|enveloppes? (?:d'argent|de cash|de liquide|pleines?)|dessous de table|\d+ ?% (?:en retour|sous la table)`,
  fromSupplier: String.raw`(?:du|des|d'un|d'une|de la|de ce) (?:\w+ ){0,2}?(?:fournisseurs?|prestataires?|sous-?traitants?|entreprises?|societes?)|(?:pour|a) chaque (?:commande|contrat|marche|facture)`,
} satisfies FraudWords;
export const FRENCH_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(FR);

const PT_RELATIVE = String.raw`(?:cunhad[oa]|irma[o]?|irmao|espos[oa]|mulher|marido|namorad[oa]|filh[oa]|prim[oa]|sobrinh[oa]|ti[oa]|sogr[oa]|genro|nora|compadre|familia|parente|amig[oa]|pai|mae)`;
const PT = {
  notReal: String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|formacao|video|piada|kkk\w*|exemplo|estudo de caso`,
  paidFirm: `${paidTo(String.raw`pag\w*|fatur\w*|cobr\w*|aprov\w*|contrat\w*|compr\w*|transfer\w*|pix|notas? fiscais|notas?`, String.raw`a|ao|as|aos|pra|para|pro|para a|para o|de|do|da|com`, String.raw`empresas?|firmas?|fornecedor\w*|prestador\w*|empreiteir\w*|consultori\w*|agencias?|notas? fiscais|faturas?`)}`,
  kin: String.raw`(?:do|da|dos|das|seu|sua|ao|a) ${PT_RELATIVE}s?(?: dele| dela)?|${PT_RELATIVE}s? (?:dele|dela|do chefe|do gerente|do diretor)|(?:dele|dela) mesm[oa]`,
  nothing: String.raw`nunca (?:\w+ ){0,2}?(?:foi feito|foram feitos|foi feita|foram feitas|fizeram|fez|entregaram|entregou|aconteceram|aconteceu|vieram|veio|existiu|existiram|foi entregue|apareceram|apareceu)|(?:sem|nenhum|nenhuma) (?:\w+ )?(?:servico|trabalho|entrega|obra)(?: feit[oa]| entregue)?|nada (?:entregue|feito)|(?:servicos?|obras?|trabalhos?) (?:fantasmas?|inexistentes|que nao existem)|por nada`,
  open: String.raw`abr\w*|cri\w*|cadastr\w*|faz\w* (?:\w+ )?(?:cartao|conta|emprestimo)|contrat\w*`,
  product: String.raw`contas?|cartoes|cartao|emprestimos?|creditos?|seguros?|consorcios?|planos?|assinaturas?`,
  customers: String.raw`clientes?|correntistas?|aposentad\w*|idosos?|pessoas`,
  unasked: String.raw`sem (?:\w+ ){0,2}?(?:autorizacao|permissao|consentimento|pedir|perguntar|avisar|saber|saberem|eles saberem|assinatura)|nunca (?:pediram|assinaram|solicitaram)|nao (?:pediram|sabem|sabiam|assinaram)|escondid\w*|falsific\w* (?:a |as )?assinaturas?`,
  inTheirNames: String.raw`(?:no|em) nome (?:d[oa]s?|de) (?:\w+ )?(?:clientes?|correntistas?|aposentad\w*|idosos?)`,
  target: String.raw`(?:pra|para) (?:\w+ ){0,2}?(?:bater|atingir|cumprir|fechar|alcancar|ganhar|receber|levar|garantir) (?:\w+ ){0,2}?(?:metas?|cotas?|objetivos?|numeros|bonus|premio|premiacao|comissao|comissoes)|(?:a|as|sua|suas) metas?`,
  fakeSales: String.raw`(?:vendas?|pedidos?|contratos?|contas) (?:falsas?|falsos|ficticias?|ficticios|fantasmas?|inventad\w*|frias?|frios?)|(?:infl|maqui|infla)\w* (?:as |os )?(?:vendas|numeros|resultados)`,
  voided: String.raw`(?:cancel|anul|apag|estorn)\w*|(?:nao|sem) (?:\w+ )?(?:registr|pass|lanc|bat|emit)\w*`,
  cash: String.raw`dinheiro|especie|cash|grana|caixa`,
  kept: String.raw`embols\w*|(?:fica|ficam|ficou|ficava|guarda|guardam|poe|bota|leva|levam) (?:\w+ ){0,2}?(?:com o dinheiro|com a grana|com tudo|no bolso|pra ele|pra ela|para ele|para ela)|no bolso|pro bolso`,
  refund: String.raw`reembols\w*|estorn\w*|devoluc\w*|devolv\w*`,
  toOneself: String.raw`(?:no|pro|para o|pra o|na|pra|para a) (?:proprio |propria )?(?:cartao|conta)(?: dele| dela| propri[oa]| pessoal)|(?:nele|nela) mesm[oa]|(?:ninguem|nunca|nada) (?:\w+ )?(?:devolveu|devolveram|foi devolvido)|(?:devolucoes|reembolsos|trocas) (?:falsas?|falsos|ficticias?|inventad\w*)`,
  padded: String.raw`(?:infl|aument|engord|maqui)\w* (?:\w+ ){0,2}?(?:as |o |a )?(?:horas|folhas? de ponto|ponto|cartao de ponto|horas extras?|despesas|quilometragem)|(?:cobr|lanc|marc|anot|coloc|bot|poe|pag)\w* (?:\w+ ){0,3}?horas (?:extras? )?(?:que )?(?:nao|nunca) (?:\w+ )?(?:trabalh\w*|fez|faz|fizeram|estava)`,
  kickback: String.raw`propinas?|caixinha|comissao por fora|por fora|envelopes? (?:com|de) dinheiro|\d+ ?% de volta|retorno`,
  fromSupplier: String.raw`(?:do|dos|da|das|de um|de uma) (?:\w+ ){0,2}?(?:fornecedor\w*|empreiteir\w*|empresas?|prestador\w*)|(?:por|a cada|em cada) (?:cada )?(?:pedido|contrato|compra|nota)`,
} satisfies FraudWords;
export const PORTUGUESE_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(PT);

const DE_RELATIVE = String.raw`(?:schwager|schwagerin|bruder|schwester|frau|ehefrau|mann|ehemann|sohn|tochter|cousin|cousine|neffe|nichte|onkel|tante|freundin|freund|lebensgefahrt\w*|partner\w*|familie|kumpel|schwiegervater|schwiegersohn|vater|mutter)`;
const DE = {
  notReal: String.raw`film|serie|buch|roman|spiel|artikel|schulung|video|witz|haha\w*|beispiel|fallbeispiel|workshop`,
  paidFirm: `${paidTo(String.raw`(?:be)?zahl\w*|uberweis\w*|rechnung\w*|abgerechnet|abrechn\w*|beauftrag\w*|bestell\w*|kauf\w* (?:\w+ )?bei|freigegeben|gibt (?:\w+ ){0,2}?auftrage`, String.raw`an|bei|von|vom|fur`, String.raw`firma|firmen|unternehmen|lieferanten?|dienstleister\w*|subunternehm\w*|agentur\w*|rechnungen?|bude|gmbh|auftragnehmer\w*`)}`,
  kin: String.raw`(?:seine[mnrs]?|ihre[mnrs]?|des|der|dem) ${DE_RELATIVE}s?|(?:eigene[mnrs]?|ihm selbst|ihr selbst) (?:firma|laden|gmbh)|gehort (?:seine[mnrs]?|ihre[mnrs]?) ${DE_RELATIVE}`,
  nothing: String.raw`nie(?:mals)? (?:\w+ ){0,3}?(?:gemacht|gearbeitet|geliefert|erbracht|erledigt|gesehen|geputzt|repariert|passiert|stattgefunden|da|existiert|gekommen|aufgetaucht)|nichts (?:\w+ )?(?:geliefert|gemacht|erbracht|gesehen)|ohne (?:\w+ )?(?:gegenleistung|leistung|lieferung)|(?:leistungen|arbeiten) (?:\w+ )?(?:die es nicht gibt|nie erbracht)|fur nichts`,
  open: String.raw`eroffne\w*|(?:macht|machen|legt|legen|schliesst|schliessen|richtet|richten) (?:\w+ ){0,3}?(?:auf|an|ab|ein)|angelegt|abgeschlossen|eingerichtet|aufgeschwatzt|unterjubel\w*`,
  product: String.raw`konten|konto|karten|kreditkarten?|kredite?|darlehen|vertrage?|vertrag|versicherungen?|abos?|abonnements?|dispo\w*`,
  customers: String.raw`kunden|kundinnen|kunde|kundin|klienten|leute|rentner\w*`,
  unasked: String.raw`ohne (?:\w+ ){0,2}?(?:wissen|zustimmung|einwilligung|fragen|zu fragen|erlaubnis|auftrag|unterschrift|bescheid)|(?:nie|nicht) (?:\w+ )?(?:gefragt|beantragt|unterschrieben|gewollt|bestellt)|hinter (?:deren|ihrem|dem) rucken|(?:falscht|gefalscht)\w* (?:\w+ )?unterschrift\w*`,
  inTheirNames: String.raw`(?:im|auf (?:den )?) ?namen (?:von|der|des|ihrer|seiner) (?:\w+ )?(?:kunden|kundinnen|kunde|kundin|klienten)`,
  target: String.raw`(?:um|damit) (?:\w+ ){0,3}?(?:ziele?|zielvorgaben|quoten?|zahlen|bonus|provision\w*|vorgaben|soll)\w*(?: \w+){0,2}? (?:zu )?(?:erreichen|schaffen|erfullen|kriegen|bekommen|stimmen)|(?:fur|wegen) (?:seine[mnrs]?|ihre[mnrs]?|die|den) (?:\w+ )?(?:ziele|quote|zahlen|bonus|provision|vorgaben)`,
  fakeSales: String.raw`(?:fingierte|gefalschte|falsche|erfundene|fiktive|schein)\w* ?(?:verkauf\w*|auftrag\w*|bestellung\w*|umsatz\w*|vertrag\w*|abschluss\w*|abschlusse)|scheinverkauf\w*|scheinauftrag\w*|scheingeschaft\w*|(?:schon|frisier|aufbl)\w* (?:die )?(?:zahlen|umsatze|verkaufszahlen|ergebnisse)`,
  voided: String.raw`(?:storn|losch|annull)\w*|(?:nicht|nie|ohne) (?:\w+ ){0,2}?(?:boniert|bonieren|eingetippt|eintippen|eingebucht|gebucht|kassiert|registriert|in die kasse|durch die kasse|bon)|ohne bon`,
  cash: String.raw`bar\w*|bargeld|cash|geld|scheine|kasse`,
  kept: String.raw`(?:steckt|stecken|steckte|behalt|behalten|behielt|nimmt|nehmen|nahm|kassiert|kassieren)(?: \w+){0,3}? (?:ein|selbst|fur sich|in die eigene tasche|in seine tasche|in ihre tasche)|(?:in die eigene|in seine|in ihre) tasche|fur sich|behalt\w* (?:das|die|den) (?:geld|bargeld|scheine|rest)|einsteck\w*`,
  refund: String.raw`erstatt\w*|ruckerstatt\w*|gutschrift\w*|retoure\w*|ruckgabe\w*`,
  toOneself: String.raw`auf (?:sein|ihr|das eigene|die eigene|seine eigene|ihre eigene)(?:e|en)? (?:eigene[ns]? )?(?:karte|konto|ec-karte|kreditkarte|paypal)|an sich selbst|(?:niemand|nie|nichts) (?:\w+ )?(?:zuruckgegeben|zuruckgebracht|retourniert)|(?:falsche|fingierte|erfundene) (?:retouren|erstattungen|gutschriften)`,
  padded: String.raw`(?:schon|frisier|aufbl|fals|manipulier)\w* (?:\w+ ){0,2}?(?:stundenzettel|stundennachweis\w*|stunden|zeiterfassung|uberstunden|spesen|fahrtkosten|kilometer)|(?:schreibt|schreiben|tragt|tragen|rechnet|rechnen|lasst sich|bucht|buchen) (?:\w+ ){0,4}?stunden (?:\w+ ){0,3}?(?:die|welche) (?:er|sie|die|keiner|niemand) (?:\w+ ){0,2}?(?:nie|nicht|gar nicht)`,
  kickback: String.raw`schmiergeld\w*|ruckverguetung\w*|ruckvergutung\w*|kickbacks?|provision\w* unter der hand|umschlag\w* (?:mit|voller) (?:geld|bargeld|scheinen)|unter der hand|\d+ ?% zuruck`,
  fromSupplier: String.raw`(?:vom|von (?:der|dem|einem|einer|den)?) ?(?:\w+ ){0,2}?(?:lieferanten?|firma|firmen|dienstleister\w*|subunternehm\w*|bauunternehm\w*)|fur jeden (?:auftrag|vertrag|einkauf)|fur jede (?:bestellung|lieferung|rechnung)|bei jede[mnr] (?:auftrag|bestellung|lieferung)`,
} satisfies FraudWords;
export const GERMAN_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(DE);

const IT_RELATIVE = String.raw`(?:cognat[oa]|fratello|sorella|moglie|marito|figli[oa]|cugin[oa]|nipote|zi[oa]|suocer[oa]|genero|nuora|fidanzat[oa]|compagn[oa]|famiglia|amic[oa]|amico|padre|madre|papa|mamma)`;
const IT = {
  notReal: String.raw`film|serie|libro|romanzo|gioco|articolo|corso|formazione|video|scherzo|ahah\w*|esempio|caso studio`,
  paidFirm: `${paidTo(String.raw`pag\w*|fattur\w*|bonific\w*|approv\w*|affid\w*|appalt\w*|ordin\w*|compr\w*`, String.raw`a|al|alla|alle|ai|a una|a un|da|dalla|dal|con`, String.raw`ditt[ae]|societa|aziend[ae]|fornitor[ie]|impres[ae]|consulen\w*|agenzi[ae]|fatture|cooperativ[ae]|studio`)}`,
  kin: String.raw`(?:del|della|dei|delle|di suo|di sua|suo|sua|al|alla) ${IT_RELATIVE}|(?:sua|suo) (?:propria|proprio)`,
  nothing: String.raw`mai (?:\w+ ){0,2}?(?:fatt[ieoa]|esegui\w*|consegnat\w*|svolt[ieoa]|visti?|viste?|arrivat\w*|realizzat\w*|pulit\w*|riparat\w*|esistit\w*)|(?:nessun|nessuna|senza) (?:\w+ )?(?:lavoro|servizio|consegna|prestazione)|niente (?:di )?(?:fatto|consegnato)|(?:lavori|consulenze|prestazioni|servizi) (?:\w+ )?(?:fantasma|inesistenti|fittiz\w*)|per niente`,
  open: String.raw`apr\w*|aper\w*|crea\w*|attiv\w*|intest\w*|sottoscri\w*|fa(?:nno)? (?:\w+ )?(?:carte|conti|prestiti|contratti)`,
  product: String.raw`conti|conto|carte|carta|prestiti|prestito|finanziament\w*|polizz[ae]|contratti|contratto|abbonament\w*|fid[oi]`,
  customers: String.raw`clienti|cliente|anzian[ie]|persone|gente`,
  unasked: String.raw`senza (?:\w+ ){0,2}?(?:chiedere|consenso|permesso|autorizzazione|saperlo|che (?:lo )?sappiano|dirglielo|avvisarli|firma)|a loro insaputa|(?:non|mai) (?:l'hanno |lo hanno |hanno )?(?:chiesto|firmato|richiesto|voluto)|falsific\w* (?:la |le )?firm[ae]`,
  inTheirNames: String.raw`a nome (?:dei|dei loro|del|della|di|delle) (?:\w+ )?(?:clienti|cliente|anzian[ie])`,
  target: String.raw`per (?:\w+ ){0,2}?(?:raggiungere|fare|centrare|arrivare a|prendere|chiudere|incassare|ottenere|avere|intascare) (?:\w+ ){0,2}?(?:obiettiv[oi]|budget|target|quot[ae]|numeri|premi[oi]|bonus|provvigion[ie])|(?:i suoi|gli|i loro) (?:obiettivi|target|numeri)`,
  fakeSales: String.raw`(?:vendite|ordini|contratti|pratiche|conti) (?:falsi|false|finti|finte|fittiz\w*|fantasma|inventat\w*|gonfiat\w*)|(?:falsi|false|finti|finte|fittiz\w*) (?:vendite|ordini|contratti)|(?:gonfi|truccan|trucc|ritocc)\w* (?:le |i )?(?:vendite|numeri|dati|risultati)`,
  voided: String.raw`(?:annull|cancell|storn)\w*|(?:non|senza) (?:\w+ ){0,2}?(?:batt\w*|emett\w*|registr\w*|scontrin\w*|fa lo scontrino|fanno lo scontrino)`,
  cash: String.raw`contanti|cash|soldi|denaro|cassa|in nero`,
  kept: String.raw`(?:si tiene|si tengono|si teneva|tiene|intasc\w*|si mette|si mettono|mette in tasca|se li tiene|se li mette|si prende|si prendono)(?: \w+){0,2}?|intasc\w*|in tasca|per se`,
  refund: String.raw`rimbors\w*|resi|reso|storni`,
  toOneself: String.raw`sul(?:la)? (?:sua|suo|propria|proprio) (?:\w+ )?(?:carta|conto)|a se stess[oa]|(?:nessuno|mai|niente) (?:\w+ )?(?:restituit\w*|reso|ha reso|riportat\w*)|resi (?:falsi|finti|fittizi|inventati)`,
  padded: String.raw`(?:gonfi|trucc|ritocc)\w* (?:\w+ ){0,2}?(?:le |i |il )?(?:ore|fogli? ore|cartellin\w*|presenze|straordinar\w*|note spese|rimborsi chilometrici|spese)|(?:segn|mett|dichiar|fattur|fa pagare|si fa pagare|pagat)\w* (?:\w+ ){0,3}?ore (?:di straordinario )?(?:che )?(?:non|mai) (?:\w+ )?(?:lavor\w*|fatt[oe]|fa|fanno)`,
  kickback: String.raw`mazzett[ae]|tangent[ie]|bustarell[ae]|buste? (?:con|di) (?:soldi|contanti)|percentual[ei] (?:sotto banco|in nero)|sottobanco|sotto banco|\d+ ?% (?:indietro|in nero)`,
  fromSupplier: String.raw`(?:dal|dai|dalla|dalle|da un|da una) (?:\w+ ){0,2}?(?:fornitor[ie]|ditt[ae]|impres[ae]|aziend[ae]|appaltator[ie]|cooperativ[ae])|per ogni (?:ordine|contratto|appalto|fattura|fornitura)`,
} satisfies FraudWords;
export const ITALIAN_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(IT);

const PL_RELATIVE = String.raw`(?:szwagr\w*|szwagierk\w*|brat\w*|siostr\w*|zon\w*|zony|meza|maz\w*|syn\w*|cork\w*|kuzyn\w*|bratank\w*|siostrzen\w*|wujk\w*|wuj\w*|ciotk\w*|tesci\w*|ziec\w*|dziewczyn\w*|chlopak\w*|partner\w*|rodzin\w*|kumpl\w*|kolegi|ojc\w*|matk\w*)`;
const PL = {
  notReal: String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|zart\w*|haha\w*|przyklad\w*|warsztat\w*`,
  paidFirm: `${paidTo(String.raw`plac\w*|zaplac\w*|oplac\w*|przelew\w*|przelewa\w*|faktur\w*|zamawia\w*|zleca\w*|kupuj\w*|zatwierdza\w*`, String.raw`dla|od|do|z|za`, String.raw`firm\w*|spolk\w*|dostawc\w*|wykonawc\w*|podwykonawc\w*|agencj\w*|dzialalnos\w*`, true)}`,
  kin: String.raw`(?:jego|jej|swojego|swojej|swoich|ich) (?:\w+ )?${PL_RELATIVE}|${PL_RELATIVE} (?:szefa|kierownika|dyrektora|prezesa|ksiegowej|managera)|(?:swoja|swoje|wlasna|wlasnej) (?:firm\w*|dzialalnos\w*)`,
  nothing: String.raw`nigdy (?:\w+ ){0,3}?(?:nie )?(?:wykonan\w*|wykonal\w*|zrobil\w*|zrobion\w*|dostarczon\w*|dostarczyl\w*|przyszl\w*|przyjechal\w*|bylo|byli|widzial\w*|sprzatal\w*|naprawil\w*|istnial\w*)|(?:bez|zadnej|zadnych|zadnego) (?:\w+ )?(?:pracy|prac|uslug\w*|dostaw\w*|wykonania)|nic (?:\w+ )?(?:nie )?(?:dostarczyl\w*|zrobil\w*|wykonal\w*)|za nic|(?:uslug\w*|prac\w*) (?:fikcyjn\w*|widm\w*|ktorych nie bylo)`,
  open: String.raw`otwier\w*|otworzy\w*|zaklada\w*|zalozy\w*|zalozon\w*|podpisuj\w*|wciska\w*|wcisna\w*|zaklad\w*`,
  product: String.raw`kont\w*|kart\w*|kredyt\w*|pozyczk\w*|polis\w*|ubezpieczen\w*|umow\w*|abonament\w*|rachunk\w*`,
  customers: String.raw`klient\w*|ludzi|osob\w*|emeryt\w*|staruszk\w*|na (?:klientow|ludzi|nich)`,
  unasked: String.raw`bez (?:\w+ ){0,2}?(?:zgody|pytania|pytan|wiedzy|ich wiedzy|zgod\w*|podpisu|upowaznienia|pozwolenia|pytania ich)|(?:nie|nigdy nie) (?:\w+ )?(?:prosil\w*|chcial\w*|wiedz\w*|podpisywal\w*|zamawial\w*)|podrabia\w* (?:\w+ )?podpis\w*|za plecami`,
  inTheirNames: String.raw`na (?:nazwisk\w*|dane|klient\w*) (?:klient\w*|ludzi|osob\w*)?`,
  target: String.raw`(?:zeby|aby|by|dla) (?:\w+ ){0,2}?(?:wyrobic|zrobic|osiagnac|dobic|wykonac|miec|dostac) (?:\w+ ){0,2}?(?:plan\w*|target\w*|cel\w*|norm\w*|wynik\w*|premi\w*|prowizj\w*)|(?:swoj\w*|jego|jej) (?:plan|target|premie|wyniki)`,
  fakeSales: String.raw`(?:falszyw\w*|lew\w*|fikcyjn\w*|udawan\w*|wymyslon\w*|pust\w*) (?:sprzedaz\w*|zamowien\w*|umow\w*|transakcj\w*|kont\w*)|(?:pompuj|podbija|naciaga|podkreca)\w* (?:\w+ )?(?:sprzedaz\w*|wynik\w*|liczb\w*)`,
  voided: String.raw`(?:anulu|kasuj|skasowa|wycofu|usuwa|stornu)\w*|(?:nie|bez) (?:\w+ ){0,2}?(?:nabija\w*|nabil\w*|wbija\w*|paragon\w*|fiskal\w*|rejestruj\w*|kasy)`,
  cash: String.raw`gotowk\w*|gotowce|kes\w*|kas\w*|pieniadz\w*|hajs\w*`,
  kept: String.raw`(?:bierze|biora|brala|bral|chowa|chowaja|zatrzymuj\w*|zgarnia\w*|zabiera\w*|wklada\w*|przywlaszcza\w*)(?: \w+){0,2}?|do (?:swojej|wlasnej) kieszeni|dla siebie|do kieszeni`,
  refund: String.raw`zwrot\w*|zwraca\w*|refundacj\w*`,
  toOneself: String.raw`na (?:swoj\w*|wlasn\w*|jego|jej) (?:\w+ )?(?:kart\w*|kont\w*|rachun\w*)|(?:sobie|dla siebie)|(?:nikt|nigdy|nic) (?:\w+ )?(?:nie )?(?:oddal\w*|zwrocil\w*|przyni\w*)|(?:falszyw\w*|lew\w*|fikcyjn\w*) zwrot\w*`,
  padded: String.raw`(?:naciaga|dopisuj|dopisal|podbija|pompuj|zawyza|falszuj)\w* (?:\w+ ){0,2}?(?:godzin\w*|nadgodzin\w*|karty? pracy|ewidencj\w*|delegacj\w*|kilometrowk\w*|wydatk\w*)|(?:wpisuj|wpisal|placa|rozlicza|kasuj)\w* (?:\w+ ){0,3}?godzin\w* (?:ktorych|jakich) (?:\w+ ){0,2}?nie (?:\w+ )?(?:przepracowal\w*|pracowal\w*|robil\w*|bylo)`,
  kickback: String.raw`lapowk\w*|lapowe\w*|w kopercie|koperty? (?:z|pelne) (?:kasa|pieniedzmi|gotowka)|procent\w* pod stolem|pod stolem|dzialk\w* od|\d+ ?% (?:dla siebie|z powrotem)`,
  fromSupplier: String.raw`od (?:\w+ ){0,2}?(?:dostawc\w*|firm\w*|wykonawc\w*|podwykonawc\w*|hurtowni\w*)|za (?:kazde|kazdy|kazda) (?:zamowieni\w*|zlecenie|kontrakt|umow\w*)`,
} satisfies FraudWords;
export const POLISH_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(PL);

const TL_RELATIVE = String.raw`(?:bayaw|hipag|kapatid|asawa|misis|mister|anak|pinsan|pamangkin|tito|tita|tiyo|tiya|biyenan|manugang|girlfriend|boyfriend|jowa|pamilya|kamag-?anak|kaibigan|barkada|kumpare|tatay|nanay)`;
const TL = {
  notReal: String.raw`pelikula|teleserye|serye|libro|laro|balita|training|seminar|video|biro|joke|haha\w*|halimbawa|webinar`,
  paidFirm: `${paidTo(String.raw`(?:nag|na|ni|pi|bi)?(?:babayad|bayad|bayaran|binabayaran|binayaran|magbayad|nagbayad|nagbabayad)\w*|invoice\w*|(?:nag-?)?(?:o-?order|order)\w*|bumibili|binibili|inaaprubahan|inaprubahan|pay\w*|paid`, String.raw`sa|kay|ng|from|to|galing sa`, String.raw`kumpanya|kompanya|company|supplier|contractor|negosyo|business|firm|agency|invoices?|resibo`)}`,
  kin: String.raw`(?:ng|ni|sa) (?:\w+ ){0,2}?${TL_RELATIVE}(?: niya| nya| ng \w+)?|${TL_RELATIVE} (?:niya|nya|ng boss|ng manager|ng supervisor|ni boss|ni sir|ni mam)`,
  nothing: String.raw`(?:walang|wala namang|wala ni isang|kahit walang) (?:\w+ ){0,2}?(?:trabaho|trabahong|serbisyo|deliver\w*|ginawa|dumating|natapos)|(?:hindi|di) (?:naman )?(?:\w+ )?(?:ginawa|natapos|dumating|nag-?deliver|nadeliver|naideliver|nakita|pumunta)|never (?:\w+ )?(?:delivered|done|dumating)|para sa wala`,
  open: String.raw`(?:nag|na|in|bin|ini)?(?:bubukas|binubuksan|binuksan|nagbukas|magbukas|open|ino-?open|inoopen|inopen|gumagawa|ginagawa|gumawa|nag-?sign ?up|sinisign ?up|nag-?aapply|inaapplyan|inapplyan)\w*`,
  product: String.raw`accounts?|cards?|credit cards?|loans?|utang|pautang|policy|insurance|plans?`,
  customers: String.raw`customers?|kliyente|mga tao|client\w*|members?|matatanda`,
  unasked: String.raw`(?:nang |ng )?(?:hindi|di) (?:\w+ ){0,2}?(?:nila alam|alam|tinatanong|tinanong|nagpaalam|pumayag|humingi|hiningi|nag-?apply|pinirmahan)|(?:walang|nang walang|kahit walang) (?:\w+ )?(?:paalam|pahintulot|permiso|pirma|consent|approval)|without (?:\w+ )?(?:asking|consent|permission|knowing)|pineke (?:ang )?pirma`,
  inTheirNames: String.raw`sa pangalan (?:ng|nila|ng mga) (?:\w+ )?(?:customers?|kliyente|client\w*|tao)|in (?:the )?customers'? names?`,
  target: String.raw`(?:para|para sa|para maabot|para ma-?hit|para makuha|para umabot) (?:\w+ ){0,2}?(?:quota|target|goal|bonus|commission|numbers)|(?:quota|target) (?:niya|nya|nila)`,
  fakeSales: String.raw`(?:pekeng|fake|gawa-?gawang|imbentong) (?:sales?|benta|orders?|transactions?|accounts?)|(?:pinapalaki|dinadagdagan|dinoktor|minamanipula)\w* (?:ang )?(?:sales|benta|numbers)`,
  voided: String.raw`(?:vino-?void|vinovoid|vinoid|ni-?void|void|kinakansela|kinansela|cancel\w*|binubura|binura|dinedelete|dinelete)\w*|(?:hindi|di) (?:\w+ ){0,2}?(?:nire-?ring|niring|ring|pinapasok|pinunch|pinupunch|nire-?record|nirerecord|inire-?record|nirecord|pinapasok sa kaha)`,
  cash: String.raw`cash|pera|kaha|bayad`,
  kept: String.raw`(?:binubulsa|ibinubulsa|binulsa|ibinulsa|nagbubulsa|kinukuha|kinuha|tinatago|tinago|sinisilid|itinatago)\w*(?: niya| nya)?|sa bulsa|para sa sarili|bulsa niya|bulsa nya`,
  refund: String.raw`refund\w*|ni-?refund|nirerefund|return\w*|ibinabalik`,
  toOneself: String.raw`sa (?:sarili|sariling) (?:niyang |nyang |niya |nya )?(?:card|account|gcash|bank)|sa (?:card|account|gcash) (?:niya|nya|ng jowa niya)|(?:walang|wala namang) (?:\w+ )?(?:nag-?return|nagbalik|ibinalik)|(?:pekeng|fake) (?:return|refund)s?`,
  padded: String.raw`(?:dinadagdagan|dinagdagan|pinapadagdag|pinapalaki|dinodoktor|minamanipula)\w* (?:\w+ ){0,2}?(?:oras|timesheet|time ?card|dtr|overtime|ot)|(?:nilalagyan|linalagay|nilalagay|nilagay|kine-?claim|kineclaim|sinisingil)\w* (?:\w+ ){0,3}?(?:oras|overtime|ot) (?:\w+ )?(?:na )?(?:hindi|di) (?:naman )?(?:\w+ )?(?:pinasukan|tinrabaho|ginawa|nagtrabaho|pumasok)`,
  kickback: String.raw`kickbacks?|padulas|tongpats|porsyento|komisyon`,
  fromSupplier: String.raw`(?:mula sa|galing sa|sa|kay) (?:\w+ ){0,2}?(?:supplier|contractor|vendor)|bawat (?:order|kontrata|contract|delivery|bili)`,
} satisfies FraudWords;
export const TAGALOG_FRAUD_WITHOUT_THE_WORD: UrgencyRule[] = fraudRules(TL);

const HT_RELATIVE = String.raw`(?:bofre|bose|fre|se|madanm|mari|pitit|kouzen|kouzin|neve|nyes|tonton|matant|mennaj|fanmi|zanmi|papa|manman)`;
const HT = {
  notReal: String.raw`fim|film|seri|liv|jwet|nouvel|fomasyon|semine|videyo|blag|egzanp`,
  paidFirm: `${paidTo(String.raw`peye|ap peye|fakti|fakture|transfere|voye lajan|achte (?:nan|kay)|bay kontra|sinyen`, String.raw`bay|ba|pou|nan|kay|a|ak`, String.raw`konpayi|kompayi|biznis|antrepriz|founise|fonise|kontrakte|ajans|fakti`)}`,
  kin: String.raw`${HT_RELATIVE} (?:\S+ )?(?:li|l|msye|bos la|manadje a|chef la|kontab la|direkte a)|pa (?:li|l|msye) (?:menm)?`,
  nothing: String.raw`(?:pa|p) (?:\S+ )?janm (?:\S+ )?(?:fet|fe|rive|livre|vini|egziste|fe anyen)|san (?:\S+ )?(?:travay|sevis|livrezon)|pa (?:\S+ )?(?:livre|fe) anyen|pou anyen|okenn travay`,
  open: String.raw`louvri|ouvri|kreye|fe|mete`,
  product: String.raw`kont|kat|kat kredi|pre|kredi|asirans`,
  customers: String.raw`kliyan|moun yo|granmoun`,
  unasked: String.raw`san (?:\S+ ){0,2}?(?:pemisyon|mande|konsantman|konnen|yo pa konnen|siyati)|(?:yo|kliyan yo) pa (?:\S+ )?(?:konnen|mande|dako)`,
  inTheirNames: String.raw`sou non (?:kliyan|moun)`,
  target: String.raw`pou (?:\S+ ){0,2}?(?:rive|fe|atenn|ranpli) (?:\S+ ){0,2}?(?:objektif|kota|chif|bonis|komisyon)`,
  fakeSales: String.raw`(?:fo|fos|fe fo) (?:\S+ )?(?:lavant|komand|kontra|kont)|(?:lavant|komand) (?:ki )?(?:fo|pa egziste)`,
  voided: String.raw`(?:anile|efase|kansle)\w*|(?:pa|p) (?:\S+ ){0,2}(?:anrejistre|antre|make|bat|pase) (?:\S+ ){0,2}?(?:lavant|tiket|resi|nan kes|nan sistem)`,
  cash: String.raw`kach|lajan|kob|kes`,
  kept: String.raw`(?:kenbe|pran|mete nan poch|fouke|sere) (?:\S+ ){0,2}?(?:lajan|kob|kach)|nan poch (?:li|l)|pou tet (?:li|l)`,
  refund: String.raw`ranbouse|ranbousman|remet lajan`,
  toOneself: String.raw`sou (?:pwop )?(?:kat|kont) (?:li|l|pa l|pa li)|pou tet (?:li|l)`,
  padded: String.raw`(?:gonfle|ogmante|mete plis) (?:\S+ ){0,2}?(?:le|edtan|siplemante) (?:\S+ ){0,3}?(?:pa t|pa te|pa) (?:\S+ )?travay|(?:gonfle|fo) (?:\S+ ){0,2}?(?:fey le|kat pwen|fich)`,
  kickback: String.raw`(?:lajan|kob|pousantaj|komisyon) anba tab|anba tab|pousantaj|komisyon`,
  fromSupplier: String.raw`(?:nan men|kay|bo kote|sou) (?:\S+ )?(?:founise|fonise|kontrakte)|pou chak (?:komand|kontra)`,
} satisfies FraudWords;
/** Kreyol's rules, as sources for its table (other-languages/ht.ts). */
export const HAITIAN_FRAUD_WITHOUT_THE_WORD: string[] = fraudWithoutTheWord(HT);
