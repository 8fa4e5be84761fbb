/*
 * Haitian Creole reports said in words outside the plain phrases (fx37uk, after blind round ra37: 20 of 36 caught, none
 * of the discrimination). Each kind is read as a table of what is done by why or to whom, in one sentence, either
 * order, on folded text (accents dropped, as Kreyòl is texted either way):
 * - discrimination: moved, put out, not hired or promoted, paid less, insulted, hours cut, and the reason a protected
 *   trait (pregnancy, an accent or speaking Kreyòl, "kreyol" as texted too, a disability, age, colour, religion, origin);
 * - harassment: sex asked as the price of hours or a post; a body rubbed against or hands put on one; dirty talk;
 * - threat: a beating promised to whoever complains or goes to the union, an inspector or the police;
 * - self-harm: a plan ("touye kò m", hanging, jumping from a bridge or a building, throwing oneself under a truck);
 * - safety: people shut inside, fumes and people fainting, a fire with people inside, a gun brought to work;
 * - fraud: ghost workers on the payroll, goods taken and marked spoiled or lost.
 * Calm beside them: "m mouri ri", "gaz machin nan fini", "m pral sote de jwa", "m pral lage kò m sou kabann lan",
 * good hours for hard work, a promotion promised for good work, goods broken in transport and reported.
 * Tests: test/unit/analysis/urgency-ukrainian-creole-other-words.test.ts.
 */
import type { UrgencyCategory } from '../types';

const ME = String.raw`(?:m|mwen|li|l|nou|yo|y|w|ou)`;
// Treated worse: moved, put out, not hired, promoted or given hours, hours cut, sent to nights.
const TREATED = String.raw`(?:retire ${ME}|chanje ${ME} (?:\S+ )?(?:pos|plas|ore|kote|ekip|depatman)|voye ${ME} (?:\S+ ){0,2}(?:lannwit|nwit|lot kote|deyo|lakay)|mete ${ME} (?:\S+ ){0,2}(?:deyo|lannwit|nwit|dey)|(?:pa|p) (?:vle |janm )?(?:pwomouvwa|pwomouvwe|pwomote|anboche|pran|bay (?:\S+ ){0,2}(?:pwomosyon|travay|djob|shift|le|ore|ogmantasyon))|refize|revoke|ranvwaye|koupe (?:\S+ ){0,2}(?:le|ore|shift)|peye (?:\S+ ){0,4}mwens|trete (?:\S+ ){0,2}mal|desann ${ME}|(?:pa|p) (?:janm )?jwenn (?:\S+ )?(?:pwomosyon|ogmantasyon|pos|plas|bon ore)|joure|ensilte|imilye|meprize)`;
// A protected trait.
const TRAIT = String.raw`(?:ansent|gwoses|andikap|andikape|kokobe|aksan|koule po|po (?:m|mwen|li|l|nou|yo) nwa|nwa|relijyon|advantis|potestan|katolik|vodou|vodouyizan|mizilman|temwen jewova|granmoun|vye moun|laj (?:m|mwen|li|l|yo)|two granmoun|ayisyen|dominiken|etranje|imigran|nasyonalite|kote (?:m|mwen|li|l) soti|masisi|madivin|fanm|pale (?:an )?kreyol|pa pale (?:byen )?(?:angle|franse|panyol)|lang (?:m|mwen|li|l|nou|yo))`;
const BECAUSE = String.raw`(?:paske|akoz|akoz de|poutet|pou tet|pou koz|pase|depi (?:yo |li |l )?(?:konnen|we|aprann|tande)|le (?:m|mwen|li|l) (?:te )?di (?:yo|li|l))`;

const SEX = String.raw`(?:domi|kouche|fe seks|fe sex|fe bagay|fe lanmou|ale nan otel|al nan otel|vin lakay (?:li|l)|ale lakay (?:li|l))`;
const JOB = String.raw`(?:ore|edtan|zedtan|shift|chif|plis le|bon le|pwomosyon|travay|djob|kontra|ogmantasyon|plas|pos|konje|bonis|lajan)`;
const BODY = String.raw`(?:ko|kuis|kwis|tete|fes|bouda|deye|pwatrin|janm|pati|lestomak|kou)`;

const COMPLAINS = String.raw`(?:plenn|plent|rapote|denonse|pale ak (?:rh|enspekte|sendika|lapolis|polis|direksyon|jounalis)|al (?:nan |kot |bo )?(?:sendika|lapolis|polis|rh|enspekte|lajistis|tribinal)|ale (?:nan |kot |bo )?(?:sendika|lapolis|polis|rh|enspekte|lajistis))`;
// Said of a person ("bat kafe a" is stirring coffee).
const BEATEN = String.raw`(?:(?:bat|kale|kraze|frape) (?:m|mwen|li|l|nou|yo|ou|w|tout moun)\b|kase tet|kase pye|kase bra|kase janm|tann (?:ou|w|m|mwen|li|l|nou)|voye moun|kout (?:baton|ponyen|pwen|pye|kouto|manchet|fwet)|boule kay|fe (?:ou|w|m|mwen|li|l|nou) mal|defigire (?:m|mwen|li|l|nou|yo|ou|w))`;

