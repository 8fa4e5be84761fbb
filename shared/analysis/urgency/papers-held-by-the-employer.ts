import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { URGENCY_CATEGORIES, type UrgencyCategory } from './types';

/*
 * Passports or identity papers held by whoever employs or brought the workers (att43, u44b): "the agency took our
 * passports and won't give them back until we pay the fee", "zabrali nam paszporty", "забрали паспорти і не віддають".
 * Forced labour: the workers cannot leave, change jobs or go home. It is harassment (coercion), so it reaches whoever
 * owns harassment (the CHRO in the example config), and urgent: English read it as a threat only (the safety owner's
 * when no other urgent topic is named), and the other languages read it calm, as fraud (the fee) or as self-harm.
 *
 * Read when papers are taken, kept or held with a refusal to give them back, a debt or a fee to earn them back, or the
 * workers kept from leaving; or confiscated or withheld outright; or taken from the workers together ("zabrali nam",
 * "nos quitaron", "ci hanno tolto"). A copy, a scan, a renewal, an embassy or a border, a trip or a hotel leaves it as
 * it was read. In English, Spanish, French, Portuguese, German, Italian, Polish, Ukrainian, Tagalog, Vietnamese and
 * Arabic. Written as spoken and folded as the text is (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-people-at-risk-u44b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,60}?`;
const NB = String.raw`(?<![\p{L}])`;

// Taken, kept or held, the papers, then what keeps them: a refusal, a debt, no way to leave.
const EN_PAPERS = String.raw`(?:passports?|ids?|id cards?|identity (?:cards?|documents?)|papers|documents|visas?|work permits?|residence (?:cards?|permits?)|green cards?)`;
const EN = String.raw`\b(?:took|take[ns]?|taking|kept|keeps?|keeping|holds?|holding|held|grabbed|collected|locked up)\b(?: \w+){0,2}? (?:our|my|their|his|her|everyone'?s|all the|all our|the workers'?|people'?s) ${EN_PAPERS}\b${GAP}\b(?:won'?t|wont|will not|refus\w*|never|doesn'?t|don'?t|didn'?t|not) (?:\w+ ){0,2}?(?:give|hand|return|let)|\b(?:take|keep|keeps|keeping|hold|holds|holding|held|took|kept)\b(?: \w+){0,2}? (?:our|my|their|everyone'?s|all the|the workers'?) ${EN_PAPERS}\b${GAP}\b(?:until|till|unless|so (?:we|i|they|nobody|no one) (?:can'?t|cant|cannot|don'?t|won'?t)|(?:back|it back|them back) (?:when|once|after|only)|in (?:his|her|the|their|a) (?:safe|drawer|office))|\b(?:confiscat\w*|seiz\w*|withh[oe]ld\w*)\b(?: \w+){0,2}? (?:our|my|their|his|her|everyone'?s|all the|the workers'?|people'?s) ${EN_PAPERS}\b`;

const ES_PAPERS = String.raw`(?:pasaportes?|documentos|papeles|dni|cedulas?|identificaciones|permisos? de (?:trabajo|residencia)|tarjetas? de residencia)`;
const ES = String.raw`\b(?:(?:nos|me|les|le|te) )?(?:quit\w*|guard\w*|tien\w*|qued\w* con|agarr\w*|llev\w*|recog\w*)\b(?: \w+){0,3}? ${ES_PAPERS}\b${GAP}\b(?:no (?:\w+ ){0,3}?(?:devuelv\w*|devolv\w*|regres\w*|entreg\w*|da|dan|dej\w* (?:ir|salir|irnos|salir|renunciar)\w*|podemos (?:ir|salir|renunciar)\w*)|hasta que|sin (?:pagar|terminar))|\b(?:(?:nos|me|les) )?(?:confisc\w*|retien\w*|retuv\w*|reten\w*)\b(?: \w+){0,3}? ${ES_PAPERS}\b|\bnos (?:quitaron|quito|han quitado|ha quitado|agarraron|recogieron)(?: \w+){0,2}? ${ES_PAPERS}\b`;

const FR_PAPERS = String.raw`(?:passeports?|papiers|documents|cartes? (?:d'identite|de sejour)|titres? de sejour|pieces d'identite)`;
const FR = String.raw`\b(?:pris|prend\w*|gard\w*|conserv\w*|enlev\w*|ramass\w*|recuper\w*)\b(?: [\w']+){0,3}? (?:nos|mes|leurs|les|ses|tous les) ${FR_PAPERS}${GAP}\b(?:refus\w* de (?:\w+ ){0,2}?(?:rendre|redonner|restituer)|ne (?:[\w']+ ){0,3}?(?:rend|rendent|rendra|redonne\w*|restitu\w*)\b|(?:pas|plus) (?:les )?(?:rendre|partir|quitter|rentrer)|jusqu'a ce qu|tant qu|sans payer)|\b(?:confisqu\w*|retenu\w*|retien\w*|saisi\w*)\b(?: [\w']+){0,3}? (?:nos|mes|leurs|les|ses|tous les) ${FR_PAPERS}|\bnous ont (?:pris|confisque|retire|enleve)(?: \w+){0,2}? (?:nos|les) ${FR_PAPERS}`;

const PT_PAPERS = String.raw`(?:passaportes?|documentos|papeis|identidades?|rgs?|carteiras? de trabalho)`;
const PT = String.raw`\b(?:tir\w*|peg\w*|fic\w* com|guard\w*|tom\w*|segur\w*|recolh\w*)\b(?: \w+){0,3}? ${PT_PAPERS}\b${GAP}\b(?:nao (?:\w+ ){0,3}?(?:devolv\w*|devolve|entreg\w*|da|dao|deix\w* (?:sair|ir|voltar))|ate (?:a gente |nos |eu )?(?:pagar|que)|sem pagar)|\b(?:confisc\w*|retev\w*|retiveram|retem|retid\w*)\b(?: \w+){0,3}? ${PT_PAPERS}\b|\bnos (?:tiraram|tomaram|pegaram)(?: \w+){0,2}? ${PT_PAPERS}\b`;

const DE_PAPERS = String.raw`(?:passe|reisepasse|reisepass|pass|ausweise|ausweis|personalausweise?|papiere|dokumente|aufenthaltstitel|arbeitserlaubnis\w*)`;
const DE = String.raw`\b(?:unsere|meine|ihre|alle|die) (?:\w+ )?${DE_PAPERS}\b(?: \w+){0,4}? (?:eingesammelt|weggenommen|abgenommen|genommen|behalten|eingeschlossen|weggeschlossen|abgegeben)\b${GAP}\b(?:(?:gibt|geben|gab|gaben|will|wollen|wollte|rausgeben|herausgeben|zuruckgeben)\b[^.!?\n]{0,25}?\bnicht|nicht (?:\w+ )?(?:zuruck|raus|wieder)|bis (?:wir|ich|die|alles)|erst (?:wenn|nach)|(?:konnen|kann|durfen|darf) (?:\w+ )?nicht (?:weg|gehen|kundigen|nach hause))|\b(?:behalt\w*|nimmt|nahm|nahmen|hat|haben)\b(?: \w+){0,2}? (?:unsere|meine|ihre|alle) ${DE_PAPERS}\b${GAP}\b(?:(?:gibt|geben|will|wollen)\b[^.!?\n]{0,25}?\bnicht|nicht (?:\w+ )?(?:zuruck|raus|wieder)|bis (?:wir|ich|die|alles)|erst (?:wenn|nach)|(?:konnen|kann|durfen|darf) (?:\w+ )?nicht (?:weg|gehen|kundigen|nach hause))|\b(?:einbehalten|beschlagnahmt|konfisziert|behalt|behalten)\b(?: \w+){0,2}? (?:unsere|meine|ihre|alle) ${DE_PAPERS}\b|\b(?:unsere|meine|ihre|alle) (?:\w+ )?${DE_PAPERS}\b(?: \w+){0,4}? (?:einbehalten|beschlagnahmt|konfisziert)\b`;

const IT_PAPERS = String.raw`(?:passaport[oi]|documenti|cart[ae] d'identita|permess[oi] di soggiorno)`;
const IT = String.raw`\b(?:pres\w*|tolt\w*|tolgono|tien\w*|tenut\w*|ritir\w*|prendono|preso)\b(?: [\w']+){0,3}? ${IT_PAPERS}${GAP}\b(?:non (?:[\w']+ ){0,3}?(?:rid\w*|restitu\w*|dann\w*|da|danno|ridanno|fanno (?:andare|partire)|possiamo (?:andare|partire|licenziarci))|finche|fino a quando|se non paghiamo)|\b(?:sequestr\w*|confisc\w*|trattenut\w*|trattien\w*|requisit\w*)\b(?: [\w']+){0,3}? ${IT_PAPERS}|\bci (?:hanno|ha) (?:tolto|preso|sequestrato|ritirato)(?: \w+){0,2}? ${IT_PAPERS}`;

const PL_PAPERS = String.raw`(?:paszport\w*|dowod\w*|dokument\w*|kart\w* pobytu|pozwoleni\w* na prace)`;
const PL = String.raw`\b(?:zabra\w*|zabier\w*|odebra\w*|trzyma\w*|przetrzymuj\w*|zatrzyma\w*|schowa\w*|wzi\w*|ma|maja)\b(?: \w+){0,3}? ${PL_PAPERS}\b${GAP}\b(?:nie (?:\w+ ){0,3}?(?:chce|chca|oddaj\w*|odda\w*|zwraca\w*|zwroc\w*|wypuszcz\w*|pozwal\w*)|dopoki|az (?:nie )?(?:splacimy|zaplacimy|odpracujemy|oddamy)|nie mozemy (?:wyjechac|odejsc|wrocic))|\b(?:skonfiskowa\w*|skonfiskuj\w*|przetrzymuj\w*)\b(?: \w+){0,3}? ${PL_PAPERS}\b|\b(?:zabrali|zabrala|zabral|odebrali|zabieraja) (?:nam|wszystkim)(?: \w+){0,2}? ${PL_PAPERS}\b|\b(?:nam|wszystkim) (?:zabrali|zabrala|zabral|odebrali|zabieraja)(?: \w+){0,2}? ${PL_PAPERS}\b`;

// Ukrainian, folded: "забрали / відібрали / тримає", the passports, then "не віддають / не повертає / поки не".
const UK_PAPERS = String.raw`(?:паспорт\p{L}*|документ\p{L}*|посвідк\p{L}*|закордонн\p{L}*)`;
const UK = String.raw`${NB}(?:забра\p{L}*|забира\p{L}*|відібра\p{L}*|трима\p{L}*|заховал\p{L}*|зберіга\p{L}*|притриму\p{L}*)(?: \S+){0,3}? ${UK_PAPERS}${GAP}${NB}(?:не (?:\S+ ){0,3}?(?:віддают\p{L}*|віддає|віддасть|віддадуть|поверта\p{L}*|поверне\p{L}*|повернуть|відпуска\p{L}*)|поки не|доки не|(?:відпрацю|сплач|випла)\p{L}* борг)|${NB}(?:конфіску\p{L}*|конфіскува\p{L}*|вилучи\p{L}*|вилуча\p{L}*)(?: \S+){0,3}? ${UK_PAPERS}|${NB}(?:забрали|відібрали|забирають) (?:в нас|у нас|нам|у всіх|в усіх)(?: \S+){0,2}? ${UK_PAPERS}|${NB}(?:в нас|у нас|у всіх|в усіх) (?:забрали|відібрали|забирають)(?: \S+){0,2}? ${UK_PAPERS}`;

const TL_PAPERS = String.raw`(?:passport|pasaporte|dokumento|papeles|id)`;
const TL = String.raw`\b(?:kinuha|kinukuha|kukunin|hawak|hinahawakan|itinatago|itinago|tinago|kinuhanan)\b(?: \S+){0,4}? (?:mga )?${TL_PAPERS}\b${GAP}\b(?:(?:ayaw|hindi) (?:\w+ ){0,2}?(?:ibalik|ibinabalik|ibigay|ibinibigay|isauli|isinasauli)|hangga'?t|hanggang (?:hindi|magbayad|mabayaran)|hindi (?:kami|ako) makaalis)|\b(?:kinumpiska|kinukumpiska|kinumpiskahan|kumpiskahin)\b(?: \S+){0,4}? (?:mga )?${TL_PAPERS}\b|\bkinuha\b(?: \S+){0,4}? (?:mga )?${TL_PAPERS} (?:namin|natin|naming lahat|ng lahat)\b`;

const VI_PAPERS = String.raw`(?:ho chieu|giay to|cmnd|can cuoc|the cu tru|giay phep lao dong)`;
const VI = String.raw`\b(?:giu|lay|thu|cam|nam giu|tam giu)\b(?: \w+){0,2}? ${VI_PAPERS}\b${GAP}\b(?:khong (?:\w+ ){0,2}?(?:tra|dua|cho ve)|chua tra|(?:cho|den) khi (?:tra|lam|tra het))|\b(?:tich thu|thu giu|giu lai)\b(?: \w+){0,2}? ${VI_PAPERS}\b|\b(?:giu|thu|lay) ${VI_PAPERS} (?:cua )?(?:chung toi|tat ca|moi nguoi|ca nhom|cong nhan|anh em)\b`;

// Arabic, folded (alef forms as one): "أخذ جوازاتنا ولا يريد أن يرجعها", "يحتجز جوازات سفرنا".
const AR_PAPERS = String.raw`(?:[وفب]?ال)?(?:جواز|جوازات|اوراق|اقام|هوي)\p{L}*`;
const AR = String.raw`${NB}[وف]?(?:اخذ|ياخذ|سحب|يسحب|يمسك|ماسك|خذ)\p{L}*(?: \S+){0,2}? ${AR_PAPERS}${GAP}${NB}(?:[وف]?(?:لا|لم|ما|مش|رفض|يرفض|ترفض)\p{L}*) (?:\S+ ){0,2}?[ايتن]?(?:رجع|رد|عطي|سلم|عيد)\p{L}*|${NB}[وف]?(?:يحتجز|احتجز|تحتجز|احتجاز|صادر|يصادر|تصادر|مصادر|يحجز|تحجز|حجز)\p{L}*(?: \S+){0,2}? ${AR_PAPERS}`;

const HELD = lazyPattern(
  foldPattern([EN, ES, FR, PT, DE, IT, PL, UK, TL, VI, AR].map((s) => `(?:${s})`).join('|')),
  'gu',
);
// A copy, a scan, a renewal, an embassy, a border, a trip: an office keeping papers for a while, not an employer.
const ORDINARY = lazyPattern(
  foldPattern(
    String.raw`\b(?:cop(?:y|ies)|scan\w*|photocop\w*|renew\w*|embass\w*|consul\w*|border|airport|hotel|trip|holiday|vacation|copia|renova\w*|embajada|frontera|aeropuerto|vacaciones|copie|renouvel\w*|ambassade|frontiere|vacances|embaixada|fronteira|ferias|kopie|verlanger\w*|botschaft|grenze|urlaub|rinnov\w*|ambasciata|ferie|kopi\w*|ambasad\w*|granic\w*|wakacj\w*|embahada|kopya|dai su quan|gia han)\b|(?:копі|скан|посольств|консульств|кордон|відпуст|продовж|سفار|تجديد|نسخ)`,
  ),
  'u',
);
// A denial just before: "they never took our passports", "no nos quitaron los pasaportes".
const DENIED = lazyPattern(
  String.raw`\b(?:never|didn'?t|did not|nunca|jamais|nunca|nie|nicht|nie|mai|hindi)\b(?: \S+){0,1} ?$`,
  'u',
);

interface Reading {
  urgent: boolean;
  categories: UrgencyCategory[];
}

/** Whether the folded text tells papers held by whoever employs the workers, not denied and not an office's. */
export function tellsPapersHeld(folded: string): boolean {
  if (ORDINARY.get().test(folded)) return false;
  const pattern = HELD.get();
  pattern.lastIndex = 0;
  for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
    if (!DENIED.get().test(folded.slice(Math.max(0, found.index - 20), found.index))) return true;
    if (found[0].length === 0) pattern.lastIndex += 1;
  }
  return false;
}

/**
 * The reading with harassment added (and urgent) where papers are held; self-harm read only from their words ("ولا يريد
 * أن يرجعها", "nie chce oddać") is dropped when the rules, asked of the text without them, no longer read it.
 */
export function withPapersHeld(text: string, reading: Reading, read: (text: string) => Reading): Reading {
  if (typeof text !== 'string') return reading;
  const folded = fold(text);
  if (!tellsPapersHeld(folded)) return reading;
  const keepsSelfHarm = reading.categories.includes('self-harm') && read(text).categories.includes('self-harm');
  return {
    urgent: true,
    categories: URGENCY_CATEGORIES.filter(
      (category) =>
        category === 'harassment' || (category === 'self-harm' ? keepsSelfHarm : reading.categories.includes(category)),
    ),
  };
}
