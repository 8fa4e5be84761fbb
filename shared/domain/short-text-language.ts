/**
 * Strong signs of a language in a text too short for the statistical guess
 * ("hola", "baños sucios", "salut", "merci"): letters and marks only one
 * language uses (ñ, ¿, ¡; ç, œ), and greetings and everyday words people
 * open or end a short text with. `und` when the signs are absent or point
 * two ways.
 */
// As escapes, so the bundle file stays ASCII (docs/performance-log.md, "Eleventh round").
// Spanish writes á í ó ú, which French never does; French è à â ê î ô, which Spanish never does ("está roto",
// "harcèlement"). Other languages a catalogue may add share some of them: only the configured ones are scored.
const LETTERS: Record<string, RegExp> = {
  es: /[\u00f1\u00bf\u00a1\u00e1\u00ed\u00f3\u00fa]/i, // ñ ¿ ¡ á í ó ú
  fr: /[\u00e7\u0153\u00f9\u00fb\u00ff\u00eb\u00ef\u00e8\u00e0\u00e2\u00ea\u00ee\u00f4]|\b(?:c|j|l|d|qu|n)'/i, // ç œ ù û ÿ ë ï è à â ê î ô
};

const WORDS: Record<string, ReadonlySet<string>> = {
  es: new Set(
    (
      'hola gracias buenos buenas días dias adiós adios por favor baño baños sucio sucios sucia sucias muy mucho hay está están estan también pero porque nadie siempre nunca jefe trabajo ayuda sí qué cuándo dónde los las del una ' +
      // What a short urgent text says: answered in its language, not the site's, when every second counts.
      'fuego incendio humo socorro auxilio ayúdenme ayudenme ayúdame ayudame fuga escape herido herida heridos sangre peligro peligroso acoso acosan acosa roto rota accidente caída caida amenaza amenazas miedo robo gritos grita'
    ).split(' '),
  ),
  fr: new Set(
    (
      'salut bonjour bonsoir merci coucou oui non très trop toilettes sale sales chef travail aide jamais toujours personne pourquoi avec sans les des une est sont pas rien aussi mais ' +
      'feu incendie fumée secours aidez moi fuite gaz blessé blessée blessés sang dangereux harcèlement harcèle harcelé harcelée cassé cassée chute menace menaces peur vol crie'
    ).split(' '),
  ),
  en: new Set(
    (
      'hi hello hey thanks thank please dirty toilets bathroom the is are not no yes very boss work help never always why with without and but ' +
      'fire smoke leak injured hurt blood harassment harassed broken threat scared stolen shouting'
    ).split(' '),
  ),
};

/** A text of at most this many words is short: the statistical guess has too little to go on. */
const SHORT_WORDS = 6;

/** The one language among `configured` the text's strong cues point to, else `und`. */
export function shortTextLanguage(text: string, configured: readonly string[]): string {
  const lower = text.toLowerCase().replaceAll('’', "'");
  const tokens = lower.match(/\p{L}+/gu) ?? [];
  // Only for a few words: a longer text the guess could not place is mixed, and no one cue speaks for it.
  if (tokens.length > SHORT_WORDS) return 'und';
  const scores = configured.map((language) => {
    const letters = LETTERS[language]?.test(lower) ? 2 : 0;
    const words = WORDS[language];
    return { language, score: letters + (words ? tokens.filter((t) => words.has(t)).length : 0) };
  });
  const [best, next] = scores.sort((a, b) => b.score - a.score);
  return best && best.score > 0 && best.score > (next?.score ?? 0) ? best.language : 'und';
}
