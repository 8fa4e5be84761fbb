import { lazyPattern } from '../lazy-pattern';
import { withSentencesBlanked } from './calm-look-alikes-att46';

/*
 * Calm look-alikes that att48 found paging a sponsor outside English (F8, u51b), blanked for both readers sentence by
 * sentence, as calm-look-alikes-att46.ts does for its own:
 *
 * - A worker's own child visiting the plant, with no age needed ("mi hijo vino a ver la planta en el día de puertas
 *   abiertas y le encantó la prensa", "meu filho visitou a fábrica comigo no dia da família", "mein Sohn war beim
 *   Familientag … auf den Stapler sitzen (ausgeschaltet)", "mi niña vino a la fábrica a traerme el almuerzo"): the
 *   child is the writer's own, the sentence says it came, visited, brought lunch or was at a family or open day, and
 *   says nothing of the child working, helping, driving or running a machine, paid, hurt, at night or near a fire.
 * - A worker's own child's own evening ("mein Sohn ist 13 und spielt nachts Fortnite"): the child-labour rules read a
 *   child of 13 at night. Only with the child playing, gaming or sleeping and nothing of work, pay or harm.
 * - A fire inside a film or a series ("我昨天看了一个电影，讲工厂着火，很好看", "xem phim về vụ cháy nhà máy hay lắm",
 *   "il y a un incendie dans le film"): a film and a fire within a few words, in either order, with the film seen,
 *   liked or holding the fire ("dans le film"), and nothing real now (help, now, here, "like in a film", someone
 *   hurt, a plastic film that caught fire).
 * - A recipe's step that burns or blackens food ("receta: quemar los chiles en el fuego hasta que se pongan negros",
 *   "set the oven on fire high, burn the peppers till charred"): a food named with a recipe, a meal or a cook's verb,
 *   and no person, body part, word said to someone or fire out of hand (caught fire, alarm, extinguisher, help).
 * - A chore's grudge said with a laugh or a "just kidding" ("voy a matar al de sistemas si me vuelve a cambiar la
 *   contraseña jaja", "ich bring den Chef um, wenn er nochmal … haha Spaß", "zabiję szefa jak jeszcze raz zmieni
 *   grafik, żartuję"): a killing word, an "if … again" and a laugh or joke mark in one sentence, with no weapon, no
 *   time or place set ("mañana", "ya verás", "en el estacionamiento"), nothing said as meant, no fear. And the
 *   overwork idiom "il capo ci ammazza di lavoro" (es "nos mata de trabajo" was calm already).
 *
 * Folded text (lower case, no accents, "ß" as "ss", full-width commas as commas). Tests:
 * test/unit/analysis/urgency-att48-u51b.test.ts.
 */

