import { eitherOrder, inOneSentence, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Stalking, unwanted pursuit of someone from work into their own life (buried39, after the ra38b attack): followed
 * home, a car driven past or parked outside someone's home, someone turning up at a colleague's home uninvited, a
 * tracker on her car or her phone's location followed, messages kept up through the night ("the trainer from head
 * office keeps asking the new girls for their home address and showed up at one's house uninvited"). Harassment: the
 * owner of harassment needs it before the next visit, and a friendly note around it must not hide it.
 *
 * Each language: a pursuit (following, tailing, driving past, waiting or parked outside) with a home; a visit (turned
 * up, came to) with a home and a word that it was unwanted (uninvited, unannounced, at night, again); a tracker. Read
 * in one sentence, in folded text. Calm beside them: a colleague's address asked for a party or a card, a lift home
 * from a manager, going to a pizza place together, a film about a stalker.
 */

const harassment = (source: string, notReal: string): UrgencyRule =>
  rule('harassment', sentenceHolding(source, notReal));

interface Pursuit {
  /** Following someone, waiting or parked outside: pursuit whatever the place, at a home it is stalking. */
  pursuit: string;
  /** A home: someone's house, flat, door, street. */
  home: string;
  /** Turning up or coming round: a visit, stalking only when unwanted. */
  visit: string;
  /** Unwanted: uninvited, unannounced, at night, again and again. */
  unwanted: string;
  /** A tracker put on someone, or their location followed. */
  tracked: string;
}

const rulesOf = (table: Pursuit, notReal: string): UrgencyRule[] => [
  harassment(eitherOrder('latin', 60, table.pursuit, table.home), notReal),
  harassment(
    `${inOneSentence('latin', 60, table.visit, table.home, table.unwanted)}|${inOneSentence('latin', 60, table.unwanted, table.visit, table.home)}`,
    notReal,
  ),
  harassment(String.raw`\b(?:${table.tracked})\b`, notReal),
];

const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|podcast|documentary|video|joke|lol|lmao|training|course`;
const EN_HOME = String.raw`(?:my|her|his|their|one'?s|our|your|(?:one|some) of (?:their|them'?s|the \w+'?s?)|the new \w+'?s?) (?:own )?(?:house|home|flat|apartment|place|front door|door|doorstep|building|street|road|driveway|window)s?|(?:all the way |right )?home\b|(?:to|at|outside) (?:my|her) (?:mum'?s|mom'?s|parents'?)`;
export const ENGLISH_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`follow(?:s|ed|ing)? (?:me|her|us|them|one of (?:us|them|the \w+))|tail(?:s|ed|ing)? (?:me|her|us|them)|stalk(?:s|ed|ing)?|(?<!\b(?:i|we|you) )(?:driv(?:es|ing) (?:past|by|round|around)|drove (?:past|by|round|around)|park(?:s|ed|ing)? (?:\w+ )?(?:outside|across from|opposite|near|by)|wait(?:s|ed|ing)? (?:for (?:me|her) )?outside|sits? outside|sat outside|stand(?:s|ing)? outside|hang(?:s|ing)? (?:around|about) outside)|watch(?:es|ed|ing)? (?:me|her)`,
    home: EN_HOME,
    visit: String.raw`(?:show(?:s|ed|ing)?|turn(?:s|ed|ing)?) up|came (?:round|over|by)?|comes (?:round|over|by)?|coming (?:round|over|by)|appear(?:s|ed)|knock(?:s|ed|ing)? on|ring(?:s|ing)? (?:the|my|her) (?:door|bell)|rang (?:the|my|her) (?:door|bell)`,
    unwanted: String.raw`uninvited|unannounced|unwanted|without (?:being )?(?:asked|invited|an invite|an invitation|warning|notice|telling|asking|calling)|not invited|never invited|nobody invited|at night|in the middle of the night|at (?:1|2|3|4|midnight)(?: ?am)?\b|on (?:my|her) days? off|again|keeps|kept|every (?:night|evening|weekend|sunday|saturday)|twice|three times|several times`,
    tracked: String.raw`(?:put|puts|putting|hid|hides|hiding|planted|placed|installed|stuck) (?:a |an |some )?(?:tracker|tracking device|tracking app|gps(?: tracker)?|air ?tag|tile)s? (?:on|in|under|onto|into) (?:my|her|his|their) (?:car|phone|bag|bike|van|coat)|track(?:s|ed|ing)? (?:my|her) (?:location|phone|car|movements)|(?:knows|checks|follows) where (?:i|she) (?:go|goes|am|is) (?:after work|at night|on (?:my|her) days? off)`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|noticia|documental|video|broma|jaja\w*|curso`;
const ES_HOME = String.raw`(?:mi|su|tu|nuestra) (?:casa|puerta|departamento|depa|piso|edificio|calle|cuadra|ventana)|casa de (?:una|uno|ella|alguna|mi|su)|hasta (?:mi |su )?casa|la puerta de (?:mi|su) casa`;
export const SPANISH_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`(?:me|la|nos|las|los|le) (?:sigue|siguio|seguia|persigue|persiguio|espera|esperaba)|sigui[eo]ndo(?:me|la|nos)|pasa (?:en (?:su )?(?:carro|coche) )?(?:por|frente a) (?:mi|su) casa|se estaciona (?:frente a|afuera de|enfrente de)|esta (?:afuera|parado) (?:de|frente a)`,
    home: ES_HOME,
    visit: String.raw`se (?:aparece|aparecio|presenta|presento)|aparece|aparecio|llego|llega|vino|viene|toco (?:la puerta|el timbre)`,
    unwanted: String.raw`sin (?:avisar|invitacion|que (?:nadie|yo|ella) (?:lo|le) (?:invitara|invite|pidiera))|sin ser invitad[oa]|de noche|en la noche|a medianoche|a las (?:1|2|3|4) de la manana|otra vez|los fines de semana|en (?:mi|su) dia libre|varias veces|cada (?:noche|fin de semana)`,
    tracked: String.raw`(?:puso|pone|instalo|escondio) (?:un )?(?:rastreador|gps|localizador|air ?tag) (?:en|debajo de) (?:mi|su) (?:carro|coche|auto|celular|telefono|bolsa|mochila)|rastrea (?:mi|su) (?:ubicacion|celular)`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|article|documentaire|video|blague|mdr|ptdr|formation`;
const FR_HOME = String.raw`(?:chez (?:moi|elle|lui|nous|l'une|l'un|une|un)|jusqu'a chez (?:moi|elle|nous)|(?:ma|sa|notre) (?:maison|porte|rue|fenetre)|(?:mon|son|notre) (?:appart\w*|immeuble|domicile|logement))`;
export const FRENCH_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`(?:me|la|nous|les) (?:suit|suivait|a suivie?s?|suivi|attend|attendait|guette)|passe (?:en voiture )?devant|se gare (?:devant|en face de)|stationne devant|traine devant|rode (?:devant|autour de)`,
    home: FR_HOME,
    visit: String.raw`(?:s'est|se) (?:pointe\w*|presente\w*|ramene\w*)|debarque\w*|est venu\w*|vient|a sonne|sonne`,
    unwanted: String.raw`sans (?:prevenir|invitation|etre invite\w*|y etre invite\w*|qu'on l'invite|rien demander)|la nuit|en pleine nuit|a minuit|a (?:1|2|3|4) ?h(?:eures?)? du matin|encore|le week-?end|(?:mon|son) jour de repos|plusieurs fois|tous les soirs`,
    tracked: String.raw`(?:a mis|met|a cache|a installe|a pose) (?:un )?(?:traceur|gps|balise|air ?tag|mouchard) (?:sur|dans|sous) (?:ma|sa|mon|son) (?:voiture|telephone|sac|portable)|suit (?:ma|sa) (?:localisation|position)`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|documentario|video|piada|kkk\w*|curso`;
const PT_HOME = String.raw`(?:minha|sua|nossa) (?:casa|porta|rua|janela)|(?:meu|seu|nosso) (?:apartamento|ape|predio|portao)|casa de (?:uma|um|ela|alguma)|ate (?:a )?(?:minha |sua )?casa|em casa`;
export const PORTUGUESE_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`(?:me|a|nos|as) (?:segue|seguiu|seguia|persegue|perseguiu|espera|esperava)|seguindo (?:eu|ela|a gente)|passa de carro (?:na frente|em frente)|estaciona (?:na frente|em frente)|fica parad[oa] (?:na frente|em frente)`,
    home: PT_HOME,
    visit: String.raw`apareceu|aparece|se apresentou|chegou|veio|vem|bateu na porta|tocou a campainha`,
    unwanted: String.raw`sem (?:avisar|convite|ser convidad[oa]|ninguem convidar|ser chamad[oa])|de noite|a noite|de madrugada|a meia-?noite|de novo|outra vez|no fim de semana|nos fins de semana|(?:na minha|no meu) folga|varias vezes|toda noite`,
    tracked: String.raw`(?:colocou|botou|instalou|escondeu) (?:um )?(?:rastreador|gps|localizador|air ?tag) (?:no|na|embaixo do) (?:meu |minha |seu |sua )?(?:carro|celular|bolsa|moto)|rastreia (?:minha|sua) (?:localizacao|celular)`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|artikel|doku\w*|video|witz|haha\w*|schulung`;
const DE_HOME = String.raw`nach hause|(?:vor|zu|bei) (?:meiner|ihrer|unserer) (?:wohnung|haustur|tur)|(?:vor|zu|bei) (?:meinem|ihrem|unserem) (?:haus|wohnhaus|fenster)|vor (?:meiner|ihrer) tur|zu (?:mir|ihr|einer) nach hause|bei (?:mir|ihr|einer) zu hause|(?:meine|ihre) (?:wohnung|adresse|strasse)`;
export const GERMAN_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`(?:ist|war) (?:mir|ihr|uns) (?:\w+ ){0,3}?(?:gefolgt|hinterhergefahren|hinterhergelaufen)|folgt (?:mir|ihr|uns)|verfolgt (?:mich|sie|uns)|fahrt (?:\w+ )?(?:an|vor) (?:meinem|ihrem|meiner|ihrer) (?:haus|wohnung) vorbei|parkt (?:\w+ )?vor|steht (?:\w+ ){0,2}?vor|lauert (?:mir|ihr)|wartet (?:\w+ ){0,2}?vor`,
    home: DE_HOME,
    visit: String.raw`stand|steht|tauchte|taucht|kam|kommt|klingelte|klingelt|aufgetaucht|vorbeigekommen`,
    unwanted: String.raw`unangemeldet|unangekundigt|ungebeten|uneingeladen|ohne (?:einladung|vorwarnung|zu fragen|bescheid)|nachts|mitten in der nacht|um (?:1|2|3|4) uhr|schon wieder|wieder|am wochenende|an (?:meinem|ihrem) freien tag|mehrmals|jeden abend`,
    tracked: String.raw`(?:hat|hatte) (?:einen |ein )?(?:tracker|gps-?sender|peilsender|air ?tag) (?:an|in|unter) (?:meinem|meinen|ihrem|ihren|meiner|ihrer) (?:auto|wagen|handy|tasche)|verfolgt (?:meinen|ihren) standort|ortet (?:mein|ihr) handy`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|articolo|documentario|video|scherzo|ahah\w*|corso`;
const IT_HOME = String.raw`(?:fino )?(?:a|sotto) casa (?:mia|sua|nostra)|(?:a|sotto) casa|casa (?:mia|sua|di una|di lei)|(?:la mia|la sua) (?:porta|via|finestra)|(?:il mio|il suo) (?:portone|palazzo|appartamento)`;
export const ITALIAN_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`(?:mi|la|ci|le) (?:segue|seguiva|ha seguit[ao]|ha pedinat[ao]|pedina|aspetta|aspettava)|passa in macchina|parcheggia (?:davanti|sotto)|si apposta`,
    home: IT_HOME,
    visit: String.raw`si (?:e )?presentat[oa]|si presenta|e venut[oa]|viene|e arrivat[oa]|ha suonato|suona il campanello`,
    unwanted: String.raw`senza (?:invito|avvisare|preavviso|essere invitat[oa]|che nessuno l'avesse invitat[oa])|di notte|in piena notte|a mezzanotte|alle (?:1|2|3|4) di notte|di nuovo|ancora|nel weekend|nel fine settimana|nel mio giorno libero|piu volte|ogni sera`,
    tracked: String.raw`(?:ha messo|ha nascosto|ha installato|mette) (?:un )?(?:localizzatore|gps|tracker|air ?tag) (?:sulla|sul|nella|nel|sotto la) (?:mia |sua )?(?:macchina|auto|telefono|cellulare|borsa)|controlla (?:la mia|la sua) posizione`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|dokument\w*|wideo|zart\w*|haha\w*|szkoleni\w*`;
const PL_HOME = String.raw`pod (?:moj |jej |nasz )?dom\w*|pod (?:moim|jej) (?:domem|blokiem|oknem)|do (?:mnie|niej) do domu|do domu|(?:moj|jej) adres|pod drzwi\w*|pod blok\w*`;
export const POLISH_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`sledzi\w*|chodzi za (?:mna|nia)|jezdzi za (?:mna|nia)|szedl za (?:mna|nia)|jechal za (?:mna|nia)|czeka (?:na mnie |na nia )?(?:pod|przed)|stoi (?:pod|przed)|parkuje (?:pod|przed)|przejezdza (?:pod|obok)`,
    home: PL_HOME,
    visit: String.raw`przyszedl|przyjechal|przychodzi|przyjezdza|pojawil sie|pojawia sie|zjawil sie|zjawia sie|zapukal|dzwonil do drzwi`,
    unwanted: String.raw`bez zaproszenia|bez zapowiedzi|bez uprzedzenia|nieproszon\w*|w nocy|w srodku nocy|o polnocy|o (?:1|2|3|4) w nocy|znowu|znow|w weekend\w*|w (?:moj|jej) dzien wolny|kilka razy|co wieczor`,
    tracked: String.raw`(?:zalozyl|podlozyl|schowal|zainstalowal) (?:mi |jej )?(?:lokalizator|nadajnik|gps|air ?tag) (?:w|pod|do) (?:moim |jej )?(?:samochod\w*|aucie|telefon\w*|torebce)|sledzi (?:moja|jej) lokalizacj\w*`,
  },
  PL_NOT_REAL,
);

const TL_NOT_REAL = String.raw`pelikula|teleserye|serye|libro|laro|balita|video|biro|joke|haha\w*|training`;
const TL_HOME = String.raw`(?:sa |hanggang sa |hanggang )?bahay (?:namin|ko|niya|nila|nya)|sa bahay|sa (?:labas ng )?(?:apartment|boarding house|bahay) (?:ko|namin|niya)|sa tapat ng bahay`;
export const TAGALOG_FOLLOWED_HOME_AND_TRACKED: UrgencyRule[] = rulesOf(
  {
    pursuit: String.raw`sinusundan|sinundan|sumusunod|sinusundan (?:ako|niya)|inaabangan|inabangan|nag-?aabang|nakaabang|nakaparada sa tapat|dumadaan sa tapat`,
    home: TL_HOME,
    visit: String.raw`sumulpot|sumusulpot|pumunta|pumupunta|dumating|dumadating|nagpakita|kumatok`,
    unwanted: String.raw`nang walang pasabi|walang pasabi|nang hindi (?:inimbita|imbitado|sinabihan)|hindi inimbita|hindi imbitado|biglang|bigla na lang|bigla|sa gabi|tuwing gabi|hatinggabi|madaling-?araw|ulit|paulit-?ulit|day off ko`,
    tracked: String.raw`(?:naglagay|nilagyan|ikinabit|tinago) (?:ng )?(?:tracker|gps|air ?tag) (?:sa|sa ilalim ng) (?:kotse|sasakyan|cellphone|phone|bag) (?:ko|niya)`,
  },
  TL_NOT_REAL,
);
