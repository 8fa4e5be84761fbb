/*
 * A question of whether there is anything to report, answered "no" (outside attacker, session 28): "> any safety
 * issues this week?\nno, all quiet, the spill kit was restocked". The question's words name a hazard, but the
 * writer's answer is that there is none: the question is left out of what the safety rules read. Only a question
 * asking whether there is any ("any", "algún", "irgendwelche"…), and only when the answer that follows starts with a
 * no: "is everyone out of the burning building? no, two are still inside" asks nothing of the kind and stays as
 * written, and whatever the answer goes on to say ("no, but the exit is blocked") is read as ever.
 */
const ANY = String.raw`any|anything|anyone|anybody|algun\w*|algo|algum\w*|alguma|quelque\w*|des|irgendwelche|irgendwas|irgendetwas|gibt es|qualche|qualcosa|jakie\w*|jakis|cos`;
const NO = String.raw`no|nope|nah|none|nothing|not really|not that i know of|all (?:good|quiet|clear|fine|ok)|nada|nao|ninguno|ninguna|nenhum|nenhuma|non|rien|aucun\w*|nein|nichts|keine?|nessun\w*|niente|nie|brak|nic`;
// A question (quoted with ">" or not) from the start of a line or sentence, and the "no" that answers it.
const ASKED_AND_DENIED = new RegExp(
  String.raw`(^|[\n.!])((?:[ >]*)[^\n?.!]*\b(?:${ANY})\b[^\n?.!]*\?+)(?=[\s>]*(?:${NO})\b(?! one\b| way\b| more\b))`,
  'gu',
);
const MAY_BE_ASKED = /\?/;

/** The folded text with each "any … ?" question answered "no" blanked out; the text itself when there is none. */
export function withoutQuestionsAnsweredNo(folded: string): string {
  if (!MAY_BE_ASKED.test(folded)) return folded;
  return folded.replace(
    ASKED_AND_DENIED,
    (_all, before: string, question: string) => before + ' '.repeat(question.length),
  );
}
