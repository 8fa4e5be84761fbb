import { rule, type UrgencyRule } from './types';

/*
 * Thinking about dying or not waking up, said lightly ("i'm fine i just think about dying a lot", "wouldn't mind if I
 * just didn't wake up tomorrow lol", "pienso mucho en morirme"), ending everything said with "Schluss" ("ich mach bald
 * schluss mit allem"), and wanting to die in spoken Arabic ("بدي موت"). "Thinking about dyeing my hair", "schluss für
 * heute" and waking late are none. Tests: test/unit/analysis/urgency-attack-round-31.test.ts,
 * urgency-attack-round-30.test.ts.
 */

// A film, a game, training or the news around the words: no event here.
const EN_NOT_REAL_OR_LESSON = String.raw`movie|film|show|series|episode|book|novel|game|news|article|podcast|training|course|video|lyrics?|song|joke|quiz|lesson|class|drill|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;

export const ENGLISH_DYING_SAID_LIGHTLY: UrgencyRule[] = [
  // Thinking about dying, said lightly: "i'm fine i just think about dying a lot".
  rule(
    'self-harm',
    String.raw`\b(?:i|i'?m|im|i am|i keep|i'?ve been|ive been|been|keep|always|just|still|honestly|constantly|lately)\b (?:\w+ ){0,2}?(?:think|thinking|thought|fantasi[sz](?:e|ing)|dream(?:ing)?|daydream(?:ing)?|obsess(?:ing)?) (?:a lot |so much |all the time |every day |constantly )?(?:about|of) (?:dying|being dead|not being (?:here|alive|around)(?: anymore)?|not waking up|ending it(?: all)?|ending (?:my life|things)|killing myself|kms|disappearing (?:forever|for good)|driving (?:my car |off )?(?:into|off) (?:a|the) (?:wall|tree|truck|river|bridge|cliff|traffic)|jumping (?:off|in front)|my (?:own )?funeral)\b(?! (?:my|her|his|our|the|your) (?:hair|shirts?|clothes|fabric|beard|jeans|roots|eggs)| (?:of|for|to|laughing|from (?:boredom|laughter|embarrassment)|inside|in (?:the|a) (?:game|movie|video|level)))${notAround(`${EN_NOT_REAL_OR_LESSON}|character|dyeing|dye`)}`,
  ),
  // Not waking up, wished for lightly (the round-31 re-attack): "wouldn't mind if I just didn't wake up tomorrow lol",
  // "I wish I would not wake up". Waking late, early, sick or the baby is an alarm clock's matter.
  rule(
    'self-harm',
    String.raw`\b(?:wish(?:ed|ing)?|hope|hoping|pray(?:ing)?|would(?:n'?t| not) (?:mind|care)|wouldnt (?:mind|care)|(?:don'?t|dont|do not) care)\b (?:if |that )?(?:i )?(?:just |simply |never )?(?:would(?:n'?t| not)|wouldnt|didn'?t|didnt|did not|don'?t|dont|do not|never|won'?t|wont|will not|could(?:n'?t| not)) (?:ever |just )?wake up\b(?! (?:late|early|earlier|so|at|too|the|my|with|in time|on time|before|till|until|sick|sore|to|again (?:late|early)|tired|hungover|grumpy|in a)\b)`,
  ),
];

export const SPANISH_DYING_SAID_LIGHTLY: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\b(?:pienso|pensando|pense|sueno|imagino) (?:\w+ ){0,3}en (?:morirme|morir|matarme|quitarme la vida|no despertar|desaparecer para siempre|suicidarme|tirarme)\b(?! (?:de (?:risa|hambre|sueno|calor|frio|aburrimiento)|por))`,
  ),
];

export const FRENCH_DYING_SAID_LIGHTLY: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\b(?:je pense|j'y pense|je songe|je reve|je pense juste|je pense souvent|je pense tout le temps|je pense beaucoup)\b (?:\w+ ){0,3}a (?:mourir|me tuer|en finir|me suicider|ne plus me reveiller|disparaitre pour de bon|me foutre en l'air)\b(?! de (?:rire|faim|froid|chaud|ennui))`,
  ),
];

export const GERMAN_DYING_SAID_LIGHTLY: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\b(?:denk\w*|nachdenk\w*|nach\w*denk\w*) (?:\w+ ){0,3}(?:ans sterben|ans aufhoren|an selbstmord|daran,? mich umzubringen|daran,? zu sterben|daran,? nicht mehr aufzuwachen|daran,? mir was anzutun)\b`,
  ),
  rule(
    'self-harm',
    String.raw`\bschluss mit (?:allem|dem leben|meinem leben|mir)\b(?=\s*(?:$|[.!?,;\n]| (?:machen|mache|machst|macht|zu machen|und|jetzt|heute|bald|ich|fur immer|endgultig)\b))|\b(?:mach|mache|machen|macht|mach ich|mache ich) (?:\w+ ){0,3}schluss mit (?:allem|dem leben|meinem leben)\b`,
  ),
];

export const ARABIC_DYING_SAID_LIGHTLY: UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`(?:بدي|ودي|ابي|ابغى|ابغي|عايز|عاوز|عايزه|عاوزه|نفسي|بتمنى|اتمنى|بغيت|نبغي|حابب|حابه) (?:(?:اني|إني|انا) )?(?:موت|اموت|نموت|اموتلي|انتحر|نتحر|انتحار|اقتل حالي|اقتل نفسي|موت حالي|اخلص من حياتي|انهي حياتي)(?! (?:من|على|علي|عل|في|ب)\S*)`,
  ),
];

/*
 * Dying of laughter, boredom or shame is no wish to die ("j'ai envie de mourir de rire", "je vais mourir de rire",
 * "me muero de risa", "estoy muriendo de risa"): the idiom is blanked before the rules read "envie de mourir".
 * Portuguese and Italian have theirs in pt.ts and it.ts. Cold, heat, hunger and thirst are left out: "on va mourir
 * de froid dans la chambre froide" may be a real danger.
 */
export const FRENCH_DYING_OF_LAUGHTER = [
  String.raw`\b(?:mourir|meurs|meurt|mourons|meurent|mourais|mourait|mort|morte|morts|mortes|mourant|crever|creve|crevais|crevait) (?:de|d') ?(?:rire|ennui|honte|envie|impatience|bonheur|plaisir|curiosite)\b`,
];
export const SPANISH_DYING_OF_LAUGHTER = [
  String.raw`\b(?:morir|morirme|morirse|muero|muere|morimos|mueren|moria|moriamos|muriendo|muriendome|muerto|muerta|muertos|muertas) (?:de|del) (?:risa|ganas|aburrimiento|verguenza|envidia|amor|ternura|curiosidad|sueno)\b`,
];
