/*
 * Being beaten at a game is no assault: "my boss beat me at chess again",
 * "hat mich beim Tischtennis geschlagen", "me ganó al ajedrez", "pobił mnie
 * w szachy", "mi ha battuto a scacchi". Every language says "beat" with the
 * same verbs as violence, so each lists, as an idiom to pass over
 * (UrgencyLanguage.benign), the verb and the game it was beaten at, in
 * either order ("beim Schach hat er mich geschlagen"). Only the words from
 * the verb to the game are passed over: "he beat me at chess and then
 * punched me" still reports the punch.
 *
 * A game is named right after its preposition ("at chess", "beim Schach"),
 * and never as a place ("at the bowling alley", "after the darts game"):
 * violence at a game's venue is still violence.
 */

/** Games named the same way in most languages (folded, lower case). */
export const GAMES_EVERYWHERE = String.raw`chess|ping[- ]?pong|table tennis|fifa|fifa \d+|ea fc|pes|mario ?kart|smash bros|tekken|street fighter|fortnite|call of duty|counter[- ]?strike|league of legends|mobile legends|valorant|minecraft|tetris|wordle|sudoku|scrabble|monopoly|uno|poker|blackjack|mahjong|darts?|pool|billiards?|snooker|bowling|tennis|padel|badminton|squash|golf|minigolf|foosball|air hockey|quiz|trivia|kahoot|karaoke|playstation|xbox|nintendo|switch`;

// Words between the verb and the game ("beat me 3-0 at", "hat mich gestern beim"): a few, within one clause.
const BETWEEN = String.raw`(?: [^\s.,;:!?]+){0,4}`;

/**
 * An idiom source (Latin script) for being beaten at a game: `beaten` is the
 * verb with whom it beat ("beat(?:s)? (?:me|us)"), `at` the preposition
 * before a game ("at|in"), `games` the language's own game names. `venue`
 * lists words that would make the game a place or an event ("alley|club"),
 * after which the idiom does not apply.
 */
export function beatenAtGame(beaten: string, at: string, games: string, venue = ''): string {
  const game = String.raw`(?:${games}|${GAMES_EVERYWHERE})\b${venue ? String.raw`(?! (?:${venue})\b)` : ''}`;
  return String.raw`(?:${beaten})${BETWEEN} (?:${at}) ${game}|(?:${at}) ${game}${BETWEEN} (?:${beaten})`;
}

/*
 * Game talk (blind round 15): "that boss fight on the break room PS5 killed me 40 times, I'm going to smash it
 * tomorrow". Being killed forty times happens only in a game, and a boss fight or a final boss is a game's enemy, not
 * a manager: both are passed over as idioms (each language's `benign` list, languages.ts), with the revenge the same
 * sentence vows on "it" or "him" after the deaths, so neither reader takes the game for violence at work. What else
 * the text says is still read: "I'm going to smash his face tomorrow", "... and then punched me in the car park".
 */
// How many times: a number or a word for many.
const MANY = String.raw`(?:like |about |over |at least |more than |genre |au moins |plus de |como |unas |mas de |tipo |umas |mais de |z |ze )?(?:\d+|twenty|thirty|forty|fifty|a hundred|a million|so many|a thousand)`;
const DEATHS_IN_A_GAME: Record<string, string> = {
  en: String.raw`\b(?:killed|destroyed|wrecked|murdered|slaughtered|wiped|one-?shot(?:ted)?|kills|destroys|wrecks) (?:me|us) ${MANY} times\b|\b(?:died|respawned) ${MANY} times\b`,
  fr: String.raw`\bm'a (?:tue|defonce|massacre|eclate|bute) ${MANY} fois\b|\b(?:je suis|suis) mort ${MANY} fois\b`,
  es: String.raw`\bme (?:mato|destrozo|reviento|mataron) ${MANY} veces\b|\bhe muerto ${MANY} veces\b|\bmori ${MANY} veces\b`,
  pt: String.raw`\bme (?:matou|destruiu|detonou|mataram) ${MANY} vezes\b|\bmorri ${MANY} vezes\b`,
  de: String.raw`\b(?:hat|haben) mich (?:\w+ )?${MANY} ?(?:mal|x) (?:getotet|gekillt|umgebracht|plattgemacht)\b|\bbin (?:\w+ )?${MANY} ?mal gestorben\b`,
  it: String.raw`\bmi (?:ha|hanno) (?:ucciso|ammazzato|distrutto) ${MANY} volte\b|\bsono mort[oa] ${MANY} volte\b`,
  pl: String.raw`\b(?:zabil|zabila|zabili|rozwalil|rozwalila) mnie ${MANY} razy\b|\bzginal(?:em|am) ${MANY} razy\b`,
};
// The revenge vowed on the game or its boss after the deaths: "I'm going to smash it", "je vais le défoncer".
const REVENGE: Record<string, string> = {
  en: String.raw`\b(?:going to|gonna|will|'ll|ill) (?:\w+ )?(?:smash|crush|destroy|beat|kill|wreck|murder|own|end|take down|get) (?:it|him|her|them|that (?:boss|level|thing))\b`,
  fr: String.raw`\b(?:je vais|j'vais|on va) (?:\w+ )?(?:le|la|les) (?:defoncer|detruire|tuer|battre|eclater|massacrer|buter|avoir)\b`,
  es: String.raw`\b(?:voy|vamos) a (?:destrozar|matar|reventar|ganar|vencer)(?:lo|la|le)?\b|\b(?:lo|la|le) (?:voy|vamos) a (?:destrozar|matar|reventar|ganar|vencer)\b`,
  pt: String.raw`\b(?:vou|vamos) (?:\w+ )?(?:detonar|destruir|matar|acabar com|zerar|vencer)(?: ele| ela|-lo|-la)?\b`,
  de: String.raw`\b(?:mach|mache|machen) (?:ich |wir )?(?:ihn|es|den|die) (?:\w+ )?(?:fertig|platt|kaputt)\b`,
  it: String.raw`\b(?:lo|la) (?:distruggo|ammazzo|faccio fuori|batto|distruggero|ammazzero)\b`,
  pl: String.raw`\b(?:go|ja|to) (?:\w+ )?(?:rozwale|zabije|pokonam|zniszcze)\b`,
};
// A game's enemy named as games name it: never a manager.
const GAME_BOSSES: Record<string, string> = {
  en: String.raw`\b(?:boss (?:fights?|battles?|levels?|rush(?:es)?|stages?)|(?:final|raid|end|level|mini|secret|last) ?-?boss(?:es)?)\b`,
  fr: String.raw`\bboss (?:final|de fin(?: de niveau)?)\b|\bcombat contre le boss\b`,
  es: String.raw`\b(?:jefe|boss) final\b`,
  pt: String.raw`\bchefao(?: final)?\b|\bboss final\b`,
  de: String.raw`\bendboss\w*\b|\bbosskampf\w*\b`,
  it: String.raw`\bboss finale\b|\bboss di fine livello\b`,
  pl: String.raw`\bboss(?:a|em)? (?:koncow\w*|finalow\w*)\b`,
};

/** A language's game-talk idiom (a `benign` source): deaths counted in a game and the revenge vowed, a game's boss. */
export function gameTalk(code: string): string | undefined {
  const deaths = DEATHS_IN_A_GAME[code];
  const bosses = GAME_BOSSES[code];
  if (!deaths || !bosses) return undefined;
  return String.raw`(?:${deaths})(?:[^.!?\n]{0,60}?${REVENGE[code]})?|${bosses}`;
}
