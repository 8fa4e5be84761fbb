/**
 * Whether an employee's answer in an urgent case clearly says it is over:
 * "All good now, thanks", "I'm safe", "It's been fixed", "falsa alarma".
 *
 * An answer in an urgent case reaches its holder at once (a reply to "which
 * floor?" must not wait for the hour), except one that only says all is
 * well: that one may wait for its hour like any answer, so its time does not
 * identify the writer. Waiting is the exception, so the reading is narrow:
 * a short answer, with an all-clear phrase, and nothing that turns it back
 * ("but", "still", "not", a question). Anything else, in any language this
 * does not read, goes at once.
 */
export function readsAllClear(text: string): boolean {
  const plain = ` ${fold(text)} `;
  if (plain.includes('?') || plain.includes('\u00bf')) return false; // a question back needs an answer now
  if (words(plain) > MAX_WORDS) return false;
  if (TURNS_BACK.test(plain)) return false;
  if (!ALL_CLEAR.test(plain)) return false;
  // Whatever is said beside the all-clear must be courtesy only. A list of words that take it back can never be
  // whole ("minus Priya", "ya salimos todos, Juan no", "à part Marc", "ausgenommen Jonas", "false alarm, it's real",
  // "jk fire is back", "waiting for the ambulance for Priya" were all held as all-clears: attack round 29, F2), but
  // any of them leaves a word that is neither an all-clear nor courtesy: a name, a reversal, a hazard.
  return plain
    .replace(ALL_CLEAR_EVERY, ' ')
    .split(' ')
    .every((word) => word === '' || COURTESY.has(word));
}

/** Past this many words an answer says more than "it is over", and may say something that is not. */
const MAX_WORDS = 12;

