/*
 * A fire said of a rush (calm41, from the att40 attack): "pożar w garach :)" (cooks' slang: the pots are flat out),
 * "w kuchni pożar bo sobota", "the kitchen is on fire tonight, 300 covers", "a cozinha tá pegando fogo hoje, sábado
 * lotado kkk", "in der Küche brennt heute die Hütte, Samstag halt", "c'est le feu en cuisine ce soir, 200 couverts".
 * A busy shift, not a fire: the fire word is read as harmless, like each language's `benign` idioms, so neither the
 * rules nor the model read it, when the sentence around it says why it is busy (a day of the week's rush, covers,
 * orders, customers, a stocktake, "flat out") or laughs (":)", "kkk", "haha", "😅"), and nothing in it tells of a
 * fire as fires are told: smoke, flames spreading, the fryer or the oil, people inside, getting out, the alarm,
 * someone hurt, the fire brigade, help, or "really" ("the kitchen is on fire, saturday rush, everyone out" stays
 * urgent). Folded text. Tests: test/unit/analysis/urgency-calm41.test.ts.
 */

// How fires are told, in the seven languages (folded): any of it in the sentence keeps the fire read.
const TOLD_AS_A_FIRE = String.raw`\b(?:smok\w*|flames?|spread\w*|fryer|oil|grease|inside|trapped|(?:get|got|everyone|everybody|all|go) out\b|evacuat\w*|alarm\w*|hurt|injur\w*|burn(?:t|ed|s)?\b|brigade|911|999|112|help|real|really|literally|actual\w*|extinguisher|humo|llamas?|se extiende|freidora|aceite|dentro|atrapad\w*|salgan|salir|evacu\w*|alarma|herid\w*|quemad\w*|bomberos|ayuda|de verdad|en serio|extintor|fumee|flammes?|friteuse|huile|a l'interieur|coince\w*|sortez|sortir|pompiers|aide|au secours|vraiment|pour de vrai|extincteur|fumaca|chamas?|fritadeira|oleo|la dentro|presos?|saiam|sair|ajuda|socorro|bombeiros|ferid\w*|queimad\w*|extintor|rauch|flammen|fritteuse|ol|drinnen|eingeschlossen|raus|feuerwehr|hilfe|verletzt|echt|wirklich|feuerloscher|fumo|fiamme|friggitrice|olio|dentro|intrappolat\w*|uscite|vigili|aiuto|ferit\w*|davvero|estintore|dym\w*|plomien\w*|frytkownic\w*|olej\w*|w srodku|uwiezien\w*|uciekajcie|ewakuac\w*|alarm|straz\w*|pomoc\w*|ranny|ranni|poparzon\w*|naprawde|serio|gasnic\w*)`;
// Why the shift is busy, or a laugh: a rush, covers, orders, customers, a stocktake, a day of the week given as the
// reason ("bo sobota", "Samstag halt": a day alone may be when a real fire broke out); an emoticon.
const RUSH = String.raw`black friday|rush|slammed|packed|busy|nonstop|non-stop|flat out|covers|orders|tickets|customers|takings|stocktake|inventory|a tope|lleno|llenos|no paramos|sin parar|comandas|pedidos|clientes|mesas|cubiertos|coup de feu|plein|complet|blinde|couverts|commandes|lotad[oa]|cheio|cheia|correria|sem parar|bestellungen|gaste|kunden|ausgebucht|hochbetrieb|inventur|ansturm|pieno|pienone|ordini|comande|clienti|coperti|tavoli|senza sosta|inwentaryzacj\w*|zamowie\w*|klienci|klientow|gosci|nie wyrabiamy|urwanie glowy|mlyn`;
const DAY = String.raw`friday|saturday|sunday|weekend|sabado|viernes|domingo|finde|samedi|vendredi|dimanche|week-end|sexta|samstag|freitag|sonntag|wochenende|sabato|venerdi|domenica|sobota|sobote|piatek|niedziela`;
const BECAUSE = String.raw`because|cause|cuz|cos|bo|porque|pq|car|weil|perche|it'?s|c'est|e|to`;
// Faces that laugh, wink or boast, not any emoji: "its on fire at the top, operator still in the cab, 😭, pls" is a
// cry for help (blind round 27's property test drew it), and 🔥 is said of real fires as often as of a rush.
const LAUGHING_FACES = String.raw`[\u{1F600}-\u{1F606}\u{1F609}\u{1F60E}\u{1F61B}-\u{1F61D}\u{1F642}\u{1F923}\u{1F92A}\u{1F4AA}]`;
const BUSY_OR_LAUGHING = String.raw`(?:\b(?:${RUSH})\b|\b(?:${BECAUSE}) (?:\w+ )?(?:${DAY})\b|\b(?:${DAY}) halt\b|\b(?:lol|lmao|haha\w*|hehe\w*|jaja\w*|jeje\w*|kkk+|rsrs\w*|mdr|ptdr|ahah\w*|xd)\b|:\)|:-\)|;\)|:d\b|:p\b|${LAUGHING_FACES})`;
const IN_THE_SENTENCE = String.raw`[^.!?\n]{0,60}?`;
// The fire word blanked when the sentence gives the rush or a laugh and nothing of a fire.
// Each alternative first looks for the fire word where it stands, so the look back along the sentence is made only
// there: made at every position of a long run of letters it cost the square of its length (a generated 1,100-letter
// word with an emoji after it took minutes; test/unit/analysis/analysis-totality.test.ts). The sentence is bounded too.
const SENTENCE = String.raw`[^.!?\n]{0,300}`;
const busy = (fire: string): string =>
  String.raw`(?=\b(?:${fire})\b)(?<!${TOLD_AS_A_FIRE}${SENTENCE})\b(?:${fire})\b(?=${IN_THE_SENTENCE}${BUSY_OR_LAUGHING})(?!${SENTENCE}${TOLD_AS_A_FIRE})|(?=\b(?:${fire})\b)(?<!${TOLD_AS_A_FIRE}${SENTENCE})(?<=${BUSY_OR_LAUGHING}${IN_THE_SENTENCE})\b(?:${fire})\b(?!${SENTENCE}${TOLD_AS_A_FIRE})`;

