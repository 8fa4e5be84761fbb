/*
 * A match's result told with its score: "Dünkü halı saha maçında muhasebeyi ezdik geçtik, 6-0 kazandık" (blind round
 * 18: the model read "ezdik", we crushed, as someone run over), "we smashed accounts 5-1 in the five-a-side". A score
 * and a word of winning, losing or a match in the same sentence is sport: the model is not asked about that sentence
 * (like an injury at a sport, away-from-work.ts). The rules still read it all: "we won 3-1 and then he punched me"
 * keeps its punch.
 */

// A score: "6-0", "3:1", "2 - 2".
const SCORE = /(?<![\d:.,/-])\d{1,2} ?[-:–] ?\d{1,2}(?![\d:.,/-])/u;
// Winning, losing, drawing or a match, folded, in English, tr, es, fr, de, pt, it, pl, nl, sv, id, vi.
const MATCH =
  /(?<![\p{L}])(?:won|win|wins|lost|lose|beat|drew|draw|match|game|final|league|five-a-side|football|footy|kazandik|kazandi|kazandiniz|kaybettik|kaybetti|yendik|yenildik|berabere|mac|maci|macinda|macta|hali saha|ganamos|gano|perdimos|empatamos|partido|gagne|perdu|gewonnen|verloren|spiel|ganhamos|perdemos|jogo|partida|vinto|perso|partita|wygralismy|przegralismy|mecz|meczu|wedstrijd|vann|forlorade|matchen|menang|kalah|pertandingan|thang|thua|tran dau)(?![\p{L}])/u;
const SENTENCE = /[^.!?;\n]+[.!?;\n]*/gu;

/** The folded text with every sentence blanked that tells a match's result with its score. */
export function withoutMatchResults(folded: string): string {
  if (!SCORE.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    SCORE.test(sentence) && MATCH.test(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}
