import { lazyPattern } from '../lazy-pattern';

/*
 * The words that only say who spoke: "me dijo que", "m'a dit que", "hat mir gesagt, dass", "mi ha detto che",
 * "powiedział, że", "lo dijo Pedro", "según Ana", "told me that". They carry no danger of their own: what was said
 * decides. The learned model read them as danger in es fr pt de it pl ("Pedro Gómez me dijo que mañana no hay turno"
 * read as a threat, 92 of 100 names; "mon chef m'a dit que demain il n'y a pas de poste" as discrimination), and every
 * such report paged a sponsor (dijo44). The model reads the text without them (urgency.ts); the rules still read the
 * whole text, and what was said is left whole, so "me dijo que me iba a matar" and "il m'a dit que Paul est tombé du
 * toit" stay urgent.
 *
 * Folded text (normalise.ts: lower case, no accents). Each frame is a verb of saying, with the pronoun that says to
 * whom before or after it and the "that" after it; every part is a fixed word or a short fixed list, so the pattern
 * is linear.
 */
const FRAMES = [
  // Spanish: "me dijo que", "nos han dicho que", "me comentaron que", "lo dijo", "segun".
  String.raw`(?:(?:me|nos|te|le|les|se) )?(?:lo )?(?:(?:ha|han|habia|habian|has) )?(?:dijo|dijeron|dicho|dice|dicen|decia|decian|comento|comentaron|comentado|conto|contaron|contado|aviso|avisaron|avisado|explico|explicaron|explicado|informo|informaron|informado|escribio|escribieron|escrito|mando a decir|mandaron a decir)(?: que)?`,
  String.raw`segun`,
  // French: "il m'a dit que", "on nous a dit qu'", "elle m'a expliqué que", "il dit que", "selon".
  String.raw`(?:(?:il|elle|on|ils|elles) )?(?:m'|nous |t'|lui |leur |vous )?(?:(?:a|ont|avait|avaient) )?(?:dit|dis|disait|explique|annonce|raconte|ecrit|prevenu|previent|informe|averti|previenne)(?: que| qu')?`,
  String.raw`selon`,
  // Portuguese: "me disse que", "nos avisaram que", "falou que", "segundo".
  String.raw`(?:(?:me|nos|lhe|te) )?(?:(?:tinha|tinham|ha) )?(?:disse|disseram|dito|diz|dizem|falou|falaram|contou|contaram|avisou|avisaram|explicou|explicaram|informou|informaram|escreveu|escreveram)(?: que)?`,
  String.raw`segundo`,
  // German: "hat mir gesagt, dass", "er meinte, dass", "sagte uns, dass", "laut".
  String.raw`(?:(?:hat|haben|hatte|hatten) )?(?:(?:mir|uns|ihm|ihr|dir|euch) )?(?:gesagt|erzahlt|geschrieben|mitgeteilt|erklart|gemeint|sagte|sagten|sagt|meinte|meinten|meint|erzahlte|schrieb|schrieben)(?: (?:mir|uns|ihm|ihr))?(?:,? dass)?`,
  String.raw`laut`,
  // Italian: "mi ha detto che", "mi hanno detto che", "ci ha spiegato che", "secondo".
  String.raw`(?:(?:mi|ci|gli|le|ti|vi) )?(?:(?:ha|hanno|aveva|avevano) )?(?:detto|dice|dicono|disse|diceva|spiegato|scritto|raccontato|comunicato|avvisato|avvertito)(?: che)?`,
  String.raw`secondo`,
  // Polish: "powiedział mi, że", "powiedzieli nam, że", "mówiła, że", "według".
  String.raw`(?:(?:mi|nam|mu|jej) )?(?:powiedzial|powiedziala|powiedzieli|powiedzialy|mowil|mowila|mowili|mowi|mowia|napisal|napisala|napisali|przekazal|przekazala|przekazali|poinformowal|poinformowala|poinformowali)(?: (?:mi|nam|mu|jej))?(?:,? ze)?`,
  String.raw`wedlug`,
  // English: "told me that", "said that", "i was told", "according to".
  String.raw`(?:(?:i|we) (?:was|were) )?(?:told|tells|tell|said|says)(?: (?:me|us|him|her|them))?(?: that)?`,
  String.raw`according to`,
  // Tagalog: "sinabi ng … na", "sabi ni", "sinabi sa akin na".
  String.raw`(?:sinabi|sabi)(?: (?:sa akin|sa amin|niya|nila))?(?: (?:ng|ni))?`,
].join('|');

// Who spoke, when they open the sentence: one to three words before the verb ("Pedro Gómez me dijo que", "il capo mi
// ha detto che"). The model read given names and surnames as danger as well (Spanish names before an Italian or Polish
// frame: 11 and 9 of 100 still urgent without this).
const SPEAKER = String.raw`(?:(?:^|(?<=[.!?;:\n] ?))(?:[\p{L}'-]+ ){1,3})?`;
const FRAME = lazyPattern(String.raw`${SPEAKER}(?<![\p{L}\p{N}'])(?:${FRAMES})(?![\p{L}\p{N}])`, 'gu');

/** The folded text with each frame of reported speech blanked; what was said is left whole. */
export function withoutSpeechFrames(folded: string): string {
  return folded.replace(FRAME.get(), ' ');
}