// Characters outside ASCII are written as escapes: the SMS path loads this file at every cold start, and one such
// character makes Node read the whole entry as two-byte text (test/infra/bundles.test.ts).
const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2019`\u00b4]/g, "'")
    .replace(/[^\p{L}\p{N}'?\u00bf]+/gu, ' ')
    .trim();

const words = (plain: string): number => plain.trim().split(/\s+/).filter(Boolean).length;

/**
 * Words that take an all-clear back or leave something open: a contrast, "still", "again", a negation, a plea, an
 * exception ("except", "apart from", "only", "menos", "sauf", "ausser"), someone missing, stuck or hurt, a place
 * someone is still in, a question word. Not "no": "no problem", "no danger" are all-clears. "All safe now, only
 * Priya is missing" was held for the hour as an all-clear (attack round 28): whatever follows an all-clear and
 * qualifies it, in any of these languages, makes it an answer that goes at once.
 */
const TURNS_BACK = new RegExp(
  ` (?:${[
    // English
    String.raw`but|still|again|except|excepting|apart|besides|other than|only|just not|however|though|although|yet|not|never|nobody|no one|noone|none|cannot|can't|cant|won't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|help|worse|scared|afraid|please|urgent|hurt|injured|missing|lost|unaccounted|trapped|stuck|inside|left behind|where|who|whos|who's|why|how|what|which|until|almost|nearly|mostly`,
    // Spanish
    String.raw`pero|todavia|aun|sigue|siguen|otra vez|ayuda|menos|salvo|excepto|excepcion|solo|solamente|falta|faltan|perdido|perdida|desaparecido|desaparecida|atrapado|atrapada|atrapados|herido|herida|heridos|dentro|adentro|donde|quien|quienes|casi|sin embargo|nadie|ninguno|tampoco`,
    // French
    String.raw`mais|encore|toujours|pas|aide|sauf|excepte|hormis|seulement|seul|seule|manque|manquent|disparu|disparue|coince|coincee|bloque|bloquee|blesse|blessee|blesses|dedans|ou est|ou sont|qui|presque|pourtant|cependant|personne|aucun|aucune`,
    // German
    String.raw`aber|noch|immer|nicht|hilfe|ausser|au\u00dfer|bis auf|nur|fehlt|fehlen|vermisst|verschwunden|eingeschlossen|eingesperrt|verletzt|drinnen|drin|wo|wer|fast|jedoch|doch|niemand|kein|keiner`,
    // Italian, Portuguese
    String.raw`ma|ancora|non|aiuto|tranne|eccetto|salvo|manca|mancano|disperso|dispersa|intrappolato|intrappolata|ferito|ferita|feriti|dentro|dove|chi|quasi|pero|tuttavia|nessuno|mas|ainda|nao|ajuda|exceto|menos|apenas|faltam|sumiu|preso|presa|presos|ferido|ferida|onde|quem|porem|contudo|ninguem`,
  ].join('|')}) `,
);

/** Phrases that say the danger or problem is over, in the languages the pages are written in. */
const ALL_CLEAR_PHRASES = [
  // English
  String.raw` all (?:good|fine|ok|okay|clear|sorted|safe|well)\b`,
  String.raw` (?:i'm|im|i am|we're|we are|everyone is|everyone's|everybody is|everybody's|all of us are) (?:all )?(?:safe|fine|ok|okay|alright|all right|good|out(?! of))\b`,
  String.raw` (?:everyone|everybody|we all|all of us) (?:got|went|made it|is|are) (?:out(?! of)|outside|safe)\b`,
  String.raw` (?:it's|its|it is|it has been|it's been|that's|that is|this is|has been|was|been|got|all|now|problem|issue) (?:fixed|sorted|resolved|solved|repaired|cleared|dealt with|taken care of|over)\b`,
  // Who fixed it, said in passing: "the engineers fixed it", "maintenance sorted it out", "they got it fixed".
  String.raw` (?:(?:the |our )?(?:engineers?|maintenance|technicians?|techs?|electricians?|plumbers?|mechanics?|security|guards?|firefighters?|fire brigade|fire department|they|he|she|someone|somebody|we|i) )?(?:(?:have|has|had|just|already) )?(?:(?:fixed|sorted|repaired|resolved|solved|cleared|cleaned up|put out) (?:it|them|that|this|everything)(?: out| up)?|put (?:it|them|that) out|(?:got|had) (?:it|them|that|this|everything) (?:fixed|sorted|repaired|cleaned up))\b`,
  String.raw` (?:false alarm|no (?:longer )?(?:problem|issue|danger|worries|need)s?|nothing (?:wrong|to worry about)|never ?mind|no harm done)\b`,
  // Spanish, Portuguese
  String.raw` (?:todo|tudo) (?:bien|bem|ok|en orden|em ordem|resuelto|resolvido|arreglado|certo)\b`,
  String.raw` (?:estoy|estamos|estou|estamos) (?:bien|bem|a salvo|seguros?|segura)\b`,
  String.raw` (?:ya esta|ja esta|esta|ya se) (?:arreglado|resuelto|resolvido|solucionado|bien|bem)\b`,
  String.raw` (?:ya )?(?:lo|la|los|las) (?:han |ha )?(?:arreglaron|arreglado|repararon|reparado|solucionaron|solucionado)\b`,
  String.raw` (?:ja )?(?:consertaram|consertado|resolveram|resolvido|arrumaram|arrumado)\b`,
  String.raw` (?:falsa alarma|alarme falso|sin problema|sem problema)s?\b`,
  String.raw` (?:(?:ya )?(?:salimos|estamos) todos(?: (?:fuera|afuera|bien|a salvo))?|todos (?:estamos |estan )?(?:fuera|afuera|a salvo)|todos salimos|(?:ja )?saimos todos|todos (?:estao|estamos) (?:fora|bem|a salvo|seguros))\b`,
  // French
  String.raw` (?:tout va bien|tout est (?:en ordre|regle|ok|bon)|je vais bien|nous allons bien|on va bien|fausse alerte|c'est (?:regle|repare|resolu|fini|bon))\b`,
  String.raw` (?:tout le monde est (?:sorti|dehors|en securite)|(?:nous sommes|on est) (?:tous )?(?:sortis|dehors|en securite))\b`,
  // German, Italian
  String.raw` (?:alles (?:gut|in ordnung|ok|okay|klar|erledigt)|erledigt|behoben|fehlalarm|mir geht es gut|uns geht es gut)\b`,
  String.raw` (?:alle (?:sind )?(?:draussen|drau\u00dfen|raus|in sicherheit)|wir sind (?:alle )?(?:draussen|drau\u00dfen|raus|in sicherheit))\b`,
  String.raw` (?:tutto (?:bene|ok|a posto|risolto)|sto bene|stiamo bene|falso allarme|risolto)\b`,
  String.raw` (?:(?:siamo )?tutti (?:fuori|usciti|in salvo))\b`,
];
const ALL_CLEAR = new RegExp(ALL_CLEAR_PHRASES.join('|'));
const ALL_CLEAR_EVERY = new RegExp(ALL_CLEAR_PHRASES.join('|'), 'g');

/**
 * Words that may stand beside an all-clear and leave it one: thanks, apologies, greetings, "now", "really", the
 * all-clear's own words said again ("all good and safe"), and the small words that join them, in the languages
 * above. Nothing here names a person, a place, a hazard or a change of mind: anything else goes at once.
 */
const COURTESY = new Set(
  [
    // English
    "thanks thank you thx ty tnx cheers sorry apologies now here ok okay yes yeah yep yup alright right good fine safe well clear over really totally completely fully truly just so and also it its it's is was were be been a the we we're i i'm im us me my our for your everyone everybody guys folks team boss sir madam hi hello hey god goodness trouble confusion scare bother",
    // Spanish
    'gracias muchas mil perdon disculpa disculpe disculpen lo siento ya ahora si vale bueno bien hola todo todos y el la los las de estamos esta esto es fue muy jefe senor senora chicos equipo dios',
    // French
    "merci beaucoup pardon desole desolee desoles maintenant oui ok bon bien bonjour salut tout tous et le la les de c'est est etait vraiment chef monsieur madame dieu",
    // German
    'danke vielen dank schon sorry entschuldigung jetzt ja ok gut alles alle und der die das ist war wirklich hallo chef gott',
    // Italian, Portuguese
    'grazie mille scusa scusate ora adesso si ok bene tutto tutti e il la lo gli ciao capo dio obrigado obrigada muito desculpa desculpe agora sim tudo todos o a os as de esta e foi ola chefe deus',
  ]
    .join(' ')
    .split(' '),
);