const FIRE: Record<string, string> = {
  en: String.raw`on fire|(?:a |total |absolute |complete )?(?:dumpster|tire|tyre|raging) fire|in flames|burning up`,
  es: String.raw`que arde\w*|(?:fue|es|era|ha sido|esta siendo) un incendio|en llamas|ardiendo`,
  fr: String.raw`c'est le feu|le feu|en feu|(?:un )?incendie|ca brule`,
  pt: String.raw`pegando fogo|em chamas|(?:foi|e|era|ta sendo) um incendio`,
  de: String.raw`brennt (?:\w+ )?die (?:hutte|luft|bude)|(?:hutte|luft|bude) brennt|brennt|in flammen|feuer`,
  it: String.raw`(?:un )?inferno|a fuoco|in fiamme|brucia|(?:e|era|e stato) un incendio`,
  pl: String.raw`pozar\w*|ogien|pali sie|plonie|w ogniu`,
};

/** A language's "a fire said of a rush" (a source for its `benign` list), or none. */
export const busyAsAFire = (code: string): string | undefined => {
  const fire = FIRE[code];
  return fire ? busy(fire) : undefined;
};

// Every language's at once, for the calm safety (calm-safety.ts): the short stretches a cry for help is looked for in
// ("na sali pożar" of "na sali pożar, piątek wieczór :D") are read without the whole text's idioms, so the rush's
// fire is taken out of the text they come from, as someone's smoking is (smoking-habit.ts).
let anyRush: RegExp | undefined;
const MAY_BE_RUSH =
  /fire|flame|burn|arde|llama|incendi|feu|brul|fogo|chama|brenn|feuer|flamm|inferno|fuoco|fiamm|brucia|pozar|ogien|pali|plon/u;

/** The folded text with a fire said of a rush blanked, or the text itself when it tells of none. */
export const withoutBusyAsAFire = (folded: string): string => {
  if (!MAY_BE_RUSH.test(folded)) return folded;
  anyRush ??= new RegExp(
    Object.values(FIRE)
      .map((fire) => `(?:${busy(fire)})`)
      .join('|'),
    'gu',
  );
  return folded.replace(anyRush, (fire) => ' '.repeat(fire.length));
};
