import { rule, type UrgencyRule } from '../types';
import { DE_PLACE, EN_NOT_NOW, EN_ROOM, ES_PLACE, FR_PLACE, IT_PLACE, PL_PLACE, PT_PLACE } from './fire-and-rooms';

/*
 * A fire, smoke, a gas leak, an explosion or sparks said to BE somewhere, the place named first ("w magazynie jest
 * pożar", "no armazém tem fogo", "im Lager ist ein Feuer", "in the basement there's smoke everywhere", "sa kusina may
 * sunog"), and someone under the wheels of a vehicle that moved ("he's under the wheels", "the van rolled onto him",
 * "quedó debajo de las ruedas"). Blind attack att40 (F0) found these read calm: fire-and-rooms.ts reads a fire said
 * first ("pożar w magazynie", "fire in the break room"), or a place said to burn ("magazyn się pali"); the same report
 * with the place first and "there is" between said nothing any rule read.
 *
 * Calm beside them: the fire under a pot, in the oven, the grill or the fireplace ("w kuchni jest ogień pod garnkiem",
 * "na cozinha tem fogo no fogão", "en la cocina hay fuego lento"), the fire extinguisher, blanket, drill or alarm in a
 * place, a light left on ("w biurze pali się światło"), the office "on fire" with orders, trouble "unterm Dach", a
 * laugh or a smiley after it, a question ("tem fogo?" asks for a light), the wheels of bureaucracy. Patterns run on
 * folded text: lower case, no accents, straight apostrophes, single spaces.
 */
const safety = (...sources: string[]): UrgencyRule[] => sources.map((source) => rule('safety', source));

// Laughed off or a joke, in the same clause: "w kuchni jest pożar w garach :)", "in the office there's a fire lol".
const NOT_LAUGHED = String.raw`(?![^.!?\n]{0,40}(?::\)|:-\)|;\)|:d\b|xd\b|\bhaha\w*|\bhehe\w*|\blol\b|\blmao\b|\bjk\b|\bjaja\w*|\bkkk+|\brsrs\w*|\bhihi\w*|\bmdr\b|\bxaxa\w*))`;

// English: what the place holds, said first. "in the loading bay there's a fire", "in the basement there is smoke".
const EN_DANGER = String.raw`(?:(?:a|an|some|lots of|a lot of|so much|thick|black|heavy|big|huge|small|massive|bad|electrical|grease|chemical|real) ){0,3}(?:fire|fires|flames|smoke|gas leak|leak of gas|gas leaking|explosion|sparks|flood|flooding|water pouring in)\b(?! (?:drills?|alarms?|extinguishers?|blankets?|doors?|exits?|escapes?|hoses?|hydrants?|marshals?|wardens?|safety|plan|procedures?|tests?|practice|training|detectors?|breaks?|signs?|notices?|certificates?|inspections?|risk|pits?|pit|door|going in the (?:stove|fireplace|grill|oven)|in the (?:oven|fireplace|stove|grill|bbq|fire ?pit|pizza oven|burner|wood ?stove)|under the (?:pot|pan)|for the (?:bbq|barbecue|grill)|from (?:a |the |his |her |their |someone'?s )?(?:cigarettes?|cigs?|vapes?|smokers?|grill|bbq|barbecue))\b)`;
// Polish: the place, then what is in it; "pali się" is said of a light and of a keen worker too.
const PL_WHERE = String.raw`(?:${PL_PLACE}|sklad\w*|warsztac\w*|wozk\w*|fabryc\w*|stolowc\w*|lazienc\w*|toalec\w*|klatce schodow\w*|produkcj\w*|sklep\w*|hurtowni\w*|piekarni\w*|pralni\w*|lakierni\w*|spawalni\w*|malarni\w*|stolarni\w*|korytarz\w*|recepcj\w*|sal[ia]|sali|myjni\w*|kabin\w*|obiek\w*|ciezarowc\w*|autobus\w*|samochod\w*|poddasz\w*|sutere\w*|parter\w*|pietr\w*|zaplecz\w*|rampi\w*|rampie|dok\w*|bazie|baza)`;
const PL_NOT_A_FIRE = String.raw`(?! (?:z papieros\w*|z e-?papieros\w*|z fajk\w*|z vape\w*|papierosow\w*|tytoniow\w*|z grill\w*|z komin\w*|pod garnk\w*|w garnk\w*|w garach|w piecu|w piecyku|w kominku|w kozie|w grillu|na grillu|na kuchence|na gazie|w palenisku)\b)`;
const PT_WHERE = String.raw`(?:${PT_PLACE}|obra|setor|salao|estoque|patio|doca|corredor|andar|subsolo|cantina|restaurante|padaria|lavanderia|loja|mercado|galpao|barracao|oficina)`;
const ES_WHERE = String.raw`(?:${ES_PLACE}|salon|patio|obra|sector|area(?: de [a-z]+)?|zona de [a-z]+|restaurante|panaderia|lavanderia|estacionamiento|parqueadero|nave|galpon|bodeguita|planta baja|primer piso|segundo piso)`;
const FR_WHERE = String.raw`(?:${FR_PLACE}|depot|boutique|restaurant|boulangerie|laverie|parking|grange|bureau|usine|reserve|chantier|magasin)`;
const IT_WHERE = String.raw`(?:${IT_PLACE}|produzione|negozio|ristorante|corridoio|piazzale|cantiere|capannone|reparto|laboratorio|deposito)`;
const DE_WHERE = String.raw`(?:${DE_PLACE}|werk|betrieb|produktion|laden|geschaft|lager|halle|baustelle)\w*`;
const TL_WHERE = String.raw`(?:kusina|bodega|bodegahan|opisina|pabrika|planta|warehouse|stockroom|stock room|storage(?: room)?|cr|banyo|kubeta|kwarto|silid(?: \w+)?|gusali|bubong|tindahan|kantina|canteen|basement|makina|trak|site|workshop|pagawaan|imbakan|loading (?:area|bay)|production|office|kitchen|garahe|elevator|hagdan\w*|pasilyo|hallway|likod|taas|baba)`;

