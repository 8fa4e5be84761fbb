/*
 * Haitian Creole (u37b): the kinds the other languages read that Kreyòl did not, found missed by an outside attacker
 * (13 of 26): theft at work, fake invoices and bribes (fraud); a weapon shown or promised in a threat (threat and
 * safety); sex asked as the price of a job, a shift or hours (harassment); a gas leak, an unsafe scaffold or ladder,
 * live wires, a chemical spilled, a machine's guard taken off (safety). Read in folded text as Kreyòl is texted:
 * without accents, "m" for "mwen", "l" for "li", markers of time joined or apart ("l ap", "lap").
 * Each is a table of an act by what it is done to, not one phrase per wording; the calm look-alikes stay calm: a bike
 * stolen at home, the gas bill or the price of gas, the scaffold coming down on Monday, a phone's wire broken, an
 * invoice sent to a client, going out with someone after work, a shock at the news.
 * Tests: test/unit/analysis/urgency-creole-theft-favours-and-site-hazards.test.ts.
 */
import type { UrgencyCategory } from '../types';

// Markers of time before a verb ("l ap", "li te", "yo pral").
const MARKS = String.raw`(?:(?:te|t|ap|pe|pral|prale|va|ava|vin|fin|konn|toujou|deja|tap)\s+){0,3}`;

// The takings or the goods of the workplace: the money in the till, the company's or the clients' money, its stock.
const TAKINGS = String.raw`(?:lajan|kob|kòb|fon|lajan kach|kach)\b(?: \S+){0,2}? (?:nan )?(?:kes|kès|tiwa|kesye|kliyan|konpayi|kompayi|biznis|magazen|antrepriz|restoran|lopital|pwojè|pwoje|sandika|patwon)`;
const GOODS = String.raw`(?:machandiz|materyo|materyèl|materyel|materyal|pwodui|stok|zouti|founiti|ekipman|pyes|pyès|gaz konpayi|manje konpayi)`;
const STEAL = String.raw`(?:vole|vòlè|detounen|sifonnen|fouke|chipe|rale)`;

// What a worker wants from the job and a boss can give or take away: the job, a shift, hours, a raise, a contract.
const JOB_GOOD = String.raw`(?:travay|djob|job|shift|chif|orè|ore|le siplemante|lè siplemantè|siplemante|plis le|plis lè|bon le|bon ore|pwomosyon|kontra|ogmantasyon|pos|plas|papye)`;
const JOB_LOST = String.raw`(?:revoke|ranvwaye|mete (?:m|mwen|w|ou|li|l) deyo|pedi (?:travay|djob|job|pos|plas))`;
// The job at stake: a good got, kept, given, promised or lost, or the worker fired ("after work" alone is none).
const JOB_STAKE = String.raw`(?:(?:jwenn|jwen|kenbe|gen|genyen|pedi|resevwa|pwomet(?: (?:m|mwen|w|ou|li|l))?|ban (?:m|mwen|w|ou)|ba (?:m|mwen|w|ou)|bay (?:m|mwen|w|ou)) (?:\S+ ){0,2}${JOB_GOOD}|${JOB_LOST})`;
// A sexual favour, as it is asked: sex, sleeping with him, kissing him, coming to his place or room, going out with him.
const FAVOUR = String.raw`(?:fe|fè) (?:sex|seks|sèks|bagay|zafe|lanmou)|(?:kouche|domi|dòmi|dome) (?:avek|ave|ak|avè|avel|avè l)|bo (?:li|l|msye)|ba (?:li|l) (?:ko|kò) (?:m|mwen|w|ou)|(?:vin|ale|al) (?:lakay|kay|nan chanm|nan oto|nan machin) (?:li|l|msye)|(?:soti|sot) (?:avek|ave|ak|avel|avè l)`;
// The worker the favour is asked of: "si m pa …", "si ou …".
const IF_SHE = String.raw`si (?:m|mwen|w|ou|li|l|nou) (?:pa |p )?(?:dako |vle |aksepte )?(?:pou )?`;

