import { lazyPattern } from '../lazy-pattern';

/*
 * The words that only say who spoke: "me dijo que", "m'a dit que", "hat mir gesagt, dass", "mi ha detto che",
 * "powiedział, że", "lo dijo Pedro", "según Ana", and the speaker who opens the sentence. They carry no danger of
 * their own: what was said decides. The learned model read them as danger in es fr pt de it pl ("Pedro Gómez me dijo
 * que mañana no hay turno" read as a threat, 92 of 100 names; "mon chef m'a dit que demain il n'y a pas de poste" as
 * discrimination), and every such report paged a sponsor (dijo44). The model's reading of a stretch with these words
 * counts only when the stretch without them reads as danger too (urgency.ts, saysMoreThanWhoSpoke); the rules still
 * read the whole text.
 *
 * Not here: verbs of writing ("me escribió que", "napisała mi, że"): a note or a message is evidence, and the model's
 * weight for it carries reported farewells ("Kolega napisał mi, że dziś w nocy to zakończy"). Nor English and Tagalog,
 * whose reported news the model already reads calm and whose words of saying carry reported danger the model reads
 * nowhere else ("told me she won't be a problem for anyone much longer").
 *
 * Folded text (normalise.ts: lower case, no accents). Each frame is a verb of saying, with the pronoun that says to
 * whom before or after it and the "that" after it; every part is a fixed word or a short fixed list, so the pattern
 * is linear.
 */
const FRAMES = [
  // Spanish: "me dijo que", "nos han dicho que", "me comentaron que", "lo dijo", "segun".
  String.raw`(?:(?:me|nos|te|le|les|se) )?(?:lo )?(?:(?:ha|han|habia|habian|has) )?(?:dijo|dijeron|dicho|dice|dicen|decia|decian|comento|comentaron|comentado|conto|contaron|contado|aviso|avisaron|avisado|explico|explicaron|explicado|informo|informaron|informado|mando a decir|mandaron a decir)(?: que)?`,
  String.raw`segun`,
  // French: "il m'a dit que", "on nous a dit qu'", "elle m'a expliqué que", "il dit que", "selon".
  String.raw`(?:(?:il|elle|on|ils|elles) )?(?:m'|nous |t'|lui |leur |vous )?(?:(?:a|ont|avait|avaient) )?(?:dit|dis|disait|explique|annonce|raconte|prevenu|previent|informe|averti|previenne)(?: que| qu')?`,
  String.raw`selon`,
  // Portuguese: "me disse que", "nos avisaram que", "falou que", "segundo".
  String.raw`(?:(?:me|nos|lhe|te) )?(?:(?:tinha|tinham|ha) )?(?:disse|disseram|dito|diz|dizem|falou|falaram|contou|contaram|avisou|avisaram|explicou|explicaram|informou|informaram)(?: que)?`,
  String.raw`segundo`,
  // German: "hat mir gesagt, dass", "er meinte, dass", "sagte uns, dass", "laut".
  String.raw`(?:(?:hat|haben|hatte|hatten) )?(?:(?:mir|uns|ihm|ihr|dir|euch) )?(?:gesagt|erzahlt|mitgeteilt|erklart|gemeint|sagte|sagten|sagt|meinte|meinten|meint|erzahlte)(?: (?:mir|uns|ihm|ihr))?(?:,? dass)?`,
  String.raw`laut`,
  // Italian: "mi ha detto che", "mi hanno detto che", "ci ha spiegato che", "secondo".
  String.raw`(?:(?:mi|ci|gli|le|ti|vi) )?(?:(?:ha|hanno|aveva|avevano) )?(?:detto|dice|dicono|disse|diceva|spiegato|raccontato|comunicato|avvisato|avvertito)(?: che)?`,
  String.raw`secondo`,
  // Polish: "powiedział mi, że", "powiedzieli nam, że", "mówiła, że", "według".
  String.raw`(?:(?:mi|nam|mu|jej) )?(?:powiedzial|powiedziala|powiedzieli|powiedzialy|mowil|mowila|mowili|mowi|mowia|przekazal|przekazala|przekazali|poinformowal|poinformowala|poinformowali)(?: (?:mi|nam|mu|jej))?(?:,? ze)?`,
  String.raw`wedlug`,
].join('|');

// Who spoke, when they open the sentence: one to three words before the verb ("Pedro Gómez me dijo que", "il capo mi
// ha detto che"). The model read given names and surnames as danger as well (Spanish names before an Italian or Polish
// frame: 11 and 9 of 100 still urgent without this).
const SPEAKER = String.raw`(?:(?:^|(?<=[.!?;:\n] ?))(?:[\p{L}'-]+ ){1,3})?`;
const FRAME = lazyPattern(String.raw`${SPEAKER}(?<![\p{L}\p{N}'])(?:${FRAMES})(?![\p{L}\p{N}])`, 'gu');

/** The folded text with each frame of reported speech, and the speaker who opens it, blanked; what was said is left whole. */
export function withoutSpeechFrames(folded: string): string {
  return folded.replace(FRAME.get(), ' ');
}
