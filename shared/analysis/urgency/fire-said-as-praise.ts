import { lazyPattern } from '../lazy-pattern';

/*
 * "Fire" said of a person's skill is praise: "the new guy is fire at the forklift, best driver we have", "Sarah is
 * straight fire on the packing line", "le nouveau est un feu au chariot, le meilleur", "a nova operadora é fogo na
 * empilhadeira, ninguém manobra igual", "nowa jest ogień, wymiata", "новий хлопець вогонь, найкращий водій". The rules
 * read "fire at the forklift" as a fire there, and each spent an urgent safety email on the site's owner (att42). The
 * slang's other forms ("a beast on the forklift", "killing it") are read as praise already (praise-slang.ts).
 *
 * Only the copula and the fire word are blanked ("is straight fire", "é fogo"), the rest of the text is read, and only
 * where the fire is said of someone: the word before the copula is no "there", "it", "c'", "hay" ("there is fire at
 * the forklift", "c'est le feu !" stay), or, in German, Polish and Ukrainian, where a place before the copula says
 * where a fire is ("im Lager ist Feuer", "w magazynie jest ogień"), the text praises too (best, nobody, wymiata). A
 * text that tells any sign of a fire (smoke, flames, burning, an alarm, help, an emergency number) is left whole.
 *
 * Folded text: ASCII, Ukrainian in \u escapes (bundles stay ASCII). Each pattern starts with a word and bounds what
 * lies between its words.
 */

const INTENSE = String.raw`(?:(?:straight|pure|lowkey|low key|literally|actually|so|absolute|absolutely|real|fr|honestly|just|always|bloody|fucking|freaking|damn|hella|mad|total|totally|puro|pura|todo|toda|muy|bien|vraiment|trop|grave|carrement|muito|mo|echt|voll|richtig|einfach|pures|totalmente|proprio|davvero|normalnie|totalnie|serio|sakto|talaga) )*`;
// The copula and the fire word, per language (en es fr pt it ht; de pl tl need praise too).
const SAID_OF_SOMEONE = String.raw`\b(?:is|are|was|were|'s|been|being|be|es|son|era|eran|esta|estan|est|sont|etait|e|sao|eram|ta|se|sa|fue) ${INTENSE}(?:un |una |um |uma |du |le |un vrai |una vera )?(?:fire|fuego|feu|fogo|fuoco|dife)\b(?! (?:alarms?|exits?|doors?|escape|extinguishers?|hazards?|risks?|drills?|safety|brigade|department|service|marshals?|wardens?|blankets?|hose|trucks?|engines?|de (?:artificio|camp)|d'artifice|cruzado|amigo)\b)`;
const WITH_PRAISE = String.raw`\b(?:ist|sind|war|waren|jest|sa|byl|byla|to|ay|parang) ${INTENSE}(?:der |die |das |ein |eine |pure[sr]? |(?:na |ng )?)?(?:feuer|ogien|apoy)\b|\bapoy\b|\u0432\u043e\u0433\u043e\u043d\u044c(?![\p{L}])`;
const FIRE_WORDS = lazyPattern(`${SAID_OF_SOMEONE}|${WITH_PRAISE}`, 'gu');
const SAID_OF_SOMEONE_ALONE = lazyPattern(SAID_OF_SOMEONE, 'u');

// What says a fire is no person: "there is fire", "c'est le feu", "hay fuego", "isso é fogo", "es ist Feuer".
const NO_PERSON = new Set(
  'there here it that this what where which hay aqui alli ahi eso esto lo que ya c ce ca il y isso isto aquilo la ali tem es da dort hier das was tam tu co nan gen li'.split(
    ' ',
  ),
);
// Ukrainian "там", "тут", "є", "це" (there, here, is, it).
for (const word of ['\u0442\u0430\u043c', '\u0442\u0443\u0442', '\u0454', '\u0446\u0435']) NO_PERSON.add(word);

