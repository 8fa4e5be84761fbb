import { eitherOrder, inOneSentence, sentenceHolding, word } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Discrimination told by who it was done to and why, with no word for discrimination (kind38, after an outside
 * attack): someone kept off the till, the counter or the new line, not hired, not promoted, moved to nights or out of
 * sight, for their race or colour, their age, their faith or its dress (a hijab, a veil, a turban, a kippah), a
 * pregnancy, a disability or their accent, often with the customers' supposed dislike given as the reason ("não
 * promove preto pra líder, que cliente não gosta", "can't work the front counter bc of her hijab, customers wouldn't
 * like it", "won't put any more old guys on the new line … moved 3 of us over 55 to nights"). The learned model read
 * these as fraud, safety or harassment, or as nothing: discrimination is the kind, which reaches whoever owns it
 * (docs/escalations.md), not the owner of safety.
 *
 * Two tables a language, each read in one sentence, either order: who they are (a person by race, age, faith or its
 * dress, pregnancy, disability or accent) × what was done to them (kept off, moved, not hired or promoted, shifts cut),
 * and who they are × the customers' supposed dislike. Folded text (lower case, no accents). Calm beside them: an old
 * guys' football match, hijab-friendly uniforms, a colleague's pregnancy congratulated, a wheelchair ramp finished,
 * customers who love the new accent wall: none of them holds both parts.
 */

/** Who someone is and what was done to them, or the customers' supposed dislike, in one sentence, either order. */
const heldAgainst = (identity: string, done: string, customers: string, notReal: string): UrgencyRule =>
  rule(
    'discrimination',
    sentenceHolding(
      `${inOneSentence('latin', 90, identity, done)}|${word(done, 'latin')}${IN_ONE_CLAUSE}${word(identity, 'latin')}|${eitherOrder('latin', 90, identity, customers)}`,
      notReal,
    ),
  );

// What was done, then whom to, in one clause: "won't hire anyone over 50". Not across a comma: in "young people are not
// promoted, they encourage old people" the old people are not the ones held back.
const IN_ONE_CLAUSE = '[^,;:.!?\\n]{0,40}?';

