/*
 * Slurs kind-of-wrong.ts did not know (att46, class 7, u48c): a threat told beside a slur was read as a threat alone,
 * and whoever owns discrimination was never told: "ese pinche indio me dijo que me va a matar a la salida", "mi ha
 * chiamato negro di merda e ha detto che mi ammazza", "le chef m'appelle le singe et dit qu'il va me casser la gueule",
 * "قال لي يا عبد وقال بيذبحني", "він назвав мене чуркою і сказав що вб'є", "they wrote f*g on my locker and said
 * they'll jump me". These are read only in a report already urgent (kind-of-wrong.ts adds discrimination beside what
 * the report reads, and drops only what the slur alone made it read): a slur in a calm text pages no one.
 *
 * Three forms, in each language the rules read: a slur for a people, a faith, being gay or trans, or a disability;
 * a word of contempt and a people ("dirty mexican", "pinche indio", "sporco marocchino", "brudny ukrainiec", "sale
 * arabe"); a person called an animal ("that monkey", "le singe", "unggoy ka"). A nationality alone ("my mexican
 * coworker", "the polish guys on nights") and contempt for a thing ("dirty dishes", "stupid printer", "el pinche
 * montacargas") are not slurs.
 *
 * Folded text (lower case, no accents; Cyrillic and Arabic as written, escaped here): each source carries its own
 * edges, as \b does not see Cyrillic or Arabic letters. Tests: test/unit/analysis/urgency-att46-u48c.test.ts.
 */

const L = String.raw`(?<!\p{L})`;
const R = String.raw`(?!\p{L})`;

// A people, a faith or being gay, as a word of contempt is put before it (singular and plural).
const EN_PEOPLE = String.raw`(?:mexican|beaner|paki|arab|muslim|jew|immigrant|foreigner|polack|gypsy|gypsie|chink|spic|nigger|indian|african|asian|chinese|filipino|haitian|somali|romanian|ukrainian|puerto rican|jamaican|nigerian|homo|dyke|tranny|retard|wetback)s?|illegals`;
const EN_CONTEMPT = String.raw`(?:dirty|filthy|stupid|fucking|fuckin|f\*+ing|lazy|damn|bloody|greasy|smelly|stinking|stinky)`;
const ES_PEOPLE = String.raw`(?:indi[oa]|negr[oa]|mexican[oa]|chin[oa]|mor[oa]|sudaca|indigena|gitan[oa]|judi[oa]|mojad[oa]|maricon|marica|joto|prieto|prieta|guatemaltec[oa]|hondurenn?[oa]|salvadorenn?[oa]|haitian[oa]|venezolan[oa]|colombian[oa]|peruan[oa]|bolivian[oa]|nicaraguense|paraguay[oa]|dominican[oa]|inmigrante|extranjer[oa]|musulman[ae]?|oaxaco|oaxaquen[oa])(?:s|es)?`;
const ES_CONTEMPT = String.raw`(?:pinche|pinches|puto|puta|putos|putas|sucio|sucia|sucios|sucias|maldito|maldita|malditos|malditas|cochino|cochina|cochinos|asqueroso|asquerosa|pendejo|pendeja|mugroso|mugrosa|jodido|jodida)`;
const IT_PEOPLE = String.raw`(?:negr[oaie]|marocchin[oaie]|terron[ei]|zingar[oaie]|albanes[ei]|rumen[oaie]|arab[oaie]|ebre[oaie]|cines[ei]|froci[oae]?|ricchion[ei]|extracomunitari[oa]?|immigrat[oaie]|musulman[oaie]|african[oaie]|polacc[oaie]|ucrain[oaie])`;
const IT_CONTEMPT = String.raw`(?:sporc[oaie]|sporchi|sporche|maledett[oaie]|lurid[oaie]|schifos[oaie]|brutt[oaie])`;
const FR_PEOPLE = String.raw`(?:bougnoules?|bicots?|negros?|negres?|negresses?|rebeus?|beurs?|renois?|arabes?|noirs?|noires?|portos|polacks?|gitans?|gitanes?|roms?|manouches?|musulmans?|musulmanes?|pd|pedes?|tapettes?|gouines?|macaques?|singes?|bamboulas?|chinetoques?|niakoues?|brides?|youpins?|juifs?|juives?|chinois|chinoises?|arabes?|africains?|africaines?|immigres?|etrangers?)`;
const PT_PEOPLE = String.raw`(?:pret[oa]s?|negr[oa]s?|macac[oa]s?|baian[oa]s?|paraibas?|nordestin[oa]s?|cigan[oa]s?|judeus?|judias?|viados?|bichas?|sapataos?|travecos?|indi[oa]s?|bolivian[oa]s?|haitian[oa]s?|venezuelan[oa]s?|imigrantes?|estrangeir[oa]s?)`;
const DE_PEOPLE = String.raw`(?:auslander|turke|turken|turkin|pole|polen|polacke|polacken|russe|russen|rumane|rumanen|araber|jude|juden|neger|kanake|kanaken|kanacke|kanacken|zigeuner|zigeunerin|schwuler|schwule|schwuchtel|schwuchteln|nigger|afrikaner|asiate|asiaten|muslim|muslime|moslem|moslems)`;
const PL_PEOPLE = String.raw`(?:ukrainiec|ukraincy|ukrainka|ukrainko|ukraincu|rusek|ruski|ruska|ruskie|czarnuch\w*|murzyn\w*|arab|arabie|arabowie|cygan\w*|zyd|zydzie|zydzi|zydku|zydek|ciapat\w*|hindus\w*|wietnamiec\w*|banderowiec|banderowcu|banderowcy|muzulmanin|muzulmanie|imigrant\w*|obcokrajowiec|obcokrajowcu)`;
const PL_CONTEMPT = String.raw`(?:brudn\w*|parszyw\w*|pierdolon\w*|jeban\w*|smierdzac\w*|glupi\w*|zasran\w*|cholern\w*)`;

