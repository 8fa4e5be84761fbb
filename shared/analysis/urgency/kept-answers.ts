/**
 * A reading of a folded text that keeps its last few answers. The detector asks some readings twice about the same
 * text: the calm-safety passes read the folded text for the rules, and the model's gate asks again whether anything is
 * left once injuries away from work and accidents long ago are blanked (urgency.ts), with other readings (a cry for
 * help's short stretches) asked in between. The answer depends on the text alone, so it is the one reading it again
 * would give.
 *
 * @example
 * const blanked = keptAnswers(withoutSomething);
 * blanked(folded); // reads the text
 * blanked(folded); // the same answer, not read again
 */
export function keptAnswers(read: (folded: string) => string, size = KEPT): (folded: string) => string {
  const texts: string[] = [];
  const answers: string[] = [];
  let next = 0;
  return (folded) => {
    for (let i = 0; i < texts.length; i += 1) if (texts[i] === folded) return answers[i]!;
    const answer = read(folded);
    texts[next] = folded;
    answers[next] = answer;
    next = (next + 1) % size;
    return answer;
  };
}

// A text's own readings come between its two askings (the rules' cry-for-help stretches read a few): four is enough.
const KEPT = 4;
