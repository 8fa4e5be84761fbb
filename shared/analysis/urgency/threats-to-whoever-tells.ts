import { lazyPattern, patternOf } from '../lazy-pattern';
import { rule, type UrgencyRule } from './types';

/*
 * A threat against whoever tells, in texting slang or idiom (u43b, from the att42 attack): "ur gone if u snitch",
 * "rat us out and ur dead", "snitch n see wat happens", "vas a ver si hablas", "fais gaffe si tu parles", "wenn du
 * petzt, kannst du was erleben", "się doigrasz jak doniesiesz", "pag nagsumbong ka patay ka". Telling (snitching,
 * going to HR, opening one's mouth) and a harm promised in veiled words (you'll see, watch your back, you'll regret
 * it, you're dead), in one sentence. It keeps every other report from being made: harassment (retaliation, the
 * owner of harassment), and a threat beside it, as the harm is the teller's (retaliation-threats.ts reads the plain
 * words; retaliation-said-as-an-idiom.ts the boss's "I'm dead if I report the injury", which is the job's and only
 * harassment). kind-of-wrong.ts would drop the threat where an idiom of the job is blanked: threatensWhoeverTells keeps it.
 *
 * Calm beside them: "vas a ver si hablas con él, es muy amable", "fais gaffe si tu parles au client, il est
 * susceptible", "if you snitch about the surprise party I'll be sad lol", "ur gone for the weekend if u finish early",
 * "snitch" the card game.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-slang-fights-and-threats.test.ts.
 */

interface TellerLanguage {
  /** Telling: snitching, going to HR or the boss, opening one's mouth; bare, or with whom it is told to. */
  tells: string;
  /** The harm promised in veiled words. */
  harm: string;
  /** The saying alone: "snitches get stitches", "x9 morre", "gli infami fanno una brutta fine". */
  saying?: string;
}

