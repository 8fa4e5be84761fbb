/*
 * "I am the only …" in any words: when the writer says they are the only one, what follows points to them whatever
 * its noun, even one no list knows ("je suis le seul chauffeur de nuit", "soy la única que habla árabe en la planta",
 * "ich bin die Einzige, die nachts fährt", "I'm the only one who speaks Polish on the line"). Blind attack ra38: a
 * verb before the cue and a word the person lists lacked let these through. Without "I am" a noun is still needed:
 * "the only one on time today", "the only option" name no one.
 */

// Not "am I the only one who thinks…", a question to everyone, nor "being the only store around", said of anything.
// "I am", "I'm", "je suis", "soy", "sou", "sono", "ich bin", "ik ben", "jestem", "я", "ako (lang) ang", "mwen se".
const FIRST_PERSON = String.raw`(?:i[ \t]*['\u2019]?[ \t]*m|i[ \t]+am|je[ \t]+suis|j['\u2019][ \t]*suis|chuis|(?:yo[ \t]+)?soy|(?:eu[ \t]+)?sou|(?:io[ \t]+)?sono|ich[ \t]+bin|bin[ \t]+ich|ik[ \t]+ben|jestem|\u044f|ako(?:[ \t]+lang)?(?:[ \t]+ang)?|(?:mwen|m)[ \t]+(?:se|s\u00e9)|mwen)`;

/** The cue's start in text, if the writer says it of themselves just before it ("je suis " + "le seul"). */
export function saidOfThemselves(text: string, cueStart: number): boolean {
  return new RegExp(String.raw`(?<![\p{L}])${FIRST_PERSON}[ \t]+$`, 'iu').test(
    text.slice(Math.max(0, cueStart - 20), cueStart),
  );
}

// Where what the writer says of themselves ends: a clause's punctuation, or a joining word that starts another clause.
const ENDS =
  /[.,;:!?()\n]|(?:^|[ \t])(?:and|but|so|because|et|mais|donc|parce|y|pero|porque|und|aber|weil|e|ma|perché|mas|porque|i|ale|ні|і|але|kaya|men|paske)(?=[ \t])/iu;

const RELATIVE_AFTER_COMMA =
  /^[ \t]*,[ \t]*(?=(?:die|der|das|who|that|que|qui|che|który|która|które|який|яка|яке|который|которая|ki)[ \t])/iu;

/** What follows the cue, up to eight words or the clause's end: the phrase the writer may want to reword. */
export function firstPersonPhrase(text: string, cueStart: number, cueEnd: number): string | undefined {
  // "ich bin die Einzige, die nachts fährt": a comma before a relative clause goes on with what she is.
  const lead = RELATIVE_AFTER_COMMA.exec(text.slice(cueEnd))?.[0].length ?? 0;
  const rest = text.slice(cueEnd + lead);
  const stop = rest.search(ENDS);
  const clause = text.slice(cueEnd, cueEnd + lead) + (stop < 0 ? rest : rest.slice(0, stop));
  let end = -1;
  let count = 0;
  for (const word of clause.matchAll(/\S+/gu)) {
    end = word.index + word[0].length;
    if (++count === 8) break;
  }
  return end < 0 ? undefined : text.slice(cueStart, cueEnd + end);
}