// A scaffold or a ladder, and the boards of one.
const SCAFFOLD = String.raw`(?:echafo|echafodaj|echafoudaj|eskafol|skafol|planch echafo|nechel|echel)`;
// What a scaffold is when it is not safe to stand on.
const UNSAFE = String.raw`(?:ap balanse|balanse|ap souke|souke|ap panche|panche|ap deplase|pa (?:\S+ )?(?:mare|solid|estab|fiks|fikse|anfom|bon ditou|kenbe)|ka (?:kraze|tonbe|kase|panche|vide)|(?:pral|prale|pret pou|prèt pou) (?:kraze|tonbe|kase)|pouri|kase|fann|fele|mal monte|pa gen (?:ranp|gadfou|balistrad|kod|senti|pwoteksyon))`;
// What is missing when people work high: a harness, a rope, a rail, a hard hat.
const NO_GEAR = String.raw`(?:san|pa gen|pa genyen) (?:\S+ )?(?:senti|kod|harne|anne|ane|ranp|gadfou|gad fou|balistrad|kas|pwoteksyon|sekirite)`;

// Wires with current in them, and what makes them deadly: bare, in water, on the ground, hanging, sparking.
const LIVE_WIRE = String.raw`(?:fil|kab) (?:\S+ )?(?:kouran|elektrik|elektrisite)`;
const BARE = String.raw`(?:dekouvri|toutouni|tou ni|pa izole|san izolasyon|san plastik|nan dlo|ate|atè|a te|pandye|trennen|kase|koupe|ap fe etensel|ap fè etensèl|ap voye etensel|fe etensel|fè etensèl|ap boule|gen kouran)`;

const CHEMICAL = String.raw`(?:pwodui chimik|chimik|asid|klowox|klorox|amonyak|solvan|pestisid|pwazon)`;