const SLURS = [
  // English: starred (n*****, f*g, f**got), a slur for being gay, trans or disabled said as a noun, an animal said of a
  // person, and contempt put before a people.
  String.raw`(?<![a-z*])n[i1!]?\*{2,}[a-z]{0,3}(?![a-z*])|(?<![a-z*])f[a@]?\*+g+(?:ots?|s)?(?![a-z*])|(?<![a-z*])fa\*+ots?(?![a-z*])`,
  String.raw`\b(?:you|ur|u|fucking|fuckin|dirty|filthy|stupid|called (?:me|her|him|us) (?:a )?)(?: fucking| stupid| dirty)? (?:dyke|queer|homo|fairy)s?\b|\b(?:trannies|polacks?|camel ?jockeys?|chinam[ae]n|jigaboos?|porch monkeys?|darkies|golliwogs?|gyppos?|pikeys?|kaffirs?|wogs?|spazz?(?:es)?)\b`,
  String.raw`\b(?:a|you|ur|u|that|this|the|dumb|fucking|fuckin|stupid)(?: fucking| stupid| little)? retards?\b|\bcall(?:s|ed|ing)? (?:me|him|her|us|them) (?:a |an )?(?:\w+ )?retard(?:ed)?\b`,
  String.raw`(?<=\b(?:that|this|you|ur|dirty|filthy|stupid|fucking|fuckin|black|brown|lazy) )(?:monkeys?|apes?|gorillas?|baboons?|chimps?)\b(?! (?:wrench|wrenches|bars?|business|suits?|see|island|nuts?|bread|grip|cage|house|enclosure|exhibit|fist|tail|puzzle|in the))`,
  String.raw`\b${EN_CONTEMPT} ${EN_PEOPLE}\b`,
  // Spanish: contempt before or "de mierda" after a people, slurs alone, disability.
  String.raw`\b${ES_CONTEMPT} ${ES_PEOPLE}\b|\b${ES_PEOPLE} (?:de mierda|asqueros[oa]s?|apestos[oa]s?|muert[oa]s? de hambre)\b|\b(?:jotos?|mayates?|sudacas?|mongolos?|mongolitos?|subnormal(?:es)?|retrasad[oa]s? mental(?:es)?)\b`,
  // Italian: "negro di merda", "sporco marocchino", slurs alone.
  String.raw`\b${IT_PEOPLE} di merda\b|\b${IT_CONTEMPT} ${IT_PEOPLE}\b|\b(?:froci[oae]?|ricchion[ei]|terron[ei] di merda|vu cumpra|negr[oa] di merda|mongoloid[ei]|handicappat[oi] di merda)\b`,
  // French: "sale <people>", called an ape, slurs alone.
  String.raw`\bsales? ${FR_PEOPLE}\b|\b(?:appell?\w*|trait\w*) (?:de |d'|me |m'|le |la |les )*(?:sale )?(?:singes?|macaques?|guenons?|gorilles?|negros?|negres?|bamboulas?|pd|pedes?|tapettes?|gouines?|bougnoules?|bicots?)\b|\b(?:bamboulas?|chinetoques?|niakoues?|youpins?|gouines?)\b`,
  // Portuguese: "preto imundo", "maldito baiano", slurs alone.
  String.raw`\b${PT_PEOPLE} (?:imund[oa]s?|fedorent[oa]s?|de merda)\b|\b(?:imund[oa]|suj[oa]|maldit[oa]|nojent[oa]) ${PT_PEOPLE}\b|\b(?:viados?|viadinhos?|sapataos?|travecos?|tiziu|(?:seu|sua|de) bicha)\b`,
  // German: contempt before a people ("dreckiger Pole", "Scheiß-Ausländer"), slurs alone.
  String.raw`\b(?:dreckig\w*|scheiss ?-?|verdammt\w*|stinkend\w*|blod\w*) ?${DE_PEOPLE}\b|\b(?:schwuchtel\w*|kanacke\w*|polacke\w*|kameltreiber\w*|schlitzaug\w*|spast(?:i|is|en)?|mongo|kanaken?)\b`,
  // Polish: contempt before a people, slurs alone.
  String.raw`\b${PL_CONTEMPT} ${PL_PEOPLE}|\b(?:nazw\w*|wyzyw\w*) (?:\w+ ){0,2}?(?:pedal\w*|ciot\w*|czarnuch\w*|murzyn\w*|zyd\w*|malp\w*|malpo)\b|\bty (?:\w+ )?(?:pedale|cwelu|ciota|czarnuchu|malpo|zydzie)\b|\b(?:cwel\w*|pedzi\w*|zydk\w*|banderow\w*|czarnuch\w*|ciapat\w*)\b`,
  // Tagalog: called gay, an ape or a people as contempt.
  String.raw`\btinawag\w*(?: \w+){0,2} (?:na |ng |akong |kaming |siyang |mo akong )?(?:bakla|bayot|tomboy|unggoy|baluga|aeta|ita|intsik|negro|bading)\b|\b(?:bakla|bayot|unggoy|baluga|intsik|bading) ka\b|\b(?:bobong|putang ?inang|punyetang) (?:bakla|bayot|intsik|bisaya|muslim|unggoy|negro)\b`,
  // Arabic: "يا عبد" (slave; not "يا عبد الله", a name), zinji, called gay.
  String.raw`${L}\u064a\u0627 (?:\u0639\u0628\u062f(?! ?\u0627\u0644)|\u0639\u0628\u064a\u062f|\u0632\u0646\u062c\u064a|\u0634\u0627\u0630|\u0644\u0648\u0637\u064a|\u062e\u0648\u0644)${R}|${L}(?:\u0632\u0646\u062c\u064a|\u0632\u0646\u0648\u062c)${R}`,
  // Ukrainian and Russian: churka, khach, zhyd, gay and black slurs.
  String.raw`${L}(?:\u0447\u0443\u0440\u043a\p{L}*|\u0445\u0430\u0447(?:\u0456\u0432|\u0438|\u043e\u043c|\u0443|\u0430|\u0456)?|\u0436\u0438\u0434(?:\u043e\u043a|\u0456\u0432|\u0438|\u043e\u043c|\u0430|\u0443|\u044b|\u043e\u0432|\u044f\u0440\u0430)?|\u043f\u0456\u0434\u0430\u0440\p{L}*|\u043f\u0438\u0434\u043e\u0440\p{L}*|\u043f\u0438\u0434\u0430\u0440\p{L}*|\u0447\u043e\u0440\u043d\u043e\u043c\u0430\u0437\p{L}*|\u0447\u0435\u0440\u043d\u043e\u043c\u0430\u0437\p{L}*|\u0447\u043e\u0440\u043d\u043e\u0436\u043e\u043f\p{L}*|\u0447\u0435\u0440\u043d\u043e\u0436\u043e\u043f\p{L}*|\u043d\u0456\u0433\u0435\u0440\p{L}*|\u043d\u0438\u0433\u0433?\u0435\u0440\p{L}*)${R}`,
];

/** Sources for kind-of-wrong.ts's reading of discrimination, each with its own edges. */
export const SLURS_BESIDE_A_THREAT: readonly string[] = SLURS;
