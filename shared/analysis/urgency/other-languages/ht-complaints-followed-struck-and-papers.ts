/*
 * Haitian Creole (u37b), the rest of the kinds the other languages read: a threat to fire or cut the hours of whoever
 * complains, a worker followed home or waited for, remarks on a body (harassment); someone struck by a forklift or a
 * falling load, a co-worker gone with the phone off, a chemical in the eyes, papers held so workers cannot leave
 * (safety); wages not paid for weeks (fraud). Folded text, as Kreyòl is texted. Calm beside them: following a
 * course ("swiv yon fomasyon"), boxes fallen with nobody hurt, a complaint about the coffee answered, a passport to
 * renew, a cat gone, a kind remark on the work.
 * Tests: test/unit/analysis/urgency-creole-theft-favours-and-site-hazards.test.ts.
 */
import type { UrgencyCategory } from '../types';

// Complaining, reporting, or going to HR, the union or the police.
const COMPLAINS = String.raw`(?:plenn|plede|pote plent|fe plent|fè plent|depoze plent|pale|rapote|denonse|ale (?:nan|kot|kote|bo|bò) (?:rh|resous imen|sendika|direksyon|lapolis|enspekte)|rele (?:rh|enspekte|lapolis|osha|sendika))`;
// What is done to whoever complains: fired, put out, hours or shifts cut, the job lost.
const PUNISHED = String.raw`(?:revoke|ranvwaye|mete (?:\S+ ){0,2}deyo|koupe (?:\S+ ){0,2}(?:le|lè|ore|orè|shift|chif|ed|è)|pedi (?:travay|djob|pos|plas) (?:\S+ )?|pèdi (?:travay|djob|pos|plas))`;
// A vehicle or a load at work.
const VEHICLE_OR_LOAD = String.raw`(?:chariot|charyo|chariot elevate|foklif|fòklif|forklift|transpalet|kamyon|trakte|traktè|bwat|kes|kès|palet|palèt|chaj|pyes|pyès|materyo|sak|poto|planch|tol|tòl|blok)`;
// A person, or a part of one.
const SOMEONE = String.raw`(?:yon |de )?(?:koleg|moun|travaye|travayè|ouvriye|li|l|m|mwen|nou|tet|tèt|pye|janm|men) ?(?:\S+ )?`;
// Papers a worker needs to leave or to work.
const PAPERS = String.raw`(?:paspo|papye|kat idantite|kat id|pemi travay|pèmi travay|viza|kat rezidans|green card)`;

export const HAITIAN_COMPLAINTS_FOLLOWED_STRUCK_AND_PAPERS: Partial<Record<UrgencyCategory, string[]>> = {
  harassment: [
    // Fired or hours cut for complaining, either order: "si nou plenn l ap revoke nou tout", "tout moun ki pote plent ap
    // pèdi travay yo", "depi m te fè plent lan yo koupe lè m yo". A complaint that was answered is none.
    String.raw`(?:si|tout moun ki|nenpot moun ki|nenpòt moun ki|moun ki|kiyes ki|sa ki|depi|paske|apre) (?:\S+ ){0,2}${COMPLAINS}\b[^.!?\n]{0,50}?\b${PUNISHED}|${PUNISHED}\b[^.!?\n]{0,40}?\b(?:tout moun ki|nenpot moun ki|nenpòt moun ki|moun ki|si (?:\S+ )?|paske (?:\S+ )?) (?:te )?${COMPLAINS}`,
    // Followed home or waited for: "li swiv mwen lakay mwen chak swa", "msye ap tann mwen nan pakin lan apre travay".
    String.raw`(?:swiv|suiv|tann|veye|espyone|kanpe devan kay) (?:m|mwen|li|l|nou|fi yo|medam yo)\b[^.!?\n]{0,40}?\b(?:lakay|kay (?:m|mwen|li|l|nou)|devan kay|chak swa|chak jou|apre travay|apre shift|nan pakin|nan lari|jis lakay)`,
    // Remarks on a body or a sex, said to the writer or the women: "li toujou ap fè kòmantè sou kò m".
    String.raw`(?:fe|fè) (?:\S+ )?(?:komante|komantè|remak|blag|jès|jes) (?:\S+ ){0,2}(?:sou (?:ko|kò|tete|bouda|fes|fès|deye|dèyè|pwatrin|janm|kuis) (?:m|mwen|li|l|nou|medam yo|fi yo|fanm yo)|seksyel|sal sou)`,
  ],
  safety: [
    // Struck, run over or fallen on by a vehicle or a load: "yon chariot frape yon koleg", "yon bwat tonbe sou tèt yon
    // travayè". Boxes fallen with nobody hurt are none.
    String.raw`${VEHICLE_OR_LOAD}\b[^.!?\n]{0,30}?\b(?:frape|kraze|pase sou|tonbe sou|ateri sou|kwense|pran) ${SOMEONE}`,
    // A co-worker gone with the phone off or not answering: "koleg mwen disparèt depi 3 jou telefòn li fèmen".
    String.raw`(?:koleg|travaye|travayè|\S+ (?:a|an|la|lan|nan)|mari|madanm|pitit) (?:\S+ ){0,2}(?:disparet|disparèt|pa janm tounen|pa tounen)\b[^.!?\n]{0,60}?\b(?:telefon|telefòn|selile|selilè) (?:\S+ )?(?:femen|fèmen|etenn|pa sonnen|pa reponn|mouri)`,
    // A chemical splashed in the eyes or the face: "pwodui a tonbe nan je l", "klowòks la voltije nan zye koleg mwen".
    String.raw`(?:pwodui|chimik|asid|klowox|klorox|amonyak|solvan|likid|pestisid|dlo jav|javel|kloro)\b[^.!?\n]{0,30}?\b(?:tonbe|antre|pete|voltije|fwete|gaye|flite|vole) (?:\S+ )?nan (?:je|zye|figi) (?:li|l|m|mwen|nou|koleg|\S+ (?:a|la|nan))`,
    // Papers held so workers cannot leave: "yo pran paspò nou e yo pa kite nou ale", "ajans lan kenbe papye nou yo e li
    // pa vle renmèt yo". A passport to renew is none.
    String.raw`(?:pran|kenbe|konfiske|sere|bloke|retire) (?:\S+ )?${PAPERS}\b[^.!?\n]{0,50}?\b(?:pa (?:vle )?(?:renmet|renmèt|remet|remèt|bay|ban|retounen)|pa kite (?:nou|m|mwen|yo) (?:ale|soti|kite)|pa ka (?:ale|soti|kite))`,
  ],
  fraud: [
    // Wages not paid for weeks or months: "li pa peye nou depi 2 mwa", "patwon an pa peye travayè yo depi twa semèn".
    String.raw`(?:pa|p|poko) (?:\S+ )?peye (?:nou|m|mwen|travaye yo|travayè yo|moun yo|anpil moun|pesonn|pèsonn)\b[^.!?\n]{0,20}?\bdepi (?:\S+ )?(?:semen|semèn|mwa|\d+)`,
  ],
};