const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|lol|lmao|quiz|example|scenario|policy|illegal|against the law|myself|i asked|(?:she|he) asked|at (?:my|her|his) (?:own )?request|i chose|i wanted|i requested`;
const EN_PEOPLE = String.raw`(?:guys?|girls?|lads?|man|men|women|woman|workers?|staff|people|folks|kids?|colleagues?|co-?workers?|ones|employees?|ladies|dudes?|applicants?|candidates?|cashiers?|servers?|associates?)`;
const EN_IDENTITY = String.raw`(?:black|brown|asian|indian|mexican|muslim|jewish|sikh|hindu|arab|african|hispanic|latino|latina|filipino|pakistani|somali|haitian|polish|romanian|immigrant|foreign|indigenous|native)(?: \w+)? ${EN_PEOPLE}|muslims|blacks|immigrants|foreigners|mexicans|old (?:guys|men|ladies|women|timers|folks|people|workers|staff|hands|lads)|older (?:guys|workers|staff|people|ones|employees|women|men|colleagues|folks|ladies|applicants)|(?:anyone|anybody|people|staff|workers|those|us|everyone|nobody|no one|guys|folks|\w+ of us|employees) (?:over|above|past|older than) (?:4|5|6)\d|over[- ]?(?:4|5|6)\d'?s|hijabs?|headscarf|headscarves|head ?scarf|veil|veiled|niqab|burqa|turbans?|kippah|yarmulke|sari|religious (?:dress|clothing|headwear)|pregnant|pregnancy|started showing|maternity|wheelchair|disabled|disability|disabilities|(?:a|his|her|my) (?:stutter|stammer|limp|hearing aid|cane|prosthetic)|(?:my|her|his) stroke|deaf|autis\w*|accents?`;
const EN_DONE = String.raw`(?:won'?t|wont|will not|doesn'?t|don'?t|dont|didn'?t|not|never|no longer|no more|can'?t|cant|cannot|refuses? to|refused to|stopped) (?:\w+ ){0,2}?(?:hire|hiring|hired|employ|promote|promoting|promoted|put|putting|let|letting)|(?:taken|took|takes|pulled|pulls|kept|keep|keeps|moved|moves|moving|move|sent|sends|put|puts|transferred|switched|pushed|shoved|banned|barred) (?:\w+ ){0,3}?(?:off|out of|away from|from) (?:the )?(?:front|front desk|counter|reception|register|tills?|floor|shop floor|sales floor|desk|phones?|new line|line)|(?:kept|keep|keeps|moved|moves|moving|move|sent|sends|put|puts|transferred|switched|pushed|shoved|stuck) (?:\w+ ){0,4}?(?:to|onto|on|in) (?:the )?(?:nights?|night shift|back|stockroom|warehouse|worst shifts?)|passed (?:me |her |him |us |them )?over|(?:cut|cutting|cuts|slashed) (?:my|her|his|our|their) (?:shifts|hours)|no (?:more )?(?:\w+ ){0,3}?(?:on|at|up|in) (?:the )?(?:front|counter|floor|tills?|shop floor|reception|front of house)|up front|front of house|(?:in|to|at) the back\b|out of sight|(?:do|does|doing) all the (?:cleanup|cleaning|dirty work|worst jobs)`;
const EN_CUSTOMERS = String.raw`(?:customers?|clients?|guests?|patrons?|shoppers?|the public|diners|residents)(?: \w+){0,3}? (?:don'?t|dont|do not|doesn'?t|wouldn'?t|wont|won'?t|would not|did not|didn'?t) (?:like|want|trust|feel comfortable)|(?:customers?|clients?|guests?|patrons?)(?: \w+){0,2}? (?:complain\w*|prefer\w*|feel uncomfortable|find it \w+|get uncomfortable|are put off|would be put off|might be put off)|(?:puts?|putting|scares?|scaring|turns?|turning) (?:\w+ )?(?:customers?|clients?|guests?) (?:off|away)|(?:scares?|scaring|turns?|turning|puts?|putting) off (?:the )?(?:customers?|clients?|guests?)|(?:customers?|clients?|callers?) (?:\w+ )?(?:don'?t|dont|do not|can'?t|cant) (?:hear|see)|looks? bad (?:to|for|in front of) (?:the )?(?:customers?|clients?|guests?)|(?:a )?(?:young|younger|fresh|fresher) (?:image|look|faces?)|bad for (?:the )?(?:image|business|brand)`;
export const ENGLISH_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(EN_IDENTITY, EN_DONE, EN_CUSTOMERS, EN_NOT_REAL),
];

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|noticia|curso|capacitacion|video|cancion|broma|jaja\w*|ilegal|politica|como (?:pidio|pedi|queria)|a (?:su|mi) peticion|(?:lo|la) pidio`;
const ES_IDENTITY = String.raw`negr[oa]s?|moren[oa]s?|morenit[oa]s?|prietos?|indigenas?|gitan[oa]s?|musulman[ae]s?|extranjer[oa]s?|inmigrantes?|africanos?|arabes?|sudacas?|mayores? de (?:4|5|6)\d|(?:mas|arriba) de (?:4|5|6)\d(?: anos)?|viejos|viejas|(?:los |las )?mayores|ancianos|gente mayor|velo|hiyab|hijab|panuelo|turbante|kipa|embarazad[ao]s?|embarazo|panza|maternidad|silla de ruedas|discapacit\w*|minusvali\w*|sord[oa]s?|tartamud\w*|acentos?`;
const ES_DONE = String.raw`no (?:\w+ ){0,2}?(?:contrat|ascien|ascend|promuev|promocion|pon|deja|dejan|quier|pasa|pasan|sub|acept)\w*|(?:quit|sac|baj)\w* (?:\w+ ){0,3}?del? (?:la )?(?:mostrador|caja|recepcion|atencion|tienda|sala|linea)|(?:mand|pas|mov|cambi|traslad)\w* (?:\w+ ){0,3}?(?:al|a la|a) (?:almacen|bodega|turno de noche|noche|cocina|trastienda)|ya no (?:me |le |les |nos )?dan turnos|(?:despid|echar|corrieron)\w*|renuncien|de cara al publico`;
const ES_CUSTOMERS = String.raw`(?:clientes?|clientela|publico|comensales)(?: \w+){0,3}? (?:no (?:les |le )?gusta\w*|se quej\w*|prefier\w*|no quier\w*|se incomod\w*|se asust\w*|es fina|no (?:lo |la |los |las )?acept\w*)|(?:espanta|asusta|ahuyenta)\w* (?:a )?(?:los )?clientes|(?:da |dan )?mala imagen|imagen (?:joven|fresca)|caras jovenes`;
export const SPANISH_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(ES_IDENTITY, ES_DONE, ES_CUSTOMERS, ES_NOT_REAL),
];

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|article|formation|video|chanson|blague|mdr|ptdr|illegal|interdit par la loi`;
const FR_IDENTITY = String.raw`noirs?|noires?|blacks?|renois|rebeus?|arabes?|maghrebins?|musulman\w*|africain\w*|etrangers?|voilee?s?|voile|foulard|hijab|turban|kippa|enceinte|grossesse|handicap\w*|fauteuil roulant|sourde?s?|begue|accent|vieux|seniors?|(?:plus|au-dessus) de (?:4|5|6)\d(?: ans)?`;
const FR_DONE = String.raw`(?:n'?|ne )?(?:embauch|promeu|promouv|nomm|mett|met|laiss|accept|propos)\w* (?:\w+ ){0,2}?(?:plus|pas|jamais|que)|(?:retir|vir|enlev|ecart)\w* (?:\w+ ){0,3}?(?:de|des|du) (?:la |l'|le )?(?:caisse|accueil|salle|comptoir|telephone|vente)|(?:mut|mis|mise|mettre|envoy|deplac|pass)\w* (?:\w+ ){0,3}?(?:en|a|au|de) (?:la )?(?:reserve|nuit|poste de nuit)|interdit\w*|refus\w*|jamais propose\w*|retire mes heures|pousser a partir|decourager|(?:pas|plus) de (?:\w+ )?(?:a|en|au) (?:l'accueil|salle|caisse|comptoir)|veut plus de`;
const FR_CUSTOMERS = String.raw`clients?(?: \w+){0,3}? (?:n'?aim\w*|aim\w* pas|se plaign\w*|prefer\w*|ne veulent pas|veulent pas|ne supportent|comprendraient pas|seraient genes|sont genes)|(?:fait|font) fuir (?:les )?clients|rassure (?:les )?clients|(?:ca|cela) fait pas pro|image (?:jeune|de marque)|devant les clients`;
export const FRENCH_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(FR_IDENTITY, FR_DONE, FR_CUSTOMERS, FR_NOT_REAL),
];

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|video|musica|piada|kkk\w*|ilegal|politica`;
const PT_IDENTITY = String.raw`pretos?|pretas?|negros?|negras?|morenos?|pardos?|indigenas?|nordestin\w*|baian\w*|estrangeir\w*|imigrantes?|venezuelan\w*|haitian\w*|muculman\w*|veu|hijab|lenco|turbante|gravid\w*|gestantes?|barriga|licenca[- ]maternidade|cadeirante|cadeira de rodas|deficien\w*|pcd|surd[oa]s?|gag[oa]s?|sotaques?|velh[oa]s?|idos[oa]s?|(?:mais|acima) de (?:4|5|6)\d|coroas?`;
const PT_DONE = String.raw`nao (?:\w+ ){0,2}?(?:promov|promove|contrat|deix|bot|coloc|sob|sobe|aceit|pod)\w*|(?:tir|afast)\w* (?:\w+ ){0,3}?d[oa]s? (?:caixa|balcao|atendimento|telefone|loja|escalas?|salao|recepcao|telemarketing)|(?:mand|pass|bot|coloc|mud|transfer|jog)\w* (?:\w+ ){0,3}?(?:pr[oa]|para o|para a|no|na|pro) (?:estoque|deposito|noite|turno da noite)|(?:demit|mandaram embora|dispens)\w*|so (?:colocam|botam|contratam|promovem)|nunca (?:e |foi )?promovid\w*|nao serve`;
const PT_CUSTOMERS = String.raw`(?:clientes?|freguese?s?|publico)(?: \w+){0,3}? (?:nao gosta\w*|reclama\w*|prefere\w*|nao quer\w*|desliga\w*|estranha\w*|se incomoda\w*)|pega mal|assusta\w* (?:o |os )?clientes?|(?:quer|querem) gente nova|imagem (?:jovem|da loja|da empresa)`;
export const PORTUGUESE_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(PT_IDENTITY, PT_DONE, PT_CUSTOMERS, PT_NOT_REAL),
];

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|artikel|schulung|video|lied|witz|haha\w*|verboten|gesetz`;
const DE_IDENTITY = String.raw`schwarz\w* (?:kolleg\w*|mitarbeiter\w*|leute|menschen|mann|frau|fahrer\w*|jungs?)|schwarzen|dunkelhautig\w*|turken|turkinnen|tuerken|araber\w*|auslander\w*|muslim\w*|afrikaner\w*|rumanen|kopftuch\w*|schleier|turban|kippa|schwanger\w*|mutterschutz|elternzeit|mutter|rollstuhl\w*|behindert\w*|behinderung|gehorlos\w*|akzent\w*|(?:die |den |der )?(?:alten|alteren|altesten) (?:kolleg\w*|leute|mitarbeiter\w*|herren|manner|frauen|hasen)|die (?:alten|alteren|altesten)\b(?! (?:maschinen|gerate|stapler|system\w*|teile|sachen|dateien|regeln))|(?:uber|ab) (?:4|5|6)\d(?:-?jahrig\w*| jahren?\b| (?:wird|werden)\b)|(?:die|alle|leute|kollegen|bewerber|mitarbeiter) (?:uber|ab) (?:4|5|6)\d|senior\w*`;
const DE_DONE = String.raw`(?:keine?n?|nie|nicht mehr|kein|nicht) (?:\w+ ){0,3}?(?:an (?:der|die) (?:kasse|theke|rezeption|telefon)|ans telefon|in den (?:verkauf|service)|im (?:service|verkauf|laden)|eingestellt|befordert|schichtleiter\w*)|(?:versetzt|verlegt|abgeschoben|gekundigt|rausgeworfen|entlassen|ubergangen|abgezogen)|(?:in die|auf) nachtschicht|ins lager|keine schichten|kundigen`;
const DE_CUSTOMERS = String.raw`(?:kunden|kundschaft|gaste|klienten)(?: \w+){0,3}? (?:mogen|wollen|beschwer\w*|stor\w*|bevorzug\w*|erschreck\w*|mochten)|(?:mogen|wollen|mochten) (?:die )?(?:kunden|gaste|kundschaft)|nicht reprasentativ|passen (?:\w+ ){0,2}?nicht ins (?:team|bild)|junge leute an`;
export const GERMAN_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(DE_IDENTITY, DE_DONE, DE_CUSTOMERS, DE_NOT_REAL),
];

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|articolo|corso|formazione|video|canzone|scherzo|ahah\w*|illegale|vietato dalla legge`;
const IT_IDENTITY = String.raw`(?<!\bin )ner[oiae]|di colore|stranier\w*|immigrat\w*|extracomunitar\w*|african\w*|marocchin\w*|rumen\w*|albanes\w*|musulman\w*|velo|hijab|foulard|turbante|kippah|incinta|incinte|gravidanza|maternita|disabil\w*|carrozzina|sedia a rotelle|sord[oi]|balbuz\w*|accento|vecchi|anzian\w*|over (?:4|5|6)\d|(?:sopra|oltre) i (?:4|5|6)\d`;
const IT_DONE = String.raw`non (?:\w+ ){0,2}?(?:assum|promuov|mett|fann|fa|lasc|vogli|dann|danno|adatt)\w*|(?:tolt|toglie|tolgono|allontanat|licenziat|cacciat)\w* (?:\w+ ){0,3}?(?:dal|dalla|da) (?:banco|bancone|cassa|sala|reception|linea|pubblico)|(?:spostat|mandat|mess|trasferit|sbattut)\w* (?:\w+ ){0,3}?(?:al|alla|in|sul|di) (?:magazzino|notte|turno di notte)|(?:licenzi|caccia)\w*|far dimettere|andare via|mandare via|niente (?:\w+ ){0,3}?(?:in sala|alla cassa|al banco|al pubblico)|solo in magazzino|mai caposquadra`;
const IT_CUSTOMERS = String.raw`clienti(?: \w+){0,3}? (?:non (?:gli |le )?piace\w*|si lamenta\w*|preferisc\w*|non capisc\w*|si mettono a disagio|non vogliono)|(?:ai|al) client\w* non piace|immagine (?:giovane|del negozio|dell'azienda)|al pubblico mettono`;
export const ITALIAN_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(IT_IDENTITY, IT_DONE, IT_CUSTOMERS, IT_NOT_REAL),
];

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|piosenk\w*|zart\w*|haha\w*|nielegaln\w*`;
const PL_IDENTITY = String.raw`czarn(?:y|ego|emu|ych|ymi|i|a|ej) (?:kolega|kolegi|koleg\w*|pracownik\w*|ludz\w*|osob\w*|chlopak\w*|dziewczyn\w*|facet\w*)|czarnoskor\w*|ciemnoskor\w*|murzyn\w*|ukrainc\w*|cudzoziem\w*|obcokrajow\w*|muzulman\w*|chust\w*|hidzab\w*|hijab|turban\w*|w ciazy|ciaz\w*|macierzynsk\w*|wozku inwalidzkim|(?:kolega|kolezanka|kolege|kolezanke|kolegi|pracownik\w*|osob\w*) na wozku|niepelnosprawn\w*|gluch\w*|akcent\w*|starsz\w*|starzy|starych|po (?:4|5|6)\d|po piecdziesiatce|po szescdziesiatce|emeryt\w*`;
const PL_DONE = String.raw`nie (?:\w+ ){0,2}?(?:zatrudnia\w*|awansuj\w*|biora|bierze|stawiaj\w*|stawia|wpuszcza\w*|dostaj\w*|chce|chca|puszcza\w*)|(?:przeniesl|przeniesion|dali|wrzucil|wyslal)\w* (?:\w+ ){0,3}?(?:na|do) (?:magazyn|noc|nocki|nocke|zaplecze)|(?:wywalil|zwolnil|odsuneli|zabral|zdjel|pomineli|pominiet)\w* (?:\w+ ){0,3}?(?:z|od|przy) (?:kasy|sali|linii|awansie|infolinii)|na zaplecze|zeby (?:sami )?sie zwolnil\w*|zwolni\w*|wywal\w*`;
const PL_CUSTOMERS = String.raw`klient\w*(?: \w+){0,3}? (?:nie lubi\w*|narzeka\w*|skarz\w*|by sie skarzyli|woli|wola|nie chc\w*|sie rozlacz\w*|nie podoba)|klientom (?:sie )?(?:to )?nie podoba|zle wyglada|przed klientami|wizerun\w*`;
export const POLISH_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(PL_IDENTITY, PL_DONE, PL_CUSTOMERS, PL_NOT_REAL),
];

const TL_NOT_REAL = String.raw`pelikula|teleserye|serye|libro|laro|balita|training|video|kanta|biro|joke|haha\w*|ilegal`;
const TL_IDENTITY = String.raw`naka-?hijab|hijab|belo|talukbong|turban|muslim\w*|maitim|negro|bisaya|probinsyano|punto|accent|buntis|maternity|pwd|may kapansanan|naka-?wheelchair|wheelchair|bingi|pilay|matanda|matatanda|senior|(?:lampas|higit|over) (?:sa )?(?:4|5|6)\d`;
const TL_DONE = String.raw`hindi (?:na )?(?:\w+ ){0,2}?(?:tumatanggap|tinatanggap|pinapromote|pinopromote|pinapasok|pinapayagan|nilalagay|ilalagay|pinapa-?\w+|binibigyan)|(?:inilipat|nilipat|nilagay|inilagay)\w* (?:\w+ ){0,3}?sa (?:bodega|gabi|night shift|likod)|(?:tinanggal|sinisante|pinaalis)\w*|wala na (?:akong|siyang|kaming) (?:schedule|sked|shift|pasok)`;
const TL_CUSTOMERS = String.raw`ayaw (?:daw )?(?:ng|nang) (?:mga )?(?:customer|kliyente|suki|costumer)s?|(?:customer|kliyente|suki)s? (?:ay )?(?:ayaw|nagrereklamo|nagagalit|mailang|naiilang)|pangit (?:daw )?sa (?:customer|kliyente)s?|mailang|gusto (?:daw )?(?:ng boss )?bata`;
export const TAGALOG_WHO_THEY_ARE_HELD_AGAINST: UrgencyRule[] = [
  heldAgainst(TL_IDENTITY, TL_DONE, TL_CUSTOMERS, TL_NOT_REAL),
];