// Praise said around it: best, fastest, nobody else, a legend.
const PRAISE = lazyPattern(
  [
    String.raw`\b(?:best|fastest|greatest|smoothest|cleanest|quickest|top|legend|goat|mvp|champ|star|love (?:her|him|them|it)|amazing|incredible|nobody|no one|zero (?:rejects|mistakes|errors|damage)|proud|kudos|shout ?out|props)\b`,
    String.raw`\b(?:mejor|mas rapid[oa]|nadie|crack|idol[oa]?|genio|orgullo|meilleure?|le plus|la plus|personne ne|champion(?:ne)?|genial|bravo|melhor|ninguem|craque|brabo|braba|fera|beste[rn]?|schnellste[rn]?|niemand|spitze|klasse|migliore|nessuno|bravissim[oa]|fenomeno|campione|najlepsz\w*|nikt|wymiata\w*|mistrz\w*|kozak|swietn\w*|pinakamagaling|magaling|lupet|lodi|petmalu|walang tatalo|pi bon|pi fo|meye|chanpyon)\b`,
    String.raw`(?:\u043d\u0430\u0438\u043a\u0440\u0430\u0449|\u043d\u0456\u0445\u0442\u043e|\u043c\u043e\u043b\u043e\u0434\u0435\u0446\u044c|\u043c\u0430\u0438\u0441\u0442\u0435\u0440)`,
  ].join('|'),
  'u',
);

// Any sign of a real fire in the text: then nothing is blanked.
const FIRE_SIGNS = lazyPattern(
  [
    String.raw`\b(?:smoke|smoking|smoky|flames?|flaming|burn\w*|alarms?|extinguish\w*|evacuat\w*|help|911|999|112|190|193|ambulance|spread\w*|sparks?|blaze|ablaze|melting|caught fire|on fire|catch fire)\b`,
    String.raw`\b(?:humo|llamas?|quem\w*|incendi\w*|ayuda|fumee|flammes?|brul\w*|au secours|pompiers|fumaca|chamas?|socorro|bombeiros|pegando fogo|rauch|flammen|brennt|brand|hilfe|feuerwehr|fumo|fiamme|brucia|aiuto|pompieri|dym|plomien\w*|pali sie|pomocy|strazak\w*|usok|nasusunog|sunog|saklolo|lafimen|flam|boule|anmwe|ponpye)\b`,
    String.raw`(?:\u043f\u043e\u0436\u0435\u0436|\u0434\u0438\u043c|\u0433\u043e\u0440\u0438\u0442\u044c|\u043f\u043e\u043b\u0443\u043c|\u0434\u043e\u043f\u043e\u043c\u043e\u0433)`,
  ].join('|'),
  'u',
);

const WORD_BEFORE = /([\p{L}]+)['\s]*$/u;
// Where the praise's clause ends: a stop, a comma, or a turn ("but", "pero", "mais", "aber", "ale", "men").
const CLAUSE_END =
  /[.,;:!?\n]|\s(?:but|though|although|however|pero|aunque|mais|aber|doch|ma|mas|porem|ale|lecz|men|kaso|\u0430\u043b\u0435)\s/u;
const CLAUSE_START = /[.,;:!?\n][^.,;:!?\n]*$/u;

/**
 * The folded text with the clause blanked that says "fire" in praise of someone ("the new guy is fire at the forklift"
 * of "the new guy is fire at the forklift, best driver we have"); the text itself when there is none. The whole
 * clause, not the fire word alone: the learned model read the forklift left in it as a hazard.
 */
export function withoutFireAsPraise(folded: string): string {
  if (!/fire|fuego|feu|fogo|fuoco|dife|feuer|ogien|apoy|\u0432\u043e\u0433\u043e\u043d\u044c/u.test(folded))
    return folded;
  if (FIRE_SIGNS.get().test(folded)) return folded;
  const praised = PRAISE.get().test(folded);
  const clauses: [number, number][] = [];
  const pattern = FIRE_WORDS.get();
  pattern.lastIndex = 0;
  for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
    const at = found.index;
    const said = found[0];
    if (!said.length) {
      pattern.lastIndex += 1;
      continue;
    }
    const before = WORD_BEFORE.exec(folded.slice(Math.max(0, at - 24), at))?.[1];
    if (!before || NO_PERSON.has(before)) continue;
    if (!praised && !SAID_OF_SOMEONE_ALONE.get().test(said)) continue;
    const head = folded.slice(Math.max(0, at - 120), at);
    const start = at - head.length + (CLAUSE_START.exec(head)?.index ?? -1) + 1;
    const tail = folded.slice(at + said.length, at + said.length + 120);
    const end = at + said.length + (CLAUSE_END.exec(tail)?.index ?? tail.length);
    clauses.push([start, end]);
  }
  if (!clauses.length) return folded;
  let blanked = '';
  let from = 0;
  for (const [start, end] of clauses) {
    if (start < from) continue;
    blanked += folded.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return blanked + folded.slice(from);
}