// The writer's own child (age not needed: the visit says it is a child's).
const OWN_CHILD = lazyPattern(
  String.raw`\b(?:(?:mi|mis|nuestr[oa]s?) (?:hij[oa]s?|nin[oa]s?|nene|nena|chamac[oa]|pequen[oa]|chiquit[oa])|(?:meu|minha|meus|minhas|nosso|nossa) (?:filh[oa]s?|menin[oa]|guri|guria|pequen[oa])|(?:mon|ma|mes|notre|nos) (?:fils|fille|filles|petit|petite|gamin|gamine|enfants?)|(?:mio|mia|miei|il mio|la mia|nostro|nostra) (?:figli[oa]?|bambin[oa]|ragazzin[oa])|(?:mein|meine|meinem|meiner|unser|unsere) (?:sohn|tochter|kind|kinder|kleine|kleiner|junge)|(?:moj|moja|mojego|moje|nasz|nasza) (?:syn|synek|corka|coreczka|dziecko|dzieci)|(?:my|our) (?:son|daughter|kids?|child|children|boy|girl|little one)|con (?:gai |trai )?(?:toi|em|minh|tui))\b`,
  'u',
);
// It came, visited, brought lunch or was there on a family or open day.
const VISIT = lazyPattern(
  String.raw`\b(?:vin[oe] a|vinieron a|viene a|vino conmigo|visit\w*|puertas abiertas|dia de (?:la )?familia|traerme|me trajo|almuerzo|lonche|comida|veio|vieram|trazer|me trouxe|almoco|marmita|dia da familia|portas abertas|comigo|est venue?|sont venus|venu me voir|venue me voir|m'apporter|dejeuner|journee (?:des )?familles?|portes ouvertes|e venut[oa]|venut[oa] a|portarmi|pranzo|giornata (?:delle )?famigli\w*|porte aperte|familientag|tag der offenen tur|besuch\w*|mittagessen|vorbeigekommen|war (?:mit|bei|beim)|odwiedzi\w*|przyszl\w*|przyszedl|obiad|dzien (?:otwarty|rodzinny)|drzwi otwarte|came (?:to|with|by)|come to|brought me|lunch|family day|open day|open house|bring your (?:kid|child)|take your (?:kid|child|daughter|son)|den tham|tham quan|ngay hoi)\b`,
  'u',
);
// It plays, games or sleeps: its own evening.
const PLAYS = lazyPattern(
  String.raw`\b(?:jueg[ao]n?|jugando|videojuegos?|consola|joga|jogando|videogames?|joue|jouer|jeux video|gioca|giocando|videogiochi|spielt|spielen|zockt|zocken|gra w|gra na|grac|gry|plays|playing|games?|gaming|fortnite|minecraft|roblox|playstation|xbox|nintendo|switch|tablet|duerme|dorme|dort|schlaft|spi|sleeps|tarea|deberes|devoir|compiti|hausaufgaben|homework)\b`,
  'u',
);
// The child at work, helping, running or driving a machine, paid, hurt, or near a hazard: the sentence is read.
const CHILD_AT_RISK = lazyPattern(
  String.raw`\b(?:trabaj\w*|ayud\w*|turnos?|nocturn\w*|opera\w*|manej\w*|lo pusieron|la pusieron|lo puso|la puso|lo ponen|la ponen|le ponen|mandaron|mandou|make (?:him|her)|made (?:him|her)|makes (?:him|her)|le pagan|pag\w*|sin contrato|herid\w*|se quem\w*|se corto|accidente|lastim\w*|cayo|atrapad\w*|caught|stuck|eingeklemmt|przytrzasn\w*|preso|presa|golpe\w*|pego|hit|punch\w*|schlag\w*|geschlagen|bateu|frappe\w*|picchia\w*|uderzy\w*|toco|touched|tocou|touche|toccat\w*|beruhrt|dotyka\w*|acos\w*|harass\w*|hospital|ambulancia|trabalh\w*|ajud\w*|puseram|pagam|se queimou|se cortou|machuc\w*|caiu|travaill\w*|aide\w*|conduit|conduire|l'ont mis|paye\w*|blesse\w*|brule\w*|tombe\w*|lavor\w*|aiut\w*|guida\w*|messo a|pagat\w*|in nero|ferit\w*|caduto|caduta|arbeit\w*|schicht|hilft|half|geholfen|gefahren|fahrt|fuhr|bedient|bezahlt|schwarz|verletzt|verbrannt|gesturzt|prac\w*|pomaga\w*|pomogl\w*|prowadzi\w*|jezdzi\w*|obslugiw\w*|placa\w*|na czarno|rann[ya]|poparzon\w*|spadl\w*|works?|working|worked|helps?|helped|helping|shifts?|drove|drives?|driving|operat\w*|ran the|runs the|paid|pay|cash|hurt|injur\w*|burn\w*|cut|fell|trapped|ambulance|lam viec|bi thuong|tai nan|fuego|incendio|humo|gas|fogo|fumaca|feu|incendie|fumee|fuoco|fumo|feuer|brand|rauch|ogien|pozar|dym|fire|smoke|leak\w*)\b`,
  'u',
);
// At night, for a visit (a child at the plant at night is read); a child's own evening may be at night.
const AT_NIGHT = lazyPattern(
  String.raw`\b(?:de noche|por la noche|madrugada|a noite|de madrugada|la nuit|de nuit|di notte|nachts|in der nacht|w nocy|noca|at night|overnight|nights?|ban dem)\b`,
  'u',
);