const HIGH = String.raw`(?:pon|bilding|do kay|teras|etaj|falez|tekat|anle|anwo|twazyem|katriyem|balkon|gwo mi|kloch)`;
const DANGER = String.raw`(?:nan lanme|nan rivye|nan larivye|nan kanal|anba (?:\S+ )?(?:kamyon|machin|tren|bis|oto|taptap)|nan vid|nan lari a devan)`;

const PEOPLE = String.raw`(?:nou|m|mwen|moun yo|travaye yo|koleg (?:mwen|m|nou|la|yo)|medam yo|fi yo|tout moun|yo)`;
const FUMES = String.raw`(?:ode|sant|lafimen|pwodui|chimik|vapè|vape|gaz|penti|solvan|klowox|amonyak|pousye)`;
const FAINT = String.raw`(?:endispoze|endispose|pedi konesans|tonbe san konesans|tonbe|vomi|toufe|pa ka respire|tet vire|vire tet)`;
const GUN = String.raw`(?:zam|revolve|pistole|fizi|kalachnikov|gren|gwo zam)`;

const PAYROLL = String.raw`(?:pewol|payroll|lis peman|lis pey|lis travaye|fich pey|fich|lis (?:\S+ )?(?:lajan|kob))`;
const GHOST = String.raw`(?:(?:moun|non|travaye|anplwaye)\S* (?:\S+ ){0,2}(?:ki|k) (?:pa egziste|mouri|pa janm (?:travay|vini|parèt|paret)|pa travay|pa la)|fantom|fo non|fo travaye|fo anplwaye)`;
const TAKES = String.raw`(?:vole|fouke|vann|pote|pran|mete)\b[^.!?\n]{0,40}?\b(?:lakay (?:li|l)|pou tet (?:li|l)|pou kont (?:li|l)|nan machin (?:li|l)|nan kamyon (?:li|l)|vann yo|machandiz|zouti|materyo|sak)`;
const MARKED = String.raw`(?:make|ekri|di|mete|note|anrejistre|deklare) (?:\S+ ){0,2}(?:gate|kraze|pedi|pet|domaj|pase dat|fin pase|te kraze|te gate|vole)`;

