import { lazyPattern } from '../lazy-pattern';

/*
 * A recipe, a match or a fight watched, or a film seen, told with the words of a danger (att44, F2): "recette: faire
 * brûler le sucre jusqu'à ce qu'il fume, puis ajouter la crème", "rezept: zucker anbrennen lassen bis er raucht, dann
 * sahne dazu", "the ufc fight last night was brutal, guy got choked out unconscious", "o jogo ontem foi um massacre, o
 * goleiro desmaiou com a bolada kkk", "昨晚看的电影里有人被困在电梯里，吓死我了". The rules read the sugar's smoke as a
 * fire and the knocked-out player as someone unconscious at work, and each paged a sponsor (games-and-stories-of-danger.ts
 * reads a game or a film only where it was enjoyed in its own words, and not in Chinese).
 *
 * A text is blanked for both readers when it names a recipe (or gives a cook's step with an ingredient: "then add the
 * cream"), a sport watched (a match, a fight on TV, last night, a laugh), or a film or a series seen, and says nothing of
 * a real danger now or at work: a fire or flames, someone burned, hurt or not waking, help, an emergency number, a
 * colleague, a boss or work, a grab, a threat, a weapon or a slur (a slur or a grope told beside a match is no match). "The sugar pot caught fire and burned Ana's arm" names no recipe and stays; "during the
 * football match at lunch a coworker collapsed, call an ambulance" stays; "the fight last night in the parking lot,
 * guy got knocked out" is no sport watched and stays.
 *
 * A text up to 300 characters is read whole (a recipe's steps on their own lines); a longer one sentence by sentence.
 * Folded text: lower case, no accents, Chinese as written.
 */

// A recipe named, or a cook's step with an ingredient. "A recipe for disaster" is no recipe.
const RECIPE = [
  String.raw`\b(?:recipes?(?! for (?:disaster|an? (?:accident|injury|fire|catastrophe|lawsuit)))|recettes?|rezept\w*|recetas?|receitas?|ricett[ae]|przepis\w*|resipe|resipi|cong thuc|cach lam|cooking tip|baking tip|caramel tip|kitchen tip|creme brulee|flan|toffee|meringue|roux|dulce de leche|pudim|tarte tatin|crema catalana|caramel(?:is|iz)(?:e|ed|ing)|caramelizar|caramelizado|karamellisier\w*|caramellat\w*|karmelizowa\w*)\b`,
  String.raw`(?:\u98df\u8c31|\u83dc\u8c31|\u505a\u6cd5|\u914d\u65b9)`,
  String.raw`\b(?:sugar|caramel|butter|onions?|garlic|milk|cream|syrup|dough|batter|sauce|flour|honey|nuts|sesame|azucar|caramelo|mantequilla|cebolla|leche|nata|crema|sucre|beurre|oignons?|lait|creme|acucar|manteiga|cebola|leite|natas|zucker|butter|zwiebeln?|milch|sahne|zucchero|burro|cipoll[ae]|latte|panna|cukier|masl[oa]|cebul[ae]|mleko|smietan[ae]|asukal|mantikilya|sibuyas|gatas|duong|bo|sua|kem)\b[^.!?\n]{0,80}\b(?:then add|and add|add the|then stir|then pour|puis (?:ajouter|ajoutez|ajoute|verser|versez)|ajoutez|dann (?:\w+ ){0,2}(?:dazu|hinzu|einruhren|zugeben)|(?:luego|despues) (?:anade|anadir|agrega|agregar|echa|echar|vierte)|anade|agrega|(?:depois|e) (?:poe|por|junta|juntar|adiciona|acrescenta|coloca)|poi (?:aggiungere|aggiungi|versare|versa)|aggiungete|potem (?:dodaj|dodac|wlej|wlac)|tapos (?:ilagay|idagdag|ibuhos|haluin)|roi (?:cho|them|do))\b`,
].join('|');