// A film or a series and a fire within a few words, either order.
const FILM = String.raw`(?:\b(?:movies?|films?|filme|filmes|pelicula|peliculas|peli|series|serie|serial|episod\w*|odcinek|documentar\w*|dokument\w*|phim|pelikula|anime|novela|telenovela|netflix)\b|电影|电视剧|纪录片|片子)`;
const FIRE = String.raw`(?:\b(?:fires?|blaze|inferno|incendios?|incendies?|incendi|brand|brande?s?|feuer|pozar\w*|fuego|fogo|fuoco|feu|sunog|chay|explosion|explosao|esplosione|wybuch\w*)\b|着火|火灾|大火|失火|起火|爆炸)`;
const FILM_AND_FIRE = lazyPattern(String.raw`${FILM}[^.!?\n]{0,80}?${FIRE}|${FIRE}[^.!?\n]{0,80}?${FILM}`, 'u');
// Seen, liked, or the fire held "in the film".
const FILM_SEEN = lazyPattern(
  String.raw`\b(?:watch\w*|saw|seen|recommend\w*|so good|great|amazing|awesome|loved|vi (?:una|un|la|el|esa)|vimos|viste|mire|recomiendo|buen[oa]|buenisim[oa]|genial|me encanto|assisti\w*|recomendo|muito bo[am]|otimo|adorei|j'ai vu|on a vu|vu (?:le|un) (?:film|serie)|regarde\w*|recommande|trop bien|adore|ho visto|abbiamo visto|visto|guardato|consiglio|bellissim[oa]|bell[oa]|gesehen|geschaut|angeschaut|empfehle|spannend|toll|gut|ogladal\w*|obejrzal\w*|widzial\w*|polecam|swietn\w*|dobry|xem|hay lam|hay qua|rat hay|napanood|pinanood|maganda|ang ganda|in the (?:movie|film|series|show|episode)|en la (?:pelicula|serie)|no filme|na serie|dans le film|dans la serie|nel film|nella serie|im film|in der serie|w filmie|w serialu|trong phim)\b|看了|看过|好看|推荐|电影里`,
  'u',
);
const FILM_REAL = lazyPattern(
  String.raw`\b(?:like (?:in )?a (?:movie|film)|como (?:en|num|numa|em) (?:una |la |uma |um )?(?:pelicula|filme)|comme dans un film|come in un film|wie im film|jak w filmie|giong nhu phim|right now|now|here|ahora|aqui|agora|maintenant|ici|adesso|ora|qui|jetzt|teraz|tutaj|bay gio|ngay|help|ayuda|ajuda|au secours|aiuto|hilfe|pomocy|cuu|911|999|112|at work|en el trabajo|no trabalho|au travail|al lavoro|bei der arbeit|w pracy|for real|de verdad|de verdade|pour de vrai|davvero|wirklich|naprawde|hurt|herid\w*|ferid\w*|blesse\w*|verletzt|rann[ya]|caught fire|burning|humo|smoke|fumaca|fumee|fumo|rauch|dym|khoi|se incendio|incendiou|a pris feu|preso fuoco|brennt|pali sie|dang chay|plastic\w*|rap phim|rap chieu|stretch|shrink|wrap|folia|folie|evacu\w*|alarm\w*)\b|现在|快来|救命|这里`,
  'u',
);

