/*
 * A threat to someone's job in French, Italian and Arabic, read by `kind-of-wrong.ts` so the report goes to whoever
 * owns harassment (retaliation), not to the owner of health and safety (attack att33, F2). "mi licenzia" (he fires
 * me), "je perds mon poste" (I lose my post), "sa-yatrudni" (he will throw me out) were read as a threat to the person,
 * and reached the COO as "Health and safety", while the same threat in Spanish, Polish or English reached the CHRO.
 *
 * Folded text (lower case, no accents); Arabic is written as escapes (test/infra/bundles.test.ts: ASCII entries).
 * `\b` is ASCII-only in JavaScript, so the Arabic patterns are bounded by what is not a letter instead.
 */

const NOT_A_LETTER_BEFORE = String.raw`(?<!\p{L})`;
const NOT_A_LETTER_AFTER = String.raw`(?!\p{L})`;

export const JOB_THREATS_FR_IT_AR: readonly string[] = [
  // Italian: licenziare in every form ("mi licenzia", "ti licenziano", "licenziarmi", "licenziera"), to be chased
  // out ("mi cacciano"), to lose the post or the work ("perdo il posto", "perderai il lavoro").
  String.raw`\blicenzi\w*|\b(?:mi|ti|ci|vi|lo|la|li|le) (?:caccia|cacciano|caccera|cacceranno|mandano via|manda via)\b|\bcacciar(?:mi|ti|ci|vi|lo|la|li)\b|\bperd\w* (?:il|tuo|mio|suo|nostro|vostro|il mio|il tuo|il suo) ?(?:posto|lavoro|impiego)\b`,
  // French: to lose one's post, job or work in every tense ("je perds mon poste", "tu vas perdre ton emploi"), to be
  // sent away ("me renvoyer", "il te renvoie"), to be shown the door ("me mettre a la porte").
  String.raw`\bperd\w* (?:ton|mon|votre|notre|son|leur|sa|ta|ma) (?:emploi|travail|boulot|poste|job)\b|\b(?:me|nous|te|vous|les|la|le|l')\s?renvo(?:y|i)\w*|\b(?:me|te|nous|vous|les) (?:mettre|met|mettra|mettront) (?:a la porte|dehors)\b`,
  // Arabic: to throw out or dismiss someone (t-r-d with whom: sa-yatrudni, yatrudna, taradouni), dismissal
  // (bil-fasl, bil-tard), to dismiss someone (f-s-l with whom: yafsilni, sa-yafsilni).
  `${NOT_A_LETTER_BEFORE}\\p{L}{0,3}\\u0637\\u0631\\u062f(?:\\u0648)?(?:\\u0646\\u064a|\\u0646\\u0627|\\u0643|\\u0647|\\u0647\\u0645|\\u0647\\u0627)${NOT_A_LETTER_AFTER}`,
  `${NOT_A_LETTER_BEFORE}\\u0628\\u0627\\u0644(?:\\u0637\\u0631\\u062f|\\u0641\\u0635\\u0644)${NOT_A_LETTER_AFTER}`,
  `${NOT_A_LETTER_BEFORE}\\p{L}{0,3}\\u0641\\u0635\\u0644(?:\\u0648)?(?:\\u0646\\u064a|\\u0646\\u0627|\\u0643|\\u0647\\u0645)${NOT_A_LETTER_AFTER}`,
];
