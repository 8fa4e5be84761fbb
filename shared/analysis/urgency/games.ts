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