// A food named, with a recipe, a meal or a cook's verb; no person, body part, word said or fire out of hand.
const FOOD = lazyPattern(
  String.raw`\b(?:peppers?|chil(?:e|i|ies|es|is)|jalapenos?|poblanos?|tomat(?:o|oes|e|es|illos?)|onions?|garlic|eggplants?|corn|marshmallows?|bananas?|steak|sausages?|bread|toast|sugar|chicken|pork|fish|pimient(?:o|os)|cebollas?|ajos?|berenjenas?|elotes?|platanos?|chorizos?|carne|pollo|cerdo|pescado|azucar|tortillas?|pimentoes|pimentao|pimentos?|cebolas?|alho|berinjelas?|milho|linguicas?|frango|acucar|poivrons?|piments?|oignons?|aubergines?|bananes?|saucisses?|poulet|sucre|peperon[ie]|pomodor[io]|cipoll[ae]|melanzan[ae]|salsicc[ea]|zucchero|paprika\w*|tomaten|zwiebel\w*|auberginen|wurst\w*|wurstchen|hahnchen|zucker|papryk\w*|pomidor\w*|cebul\w*|baklazan\w*|kielbas\w*|kurczak\w*|cukier)\b`,
  'u',
);
const COOKING = lazyPattern(
  String.raw`\b(?:recipes?|potluck|bbq|barbecue|dinner|lunch|roast\w*|char|charred|blacken\w*|burn|burnt|sear|grill\w*|bake|fry|broil|peel|blend|receta|asado|parrilla|comal|sarten|cena|asar|tatemar|quemar|tostar|dorar|pelar|licuar|freir|receita|churrasco|churrasqueira|jantar|assar|queimar|descascar|recette|diner|noircir|bruler|flamber|rotir|peler|poele|ricetta|cena|abbrustol\w*|bruciare|arrostire|sbucciare|grigliare|padella|rezept|abendessen|rosten|braten|grillen|schalen|pfanne|przepis|obiad|kolacj\w*|piec|opalic|opiec|upiec|obrac|patelni\w*)\b`,
  'u',
);
const NOT_FOOD_ALONE = lazyPattern(
  String.raw`\b(?:me queme|se quemo|quemadura\w*|me queimei|queimadura\w*|je me suis brule\w*|brulure\w*|mi sono bruciat\w*|ustion\w*|verbrannt|verbrennung\w*|poparzy\w*|oparzeni\w*|burned (?:my|his|her)|burnt (?:my|his|her)|mano|manos|mao|maos|main|mains|hand|hands|hande|reka|rece|dedos?|fingers?|doigts?|dita|palec|palce|brazos?|bracos?|bras|braccio|arms?|cara|rosto|visage|viso|gesicht|twarz|face|ojos|olhos|yeux|occhi|augen|oczy|eyes|compa\w*|colega\w*|coworkers?|collegue\w*|colleghi|collega|kolleg\w*|koleg\w*|jefe|boss|supervisor\w*|chefe|encargad\w*|capo|szef\w*|dijo|llamo|chamou|disse|called|said|told|a traite|a dit|ha detto|nannte|sagte|nazwal\w*|powiedzial\w*|caught fire|spread|se extendio|se prendio|se incendio|pego fuego|prit feu|pegou fogo|preso fuoco|in brand|zapalil\w*|alarm\w*|extint\w*|extinguisher|extincteur|estintore|feuerloscher|gasnic\w*|help|ayuda|ajuda|aide|aiuto|hilfe|pomocy|911|112|evacu\w*|ewakuac\w*|hospital|urgencias|ambulan\w*|kitchen fire|grease fire|(?:is|was|are|'s|s) on fire|en llamas|em chamas|en feu|in fiamme|in flammen|w plomieniach|ardiendo|brennt|fuego en la cocina|fire in the kitchen|feu dans la cuisine|fogo na cozinha|everywhere|por todas partes|partout|ovunque|uberall|wszedzie)\b`,
  'u',
);

