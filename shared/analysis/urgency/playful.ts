import { LANGUAGES } from './languages';
import { foldPattern } from './normalise';

/*
 * A threat said in play: "if you eat my lunch again I'll kill you lol",
 * "anh ấy dọa giết tôi nếu tôi ăn hết bánh, đùa thôi haha", "she threatened
 * to bring a cake if we win". The writer laughs (haha, jaja, kkkk, mdr, 哈哈,
 * ههههه, 😂) or says they are kidding, or what is "threatened" is a treat. Such
 * a text is not a threat of violence, unless it names a weapon ("lol he
 * brought a knife"): then it stays urgent. Only the threat category is
 * affected: laughter never makes harassment or a hazard harmless ("he
 * touches me and says it's a joke" is still harassment), and a joke the
 * writer reports someone else making is not the writer's own laughter.
 */
const LAUGHTER = new RegExp(
  foldPattern(
    [
      String.raw`(?<![\p{L}\p{N}])(?:(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:ja){2,}j?|(?:je){2,}|(?:ah){2,}|(?:eh){2,}|k{3,}|(?:ks){2,}|rs(?:rs)+|lo+l+|lmao|lmfao|rofl|xd+|mdr|ptdr|jk|j/k|just kidding|only joking|kidding|dua thoi|noi vui thoi|noi dua thoi|charot|joke lang|biro lang|je rigole|scherzo|sto scherzando|zartuje|zartowalam|zartowalem|nur spass)(?![\p{L}\p{N}])`,
      String.raw`哈哈|呵呵|嘿嘿|嘻嘻|开玩笑的|開玩笑的|说着玩|說著玩`,
      String.raw`(?<!\p{L})(?:ه{3,}|خخخ+|بمزح|امزح|اهزر|بهزر)(?!\p{L})`,
      String.raw`[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F61D}]`,
    ].join('|'),
  ),
  'u',
);

// Threatening a treat: cake, karaoke, a song, pizza.
const TREAT = new RegExp(
  foldPattern(
    [
      String.raw`(?<![\p{L}])(?:cakes?|cupcakes?|cookies|brownies|donuts|doughnuts|pizza|karaoke|sing(?:ing)?|dance|pastel|tarta|torta|galletas|bolo|bolinhos?|docinhos?|brigadeiros?|gateaux?|croissants|kuchen|torte|kekse|sernik|ciast(?:o|a|ka)|paczki|dolci|pasticcini|biscotti|banh(?: ngot| kem)?|keo|tra sua|hat karaoke|kakanin|leche flan|pansit|lechon)(?![\p{L}])`,
      String.raw`蛋糕|唱歌|奶茶|点心|點心|请客|請客|零食`,
      String.raw`(?<!\p{L})(?:كيك|كيكه|كعك|حلويات|حلا|بيتزا)(?!\p{L})`,
    ].join('|'),
  ),
  'u',
);

// Weapons, in every language's own words (concepts/<code>.ts): a joke about one is still reported.
const WEAPON = new RegExp(
  LANGUAGES.map((language) => language.concepts?.weapon)
    .filter((source): source is string => Boolean(source))
    .map(foldPattern)
    .join('|') || '(?!)',
  'u',
);

// The writer's fear: "he laughs about it but I'm scared" is no joke to them.
const FEAR = new RegExp(
  foldPattern(
    String.raw`(?<!\p{L})(?:scared|afraid|terrified|frightened|miedo|asustad[oa]|peur|effraye?e?|medo|assustad[oa]|angst|paura|spaventat[oa]|boje|boimy|strach|so lam|so qua|rat so|takot|natatakot|خايف|خايفه|اخاف|خوف)(?!\p{L})|害怕|好怕|很怕`,
  ),
  'u',
);

/*
 * Where the line is drawn for laughter after a blow. A threat with a laugh is play ("I'll kill you lol"); a blow told
 * as done is not made play by a laugh alone ("he punched me lol", "me pegó un puñetazo jaja", "il m'a frappé mdr":
 * people laugh off what hurt them, and the sponsor must hear of it). It is play only when the text says so in words:
 * playing, messing about, a play fight, as a joke, for fun ("lol he punched me in the arm playing", "me pegó jugando",
 * "pour rire", "aus Spaß", "de brincadeira").
 */
const BLOW_DONE = new RegExp(
  foldPattern(
    [
      String.raw`\b(?:punched|slapped|kicked|hit|shoved|pushed|elbowed|kneed|headbutted|head-butted|smacked|whacked|thumped|choked|strangled|bit|tripped|beat (?:me|him|her|us) up|shoulder[- ]?checked|body[- ]?slammed) (?:me|him|her|us|them|my \w+)\b`,
      String.raw`\b(?:me|le|la|nos) (?:pego|golpeo|empujo|pateo|abofeteo|cacheteo|dio (?:un|una) (?:punetazo|golpe|bofetada|cachetada|patada|codazo|cabezazo|empujon))\b`,
      String.raw`\b(?:m'|t'|l'|nous )(?:a|ont) (?:frappee?|giflee?|poussee?|cognee?|tapee?|donne (?:un|une) (?:coup|gifle|claque|baffe))\b`,
      String.raw`\b(?:hat|haben) (?:mich|ihn|sie|uns) (?:\w+ )?(?:geschlagen|geschubst|getreten|geboxt|gestossen|geohrfeigt)\b`,
      String.raw`\b(?:me|o|a|nos) (?:bateu|empurrou|chutou|socou|esbofeteou|deu (?:um|uma) (?:soco|tapa|chute|murro|cotovelada|cabecada|empurrao))\b`,
    ].join('|'),
  ),
  'u',
);
const PLAY_SAID = new RegExp(
  foldPattern(
    String.raw`\b(?:playing|play ?fight\w*|play-fight\w*|messing (?:about|around)|mucking (?:about|around)|horsing around|as a joke|jokingly|for fun|in jest|joking(?: around)?|banter|jugando|de broma|en broma|de juego|pour rire|en jouant|pour jouer|pour deconner|aus spass|im spass|zum spass|spielerisch|beim spielen|de brincadeira|brincando|per gioco|scherzando)\b`,
  ),
  'u',
);

/** Whether the folded text's threats are play: laughter or a treat, and no weapon or fear, nor a blow told as done. */
export function isPlayful(folded: string): boolean {
  if (!(LAUGHTER.test(folded) || TREAT.test(folded)) || WEAPON.test(folded) || FEAR.test(folded)) return false;
  return !BLOW_DONE.test(folded) || PLAY_SAID.test(folded);
}