export const HAITIAN_REPORTS_IN_OTHER_WORDS: Partial<Record<UrgencyCategory, string[]>> = {
  discrimination: [
    // "yo chanje m pòs paske m ansent", "lè m te di yo m ansent, yo retire m", "yo pa pwomouvwa m paske m gen aksan".
    String.raw`\b${TREATED}\b[^.!?\n]{0,60}?\b${BECAUSE} (?:\S+ ){0,4}?${TRAIT}\b|\b${BECAUSE} (?:\S+ ){0,4}?${TRAIT}\b[^.!?\n]{0,60}?\b${TREATED}\b`,
    // Not hired or promoted, whoever has the trait: "yo pa anboche moun ki gen andikap", "yo pa bay moun ki gen andikap
    // pwomosyon".
    String.raw`\b${TREATED}\b (?:\S+ ){0,2}?(?:moun|travaye|fanm|gason|fi)\S* (?:ki|k) (?:\S+ )?${TRAIT}\b|\b(?:moun|travaye|fanm|gason|fi)\S* (?:ki|k) (?:\S+ )?${TRAIT}\b[^.!?\n]{0,40}?\b${TREATED}\b`,
  ],
  harassment: [
    // Sex as the price of hours or a post, either order: "l ap ban m bon orè si m dòmi avè l".
    String.raw`\b${SEX} (?:avek|ave|ak|avel|avè) ?(?:li|l|msye|bos la|patwon an|chef la)?\b[^.!?\n]{0,60}?\b${JOB}\b|\b${JOB}\b[^.!?\n]{0,60}?\b${SEX} (?:avek|ave|ak|avel)`,
    // The same as a condition refused, read from its "si" so that its "pa" is not taken for a denial (plain40):
    // "si m pa dòmi avè l li pap ban m èdtan".
    String.raw`\bsi (?:m|mwen|ou|w) pa ${SEX} (?:avek|ave|ak|avel|avè) ?(?:li|l|msye|bos la|patwon an|chef la)?\b[^.!?\n]{0,60}?\b${JOB}\b`,
    // A body rubbed against or hands put on one: "li toujou ap frote kò l sou mwen", "li mete men l sou kuis mwen".
    String.raw`\b(?:frote|fwote|kole|peze) (?:ko|kò) (?:li|l) (?:sou|kont) (?:m|mwen|nou|fi yo|medam yo)\b|\b(?:mete|pase|lonje) men (?:li|l) (?:sou|nan|anba) (?:\S+ )?${BODY} (?:m|mwen|li|l|yo|nou)\b`,
    // Dirty talk about a body: "li toujou ap di m bagay sal sou kò m", "jès sal".
    String.raw`\b(?:di|pale|voye) (?:\S+ ){0,2}(?:bagay|mo|pawol|mesaj|foto) (?:sal|pouri|seksyel|vilgè|vilge)\b|\b(?:jes|jès) sal\b`,
  ],
  threat: [
    // A beating promised to whoever complains, either order: "si m fè plent l ap voye moun vin bat mwen", "y ap tann ou
    // deyò a pou n bat ou".
    String.raw`\b${COMPLAINS}\b[^.!?\n]{0,70}?\b${BEATEN}\b|\b(?:menase|pral|ap|va) (?:\S+ ){0,2}?${BEATEN}\b[^.!?\n]{0,50}?\b(?:si|paske|moun ki|nenpot moun ki) (?:\S+ ){0,3}?${COMPLAINS}\b|\b(?:tann|veye) (?:ou|w|m|mwen|li|l|nou) (?:\S+ ){0,3}pou (?:\S+ )?(?:bat|kale|kraze|frape)`,
  ],
  'self-harm': [
    // "touye kò m", "pann kò m", not "touye kò m ak travay" (worked to death).
    String.raw`\b(?:touye|tiye|pann|anpwazonnen|pwazonnen) (?:ko|kò) (?:m|mwen)\b(?! (?:ak|avek|ave|nan|pou) (?:travay|djob|etid|lekol))`,
    // Jumping or throwing oneself from a height or under a truck: "m ap sote sou pon an", "m pral jete kò m anba kamyon".
    String.raw`\b(?:m|mwen)\b (?:\S+ ){0,2}?(?:sote|voltije|jete ko (?:m|mwen)|lage ko (?:m|mwen)|lage (?:m|mwen)) (?:\S+ ){0,2}?(?:sot |soti |de sou |sou |nan |anle )?(?:\S+ )?${HIGH}\b|\b(?:jete|lage|voye) (?:ko|kò) (?:m|mwen) ${DANGER}`,
    // The means ready, then an end: "m gen tout grenn yo sere, aswè a m ap fini ak tout bagay".
    String.raw`\b(?:grenn|kod|pwazon|zam|kouto|gazolin|gaz)\b[^.!?\n]{0,60}?\b(?:fini ak tout bagay|fini ak lavi|mete fen|pa p la anko|p ap la anko|kite nou|di nou orevwa)\b`,
  ],
  safety: [
    // People shut inside: "yo fèmen nou anndan depo a", "patwon an kadnase nou anndan".
    String.raw`\b(?:femen|kadnase|bloke|kloure|mare pot) ${PEOPLE} (?:\S+ ){0,2}?(?:anndan|andan|ladan|nan (?:\S+ )?(?:depo|frize|chanm fret|konteyne|kamyon|sal|faktori|izin))\b|\b${PEOPLE} (?:\S+ )?(?:pa|p) (?:ka |kab |kapab )?(?:soti|sòti)\b[^.!?\n]{0,40}?\b(?:femen|kadnase|bloke|kle|chenn)\b|\b(?:femen|kadnase|bloke)\b[^.!?\n]{0,40}?\b${PEOPLE} (?:\S+ )?(?:pa|p) (?:ka |kab |kapab )?(?:soti|sòti)\b`,
    // Fumes and people fainting, either order: "moun ap tonbe akòz odè pwodui chimik la".
    String.raw`\b${FUMES}\b[^.!?\n]{0,60}?\b(?:moun|travaye|koleg|fi|fanm|gason|nou|de|twa|\d+)\S* (?:\S+ ){0,2}?${FAINT}\b|\b${FAINT}\b[^.!?\n]{0,40}?\b(?:akoz|poutet|paske|pa|ak) (?:\S+ ){0,2}?${FUMES}\b`,
    // A fire with people inside: "kizin nan ap boule e gen moun ki bloke ladan".
    String.raw`\b(?:dife|boule|flanm)\b[^.!?\n]{0,60}?\b(?:moun|travaye|koleg|timoun)\S* (?:\S+ ){0,2}?(?:anndan|andan|ladan|bloke|pran|kwense)\b`,
    // A gun brought to work: "gad la vin travay ak yon revòlvè nan senti l".
    String.raw`\b(?:vin|vini|rantre|antre|travay|pote|mache|pase)\b (?:\S+ ){0,3}?(?:ak|avek|ave) (?:yon |de )?${GUN}\b`,
  ],
  fraud: [
    // Ghost workers, either order: "chèf la mete moun ki pa egziste sou pewòl la", "travayè fantom sou pewòl la".
    String.raw`\b${GHOST}\b[^.!?\n]{0,60}?\b${PAYROLL}\b|\b${PAYROLL}\b[^.!?\n]{0,60}?\b${GHOST}\b`,
    // Goods taken and marked spoiled or lost, either order: "li pran sak diri yo lakay li epi li make yo gate".
    String.raw`\b${TAKES}\b[^.!?\n]{0,60}?\b${MARKED}\b|\b${MARKED}\b[^.!?\n]{0,60}?\b${TAKES}\b`,
  ],
};