// A sport watched: a match, a bout or a game on TV, last night, laughed at.
const SPORT = String.raw`\b(?:ufc|mma|boxing|boxer|boxe|boxeo|boxkampf\w*|wrestling|lucha libre|football|soccer|futbol|futebol|fussball|calcio|pilka nozna|basketball|baloncesto|basquete|hockey|rugby|nfl|nba|nhl|premier league|champions league|world cup|copa|mundial|(?:the|a|that) match (?:last night|yesterday|on tv|on saturday|on sunday)|partido|jogo|partida|partita|mecz\w*|spiel|le match|la finale|el clasico|(?:the|a|that) fight (?:on tv|last night|yesterday|on saturday|on sunday|at the arena|on ppv)|pelea de (?:box|anoche|ayer)|luta de (?:ontem|boxe|ufc)|(?:watch(?:ed|ing)?|saw|see) the derby|(?:the|a|el|le|il|das|o) derb[yi] (?:at the pub|on tv|on the telly|last night|yesterday|match|game|ayer|anoche|hier soir|ieri|gestern|ontem)|(?:local|county|city|merseyside|manchester|north london|madrid|milan|roller|demolition) derby|derbi)\b`;
const WATCHED = String.raw`\b(?:last night|yesterday|on tv|on the telly|on telly|on ppv|pay-?per-?view|watched|watching|saw|stream\w*|ontem|ayer|anoche|hier|gestern|ieri|wczoraj|kagabi|kahapon|fernsehen|im tv|tele|television|televisao|tv|kkk+|jaja\w*|haha\w*|lol|lmao|mdr|rs|xd|brutal|crazy|insane|wild|massacre|masacre|round|first round|second round|ko|knockout|nocaute)\b`;

// A film or a series seen.
const FILM = [
  String.raw`\b(?:movies?|films?|filme|pelicula|peli|series|serie|episode|episodio|odcin\w*|pelikula|teleserye|k-?drama|anime|cartoon|thriller|horror)\b`,
  String.raw`(?:\u7535\u5f71|\u7535\u89c6\u5267|\u5f71\u7247|\u7247\u5b50|\u52a8\u753b|\u52a8\u6f2b|\u5c0f\u8bf4|\u7efc\u827a|\u7f8e\u5267|\u97e9\u5267|\u5267\u91cc|\u5267\u4e2d)`,
].join('|');
const SEEN = [
  String.raw`\b(?:last night|yesterday|watched|watching|saw|seen|scary|so scary|terrifying|creepy|che paura|paura|que miedo|miedo|que medo|medo|quelle peur|peur|angst|gruselig|straszn\w*|nakakatakot|ieri|ieri sera|anoche|ayer|hier soir|hier|gestern|wczoraj|kagabi|ontem)\b`,
  // "看的", "看了", "吓死", "可怕", "恐怖", "吓人", "好看".
  String.raw`(?:\u770b\u7684|\u770b\u4e86|\u5413\u6b7b|\u53ef\u6015|\u6050\u6016|\u5413\u4eba|\u597d\u770b)`,
].join('|');