export const DANGER_WHERE_IT_IS: Record<string, UrgencyRule[]> = {
  en: safety(
    // "in the loading bay there's a fire", "inside the print room there is smoke everywhere".
    String.raw`\bin(?:side)? (?:the|our|a|this|that|my) (?:[\w-]+ ){0,2}${EN_ROOM},? (?:right now |now )?(?:there'?s|there is|there are|theres|there was just|we'?ve got|we have|we got|we'?ve|i see|i can see) ${EN_DANGER}${NOT_LAUGHED}${EN_NOT_NOW}`,
    // "the break room has a fire in it", "the basement is full of smoke".
    String.raw`\b(?:the|our|this|that) (?:[\w-]+ ){0,2}${EN_ROOM} (?:has (?:got )?(?:a |an )?(?:fire|flames|smoke|gas leak) (?:in it|inside|going|coming out)|(?:is |'s )?(?:full of|filling (?:up )?with|filled with) (?:smoke|flames|gas)\b)${NOT_LAUGHED}${EN_NOT_NOW}`,
    // Under the wheels of a vehicle that moved: "Tom is under the wheels", "she's stuck under the back wheel".
    String.raw`\b(?:'s|s|is|are|was|were|lying|laying|lies|stuck|trapped|pinned|caught|ended up|went|fell|got (?:caught|dragged|pulled|stuck|trapped|pinned)|dragged|pulled) (?:right |still |now |all the way )?under (?:the|a|its|it'?s|his|her|their|one of the) (?:front |back |rear |left |right |\w+ )?(?:wheels?|tyres?|tires?)\b(?! of (?:the )?(?:bureaucracy|system|capitalism|progress|industry|history|time|life|commerce|justice|government|corporate)\b)${NOT_LAUGHED}`,
    // "the van rolled onto him", "the forklift backed over her foot".
    String.raw`\b(?:truck|lorry|van|car|forklift|fork lift|trailer|pallet (?:truck|jack)|tractor|bus|loader|vehicle|cart|reach truck|digger|excavator|tugger|reefer|rig|semi)s?\b[^.!?\n]{0,40}\b(?:rolled|reversed|backed|drove|slid|rolling|reversing|backing) (?:back |forward |down |away |right )?(?:onto|over|on top of|on to|into) (?:him|her|them|someone|somebody|his (?:legs?|foot|feet|body|arm|chest)|her (?:legs?|foot|feet|body|arm|chest)|a (?:\w+ )?(?:worker|guy|man|woman|colleague|coworker|kid|person|driver|picker))\b${NOT_LAUGHED}`,
  ),
  es: safety(
    // "en la oficina hay llamas", "en la bodega hay una fuga de gas".
    String.raw`\b(?:en|dentro de) (?:el|la|los|las|nuestro|nuestra|este|esta|toda la|todo el) (?:\w+ )?${ES_WHERE},? (?:ahora )?(?:hay|tenemos|salio|sale|se ve|empezo|empezo a salir|se prendio|se armo) (?:un |una |mucho |mucha |bastante |harto |tremendo |un gran )?(?:fuego|incendio|humo|llamas|llamaradas|explosion|fuga de gas|escape de gas|chispas|chispazos|chispero)\b(?! (?:lento|bajo|medio|alto|de la (?:estufa|parrilla|cocina|chimenea)|en la (?:estufa|parrilla|chimenea|hornilla)|para (?:la|el) (?:barbacoa|asado|parrilla|carne|salsa|comida)|de (?:cigarr\w*|tabaco|vape\w*|la parrilla))\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "quedó debajo de las ruedas", "está atrapado bajo la rueda del camión".
    String.raw`\b(?:quedo|quedaron|esta|estan|cayo|cayeron|tirad[oa]s?|atrapad[oa]s?|aplastad[oa]s?|metid[oa]s?|acabo|termino) (?:\w+ )?(?:debajo de|abajo de|bajo) (?:las|la|una|sus|su) (?:\w+ )?ruedas?\b(?! de (?:la burocracia|del sistema))${NOT_LAUGHED}`,
  ),
  pt: safety(
    // "no armazém tem fogo e gente lá dentro", "no escritório tem fumaça e fogo".
    String.raw`\b(?:no|na|nos|nas|dentro do|dentro da|la no|la na|ali no|ali na) (?:\w+ )?${PT_WHERE},? (?:agora )?(?:tem|ha|ta com|esta com|saiu|sai|comecou|pegou) (?:um |uma |muito |muita |bastante |um baita |um grande )?(?:fogo|incendio|fumaca|fumaceira|chamas|labaredas|explosao|vazamento de gas|gas vazando|faiscas?)\b(?! (?:baixo|brando|alto|medio|no fogao|na churrasqueira|na lareira|na grelha|na boca|no forno|de artificio|ai|pro (?:churrasco|almoco|jantar)|de (?:cigarro\w*|tabaco|vape\w*|churrasco))\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "ele ficou debaixo das rodas", "está preso embaixo da roda do caminhão".
    String.raw`\b(?:ficou|ficaram|esta|estao|ta|caiu|cairam|pres[oa]s?|esmagad[oa]s?|prensad[oa]s?|deitad[oa]s?) (?:\w+ )?(?:debaixo|embaixo|em baixo|de baixo|sob) (?:d[ao]s?|as|a) (?:\w+ )?rodas?\b${NOT_LAUGHED}`,
  ),
  fr: safety(
    // "dans l'atelier il y a un incendie", "au dépôt il y a de la fumée partout".
    String.raw`\b(?:dans|a|au|aux) (?:le |la |les |l'|l |notre )?(?:\w+ )?${FR_WHERE},? (?:il y a|y a|ya|il y a du|on a) (?:le |un |une |du |de la |des |beaucoup de |plein de )?(?:feu|incendie|fumee|flammes|explosion|fuite de gaz|etincelles)\b(?! (?:d'artifice|de camp|de cheminee|doux|vif|dans la cheminee|dans le four|au barbecue|dans le barbecue|de joie|de (?:cigarette\w*|clope\w*|tabac|vapoteuse\w*))\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "il est coincé sous les roues", "elle est tombée sous la roue du camion".
    String.raw`\b(?:est|sont|coince|coincee|coinces|tombe|tombee|tombes|ecrase|ecrasee|reste|restee|passe|passee) (?:\w+ )?sous (?:les|la|une|ses|sa) (?:\w+ )?roues?\b(?! de (?:la bureaucratie|l'administration|du systeme))${NOT_LAUGHED}`,
  ),
  de: safety(
    // "im Lager ist ein Feuer", "in der Werkstatt ist ein Brand", "im Keller ist überall Rauch".
    String.raw`\b(?:im|in der|in dem|in den|ins|auf dem|auf der|am) (?:\w+ )?${DE_WHERE},? (?:ist|sind|gibt es|gibts|gibt's|hat es|ist es|ist jetzt|ist gerade) (?:ein |eine |einen |viel |starker |dichter |total |uberall |alles voller |voller |voll )?(?:(?:gross|klein|stark|dicht|schwarz)\w* )?(?:feuer|brand|rauch|qualm|flammen|explosion|gasleck|gasaustritt|funkenflug)\b(?! (?:im ofen|im kamin|unterm dach|unter dem dach|und flamme|frei|im grill|von (?:der |den )?(?:zigarette\w*|kippe\w*|raucher\w*)|vom grill)\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "er liegt unter den Rädern", "sie ist unter dem Reifen eingeklemmt".
    String.raw`\b(?:liegt|lag|liegen|steckt|klemmt|eingeklemmt|ist|sind) (?:\w+ )?unter (?:den|dem|die|das|einem) (?:\w+ )?(?:radern|rad|reifen|hinterrad|vorderrad|hinterradern|vorderradern)\b(?! gekommen)${NOT_LAUGHED}`,
  ),
  it: safety(
    // "nel capannone c'è fumo ovunque", "in officina ci sono fiamme".
    String.raw`\b(?:in|nel|nella|nello|negli|nelle|dentro il|dentro la|al|alla|allo) (?:\w+ )?${IT_WHERE},? (?:c'e|c e|ce|ci sono|e scoppiato|e scoppiata|si vede|esce) (?:un |una |del |della |delle |molto |tanto |tante |un grosso )?(?:incendio|fuoco|fumo|fiamme|esplosione|fuga di gas|scintille)\b(?! (?:sotto|basso|lento|vivo|medio|alto|d'artificio|nel camino|nel forno|di sigaretta|passivo|per la (?:brace|grigliata))\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "Marco è finito sotto le ruote del camion", "è incastrato sotto la ruota".
    String.raw`\b(?:e|sono|finito|finita|finiti|rimasto|rimasta|incastrat[oaie]|schiacciat[oaie]|caduto|caduta|steso|stesa) (?:\w+ )?sotto (?:le|la|una) (?:\w+ )?ruot[ae]\b(?! della (?:burocrazia|vita))${NOT_LAUGHED}`,
  ),
  pl: safety(
    // "w magazynie jest pożar", "na hali jest pożar!!", "w biurze jest dym", "na produkcji wybuch".
    String.raw`\b(?:w|we|na) (?:\w+ )?${PL_WHERE},? (?:\w+ )?(?:jest |byl |wybuchl |wybuchla |pojawil sie |pojawila sie |jest duzy |jest straszny |jest mocny |jest gesty )?(?:pozar|ogien|dym|plomienie|plomien|wybuch|eksplozja|iskry)\b${PL_NOT_A_FIRE}(?!\s*\?)${NOT_LAUGHED}`,
    // "w biurze pali się", "na składzie się pali": burning, not a light left on nor a worker keen to work.
    String.raw`\b(?:w|we|na) (?:\w+ )?${PL_WHERE},? (?:cos |wszystko |juz |znowu )?(?:pali sie|sie pali|plonie|plona)\b(?! (?:swiatl\w*|lamp\w*|kontrolk\w*|diod\w*|znicz\w*|swiec\w*|papieros\w*|fajk\w*|do\b|w piecu|w kominku|na zielono|na czerwono)\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "leży pod kołami", "wpadł pod koła wózka".
    String.raw`\b(?:lezy|lezal|lezala|jest|utknal|utknela|wpadl|wpadla|przygnieciony|przygnieciona|przycisniety|przycisnieta) (?:\w+ )?pod (?:kolami|kolem|kola|kolo)\b${NOT_LAUGHED}`,
  ),
  tl: safety(
    // "sa kusina may sunog", "sa bodega ay may apoy, may tao sa loob".
    String.raw`\b(?:sa|nasa|dun sa|doon sa) (?:\w+ )?${TL_WHERE},? (?:ay )?(?:may|merong|mayroong|meron|nagkaroon ng|may malaking) (?:malaking |makapal na )?(?:sunog|apoy|usok|tagas ng gas|gas leak|pagsabog|sumabog|spark|kislap)\b(?! (?:sa kalan|sa ihawan|sa uling|sa pugon|sa lutuan|ng (?:sigarilyo|yosi|vape|ihaw\w*))\b)(?!\s*\?)${NOT_LAUGHED}`,
    // "nasa ilalim siya ng gulong", "naipit sa ilalim ng gulong ng trak".
    String.raw`\b(?:nasa ilalim|naipit sa ilalim|napailalim|naipit) (?:siya |sya |si \w+ )?(?:ng|sa) (?:\w+ )?gulong\b${NOT_LAUGHED}`,
  ),
};
