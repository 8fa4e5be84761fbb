import { lazyPattern } from '../lazy-pattern';

/*
 * Danger in a game, a film or a story is no event: "the team building escape room where we got locked in was so much
 * fun", "paintball day was great, I got shot ten times", "dans le film de la soirée d'équipe, le héros se fait tuer à
 * la fin, très émouvant", "na sala de fuga ficamos trancados, foi muito divertido", "the safety video about the
 * forklift that ran over a worker was powerful". The rules read "we got locked in" as people shut in, and each spent
 * an urgent safety email on the site's owner (att42). A drill or a training's subject is read as such already
 * (rehearsal.ts), and so are a film "about" or "where" something happens; here the game or the story is named
 * anywhere in its sentence.
 *
 * A sentence is blanked for both readers when it names a game of danger, a film, a series, a book or a training video,
 * says how it was enjoyed or told (fun, loved, creepy, the hero, the ending, we watched, we played), and says nothing
 * of a real danger now (for real, still inside, can't get out, hurt, help, an emergency number, right now): "we got
 * locked in the freezer for real, still inside" and "at the escape room the door jammed and a guy collapsed, call an
 * ambulance" stay.
 *
 * Folded text: ASCII, Ukrainian in \u escapes. A sentence longer than 200 characters is a run-on report, and read.
 */

const STORY = [
  String.raw`\b(?:escape (?:rooms?|games?)|paintball\w*|laser ?(?:tag|game|quest)|airsoft|murder mystery|murder party|zombie (?:run|game|walk|escape)|haunted (?:house|maze)|horror (?:films?|movies?|maze|night|games?|escape)|video ?games?|board ?games?|(?:the|a|this|that|our|their) (?:\w+ )?(?:films?|movies?|series|show|novel|book|story|episode|documentary|cartoon|anime|play|musical)|movie nights?|film nights?|(?:safety|training|induction|awareness|instructional|educational|youtube) (?:videos?|films?|clips?))\b`,
  String.raw`\b(?:sala de escape|juego de escape|pelicula|peli|serie|novela|libro|videojuego|cuento|obra de teatro|documental)\b`,
  String.raw`\b(?:jeu d'evasion|escape game|film|serie|roman|livre|jeu video|laser game|murder party|piece de theatre|documentaire|dessin anime)\b`,
  String.raw`\b(?:sala de fuga|jogo de fuga|filme|serie|novela|livro|videogame|jogo|peca de teatro|documentario|desenho)\b`,
  String.raw`\b(?:film|filme?s|serie|roman|buch|videospiel|computerspiel|lasertag|krimidinner|theaterstuck|doku)\b`,
  String.raw`\b(?:film|serie|romanzo|libro|videogioco|softair|cena con delitto|spettacolo|documentario|cartone)\b`,
  String.raw`\b(?:escape ?room\w*|pokoj\w* zagadek|film\w*|serial\w*|ksiazk\w*|powiesc\w*|gr(?:a|ze|e) komputerow\w*|gr(?:a|ze|e) planszow\w*|spektakl\w*|dokument\w*)\b`,
  String.raw`\b(?:pelikula|palabas|teleserye|laro|nobela)\b`,
  String.raw`\b(?:fim|seri|liv|jwet|woman)\b`,
  // "квест", "фільм", "серіал", "книжка", "гра".
  String.raw`(?:\u043a\u0432\u0435\u0441\u0442|\u0444\u0456\u043b\u044c\u043c|\u0441\u0435\u0440\u0456\u0430\u043b|\u043a\u043d\u0438\u0436\u043a|\u0433\u0440\u0430|\u0433\u0440\u0443|\u0433\u0440\u0456)`,
].join('|');