export const HAITIAN_THEFT_FAVOURS_AND_SITE_HAZARDS: Partial<Record<UrgencyCategory | 'weapon', string[]>> = {
  fraud: [
    // Theft at work: the takings or the goods stolen or diverted, by whoever: "manadjè a ap vòlè lajan nan kès la",
    // "sipèvizè a vòlè materyèl konpayi an", "yo ap vòlè machandiz nan depo a". Not a bike stolen at home.
    String.raw`${STEAL} (?:\S+ ){0,2}${TAKINGS}|${STEAL} (?:\S+ ){0,2}${GOODS}|${STEAL} (?:\S+ ){0,2}nan (?:kes|kès|tiwa|kach|depo|stok|magazen)|detounen (?:\S+ ){0,2}(?:lajan|kob|kòb|fon)`,
    // Fake invoices and receipts: "fo fakti", "fakti ki fo", invoices for work never done or goods never received,
    // invoices inflated. Not an invoice sent to a client, nor the gas bill going up.
    String.raw`(?:fo|fos|fe fo|fabrike|envante|fòje|foje) (?:\S+ )?(?:fakti|resi|bodwo|bòdwo|kitans|devi)|(?:fakti|resi|bodwo|bòdwo) (?:\S+ ){0,2}(?:ki )?(?:fo|fos|pa vre|envante|fabrike)\b|(?:fakti|resi|bodwo|bòdwo) (?:\S+ ){0,6}(?:pa janm|pa t janm|pa te janm) (?:\S+ )?(?:fet|fèt|rive|livre|resevwa|egziste|fe|fè)|gonfle (?:\S+ ){0,2}(?:fakti|resi|pri|kont|bodwo)|(?:depans|travay|machandiz) (?:\S+ )?ki pa (?:janm )?(?:egziste|fet|fèt|rive)`,
    // Bribes and kickbacks: money "under the table", money taken from a supplier, money paid to a boss for a job.
    String.raw`(?:lajan|kob|kòb|ti kob|dola|dolar|goud|peso|peye|pran|mande|resevwa)\b[^.!?,;\n]{0,40}?\banba (?:\S+ )?tab\b|(?:pran|mande|resevwa|aksepte|touche) (?:\S+ ){0,2}(?:lajan|kob|kòb|komisyon|kado|pousantaj) (?:\S+ ){0,3}(?:founise|fonise|kontrakte|vande|machann)|(?:peye|bay|ba) (?:\S+ ){0,2}(?:chef|bos|bòs|manadje|manadjè|sipevize|sipèvizè|fomann|fòmann|patwon|rh)\b[^.!?\n]{0,30}?\bpou (?:m|mwen|w|ou|li|l|nou|yo) (?:ka )?(?:jwenn|jwen|kenbe|gen|antre) (?:\S+ )?${JOB_GOOD}`,
  ],
  weapon: [
    // A weapon held to the body: "li mete manchèt la sou kou m", "li pwente zam nan sou mwen". Not a finger pointed.
    String.raw`(?:mete|pwente|braket|brake|vize|peze|kole) (?:\S+ )?(?:yon |de )?(?:kouto|zam|revolve|pistole|manchet|machet|fizi)(?: (?:la|a|an|nan|li|l|yo))? (?:sou|nan|kote|bo|dwat nan|anba) (?:kou|tet|vant|fwon|figi|lestomak|ko|do|zorey|gagann|kot)? ?(?:m|mwen|nou|li|l|koleg|moun)\b`,
    // A threat with a weapon said in the sentence: "li menase l ap vin ak revolve li", "l ap tounen ak zam".
    String.raw`menase\b[^.!?\n]{0,50}?\b(?:kouto|zam|revolve|pistole|manchet|machet|fizi|tire)\b|(?:vin|tounen|retounen|pase|vini) (?:\S+ ){0,2}(?:ak|avek|ave) (?:yon |de )?(?:\S+ )?(?:kouto|zam|revolve|pistole|manchet|machet|fizi)\b(?! (?:\S+ ){0,3}pou (?:koupe|tranche|netwaye|kale|fe manje|fè manje))`,
  ],
  threat: [
    // To be shot: "l ap tire m", "li di l pral tire nou". Not a photo taken ("tire m yon foto") nor ears pulled.
    String.raw`(?:li|l|yo|y|msye|misye|neg la|nèg la|bos la|\S+ (?:a|an|la|lan|nan)) ${MARKS}tire (?:sou )?(?:m|mwen|nou|ou|w|koleg (?:mwen|m|nou|la)|tout moun)(?![\p{L}\p{N}'])(?! (?:\S+ )?(?:foto|potre|pòtrè|zorey|lang|yon foto))`,
  ],
  harassment: [
    // Sex asked as the price of the job, a shift or hours: "si m pa dakò soti avè l m p ap jwenn shift la", "li pwomèt
    // m pwomosyon si m vin lakay li", "li mande m fè sèks avè l pou m ka jwenn plis lè", either order in one sentence.
    // Going out with someone after work is none: a favour is read with its "si" or its "pou" for the job.
    String.raw`${IF_SHE}(?:${FAVOUR})\b[^.!?\n]{0,60}?\b${JOB_STAKE}(?![\p{L}])|${JOB_STAKE}\b[^.!?\n]{0,60}?\b${IF_SHE}(?:${FAVOUR})(?![\p{L}])`,
    String.raw`(?:(?:fe|fè) (?:sex|seks|sèks|bagay|zafe|lanmou)|(?:kouche|domi|dòmi|dome) (?:avek|ave|ak|avè|avel)|bo (?:li|l|msye)|ba (?:li|l) (?:ko|kò) (?:m|mwen|w|ou))\b[^.!?\n]{0,30}?\bpou (?:m|mwen|w|ou|li|l|nou) (?:\S+ ){0,3}(?:${JOB_GOOD})(?![\p{L}])`,
  ],
  safety: [
    // A gas leak: "gen yon fwit gaz", "boutèy gaz la ap fwit", "tiyo gaz la fann", "pwopan ap koule". Not the gas bill.
    String.raw`(?:fwit|fuit|fwi|fit|koule) (?:\S+ )?gaz|gaz (?:\S+ ){0,2}(?:ap|pe|kap|k ap|ki ap) (?:\S+ )?(?:koule|soti|chape|fwit|fwi|fuit|fit|fui)|(?:pwopan|propan|butan|amonyak) (?:\S+ ){0,2}(?:ap|pe|kap) (?:koule|soti|chape|fwit|fuit)|(?:tiyo|tuyo|boutey|boutèy|tank|bonbon|silind|valv) (?:\S+ )?gaz (?:\S+ ){0,2}(?:fann|pete|kase|koule|fwit|fuit|louvri)|(?:santi|sant|ode|odè|lode|lodè) (?:\S+ ){0,2}gaz\b`,
    // A scaffold or a ladder unsafe, or people sent up without a harness or a rail: "echafo a ap balanse li pa mare",
    // "yo fè nou monte sou echafo a san senti". Not a scaffold coming down on Monday.
    String.raw`${SCAFFOLD}\b[^.!?\n]{0,50}?\b${UNSAFE}|(?:monte|travay|mete nou|voye nou|kanpe) (?:sou|anwo|anle) (?:\S+ )?${SCAFFOLD}\b[^.!?\n]{0,30}?\b${NO_GEAR}|${SCAFFOLD}\b[^.!?\n]{0,20}?\b${NO_GEAR}`,
    // Live wires: bare, in water, on the ground or sparking, current in a wall or a shock from a socket. Not a phone's
    // wire broken, nor a power cut, nor a shock at the news.
    String.raw`${LIVE_WIRE}\b[^.!?\n]{0,30}?\b${BARE}|(?:fil|kab) (?:\S+ ){0,2}(?:pa izole|san izolasyon|toutouni)|kouran (?:\S+ )?(?:ap kouri|ap pase|pase|nan) (?:\S+ ){0,2}(?:miray|dlo|metal|pot|pòt|rak|tol|tòl|barye|etajè|etaje)|(?:pran|resevwa|bay) (?:\S+ )?(?:kout kouran|chok elektrik|dechaj elektrik)|chok (?:\S+ ){0,3}(?:priz|fil|kouran|panno|pano|tablo)|elektrokite|elektwokite|elektrokute|priz (?:\S+ )?(?:ap fe etensel|ap fè etensèl|ap boule|fonn|ap fonn)`,
    // A chemical spilled, or people coughing, choking or burnt by one.
    String.raw`${CHEMICAL} (?:\S+ ){0,2}(?:koule|gaye|tonbe|fwit|fuit|chape) (?:\S+ ){0,2}(?:ate|atè|nan|sou|toupatou)|${CHEMICAL}\b[^.!?\n]{0,50}?\b(?:touse|toufe|endispoze|vomi|pa ka respire|po (?:\S+ )?boule)|(?:touse|toufe|endispoze|vomi)\b[^.!?\n]{0,50}?\b${CHEMICAL}`,
    // A machine's guard or its emergency stop taken off: "yo retire pwoteksyon machin nan".
    String.raw`(?:retire|wete|demonte|kraze|dekonekte) (?:\S+ ){0,2}(?:pwoteksyon|gad|kouveti|kouvèti|kapo|bouton ijans|bouton dijans|bouton sekirite) (?:\S+ ){0,2}machin|machin (?:\S+ ){0,3}(?:san|pa gen) (?:\S+ )?(?:pwoteksyon|gad|kapo|bouton ijans|bouton dijans|bouton sekirite)`,
  ],
};
