import { rule, type UrgencyRule } from './types';

/*
 * A fight told in slang or everyday verbs, with no word the older rules read (u43b, from the att42 attack):
 * "dwóch gości leje się rurą", "two dudes are throwing hands in the break room", "se agarraron a golpes en el comedor",
 * "deux gars se bastonnent sur le parking", "os caras tão saindo na mão", "zwei Typen kloppen sich auf dem Parkplatz",
 * "si stanno menando nello spogliatoio", "nagsusuntukan yung dalawa sa bodega". A fight at work can hurt whoever is in
 * it or near it: a threat of violence and safety both, for the safety owner (as fights-with-objects-and-people-run-over.ts).
 * Read are the fight verbs said of people (each other, a group on one person) and a fight named with a crowd, blood or
 * an object; the verbs that are also a game's or a team's ("we beat them", "tabassé au foot", "verprügelt beim
 * Kicker"), a pillow or water fight, a film and a laugh are not.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-slang-fights-and-threats.test.ts.
 */

const both = (source: string): UrgencyRule[] => [rule('threat', source), rule('safety', source)];

// A game, a match, a film or a laugh around the words: no fight at work. A score ("3-0", "10 zu 0") is a match.
const NOT_A_FIGHT = String.raw`(?![^\n]{0,80}\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|mdr|xd|game|match|football|soccer|pool|darts|fifa|movie|film|series|show|pelicula|peli|partido|futbol|juego|foot|jeu|partie|jogo|filme|futebol|spiel|kicker|fussball|partita|calcio|mecz|film|gra|grze|kissen|pillows?|almohadas?|oreillers?|poduszk\w*|wod[aey]|woda|water|agua|eau|agua|acqua|wasser|paintball|laser ?tag|sparring|boxing class|training|\d+ ?(?:-|:|a|x|zu) ?\d+)\b)`;
// The same before the words ("in the game we watched they were throwing hands"), looked for behind the match's end
// so that it is tried only where a fight was read, never at every position of the text.
const NOT_A_FIGHT_BEFORE = String.raw`(?<!\b(?:game|match|movie|film|pelicula|serie|jeu|jogo|filme|spiel|partita|mecz|gra|fifa)\b[^\n]{0,140})`;

