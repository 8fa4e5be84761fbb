/*
 * An employee who writes "it's urgent", "es urgente", "c'est urgent", "é
 * urgente", "è urgente", "es ist dringend" is asking for what the form's
 * checkbox and the SMS keyword ask: to be treated as urgent. Counted so
 * (the escalation reason `requested`), and kept away from the urgency model,
 * which reads what happened, not what is asked: an appeal added to a
 * report must never make it read as less urgent than the report alone.
 *
 * Not an appeal: a negated one ("no es urgente", "ce n'est pas urgent",
 * "nothing urgent", "nicht dringend"), or a word of another meaning
 * ("urgent care", "sortie d'urgence", "non-urgent").
 */

// Copulas and intensifiers that make the word a statement about this report.
const LEAD = String.raw`(?:(?:it'?s|it\s+is|this\s+is|that'?s|is|es|está|esto\s+es|c'est|c’est|ça\s+est|est|é|è|ist|es\s+ist|das\s+ist)\s+)?(?:(?:very|really|extremely|super|muy|realmente|très|vraiment|extrêmement|muito|molto|sehr|wirklich)\s+)?`;
const WORD = String.raw`(?:urgent|urgente|urgentes|urgentísimo|urgentisimo|urgentissime|urgentissimo|urgentíssimo|dringend|sehr\s+dringend)`;
const ADVERB = String.raw`(?:urgently|urgentemente|urgemment|dringendst)`;
const NOUN = String.raw`(?:es\s+una\s+urgencia|c['’]est\s+une\s+urgence|é\s+uma\s+urgência|è\s+un['’]urgenza|this\s+is\s+an\s+emergency|it'?s\s+an\s+emergency)`;
const PLEASE = String.raw`(?:[\s,]+(?:please|pls|por\s+favor|porfa|svp|s['’]il\s+vous\s+pla[iî]t|bitte|per\s+favore|por\s+favor))?`;

const APPEAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-])(?:${NOUN}|${LEAD}${WORD}|${ADVERB})(?![\p{L}\p{N}\-])${PLEASE}[!.]*`,
  'giu',
);
// Words that, just before, turn it into its opposite or another meaning.
const NEGATION =
  /(?:^|[\s,(])(?:not|no|n't|isn't|nothing|never|pas|plus|rien|jamais|nicht|kein|keine|nichts|não|nao|non|nada|nunca|nunca|tampoco|ni|d['’])\s*(?:\p{L}+\s+){0,2}$/iu;
const OTHER_MEANING = /^\s*(?:care|clinic|room|centre|center)\b/i;

/*
 * Every appeal holds one of these ("urgent", "urgência", "urgemment"), in
 * ASCII letters of either case: the pattern's case folding maps no other
 * character to their letters. The long pattern, with its look-behind at every
 * position, runs only on the few texts that hold one.
 */
const APPEAL_LITERAL = /urg|dringend|emergency/i;

function appeals(text: string): RegExpExecArray[] {
  if (!APPEAL_LITERAL.test(text)) return [];
  return [...text.matchAll(APPEAL)].filter((m) => {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "n'est pas urgent", "no es urgente", "nothing urgent"; "urgent care" is a clinic.
    return !NEGATION.test(before) && !/\bn['’]\s*$/i.test(before) && !OTHER_MEANING.test(after);
  });
}

/*
 * The urgent word opening a report in the languages the detector reads by a table, as SMS reads it at a text's start
 * (sms-message.ts): "срочно, подойдите к северным воротам", "ACİL kuzey kapısına biri gelsin". Until round 29 the
 * same words came as ordinary reports by the web, the API or the kiosk. Only at the start, as a word of its own
 * ("срочной работы много" is not one), and never taken out of the text the model reads: it may be part of a cry.
 */
// Japanese is written without spaces: "至急北門に来てください" opens with the word as plainly as "至急、…" does
// (attack round 29, F4), and Japanese writes no compound starting with it (unlike Chinese 紧急出口, an exit).
const OPENING_WORD =
  /^[\s\p{P}\p{S}]*(?:(?:срочно|терміново|ac[iİıI]l|긴급|至急|spoed|mendesak|فوری|brådskande|bradskande)(?![\p{L}\p{N}])|大?至急)/iu;

/** Whether the text asks, in words, for the report to be treated as urgent. */
export function asksForUrgency(text: string): boolean {
  return typeof text === 'string' && (appeals(text).length > 0 || OPENING_WORD.test(text.normalize('NFC')));
}

/** The text without its appeals for urgency: what the report itself says, for the urgency model to read. */
export function withoutUrgencyAppeal(text: string): string {
  if (typeof text !== 'string') return text;
  let out = text;
  for (const m of appeals(text).reverse()) out = `${out.slice(0, m.index)} ${out.slice(m.index + m[0].length)}`;
  return out;
}