// Said to the teller: "si hablas" ends there, or goes on to whom ("con recursos humanos") or what ("de esto").
const LANGUAGES: Record<string, TellerLanguage> = {
  en: {
    tells: String.raw`(?:snitch(?:es|ed|ing|in)?|rat(?:s|ted|ting)? (?:\w+ )?out|grass(?:es|ed)? (?:\w+ )?up|dime (?:\w+ )?out|(?:tell|tells|told|talk to|talks to|go to|goes to|run to|runs to|say (?:a|one) (?:word|thing) to|open (?:ur|your|yer) mouth to) (?:hr|the boss|ur boss|the manager|the supervisor|management|osha|the cops|the police|corporate|anyone|anybody|the union)|open (?:ur|your|yer) (?:mouth|trap)|say (?:a|one) (?:word|thing))`,
    harm: String.raw`(?:(?:ur|you'?re|youre|you are|u r|u are|ya) (?:gone|done(?: for)?|dead|dead meat|a dead man|finished|history|toast|in for it)|watch (?:what|wat|wht) (?:happens|happen)(?: to (?:u|you|ya))?|(?:see|c) (?:what|wat|wht) (?:happens|happen)|watch (?:ur|your|yo) (?:back|self)|(?:u|you|ya)(?:'ll| will|ll| gonna| r gonna| are gonna| better) (?:regret it|be sorry|pay|get (?:hurt|it|whats coming|what'?s coming)|watch (?:ur|your) back|not make it home)|(?:u|you) (?:won'?t|wont|will not) make it home|(?:snitches|rats) get (?:stitches|ditches|hurt|dealt with))`,
    saying: String.raw`(?:snitches|rats|grasses) (?:get stitches|end up in ditches|get dealt with|get hurt|end up hurt)`,
  },
  es: {
    tells: String.raw`(?:hablas|hables|habla(?:s)? de (?:esto|eso|lo que)|dices algo|digas algo|abres (?:la )?(?:boca|el pico|el hocico)|te chivas|chivas|te rajas|rajas|sapeas|soplas|eres sapo|(?:le )?(?:dices|cuentas|vas|corres|vas de chismos[oa]|hablas|hables|vas a hablar) (?:a|con) (?:recursos humanos|rh|rrhh|el jefe|la jefa|el patron|el supervisor|el encargado|la policia|el sindicato|alguien|nadie|la inspeccion)|denuncias|nos denuncias|me denuncias|reportas|nos reportas|me reportas)`,
    harm: String.raw`(?:vas a ver|ya veras|te va a ir (?:muy )?mal|te (?:la|las) vas a ver conmigo|te enteras|te vas a arrepentir|te arrepientes|ya sabes lo que (?:te )?pasa|cuidate|aguas contigo|atente a las consecuencias|te va a pesar|eres hombre muerto|estas muerto|te parto la madre|te rompo la (?:cara|madre|jeta)|te mueres|no respondo)`,
    saying: String.raw`(?:los|al|el) (?:sapos?|soplones?|chivatos?|rajones?) (?:terminan|acaban|termina|acaba) (?:mal|muertos?|en una zanja)|(?:a los|al) (?:sapos?|soplones?|chivatos?|rajones?) (?:se les|se le) (?:mata|revienta|parte la madre)`,
  },
  fr: {
    tells: String.raw`(?:parles|balances|l'ouvres|craches le morceau|cafte\w*|moucharde\w*|dis (?:quoi que ce soit|un mot|quelque chose)|vas (?:aux rh|voir (?:le chef|le patron|la direction|les rh|les flics))|vas (?:chez|voir) les (?:flics|keufs)|vas a la police|parles (?:aux rh|au chef|au patron|a la direction|aux flics|a la police|au syndicat|de (?:ca|ce que))|nous balances|me balances)`,
    harm: String.raw`(?:fais gaffe(?: a toi)?|fais attention a toi|t'?es mort|tu es mort|t'es un homme mort|tu vas le regretter|tu le regretteras|tu vas voir(?: ce qui va t'arriver)?|tu vas le payer|tu vas prendre cher|ca va mal finir(?: pour toi)?|ca va barder|gare a toi|on va s'occuper de toi|je vais m'occuper de toi)`,
    saying: String.raw`les (?:balances|mouchards|cafteurs) (?:finissent mal|finissent a l'hopital|on les retrouve)`,
  },
  pt: {
    tells: String.raw`(?:abrir o bico|abrir a boca|abrir o jogo|dedurar|dedar|caguetar|x9|falar (?:alguma coisa|algo)|(?:for )?falar com o (?:rh|chefe|gerente|encarregado|sindicato)|contar (?:pro|pra|para o|para a|ao) (?:rh|chefe|gerente|encarregado|policia|sindicato)|denunciar|nos denunciar|me denunciar)`,
    harm: String.raw`(?:ja era(?: pra (?:voce|vc|tu|ti))?|vai se arrepender|vai ver (?:so )?o que (?:acontece|te acontece)|se cuida|ta morto|ta fodido|ta ferrado|vai pagar caro|vai sobrar pra (?:voce|vc|ti)|vai levar|morre|e um homem morto)`,
    saying: String.raw`(?:x9|cagueta|dedo-?duro) (?:aqui )?(?:morre|nao vive|vai pra vala|acaba na vala)`,
  },
  de: {
    tells: String.raw`(?:petzt|petzen|petzt|verpfeifst|verpfeift|verpetzt|(?:zum|zur) (?:betriebsrat|chef|personalabteilung|polizei|hr|gewerkschaft|bullen) (?:rennst|gehst|laufst|rennt|geht|lauft)|den mund aufmachst|was sagst|singst)`,
    harm: String.raw`(?:kannst du was erleben|kannst was erleben|pass (?:bloss |blos |ja )?auf|wirst du es bereuen|das wirst du bereuen|bist du (?:dran|fallig|tot|geliefert)|ist (?:fallig|dran|tot|geliefert)|dann gnade dir gott|dann setzt es was|dann knallts|dann knallt es)`,
  },
  it: {
    tells: String.raw`(?:fai la spia|fate la spia|fa la spia|parli|dici qualcosa|apri bocca|spifferi|canti|vai (?:dal|al|alle|dai) (?:sindacato|capo|risorse umane|carabinieri|polizia|sbirri)|ci denunci|mi denunci|denunci)`,
    harm: String.raw`(?:te la vedi con me|ve la vedete con me|sei morto|sei finito|te ne penti|ti penti|occhio|stai attento|finisci male|la paghi|te la faccio pagare|ti faccio vedere io)`,
    saying: String.raw`gli (?:infami|spioni|spie) (?:fanno una brutta fine|finiscono male|finiscono nel fiume)`,
  },
  pl: {
    tells: String.raw`(?:doniesiesz|doniesie|donosisz|zakablujesz|kablujesz|sypniesz|poskarzysz|(?:powiesz|pisniesz) (?:slowo |slowko )?(?:szefowi|kierownikowi|komus|kadrom|w kadrach|policji|brygadziscie)|pisniesz(?: slowo| slowko)?|pojdziesz do (?:kadr|szefa|pip|zwiazku|policji|kierownika|bhp|brygadzisty)|zglosisz)`,
    harm: String.raw`(?:doigrasz sie|sie doigrasz|pozalujesz|masz przejebane|masz przechlapane|masz przesrane|juz po tobie|po tobie|jestes trupem|jestes martwy|nie zyjesz|marny twoj los|policzymy sie|zobaczysz)`,
    saying: String.raw`(?:kapusie|konfidenci|donosiciele) (?:koncza|skoncza) (?:zle|marnie|w piachu|w szpitalu)`,
  },
  tl: {
    tells: String.raw`(?:magsumbong|nagsumbong|magsusumbong|isumbong|isusumbong|sinumbong|nagsalita|magsalita|kumanta|nag-?report|mag-?report)`,
    harm: String.raw`(?:patay ka|lagot ka|makikita mo|humanda ka|malilintikan ka|yari ka|tapos ka|mananagot ka|pagsisisihan mo)`,
  },
};