const en = String.raw`\b(?:(?:throwing|throwin|threw) (?:hands|fists|punches|bows)|brawl(?:ing|ed)?|(?:a|an|full on|full-on|huge|big|massive|massive) (?:brawl|punch-?up|fist ?fight|beatdown|beat-?down)|duk(?:ing|ed) it out|slugg(?:ing|ed) it out|(?:are|were|is|was|been) scrapping (?=(?:in|on|at|by|outside|behind|near) )|fist ?fight(?:ing)?|punch(?:ing|ed)? each other|kick(?:ing|ed)? each other|(?:beat|beating|beatin|whooping|whoopin|wailing) (?:on |the (?:crap|shit|hell|snot|piss|life) (?:out of|outta) )?each other(?: up)?|gang(?:ing|ed) up on (?:\w+ ){1,2}?(?:and|n) (?:are |is )?(?:kick|punch|beat|stomp|hit)\w*|jump(?:ed|ing) (?:the|a|that|this|our|my) (?:new |night |old |young )?(?:kid|guy|girl|cleaner|guard|driver|worker|temp|lad|dude|man|woman|boy|newbie|supervisor|foreman|coworker|colleague)|beat (?:the (?:crap|shit|hell|snot|piss|life) (?:out of|outta) )(?:the|a|that|this|our|my) (?:new |night |old )?(?:kid|guy|girl|cleaner|guard|driver|worker|temp|lad|dude|man|woman|boy|supervisor|foreman|coworker|colleague))\b`;
export const ENGLISH_FIGHTS_IN_SLANG = both(String.raw`${en}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const es = String.raw`\b(?:se (?:estan |andan |estaban |agarraron |agarran |agarraban |pusieron |liaron |lian |enganchan |engancharon )?(?:agarr\w* )?a (?:golpes|madrazos|putazos|chingadazos|trancazos|punetazos|trompadas|pinas|tortazos|palos|patadas|hostias|ostias|vergazos|cates|mamporros)|(?:se )?(?:estan |andan |estaban )?(?:dando|dieron|dan|daban|sacando|metiendo|pegando) (?:de )?(?:hostias|ostias|madrazos|putazos|chingadazos|trancazos|punetazos|trompadas|pinas|tortazos|vergazos|cates|mamporros|golpes|patadas)|(?:partiendo|partieron|partiendose|rompiendo|rompieron|rompiendose) (?:la madre|la cara|la jeta|el hocico|la boca|el alma)|(?:le|les) (?:estan dando|estan metiendo|dieron|dan|pusieron|metieron|acomodaron|pusieron) (?:una |tremenda |flor de |la )?(?:paliza|golpiza|madriza|putiza|chinga|soba|tunda|vergueada|pateadura|santa paliza)|(?:se armo|se arma|se esta armando|hay) (?:un |una |tremend[oa] )?(?:zafarrancho|trifulca|madriza|putiza|campal|batalla campal|tangana|pelotera|bronca a golpes|pelea a golpes|pelea campal|rina)|(?:le |les )?(?:cayeron|caen) a (?:golpes|palos|patadas|madrazos|putazos|chingadazos))\b`;
export const SPANISH_FIGHTS_IN_SLANG = both(String.raw`${es}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const fr = String.raw`\b(?:se (?:sont )?(?:bastonn|castagn|tabass|fritt|fight|foutu|mis|met|fout|foutent|mettent|sont mis|sont foutus)\w*(?: sur la (?:gueule|tronche|figure))?|(?:tabass|bastonn)(?:e|ent|ant|ent|er|aient|ait)\w* (?:le|la|les|un|une|l'|ce|cette|notre|mon|ma)|passe\w* a tabac|(?:une|grosse|y a une|ya une|il y a une|grosse) (?:baston|bagarre generale|rixe|castagne|bagarre)|(?:ca|on) se (?:fout|met|tape) (?:sur la gueule|dessus))\b`;
export const FRENCH_FIGHTS_IN_SLANG = both(String.raw`${fr}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const pt = String.raw`\b(?:(?:sa(?:indo|iram|iu|em)|sairam) na (?:mao|porrada|pancada|briga)|(?:rolando|rolou|deu|teve|tem|ta tendo) (?:uma )?(?:porradaria|pancadaria|quebra-?pau|quebra pau|briga feia|porrada(?! de\b)(?: feia)?|treta feia|pauleira)|espanc(?:ando|aram|ou|am) (?:o|a|um|uma|os|as)|(?:se )?atrac(?:aram|ando|aram|ou)|(?:se )?peg(?:ando|aram|am) (?:na porrada|no soco|no tapa|de porrada|a socos|na mao)|(?:cairam|meteram|deram|descendo|desceram) (?:a )?(?:porrada|o cacete|o sarrafo|o pau) (?:no|na|nele|nela|em)|(?:caindo|cairam) (?:de )?(?:porrada|pau|soco) (?:no|na|em|nele|nela))\b`;
export const PORTUGUESE_FIGHTS_IN_SLANG = both(String.raw`${pt}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const de = String.raw`\b(?:(?:kloppen|hauen|prugeln|keilen|fetzen|schlagen|boxen) sich(?! (?:um|uber) (?:\w+ )?(?:platz|platze|parkplatz|kunden|schichten|tickets))|(?:massen)?schlagerei|keilerei|prugelei|(?:vermobel|verprugel|verdresch|vertrimm|zusammengeschlag|zusammengetret)\w*|(?:hauen|haut|hauten|polieren|polierte\w*) (?:sich |ihm |ihr |dem \w+ |der \w+ )?(?:gerade )?(?:\w+ )?(?:die )?fresse(?: ein)?|aufs maul)\b`;
export const GERMAN_FIGHTS_IN_SLANG = both(String.raw`${de}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const it = String.raw`\b(?:si (?:stanno |sono |stavano |e )?(?:menando|menano|menati|menato|menata|scazzott\w*|prendendo a (?:pugni|calci|botte|sprangate|bastonate|schiaffi)|presi a (?:pugni|calci|botte|sprangate|bastonate)|picchiat[oiae]|azzuffat[oiae]|pestat[oiae]|picchiando|azzuffando)|(?:c'e|ce|e scoppiata|scoppiata|una) (?:una )?(?:rissa|zuffa|scazzottata)|(?:stanno |hanno |lo |la |l' ?)?(?:pestando|pestato|menando|massacrando|massacrato|riempiendo di botte|riempito di botte) (?:il|la|un|una|lo|quel|quello|quella|di botte))\b`;
export const ITALIAN_FIGHTS_IN_SLANG = both(String.raw`${it}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

// Polish: the verbs that are a fight only of people ("naparzają się", "leją się po mordach"), a fight named
// ("bijatyka", "mordobicie"), a person beaten up by others; "lać się" alone is also to pour, so only with a blow's
// object, a face or a tool (fights-with-objects-and-people-run-over.ts reads the plural with a tool).
const PL_TOOL = String.raw`(?:rura|rurami|rurka|pretem|pretami|lomem|lomami|mlotkiem|mlotkami|kijem|kijami|lancuchem|nozem|nozami|butelka|butelkami|kluczem|palka|palkami|deska|deskami|lopata|siekiera|krzeslem|krzeslami|kastetem|paskiem)`;
const pl = String.raw`\b(?:(?:naparza|napierdala|napieprza|nawala|oklada|tlucze|tluka|tlukli|tlukla|leje|leja|lali|lal|bije|bija|bili|bil|prali|pierza) sie\b[^.!?\n]{0,20}?\b(?:po (?:mordach|ryjach|pyskach|twarzach|glowach|mordzie|ryju|pysku)|(?:\w+ )?${PL_TOOL}|do krwi|az krew)|(?:naparzaja|napierdalaja|napieprzaja|nawalaja|naparzali|napierdalali|tluka|tlukli) sie|bijatyk\w*|mordobici\w*|bojk[aie] (?:na|w|przy|pod)|(?:sklepal\w*|pobil\w*|skopal\w*|spral\w*|zlali|obili) (?:\w+ )?(?:go|ja|ich|mnie|nas|nowego|nowa|kolege|kierowce|ochroniarza|goscia|chlopaka|typa|brygadziste|kierownika|pracownika|magazyniera|kogos)|spuscil\w* (?:\w+ )?(?:wpierdol|lomot|wpierdziel|manto|lanie))\b`;
export const POLISH_FIGHTS_IN_SLANG = both(String.raw`${pl}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);

const tl = String.raw`\b(?:nag(?:su)?suntukan|nag(?:sa)?sapakan|nag(?:bu)?bugbugan|nag(?:ra)?rambulan|nag(?:ri)?rambol|may rambol|rambulan|binugbog|binubugbog|bugbugin|kinuyog|kinukuyog|sinapak|sinasapak|nagbabakbakan|nagbakbakan|nag(?:ba)?batuhan)\b`;
export const TAGALOG_FIGHTS_IN_SLANG = both(String.raw`${tl}${NOT_A_FIGHT}${NOT_A_FIGHT_BEFORE}`);
