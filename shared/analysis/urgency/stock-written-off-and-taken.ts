import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Theft dressed as a write-off (kind38, after an outside attack): stock booked as breakage, scrap, waste, expired or
 * shrinkage while it is sold privately, taken home or loaded into someone's own van ("verkauft Paletten Ware privat …
 * bucht sie als Bruch aus", "carica merce sul suo furgone … risulta come scarto"); fake returns with the refund kept;
 * a stock count adjusted to cover what goes. The learned model read the breakage as safety and the taking as
 * harassment, or read nothing: it is fraud, the owner of fraud's (docs/escalations.md).
 *
 * One table a language, read in one sentence, either order: the record made false (booked or marked as breakage,
 * scrap, waste or expired; a count adjusted; a return invented) × the goods or money taken (sold on the side, taken
 * home, loaded into one's own vehicle, pocketed, what goes missing covered). Folded text. Calm beside them: broken
 * pallets written off after a storm, expired yoghurt written off every Monday, a count adjusted that then matched,
 * shrink down this quarter: a write-off with nothing taken.
 */

const writtenOffAndTaken = (falsified: string, taken: string, notReal: string): UrgencyRule =>
  rule('fraud', sentenceHolding(eitherOrder('latin', 90, falsified, taken), notReal));

const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|quiz|example|scenario|policy|procedure`;
const EN_WRITTEN_AS = String.raw`(?:damaged|breakage|broken|scrap|scrapped|waste|wastage|spoil\w*|expired|out of date|shrink|loss|lost|stolen|write-?offs?|defective|unsaleable|damages)`;
const EN_FALSIFIED = String.raw`(?:book|log|mark|put|list|enter|record|declar|report|class|reclassif|writ|scan|code|sign|count)\w*(?: [\w'-]+){0,4}?(?: down| off)? as ${EN_WRITTEN_AS}|writ(?:es|ing|ten|e)? (?:\w+ ){0,4}?off as|(?:shrink(?:age)?|inventory|stock) (?:numbers?|figures?|counts?|levels?|reports?) (?:get |gets |are |is |being |were )?(?:adjusted|fiddled|fudged|changed|doctored|cooked|tweaked|altered)|(?:counts?|inventory|numbers?) (?:get |gets |are |is |being |were )?(?:adjusted|fiddled|fudged|doctored|cooked|tweaked)|(?:adjust\w*|fiddl\w*|fudg\w*|doctor\w*|cook\w*|tweak\w*) (?:the )?(?:inventory|stock counts?|counts?|shrink\w*)|(?:fake|false|phantom|bogus|made[- ]up|fictitious|ghost) (?:customer )?(?:returns?|refunds?|exchanges?)|refunds? for (?:returns?|items?|stuff) (?:that )?(?:never|nobody)`;
const EN_TAKEN = String.raw`(?:sell|sells|selling|sold|flog\w*|flip\w*)(?: \w+){0,4}? (?:on the side|privately|on facebook|on marketplace|on ebay|online|out the back|to (?:a |his |her |some )?(?:mate|friend|buddy|guy|cousin|brother|contact)|for cash|cash in hand)|(?:takes?|took|taking|taken|bring\w*|brought|carr\w*|walks?|walking|walked) (?:\w+ ){0,3}?(?:home|out the back|to his (?:car|van|truck|house|garage)|out with)|(?:load|loads|loaded|loading|puts?|putting|stuff\w*) (?:\w+ ){0,4}?(?:into|in|onto) (?:his|her|their|a private) (?:own )?(?:car|van|truck|trunk|boot|pickup)|ends? up (?:in|at) (?:his|her|their) (?:garage|house|home|shop|place)|(?:cover|hide|hiding|covering|covers|hides) (?:up )?(?:what|the stuff|the stock|the theft|the missing)|go(?:es)? missing|pocket\w*|keeps? the (?:cash|money|refund)|kept the (?:cash|money|refund)`;
export const ENGLISH_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(EN_FALSIFIED, EN_TAKEN, EN_NOT_REAL),
];

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|noticia|curso|capacitacion|video|broma|jaja\w*|procedimiento`;
const ES_AS = String.raw`(?:rotura|roto|rota|rotos|rotas|merma|mermas|danad\w*|desecho|chatarra|caducad\w*|vencid\w*|perdida|averiad\w*|defectuos\w*)`;
const ES_FALSIFIED = String.raw`(?:da|dan|dio|dieron|dando|dar|damos) de baja|(?:registr|fich|anot|mete|meten|pon|pone|ponen|marc|declar|apunt|pasa|pasan|factur)\w* (?:\w+ ){0,3}?como ${ES_AS}|(?:figura|figuran|aparece|aparecen|sale|salen|queda|quedan) (?:\w+ ){0,2}?como ${ES_AS}|mermas? (?:inventad\w*|falsas?|ficticias?)|(?:ajust|cuadr|arregl|maquill|manipul)\w* (?:\w+ ){0,2}?(?:el |los |las )?(?:inventario|stock|existencias|faltantes|conteo)|devoluciones? (?:falsas?|ficticias?|inventadas?|fantasma)`;
const ES_TAKEN = String.raw`(?:vend|reven)\w*|se (?:lo |la |los |las )?(?:lleva|llevan|llevo|llevaron)|(?:llev|carg|mete|met)\w* (?:\w+ ){0,3}?(?:en|a) su (?:camioneta|coche|carro|furgo\w*|auto|troca|maletero|casa)|(?:tapar|ocultar|cubrir|esconder|disimular) (?:lo que|el robo|los robos|lo robado|los faltantes)|para que no se note|lo que falta|se (?:queda|quedan|quedo|guarda|guardan)\w* (?:con )?(?:el |la )?(?:dinero|plata|lana|efectivo|reembolso)`;
export const SPANISH_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(ES_FALSIFIED, ES_TAKEN, ES_NOT_REAL),
];

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|article|formation|video|blague|mdr|ptdr|procedure`;
const FR_FALSIFIED = String.raw`(?:pass|declar|enregistr|mis|mise|mett|met|class|not|compt|inscri)\w* (?:[\w'-]+ ){0,4}?(?:en|comme) (?:casse|demarque|perte|pertes|rebut|perime\w*|abime\w*|endommage\w*|dechets?|ferraille)|(?:mis|mise|mises|mettre) au rebut|ressort\w* en (?:casse|perte|demarque)|(?:declar|dit)\w* (?:\w+ ){0,2}?(?:casse|cassee|casses|cassees|abime\w*)|(?:trafiqu|ajust|corrig|modifi|maquill|bidouill)\w* (?:\w+ ){0,2}?(?:l'inventaire|les stocks?|le stock|inventaire|les retours)|(?:faux|fausses?|fictifs?|fictives?) retours?`;
const FR_TAKEN = String.raw`(?:vend|revend)\w*|(?:charg|met|mett)\w* (?:\w+ ){0,3}?dans (?:sa|son) (?:voiture|camionnette|camion|coffre|fourgon\w*|utilitaire)|chez (?:lui|son \w+|sa \w+)|(?:embarqu|emport|piqu|vol)\w*|(?:cacher|masquer|couvrir|camoufler) (?:ce qui|les vols?|le vol|les manques?)|empoch\w*|gard\w* l'argent|en douce|au noir`;
export const FRENCH_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(FR_FALSIFIED, FR_TAKEN, FR_NOT_REAL),
];

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|video|piada|kkk\w*|procedimento`;
const PT_AS = String.raw`(?:avaria|quebra|quebrad\w*|sucata|perda|vencid\w*|danificad\w*|estragad\w*|descarte|refugo)`;
const PT_FALSIFIED = String.raw`(?:da|dao|dando|deu|deram|dar) baixa|(?:lanc|registr|marc|bot|coloc|declar|pass)\w* (?:\w+ ){0,3}?como ${PT_AS}|(?:aparece|aparecem|sai|saem|fica|ficam|consta\w*) (?:\w+ ){0,2}?como ${PT_AS}|(?:mex|ajust|maqui|manipul|acert)\w* (?:\w+ ){0,2}?(?:o |no )?(?:estoque|inventario)|(?:o )?(?:estoque|inventario) (?:e |foi )?(?:mexido|ajustado|maquiado|manipulado)|(?:devolucao|devolucoes|trocas?) (?:falsas?|fantasmas?|ficticias?)|trocas? que nunca aconteceram`;
const PT_TAKEN = String.raw`(?:vend|revend)\w*|(?:leva|levam|levou|levando) (?:\w+ ){0,3}?(?:pro carro|para o carro|pra casa|para casa|pro \w+ dele)|(?:ench|carreg|bot|coloc)\w* (?:\w+ ){0,3}?(?:van|carro|caminhonete|porta-?malas) dele|(?:cobrir|esconder|tapar|disfarcar) (?:o que|o desvio|o roubo|os furtos?|a falta)|desvio|some|somem|embols\w*|fica\w* com o (?:dinheiro|valor)`;
export const PORTUGUESE_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(PT_FALSIFIED, PT_TAKEN, PT_NOT_REAL),
];

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|artikel|schulung|video|witz|haha\w*|verfahren`;
const DE_AS = String.raw`(?:bruch|schwund|schrott|verlust|verderb|abfall|ausschuss|beschadigt\w*|kaputt|defekt|abgelaufen\w*|abschreibung)`;
const DE_FALSIFIED = String.raw`(?:bucht|buchen|gebucht|verbucht|verbuchen|tragt|tragen|eingetragen|schreibt|schreiben|abgeschrieben|deklariert|erfasst|markiert)\b[^.!?\n]{0,40}?\b(?:als|unter) ${DE_AS}|(?:als|unter) ${DE_AS} (?:aus|ab|ein)?(?:gebucht|buchen|bucht|geschrieben|schreibt|verbucht)|(?:inventur|bestand|bestande|inventurdifferenz\w*)\w* (?:\w+ ){0,4}?(?:angepasst|frisiert|geschont|manipuliert|ausgeglichen|korrigiert|geandert)|(?:steht|stehen) (?:dann )?(?:\w+ ){0,2}?(?:verlust|schwund|bruch)|(?:falsche|gefalschte|fingierte|erfundene) (?:retouren|ruckgaben|erstattungen)|scheinretouren`;
const DE_TAKEN = String.raw`(?:verkauf|vertick|verscherbel|vertreib)\w*|(?:lad|pack|steck)\w* (?:\w+ ){0,4}?in (?:seinen|ihren|den eigenen) (?:kofferraum|transporter|wagen|auto|bus|kombi|lieferwagen)|(?:mit )?nach hause|privat|(?:landen|landet) bei|mitnimmt|mitnehmen|mitgenommen|damit (?:keiner|niemand) (?:\w+ )?merkt|nicht auffallt|(?:steckt|stecken|behalt|behalten|kassiert)\w* (?:\w+ ){0,2}?(?:geld|ein)`;
export const GERMAN_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(DE_FALSIFIED, DE_TAKEN, DE_NOT_REAL),
];

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|articolo|corso|formazione|video|scherzo|ahah\w*|procedura`;
const IT_AS = String.raw`(?:rottur\w*|rott[oaie]|scart\w*|rottame|perdit\w*|cal[oi]|danneggiat\w*|scadut\w*|invendut\w*|avariat\w*|difettos\w*)`;
const IT_FALSIFIED = String.raw`(?:registr|segn|mett|mess|scaric|dichiar|pass|class|figur|risult|finisc)\w* (?:\w+ ){0,4}?come ${IT_AS}|(?:aggiust|sistem|ritocc|modific|truccan|trucca|copr)\w* (?:\w+ ){0,2}?(?:l'inventario|inventario|le giacenze|le differenze|il magazzino)|(?:le )?differenze (?:di|del) magazzino (?:\w+ ){0,3}?(?:coperte|nascoste|sistemate)|cali inventati|resi (?:falsi|fittizi|finti|inventati)`;
const IT_TAKEN = String.raw`(?:vend|rivend)\w*|(?:carica|caricano|porta|portano)\w* (?:\w+ ){0,4}?(?:sul suo|nel suo|col suo|con il suo|sulla sua|nella sua) (?:furgone|furgoncino|camion|macchina|auto|bagagliaio)|porta via|portano via|si porta|se la porta|se lo porta|a casa|(?:coprire|nascondere|mascherare) (?:quello che|la merce che|i furti|gli ammanchi)|sparisc\w*|in nero|intasc\w*|si tiene|si tengono`;
export const ITALIAN_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(IT_FALSIFIED, IT_TAKEN, IT_NOT_REAL),
];

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|zart\w*|haha\w*|procedur\w*`;
const PL_AS = String.raw`(?:stluczk\w*|strat\w*|zlom|uszkodzon\w*|zepsut\w*|przeterminowan\w*|odpad\w*|ubytek|ubytki|braki)`;
const PL_FALSIFIED = String.raw`(?:ksieguj|zaksiegow|wpisuj|wpisal|wpisuja|oznacza|oznaczaj|zaznacza|odpisuj|odpisal|wrzuca|wrzucaj|zglasz)\w* (?:\w+ ){0,3}?(?:jako|na) ${PL_AS}|(?:w systemie|w papierach) (?:\w+ ){0,2}?(?:jako )?${PL_AS}|ida na zlom|(?:popraw|zmienia|przerabia|naciaga|koryguj|falszuj)\w* (?:\w+ ){0,2}?(?:stany|stan|inwentaryzacj\w*|remanent\w*)|wymyslon\w* strat\w*|(?:falszyw|lew|fikcyjn|udawan)\w* zwrot\w*`;
const PL_TAKEN = String.raw`(?:sprzeda|sprzedaj|opyla|opchn|handluj)\w*|(?:laduj|laduje|zaladowal|wywozi|wywiozl|zabiera|zabral)\w*|(?:to )?co wynosi|wynosi do domu|do (?:swojego|swojej) (?:auta|busa|samochodu|vana|dostawczaka|bagaznika)|na lewo|na boku|(?:ukryc|przykryc|zatuszowac|zamaskowac) (?:braki|to co|kradziez\w*)|(?:bierze|biora|chowa|wklada)\w* (?:\w+ ){0,2}?(?:kase|pieniadze|dla siebie|do kieszeni)`;
export const POLISH_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(PL_FALSIFIED, PL_TAKEN, PL_NOT_REAL),
];

const TL_NOT_REAL = String.raw`pelikula|teleserye|serye|libro|laro|balita|training|video|biro|joke|haha\w*|proseso`;
const TL_FALSIFIED = String.raw`(?:nilalagay|inilalagay|nilagay|minamarkahan|minarkahan|dineklara|idinedeklara|dinedeklara|dineklarang|sinasabi\w*|nirerecord|lalabas|lumalabas|nakalagay)\w* (?:\w+ ){0,4}?(?:na |as |bilang )?(?:sira|nasira|damaged|expired|scrap|basura|defective|lost|nawala)|(?:inaayos|inayos|binabago|binago|pinepeke|pineke|dinodoktor|minamanipula|ginagalaw)\w* (?:\w+ ){0,3}?(?:inventory|bilang|stock|records?)|pekeng (?:return|refund)s?|(?:nag-?iimbento|nag-?imbento|gumagawa) (?:ng )?(?:pekeng )?(?:return|refund)s?`;
const TL_TAKEN = String.raw`(?:binebenta|ibinebenta|binenta|ibinenta|nagbebenta)\w*|(?:iniuuwi|inuuwi|inuwi|iniuwi|uuwi)\w*|(?:kotse|van|sasakyan) niya|(?:matakpan|takpan|itago|maitago|hindi makita|hindi halata)|nakaw|nawawala\w*|kinukuha niya|bulsa`;
export const TAGALOG_STOCK_WRITTEN_OFF_AND_TAKEN: UrgencyRule[] = [
  writtenOffAndTaken(TL_FALSIFIED, TL_TAKEN, TL_NOT_REAL),
];