// How it was enjoyed, or told as a plot.
const ENJOYED = [
  String.raw`\b(?:fun|funny|blast|great|loved|love|awesome|amazing|enjoy\w*|recommend\w*|creepy|scary|spooky|hilarious|brilliant|best|good|powerful|moving|emotional|lol|lmao|haha\w*|plot|ending|at the end|character|hero|villain|actor|actress|scene|episode|watched|played|won|lost|team ?building|outing|staff night|night out|so much|highly)\b`,
  String.raw`\b(?:divertid\w*|genial|me encanto|nos encanto|buenisim\w*|vimos|jugamos|personaje|escena|al final|protagonista|emocionante|recomiendo|miedo)\b`,
  String.raw`\b(?:drole|cool|genial|super|adore|on a adore|regarde|joue|personnage|heros|scene|a la fin|emouvant\w*|flippant|recommande|trop bien)\b`,
  String.raw`\b(?:divertid\w*|legal|adorei|adoramos|assistimos|jogamos|personagem|heroi|cena|no final|emocionante|recomendo|massa|show)\b`,
  String.raw`\b(?:spass|lustig|toll|super|geil|gruselig|spannend|gesehen|gespielt|held|szene|am ende|empfehle\w*|witzig|klasse)\b`,
  String.raw`\b(?:divertent\w*|bellissim\w*|fantastic\w*|visto|giocato|personaggio|eroe|scena|alla fine|emozionante|consiglio|pauroso|super)\b`,
  String.raw`\b(?:zabaw\w*|super|swietn\w*|fajn\w*|ogladal\w*|grali\w*|bohater\w*|scen\w*|na koncu|polecam|straszn\w*|wzruszaj\w*)\b`,
  String.raw`\b(?:masaya|saya|ang ganda|pinanood|naglaro|bida|eksena|sa dulo|nakakatakot|nakakatawa)\b`,
  String.raw`\b(?:te bon|bel|nou te renmen|gade|jwe|ewo|sen|nan fen|komik)\b`,
  // "весело", "класно", "дивилися", "герой", "сцена", "цікаво".
  String.raw`(?:\u0432\u0435\u0441\u0435\u043b|\u043a\u043b\u0430\u0441\u043d|\u0434\u0438\u0432\u0438\u043b\u0438\u0441|\u0433\u0435\u0440\u043e|\u0441\u0446\u0435\u043d|\u0446\u0456\u043a\u0430\u0432)`,
].join('|');

// A real danger now, in the same sentence: then it is read.
const REAL_NOW = [
  String.raw`\b(?:for real|really|actually|genuinely|real life|right now|now|still (?:inside|in there|stuck|trapped|locked|there)|can'?t get out|cannot get out|won'?t open|jammed|stuck|hurt|injur\w*|bleed\w*|broke (?:his|her|my|their)|unconscious|collaps\w*|not breathing|help|911|999|112|ambulance|paramedics?|police|hospital|fire brigade|smoke|flames|gas)\b`,
  String.raw`\b(?:de verdad|de verdade|de veras|ahora|ahora mismo|todavia|seguimos|herid\w*|ayuda|socorro|ambulancia|pour de vrai|en vrai|maintenant|toujours (?:enferme|bloque|coince)\w*|blesse\w*|au secours|agora|ainda|ferid\w*|echt passiert|wirklich|jetzt|immer noch|verletzt|hilfe|davvero|sul serio|adesso|ancora|ferit\w*|aiuto|naprawde|na serio|teraz|wciaz|nadal|rann\w*|pomocy|totoo|ngayon|pa rin|nasaktan|tulong|tout bon|kounye a|toujou|blese|anmwe)\b`,
  // "справді", "зараз", "досі", "поранен", "допоможіть".
  String.raw`(?:\u0441\u043f\u0440\u0430\u0432\u0434\u0456|\u0437\u0430\u0440\u0430\u0437|\u0434\u043e\u0441\u0456|\u043f\u043e\u0440\u0430\u043d\u0435\u043d|\u0434\u043e\u043f\u043e\u043c\u043e\u0436)`,
].join('|');

const STORIES = lazyPattern(STORY, 'u');
const ENJOYMENT = lazyPattern(ENJOYED, 'u');
const REAL = lazyPattern(REAL_NOW, 'u');
const SENTENCE = /[^.!?;\n]+[.!?;\n]*/gu;
const LONGEST_SENTENCE = 200;

/** The folded text with every sentence blanked that tells danger in a game or a story enjoyed; itself when none. */
export function withoutGamesAndStories(folded: string): string {
  if (!STORIES.get().test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    sentence.length <= LONGEST_SENTENCE &&
    STORIES.get().test(sentence) &&
    ENJOYMENT.get().test(sentence) &&
    !REAL.get().test(sentence)
      ? ' '.repeat(sentence.length)
      : sentence,
  );
}
