/*
 * Killing oneself said as a joke, in English (att57 C3, helper u58c): "killing myself laughing at the christmas party
 * photos", "i'm gonna kill myself if they play that song again", "that meeting made me want to jump out the window
 * lmao". Blanked as harmless idioms (en.ts's `benign`), so neither the rules nor the model read them.
 *
 * Only the joke's own shape in the same clause: laughing as the way one is "killing oneself"; a threat to oneself
 * over a song, a tune, a joke or a meeting played or told "again"; a meeting or a song that "made me want to" with a
 * laugh after it. A plain statement ("i want to kill myself", "i'm going to kill myself tonight", "i'll kill myself if
 * they fire me") keeps its page. Fixed word lists and bounded gaps: linear.
 * Tests: test/unit/analysis/urgency-u58c-news-questions-jokes.test.ts.
 */

// Trivial things played, sung, told or held again.
const TRIVIA = String.raw`(?:song|songs|tune|track|playlist|album|carol|carols|jingle|music|radio station|ad|advert|commercial|ringtone|joke|jokes|pun|puns|meme|video|meeting|meetings|powerpoint|slides?|icebreaker|team ?building|karaoke|chant|catchphrase)`;

export const ENGLISH_SELF_HARM_JOKES: string[] = [
  // Laughing as the way: "killing myself laughing", "killed myself laughing at his impression".
  String.raw`\bkill(?:s|ed|ing)? (?:myself|meself|ourselves) (?:laughing|with laughter|from laughing|lol|lmao|haha\w*)\b`,
  // Over a song or a joke again: "i'm gonna kill myself if they play that song again", "i'll kill myself if he tells that joke one more time".
  String.raw`\b(?:kill|shoot|hang) (?:myself|meself)(?: \w+){0,2} if (?:they|he|she|you|someone|somebody|anyone|anybody|i (?:have to|hear|sit through)|the (?:radio|dj|boss|manager))\b(?: [\w']+){0,3} (?:play|plays|put on|puts on|sing|sings|hear|tell|tells|crack|cracks|make|makes|schedule|schedules|book|books|call|calls|another|one more)\b(?: [\w']+){0,3} ${TRIVIA}\b(?: [\w']+){0,3}? (?:again|one more time|once more|ever again)\b`,
  // A meeting or a song that made one want to, laughed: "that meeting made me want to jump out the window lmao".
  String.raw`\b${TRIVIA}(?: [\w']+){0,3} (?:made|makes|making) me (?:want to|wanna) (?:jump out (?:of )?(?:the|a) window|kill myself|die|end it all)\b(?=[^.!?\n]{0,30}(?:\b(?:lol|lmao|lmfao|haha\w*|rofl|jk|kidding)\b|😂|🤣|😅|💀))`,
];
