/*
 * A dream told as a dream is no event: "I dreamt the warehouse was on fire lol", "j'ai rêvé que l'entrepôt brûlait",
 * "soñé que se caía el andamio". The dream, to the end of its sentence, is passed over as an idiom (each language's
 * `benign` list). Never a dream of the writer's own death or of ending it ("I keep dreaming of killing myself"), which
 * stays a report, nor what follows the dream's sentence.
 */

// What keeps a dream a report (folded): the writer's own death.
const OWN_DEATH = String.raw`(?![^.!?]{0,80}\b(?:myself|my ?self|suicid\w*|end (?:it|my life)|kill me|die|dead|dying|me tuer|mourir|en finir|matarme|morir|quitarme la vida|mich umbringen|sterben|me matar|morrer)\b)`;

const DREAMS: Record<string, string> = {
  en: String.raw`\b(?:i|we) (?:dreamt|dreamed|had a (?:weird |crazy |bad |funny |strange )?(?:dream|nightmare) (?:that|about|where|last night))\b${OWN_DEATH}[^.!?]{0,80}|\b(?:it )?happened in a dream\b`,
  fr: String.raw`\bj'ai (?:reve|fait un (?:drole de |vrai )?(?:reve|cauchemar)) (?:que|ou|cette nuit)\b${OWN_DEATH}[^.!?]{0,80}`,
  es: String.raw`\b(?:sone|tuve un (?:sueno|pesadilla|mal sueno)) (?:que|con|donde|anoche)\b${OWN_DEATH}[^.!?]{0,80}`,
  pt: String.raw`\b(?:sonhei|tive um (?:sonho|pesadelo)) (?:que|com|onde)\b${OWN_DEATH}[^.!?]{0,80}`,
  de: String.raw`\bich (?:habe|hab) (?:getraumt|einen (?:albtraum|alptraum|traum) gehabt)\b${OWN_DEATH}[^.!?]{0,80}`,
};

/** A language's dream idiom (a `benign` source), or none. */
export const dreamTold = (code: string): string | undefined => DREAMS[code];