// A killing word said of a chore's grudge, with an "again" and a laugh or a joke mark.
const KILL = lazyPattern(
  String.raw`\b(?:mat(?:ar|o|a|are|arlo|arla|arte)|ahorc\w*|estrangul\w*|tuer|tuerai|je (?:la |le |les |te |vous )?tue|etrangl\w*|ammazz\w*|uccid\w*|strozz\w*|esgan\w*|umbring\w*|bring\w* [^.!?\n]{0,30}?\bum|erwurg\w*|zabij\w*|udusz\w*|kill|strangle|murder)\b`,
  'u',
);
const AGAIN = lazyPattern(
  String.raw`\b(?:vuelv\w* a|otra vez|de nuevo|una vez mas|de novo|outra vez|mais uma|encore|de nouveau|ancora|un'altra|di nuovo|nochmal|noch einmal|noch eine?n?|wieder|znowu|jeszcze raz|again|one more|any more|anymore)\b`,
  'u',
);
const LAUGH = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?:ha){2,}h?|(?:ah){2,}h?|(?:he){2,}|(?:ja){2,}j?|(?:je){2,}|k{3,}|rs(?:rs)+|lo+l+|lmao|xd+|mdr|ptdr|jk|just kidding|kidding|joking|es broma|broma|brincadeira|to brincando|je rigole|pour rire|blague|scherz\w*|si scherza|spass|nur spass|zartuj\w*|zart)(?![\p{L}\p{N}])|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F61D}]`,
  'u',
);
// Said as meant, set for a time or a place, with a weapon, or feared: the sentence is read.
const JOKE_MEANT = lazyPattern(
  String.raw`\b(?:en serio|de verdad|no es broma|sin broma|ya veras|vas a ver|manana|esta noche|hoy|a la salida|estacionamiento|parking|navaja|cuchillo|pistola|arma|falo serio|e serio|nao e brincadeira|amanha|hoje|na saida|faca|arma|je suis serieux|pas une blague|demain|ce soir|a la sortie|couteau|flingue|sul serio|non scherzo|domani|stasera|all'uscita|coltello|pistola|im ernst|kein spass|morgen|heute|messer|waffe|na serio|nie zartuje|jutro|dzisiaj|noz|bron|toc(?:a|o|ar|ou|ando)|touch\w*|toucher|toccar\w*|anfass\w*|beruhr\w*|dotyk\w*|peg(?:a|ar|o|ue)|golpe\w*|bat(?:e|er|eu)|frapp\w*|picchia\w*|schlag\w*|uderz\w*|hit|hits|grab\w*|agarr\w*|acos\w*|harass\w*|me (?:voy a )?mat\w*|matarme|suicid\w*|me tiro|me (?:vou )?matar|vou me matar|me tuer|je me tue|mi ammazzo|ammazzarmi|mich (?:um|selbst)|bring\w* mich|zabi\w* sie|kill myself|kms|end it|seriously|not joking|no joke|tomorrow|tonight|today|you'll see|gate|knife|gun|scared|afraid|miedo|medo|peur|paura|angst|boje)\b`,
  'u',
);
// "the boss is working us to death": an idiom of workload, not a threat.
const WORKED_TO_DEATH = lazyPattern(String.raw`\b(?:ci|mi|vi) (?:ammazza|ammazzano|uccide) di lavoro\b`, 'u');

function calmLookAlike(sentence: string): boolean {
  if (OWN_CHILD.get().test(sentence)) {
    if (CHILD_AT_RISK.get().test(sentence)) return false;
    if (VISIT.get().test(sentence)) return !AT_NIGHT.get().test(sentence);
    return PLAYS.get().test(sentence);
  }
  if (FILM_AND_FIRE.get().test(sentence)) return FILM_SEEN.get().test(sentence) && !FILM_REAL.get().test(sentence);
  if (FOOD.get().test(sentence) && COOKING.get().test(sentence)) return !NOT_FOOD_ALONE.get().test(sentence);
  if (KILL.get().test(sentence) && !JOKE_MEANT.get().test(sentence)) {
    if (WORKED_TO_DEATH.get().test(sentence)) return true;
    return AGAIN.get().test(sentence) && LAUGH.get().test(sentence);
  }
  return false;
}

// Cheap test: the text has one of the words each look-alike needs.
const MAY_BE = lazyPattern(
  String.raw`hij|nin|nen|chamac|pequen|chiquit|filh|menin|guri|fils|fille|petit|gamin|enfant|figli|bambin|ragazzin|sohn|tochter|kind|klein|junge|syn|cork|dziec|son|daughter|kid|child|boy|girl|little one|con |movie|film|peli|serie|episod|odcinek|folge|document|dokument|phim|anime|novela|netflix|电影|电视剧|纪录片|片子|recipe|potluck|bbq|barbecue|dinner|lunch|roast|char|blacken|burn|sear|grill|bake|fry|broil|peel|blend|rece|asa|parrilla|comal|sarten|cena|tatemar|quemar|tostar|dorar|pelar|licuar|freir|churras|jantar|queimar|descascar|diner|noircir|bruler|flamber|rotir|peler|poele|ricetta|abbrustol|bruciare|arrostire|sbucciare|padella|rezept|abendessen|rosten|braten|schalen|pfanne|przepis|obiad|kolacj|piec|opalic|opiec|upiec|obrac|patelni|ammazz`,
  'u',
);
const MAY_BE_JOKE = LAUGH;

/** The folded text with each calm look-alike sentence blanked; itself when it has none. */
export function withoutCalmLookAlikesAtt48(folded: string): string {
  if (!MAY_BE.get().test(folded) && !MAY_BE_JOKE.get().test(folded)) return folded;
  return withSentencesBlanked(folded, calmLookAlike);
}