// A real danger, now or at work: then the text is read.
const REAL = [
  String.raw`\b(?:fire|fires|flames?|caught fire|on fire|burn(?:ed|t|s)? (?:my|his|her|their|your|our|the|\w+'s) (?:arm|arms|hand|hands|face|leg|legs|skin|fingers?)|burns? (?:to|on) (?:my|his|her|their)|hurt|injur\w*|bleed\w*|blood|unconscious (?:for real|still)|still (?:unconscious|out|not|hasn'?t)|hasn'?t woken|has not woken|not waking|won'?t wake|not breathing|help|911|999|112|ambulance|paramedics?|police|hospital|a&e|alarm|forklifts?|machines?|trucks?|ladders?|scaffold\w*|chemicals?|gas|pallets?|conveyors?|cranes?|evacuat\w*|extinguisher|for real|real life|right now|actually happened|like (?:in )?a (?:movie|film)|manager|boss|supervisor|foreman|company|job|work|shift|grab\w*|grop\w*|touch\w*|kiss\w*|rape\w*|assault\w*|threat\w*|kill\w*|stab\w*|shoot\w*|guns?|knife|knives|weapons?|fag+ots?|fags?|nigg\w*|retard\w*|spics?|chinks?|kikes?|wetbacks?|trann(?:y|ies)|dykes?|coworkers?|co-workers?|colleagues?|at work|on (?:the )?(?:shift|site|floor|line)|in the (?:kitchen|break ?room|parking lot|car ?park|yard|warehouse|plant|office|shop|store))\b`,
  // Someone burnt or taken to the emergency room, said reflexively ("elle s'est brûlée gravement avec la friteuse, on
  // l'a emmenée aux urgences", "me quemé con el aceite"): a person hurt, not a dish ("el azúcar se quema" is the dish).
  String.raw`\b(?:s'est brul\w*|s est brul\w*|se sont brul\w*|me suis brul\w*|brulures?|urgences|samu|me queme|quemaduras?|urgencias|me queimei|queimaduras?|pronto[- ]socorro|sich \w* ?verbrannt|verbrennung\w*|notaufnahme|si e bruciat\w*|mi sono bruciat\w*|pronto soccorso|poparzy\w*|oparzeni\w*|napaso|got burned|got burnt|burned (?:himself|herself|themselves|myself)|burnt (?:himself|herself|themselves|myself)|emergency room)\b`,
  String.raw`\b(?:fuego|incendio|llamas|quemad[oa] (?:la|el|su|mi)|herid\w*|ayuda|socorro|ambulancia|hospital|companer[oa]|colega|en el trabajo|de verdad|feu|incendie|flammes|brule (?:la|le|sa|son)|blesse\w*|au secours|aide|pompiers|hopital|collegue|au travail|pour de vrai|comme dans un film|fogo|incendio|chamas|queimou (?:o|a|meu|minha|seu|sua)|ferid\w*|ajuda|hospital|no trabalho|de verdade|como num filme|feuer|brand|flammen|verbrannt|verletzt|hilfe|krankenwagen|notarzt|krankenhaus|kolleg\w*|bei der arbeit|wie im film|fuoco|incendio|fiamme|ustion\w*|ferit\w*|aiuto|ambulanza|ospedale|collega|al lavoro|come in un film|pozar|ogien|plomien\w*|poparzon\w*|rann\w*|pomocy|karetk\w*|szpital\w*|w pracy|jak w filmie|sunog|apoy|nasunog|nasaktan|tulong|ambulansya|ospital|katrabaho|sa trabaho|chay|cuu|benh vien|dong nghiep|jefe|capataz|encargado|patrao|chefe|encarregado|gerente|szef|kierownik|capo|responsabile|vorgesetzt\w*|patron|maricon\w*|marica|bicha|viado|schwuchtel|pede|frocio|pedal)\b`,
  // "着火", "火灾", "救命", "受伤", "医院", "同事", "像电影", "真的".
  String.raw`(?:\u7740\u706b|\u706b\u707e|\u6551\u547d|\u53d7\u4f24|\u533b\u9662|\u540c\u4e8b|\u50cf\u7535\u5f71|\u771f\u7684)`,
].join('|');

const RECIPES = lazyPattern(RECIPE, 'u');
const SPORTS = lazyPattern(SPORT, 'u');
const WATCHING = lazyPattern(WATCHED, 'u');
const FILMS = lazyPattern(FILM, 'u');
const SEEING = lazyPattern(SEEN, 'u');
const REAL_DANGER = lazyPattern(REAL, 'u');
// A sentence: up to its stop, Chinese stops too. "K.O." keeps its sentence whole.
const SENTENCE = /[^.!?;\n\u3002\uff01\uff1f]+[.!?;\n\u3002\uff01\uff1f]*/gu;
const KO = /\bk\.o\.?/gu;
const WHOLE_TEXT = 300;
const LONGEST_SENTENCE = 200;

// Whether a stretch of text tells only of a recipe, a sport watched or a film seen.
const toldOnlyAsPastime = (stretch: string): boolean =>
  (RECIPES.get().test(stretch) ||
    (SPORTS.get().test(stretch) && WATCHING.get().test(stretch)) ||
    (FILMS.get().test(stretch) && SEEING.get().test(stretch))) &&
  !REAL_DANGER.get().test(stretch);

/** The folded text with a recipe, a sport watched or a film seen blanked; itself when it tells of none. */
export function withoutRecipesMatchesAndFilms(folded: string): string {
  if (!RECIPES.get().test(folded) && !SPORTS.get().test(folded) && !FILMS.get().test(folded)) return folded;
  const text = folded.replace(KO, (ko) => 'ko'.padEnd(ko.length, ' '));
  if (text.length <= WHOLE_TEXT) return toldOnlyAsPastime(text) ? ' '.repeat(folded.length) : folded;
  let blanked = '';
  let at = 0;
  for (const sentence of text.match(SENTENCE) ?? []) {
    const start = text.indexOf(sentence, at);
    blanked += folded.slice(at, start);
    blanked +=
      sentence.length <= LONGEST_SENTENCE && toldOnlyAsPastime(sentence)
        ? ' '.repeat(sentence.length)
        : folded.slice(start, start + sentence.length);
    at = start + sentence.length;
  }
  return blanked + folded.slice(at);
}