// The telling said to end there, or on to whom: "si hablas", "si hablas con recursos humanos" (the tables hold
// whom), never "si hablas con él, es muy amable" nor "si tu parles au client".
const ENDS = String.raw`(?!\s+(?:con|with|au|aux|a|avec|mit|com|co|z|ze|sa|kay|kina|al|alla|col|about|de|di|do|da|of|sur|bien|bem|gut|bene|mucho|muito|much|too|tanto|tant|troppo|viel|english|ingles|anglais|englisch|inglese|po)\b)`;
const GAP = String.raw`[^.!?\n]{0,40}?`;
// A film, a game, a party's surprise or a laugh around the words: no threat.
const NOT_REAL = String.raw`(?![^\n]{0,80}\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|mdr|xd|movie|film|game|card game|surprise|party|pelicula|juego|jeu|jogo|spiel|gioco|gra|amable|simpatic\w*|sympa|gentil|nett|buena onda)\b)`;

const threatToTellers = ({ tells, harm, saying }: TellerLanguage): string =>
  String.raw`(?:${saying ? String.raw`\b${saying}|` : ''}\b(?:${tells})\b${ENDS}${GAP}\b(?:${harm})|\b(?:${harm})\b${GAP}\b(?:if|si|se|wenn|falls|jak|jesli|jezeli|pag|kapag|kung|when|once|cuando|quand|quando)\b (?:\w+ ){0,2}?(?:${tells})\b${ENDS})\b${NOT_REAL}`;

const both = (code: string): UrgencyRule[] => {
  const source = threatToTellers(LANGUAGES[code]!);
  return [rule('threat', source), rule('harassment', source)];
};

export const ENGLISH_WHOEVER_TELLS_THREATENED = both('en');
export const SPANISH_WHOEVER_TELLS_THREATENED = both('es');
export const FRENCH_WHOEVER_TELLS_THREATENED = both('fr');
export const PORTUGUESE_WHOEVER_TELLS_THREATENED = both('pt');
export const GERMAN_WHOEVER_TELLS_THREATENED = both('de');
export const ITALIAN_WHOEVER_TELLS_THREATENED = both('it');
export const POLISH_WHOEVER_TELLS_THREATENED = both('pl');
export const TAGALOG_WHOEVER_TELLS_THREATENED = both('tl');

// Made on first use, not at import: a cold start that never reads it pays nothing (lazy-pattern.ts).
const ANY_THREAT = lazyPattern(Object.values(LANGUAGES).map(threatToTellers).join('|'), 'u');

/**
 * Whether the folded text threatens whoever tells, in the words above: kind-of-wrong.ts keeps the threat, which an
 * idiom of the job ("t'es mort si tu balances") blanked would drop.
 */
export const threatensWhoeverTells = (folded: string): boolean => patternOf(ANY_THREAT).test(folded);
